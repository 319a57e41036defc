using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>One named JSON document in a scope, with the ETag it was loaded with (null when new).</summary>
public sealed class StateDocument
{
    /// <summary>Creates a document.</summary>
    public StateDocument(string name, JsonObject? content, string? eTag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Content = content;
        ETag = eTag;
    }

    /// <summary>The document's name, unique in its scope.</summary>
    public string Name { get; }

    /// <summary>The JSON; null once deleted.</summary>
    public JsonObject? Content { get; internal set; }

    /// <summary>The store's version stamp; null for a document not yet stored.</summary>
    public string? ETag { get; set; }

    /// <summary>True when the document must be written (or deleted) on save.</summary>
    public bool IsDirty { get; set; }
}
