using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// One state document as a table row: PartitionKey = escaped scope, RowKey = escaped document name, and the JSON
/// split over string properties Data0, Data1, … because a string property holds at most 64 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types).
/// </summary>
internal static class StateEntity
{
    /// <summary>UTF-16 characters per Data property: 64,000 bytes, under the 64 KiB property limit.</summary>
    internal const int ChunkLength = 32_000;

    /// <summary>The largest document JSON, in characters: 15 chunks keep the entity under its 1 MiB limit.</summary>
    internal const int MaxDocumentLength = 15 * ChunkLength;

    internal const string ChunksProperty = "Chunks";
    internal const string DataPrefix = "Data";

    // Relaxed escaping keeps Persian text at one character per letter instead of six ("\u0633"), which matters
    // against the size limits; the JSON never reaches HTML, so the HTML-safety escapes buy nothing here.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] s_dataProperties =
        [.. Enumerable.Range(0, MaxDocumentLength / ChunkLength + 1).Select(i => DataPrefix + i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The row for a document that has content; throws <see cref="StateTooLargeException"/> past 1 MiB.</summary>
    public static TableEntity FromDocument(string partitionKey, StateDocument document)
    {
        var content = document.Content ?? throw new ArgumentException("A deleted document has no row to write.", nameof(document));
        var json = content.ToJsonString(s_json);
        if (json.Length > MaxDocumentLength)
        {
            throw new StateTooLargeException(
                $"State document \"{document.Name}\" is {json.Length:N0} characters of JSON; Table Storage holds at most " +
                $"{MaxDocumentLength:N0} in one entity (1 MiB). Store less in it or split it into several documents.");
        }

        var chunks = Split(json);
        var entity = new TableEntity(partitionKey, TableKeys.ToKey(document.Name)) { [ChunksProperty] = chunks.Count };
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[DataProperty(i)] = chunks[i];
        }

        return entity;
    }

    /// <summary>The row key alone, enough to delete a document.</summary>
    public static TableEntity KeyOnly(string partitionKey, StateDocument document) =>
        new(partitionKey, TableKeys.ToKey(document.Name));

    /// <summary>The document a row holds, with the row's ETag.</summary>
    public static StateDocument ToDocument(TableEntity entity)
    {
        var name = TableKeys.FromKey(entity.RowKey);
        var count = entity.GetInt32(ChunksProperty)
            ?? throw new InvalidDataException($"State row \"{name}\" has no {ChunksProperty} property; it was not written by TableStateStore.");

        // Almost every document fits one chunk: parse it as it came, without copying it through a builder first.
        var json = count == 1 ? Chunk(entity, name, 0, count) : JoinChunks(entity, name, count);
        var content = JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException($"State row \"{name}\" does not hold a JSON object.");
        return new StateDocument(name, content, entity.ETag.ToString());
    }

    /// <summary>Rough UTF-16 size of a row's data, to keep a batch under its 4 MiB payload limit.</summary>
    public static long DataLength(TableEntity entity) =>
        entity.Sum(p => p.Value is string s ? (long)s.Length : 0) + entity.PartitionKey.Length + entity.RowKey.Length;

    private static string DataProperty(int index) =>
        index < s_dataProperties.Length ? s_dataProperties[index] : DataPrefix + index.ToString(CultureInfo.InvariantCulture);

    private static string Chunk(TableEntity entity, string name, int index, int count) =>
        entity.GetString(DataProperty(index))
            ?? throw new InvalidDataException($"State row \"{name}\" is missing {DataProperty(index)} of {count} chunks.");

    private static string JoinChunks(TableEntity entity, string name, int count)
    {
        var chunks = new string[count];
        for (var i = 0; i < count; i++)
        {
            chunks[i] = Chunk(entity, name, i, count);
        }

        return string.Concat(chunks);
    }

    internal static List<string> Split(string json)
    {
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

        return chunks;
    }
}
