using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace StrategyBot.App.Storage;

/// <summary>
/// A scope's whole state as one table row: PartitionKey = escaped scope, RowKey = <see cref="StateRowKey"/>, and per
/// document a chunk count and its JSON split over string properties (named by <see cref="DocumentPropertyNames"/>),
/// because a string property holds at most 64 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types).
/// Documents are kept here as their stored chunks, so a save rewrites an untouched document without serialising it.
/// </summary>
internal static class StateEntity
{
    /// <summary>The RowKey of the state row. A document row of the old layout with this key is read as one too.</summary>
    internal const string StateRowKey = "state";

    /// <summary>UTF-16 characters per chunk property: 64,000 bytes, under the 64 KiB property limit.</summary>
    internal const int ChunkLength = 32_000;

    // Relaxed escaping keeps Persian text at one character per letter instead of six ("\u0633"), which matters
    // against the size limits; the JSON never reaches HTML, so the HTML-safety escapes buy nothing here.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A document's JSON as stored: its text split into chunks.</summary>
    public static string[] ToChunks(JsonObject content) => Split(content.ToJsonString(s_json));

    /// <summary>The document stored in <paramref name="chunks"/>; throws <see cref="InvalidDataException"/> for anything but an object.</summary>
    public static JsonObject Parse(string name, string[] chunks)
    {
        // Almost every document fits one chunk: parse it as it came, without joining first.
        var json = chunks.Length == 1 ? chunks[0] : string.Concat(chunks);
        return JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException($"State document \"{name}\" does not hold a JSON object.");
    }

    /// <summary>Adds the properties of one document to <paramref name="entity"/>.</summary>
    public static void Write(TableEntity entity, string name, string[] chunks)
    {
        var escaped = DocumentPropertyNames.Escape(name);
        entity[DocumentPropertyNames.Count(escaped)] = chunks.Length;
        for (var i = 0; i < chunks.Length; i++)
        {
            entity[DocumentPropertyNames.Chunk(escaped, i)] = chunks[i];
        }
    }

    /// <summary>A state row holding every document in <paramref name="documents"/>.</summary>
    public static TableEntity ToEntity(string partitionKey, IEnumerable<KeyValuePair<string, string[]>> documents)
    {
        var entity = new TableEntity(partitionKey, StateRowKey);
        foreach (var (name, chunks) in documents)
        {
            Write(entity, name, chunks);
        }

        return entity;
    }

    /// <summary>The documents a state row holds, as their stored chunks; properties of any other shape are ignored.</summary>
    public static Dictionary<string, string[]> ReadDocuments(TableEntity entity)
    {
        var documents = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var property in entity.Keys)
        {
            if (DocumentPropertyNames.EscapedNameOfCount(property) is not { } escaped)
            {
                continue;
            }

            var name = DocumentPropertyNames.Unescape(escaped);
            var chunks = ReadChunks(entity, property, escaped, static (key, i) => DocumentPropertyNames.Chunk(key, i), "State document", name);
            documents.Add(name, chunks);
        }

        return documents;
    }

    /// <summary>
    /// The chunks a row holds for one document: the Int32 in <paramref name="countProperty"/>, then that many string
    /// properties named by <paramref name="chunkProperty"/> from <paramref name="key"/> and the index;
    /// <paramref name="kind"/> and <paramref name="name"/> describe the document in errors only.
    /// </summary>
    internal static string[] ReadChunks(
        TableEntity row, string countProperty, string key, Func<string, int, string> chunkProperty, string kind, string name)
    {
        var count = row.GetInt32(countProperty) is int n && n > 0
            ? n
            : throw new InvalidDataException($"{kind} \"{name}\" has no valid chunk count ({countProperty}).");
        var chunks = new string[count];
        for (var i = 0; i < count; i++)
        {
            var property = chunkProperty(key, i);
            chunks[i] = row.GetString(property)
                ?? throw new InvalidDataException($"{kind} \"{name}\" is missing chunk {i} of {count} ({property}).");
        }

        return chunks;
    }

    internal static string[] Split(string json)
    {
        if (json.Length <= ChunkLength)
        {
            return [json];
        }

        var chunks = new List<string>(json.Length / ChunkLength + 1);
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, json.Length - start);

            // Never cut a surrogate pair in two: each half alone would not survive the trip as UTF-8.
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            chunks.Add(json.Substring(start, length));
            start += length;
        }
        while (start < json.Length);

        return [.. chunks];
    }
}
