using System.Text.Json;
using System.Text.Json.Serialization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Source-generated JSON for the documents the app keeps in a user's state scope. Enums are written as names so a
/// reordered enum never changes what a stored plan means.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MarketingPlan))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(UnreadableCopy))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
