using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Cards;

/// <summary>
/// Measures cards against Teams' message limits (docs/bot-protocol.md#message-size): about 100 KB per message measured in UTF-16,
/// keep each under 80 KB, and 28 KB where a card may also be posted through Graph or Workflows.
/// </summary>
public static class CardSize
{
    /// <summary>The plan summary's budget, in UTF-16 code units.</summary>
    public const int PlanSummaryLimit = 28 * 1024;

    /// <summary>The budget for any single card message, in UTF-16 code units.</summary>
    public const int MessageLimit = 80 * 1024;

    // Default escaping writes every non-ASCII character as \uXXXX (six code units), so a Persian card measures
    // several times its rendered length. That is deliberate: it is the largest form the card can take on the wire,
    // whichever encoder the connector ends up using.
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The length in UTF-16 code units of the card serialised compactly with default escaping.</summary>
    public static int Measure(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(Compact).Length;
    }

    /// <summary>Whether the card fits in <paramref name="limit"/> UTF-16 code units.</summary>
    public static bool Fits(JsonNode card, int limit) => Measure(card) <= limit;

    /// <summary>Throws <see cref="InvalidOperationException"/> when the card exceeds <paramref name="limit"/>.</summary>
    public static void EnsureFits(JsonNode card, int limit, string cardName)
    {
        var size = Measure(card);
        if (size > limit)
        {
            throw new InvalidOperationException($"The {cardName} card is {size} UTF-16 code units; the limit is {limit}.");
        }
    }
}
