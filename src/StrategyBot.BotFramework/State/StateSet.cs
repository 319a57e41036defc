using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>The documents of one scope as loaded for a turn, and the changes the turn made to them.</summary>
public sealed class StateSet
{
    private readonly Dictionary<string, StateDocument> _documents;

    /// <summary>Creates a set for <paramref name="scope"/> from loaded documents.</summary>
    public StateSet(string scope, IEnumerable<StateDocument> documents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(documents);
        Scope = scope;
        _documents = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>The scope these documents belong to.</summary>
    public string Scope { get; }

    /// <summary>Every document, loaded or added this turn.</summary>
    public IEnumerable<StateDocument> Documents => _documents.Values;

    /// <summary>True when a save has something to write.</summary>
    public bool HasChanges => _documents.Values.Any(d => d.IsDirty);

    /// <summary>The content of <paramref name="name"/>, or null when there is none.</summary>
    public JsonObject? Get(string name) => _documents.TryGetValue(name, out var doc) ? doc.Content : null;

    /// <summary>Replaces (or adds) a document and marks it for saving.</summary>
    public void Set(string name, JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!_documents.TryGetValue(name, out var doc))
        {
            doc = new StateDocument(name, null, null);
            _documents.Add(name, doc);
        }

        doc.Content = content;
        doc.IsDirty = true;
    }

    /// <summary>Marks a document for deletion on save.</summary>
    public void Remove(string name)
    {
        if (_documents.TryGetValue(name, out var doc) && doc.Content is not null)
        {
            doc.Content = null;
            doc.IsDirty = true;
        }
    }
}
