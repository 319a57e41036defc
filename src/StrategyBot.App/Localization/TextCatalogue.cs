using System.Collections.Frozen;

namespace StrategyBot.App.Localization;

/// <summary>
/// One feature's texts: every key with its English and Persian side by side. <see cref="Texts"/> is the only reader.
/// </summary>
internal sealed class TextCatalogue<TKey>
    where TKey : struct, Enum
{
    private readonly FrozenDictionary<TKey, (string English, string Persian)> _entries;

    public TextCatalogue(string name, IEnumerable<KeyValuePair<TKey, (string English, string Persian)>> entries)
    {
        Name = name;

        // Add (not the indexer) so a key listed twice fails at start instead of winning silently.
        var table = new Dictionary<TKey, (string English, string Persian)>();
        foreach (var (key, text) in entries)
        {
            table.Add(key, text);
        }

        _entries = table.ToFrozenDictionary();
    }

    public string Name { get; }

    public string Get(Language language, TKey key)
    {
        var (english, persian) = _entries.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"{Name} text {key} has no entry.");
        return language == Language.Persian ? persian : english;
    }

    /// <summary>One row per member of the key enum, with or without an entry, for the parity test.</summary>
    public IEnumerable<TextRow> Rows() =>
        Enum.GetValues<TKey>().Select(key => _entries.TryGetValue(key, out var entry)
            ? new TextRow(Name, key.ToString(), entry.English, entry.Persian)
            : new TextRow(Name, key.ToString(), null, null));
}
