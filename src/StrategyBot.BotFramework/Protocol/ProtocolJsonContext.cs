using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Source-generated JSON metadata for every wire type of the Bot Framework protocol: camelCase names, nulls omitted
/// on write (the connector rejects some explicit nulls), unknown fields kept through <c>[JsonExtensionData]</c>,
/// duplicate property names rejected (two parsers reading one document differently is how checks get bypassed).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    MaxDepth = ProtocolJson.MaxDepth)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(TaskModuleTaskInfo))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
