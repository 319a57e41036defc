using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The <c>value</c> of <c>composeExtension/query</c>: the command, its parameters by name, and paging. The initial run
/// (manifest <c>initialRun: true</c>) arrives as the parameter <c>initialRun</c> = <c>"true"</c>.
/// </summary>
public sealed class MessagingExtensionQuery
{
    /// <summary>The parameter name Teams uses for the initial run.</summary>
    public const string InitialRunParameter = "initialRun";

    /// <summary>The command's id from the manifest.</summary>
    public required string CommandId { get; init; }

    /// <summary>Parameter values by name; values that are not strings or numbers are left out.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>Results to skip (paging); 0 when absent or invalid.</summary>
    public int Skip { get; init; }

    /// <summary>Results wanted; null when absent or invalid.</summary>
    public int? Count { get; init; }

    /// <summary>True for the run Teams makes when the command opens, before the user typed anything.</summary>
    public bool IsInitialRun =>
        Parameters.TryGetValue(InitialRunParameter, out var initial) && string.Equals(initial, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="value"/>; false when it is not an object with a string <c>commandId</c>.</summary>
    public static bool TryRead(JsonNode? value, out MessagingExtensionQuery query)
    {
        query = null!;
        if (value is not JsonObject invoke || ProtocolNodes.String(invoke["commandId"]) is not { Length: > 0 } commandId)
        {
            return false;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (invoke["parameters"] is JsonArray list)
        {
            foreach (var item in list.OfType<JsonObject>())
            {
                if (ProtocolNodes.String(item["name"]) is { Length: > 0 } name && ProtocolNodes.Scalar(item["value"]) is { } text)
                {
                    parameters.TryAdd(name, text);
                }
            }
        }

        var options = invoke["queryOptions"] as JsonObject;
        query = new MessagingExtensionQuery
        {
            CommandId = commandId,
            Parameters = parameters,
            Skip = ProtocolNodes.Int(options?["skip"]) is > 0 and var skip ? skip : 0,
            Count = ProtocolNodes.Int(options?["count"]) is > 0 and var count ? count : null,
        };
        return true;
    }
}
