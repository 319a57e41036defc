using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// Question cards already built, as immutable JSON: most questions read the same for every user (same text, same
/// choices, no earlier answer to pre-fill), yet building one fills a template node by node on every turn that asks.
/// A hit hands out a fresh node over the shared <see cref="JsonElement"/>, which is written out as it is unless a
/// caller changes it (then that caller's node becomes a copy of its own, and the shared element never changes). Only
/// cards without a pre-filled answer are kept, and the cache is emptied when full, so it stays small (a few hundred
/// cards of ~2 KB) whatever users type into their questions.
/// </summary>
internal static class QuestionCardCache
{
    private const int MaxEntries = 512;

    private static readonly ConcurrentDictionary<(QuestionCardContent Content, Language Language), JsonElement> s_cards =
        new(new ContentComparer());

    public static JsonObject GetOrBuild(QuestionCardContent content, Language language, Func<QuestionCardContent, Language, JsonObject> build)
    {
        if (content.CurrentValue is not null)
        {
            return build(content, language);
        }

        if (s_cards.TryGetValue((content, language), out var cached))
        {
            return JsonObject.Create(cached)!;
        }

        var card = build(content, language);
        if (s_cards.Count >= MaxEntries)
        {
            s_cards.Clear();
        }

        s_cards.TryAdd((content, language), Freeze(card));
        return card;
    }

    // Written out and read back once, so the cached copy shares nothing with the node handed to this caller. How its
    // strings are escaped does not matter: whoever writes a node over the element escapes them with its own encoder.
    private static JsonElement Freeze(JsonObject card)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            card.WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // Everything QuestionCard.Build reads, choices by their title and value (their synonyms never reach the card).
    private sealed class ContentComparer : IEqualityComparer<(QuestionCardContent Content, Language Language)>
    {
        public bool Equals((QuestionCardContent Content, Language Language) x, (QuestionCardContent Content, Language Language) y)
        {
            var (a, b) = (x.Content, y.Content);
            return x.Language == y.Language
                && a.PromptId == b.PromptId && a.Question == b.Question && a.Input == b.Input && a.HelpLine == b.HelpLine
                && a.AllowMultiple == b.AllowMultiple && a.Min == b.Min && a.Max == b.Max
                && a.EarliestDate == b.EarliestDate && a.LatestDate == b.LatestDate && a.CurrentValue == b.CurrentValue
                && a.Placeholder == b.Placeholder && a.MaxLength == b.MaxLength && a.Multiline == b.Multiline
                && a.IsRequired == b.IsRequired && SameChoices(a.Choices, b.Choices);
        }

        public int GetHashCode((QuestionCardContent Content, Language Language) key)
        {
            var content = key.Content;
            return HashCode.Combine(key.Language, content.PromptId, content.Question, content.Input, content.HelpLine, content.Choices.Count);
        }

        private static bool SameChoices(IReadOnlyList<CardChoice> a, IReadOnlyList<CardChoice> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (a[i].Title != b[i].Title || a[i].Value != b[i].Value)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
