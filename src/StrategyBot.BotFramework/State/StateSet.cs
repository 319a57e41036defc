using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// The documents of one scope as loaded for a turn, and the changes the turn made to them. Documents stay UTF-8 until
/// someone asks for a node (<see cref="Get"/>); typed readers and writers use <see cref="TryGetUtf8"/> and
/// <see cref="SetUtf8"/> and never build one.
/// </summary>
public sealed class StateSet
{
    private readonly Dictionary<string, StateDocument> _documents;

    /// <summary>Creates a set for <paramref name="scope"/> from loaded documents.</summary>
    public StateSet(StateScope scope, IEnumerable<StateDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(documents);
        Scope = scope;
        _documents = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>The scope these documents belong to.</summary>
    public StateScope Scope { get; }

    /// <summary>Every document, loaded or added this turn.</summary>
    public IEnumerable<StateDocument> Documents => _documents.Values;

    /// <summary>True when a save has something to write.</summary>
    public bool HasChanges => _documents.Values.Any(d => d.IsDirty);

    /// <summary>The content of <paramref name="name"/> as a node (parsed now if it was UTF-8), or null when there is none.</summary>
    public JsonObject? Get(string name) => _documents.TryGetValue(name, out var doc) ? doc.Content : null;

    /// <summary>The document <paramref name="name"/> (also a deleted one), or null when the set never held it.</summary>
    public StateDocument? Find(string name) => _documents.GetValueOrDefault(name);

    /// <summary>
    /// The UTF-8 JSON of <paramref name="name"/> without parsing it; for a document already parsed, its node written out.
    /// False when there is none.
    /// </summary>
    public bool TryGetUtf8(string name, out ReadOnlyMemory<byte> utf8)
    {
        if (_documents.TryGetValue(name, out var doc))
        {
            return doc.TryGetUtf8(out utf8);
        }

        utf8 = default;
        return false;
    }

    /// <summary>Replaces (or adds) a document and marks it for saving.</summary>
    public void Set(string name, JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var doc = GetOrAdd(name);
        doc.Content = content;
        doc.IsDirty = true;
    }

    /// <summary>
    /// Replaces (or adds) a document with UTF-8 JSON, which must hold an object, and marks it for saving. The set keeps
    /// <paramref name="utf8"/> as it is (it is not copied or checked), so never change the memory afterwards.
    /// </summary>
    public void SetUtf8(string name, ReadOnlyMemory<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            throw new ArgumentException("A document's UTF-8 JSON is never empty.", nameof(utf8));
        }

        var doc = GetOrAdd(name);
        doc.SetUtf8(utf8);
        doc.IsDirty = true;
    }

    /// <summary>Marks a document for deletion on save.</summary>
    public void Remove(string name)
    {
        if (_documents.TryGetValue(name, out var doc) && doc.Exists)
        {
            doc.Content = null;
            doc.IsDirty = true;
        }
    }

    private StateDocument GetOrAdd(string name)
    {
        if (!_documents.TryGetValue(name, out var doc))
        {
            doc = new StateDocument(name, null, null);
            _documents.Add(name, doc);
        }

        return doc;
    }
}
