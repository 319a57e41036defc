using System.Runtime.InteropServices;
using Azure.Data.Tables;

namespace StrategyBot.App.Storage;

/// <summary>
/// A scope's whole state as one table row: PartitionKey = escaped scope, RowKey = <see cref="StateRowKey"/>, and per
/// document a chunk count and its UTF-8 JSON split over binary properties (named by <see cref="DocumentPropertyNames"/>),
/// because a binary property holds at most 64 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types).
/// Binary, not string: the SDK writes a string property through its default JSON encoder, which escapes every quote
/// as \u0022 and every Persian letter as \uXXXX and then reads it all back into UTF-16, where a byte array goes out
/// as plain base64 and comes back as the bytes. Only binary chunks are read: the string chunks of pre-release rows are
/// not (README, "Storage design").
/// </summary>
internal static class StateEntity
{
    /// <summary>The RowKey of the state row.</summary>
    internal const string StateRowKey = "state";

    /// <summary>Bytes per chunk property, under the 64 KiB property limit. Chunks are joined before parsing, so a cut may fall anywhere.</summary>
    internal const int ChunkBytes = 64_000;

    /// <summary>Adds the properties of one document to <paramref name="entity"/>, as binary chunks.</summary>
    public static void Write(TableEntity entity, string name, StoredDocument document)
    {
        var escaped = DocumentPropertyNames.Escape(name);
        var utf8 = document.Utf8;
        var count = StoredDocument.Binary(utf8).ChunkCount;
        entity[DocumentPropertyNames.Count(escaped)] = count;
        if (count == 1 && MemoryMarshal.TryGetArray(utf8, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length)
        {
            // The usual case: one chunk that already is an array of its own, sent without a copy.
            entity[DocumentPropertyNames.Chunk(escaped, 0)] = whole.Array;
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var start = i * ChunkBytes;
            entity[DocumentPropertyNames.Chunk(escaped, i)] = utf8.Slice(start, Math.Min(ChunkBytes, utf8.Length - start)).ToArray();
        }
    }

    /// <summary>A state row holding every document in <paramref name="documents"/>.</summary>
    public static TableEntity ToEntity(string partitionKey, IEnumerable<KeyValuePair<string, StoredDocument>> documents)
    {
        var entity = new TableEntity(partitionKey, StateRowKey);
        foreach (var (name, document) in documents)
        {
            Write(entity, name, document);
        }

        return entity;
    }

    /// <summary>The documents a state row holds; properties of any other shape are ignored.</summary>
    public static Dictionary<string, StoredDocument> ReadDocuments(TableEntity entity)
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var property in entity.Keys)
        {
            if (DocumentPropertyNames.EscapedNameOfCount(property) is not { } escaped)
            {
                continue;
            }

            var name = DocumentPropertyNames.Unescape(escaped);
            documents.Add(name, ReadChunks(entity, property, escaped, name));
        }

        return documents;
    }

    // The Int32 in countProperty, then that many binary properties named from the escaped name and the index, joined.
    private static StoredDocument ReadChunks(TableEntity row, string countProperty, string escaped, string name)
    {
        var count = row.GetInt32(countProperty) is int n && n > 0
            ? n
            : throw new InvalidDataException($"State document \"{name}\" has no valid chunk count ({countProperty}).");
        if (count == 1)
        {
            // Almost every document is one chunk: keep its array as the SDK gave it.
            return StoredDocument.Read(Chunk(row, escaped, 0, count, name), count);
        }

        var chunks = new byte[count][];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            chunks[i] = Chunk(row, escaped, i, count, name);
            length += chunks[i].Length;
        }

        var joined = new byte[length];
        var at = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(joined, at);
            at += chunk.Length;
        }

        return StoredDocument.Read(joined, count);
    }

    private static byte[] Chunk(TableEntity row, string escaped, int index, int count, string name)
    {
        var property = DocumentPropertyNames.Chunk(escaped, index);
        return (row.TryGetValue(property, out var value) ? value : null) switch
        {
            byte[] bytes => bytes,
            BinaryData data => data.ToArray(),
            _ => throw new InvalidDataException(
                $"State document \"{name}\" is missing chunk {index} of {count} ({property}), or it is not binary."),
        };
    }
}
