using System.Runtime.InteropServices;
using System.Text;
using Azure.Data.Tables;

namespace StrategyBot.App.Storage;

/// <summary>
/// A scope's whole state as one table row: PartitionKey = escaped scope, RowKey = <see cref="StateRowKey"/>, and per
/// document a chunk count and its UTF-8 JSON split over binary properties (named by <see cref="DocumentPropertyNames"/>),
/// because a binary property holds at most 64 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types).
/// Binary, not string: the SDK writes a string property through its default JSON encoder, which escapes every quote
/// as \u0022 and every Persian letter as \uXXXX and then reads it all back into UTF-16, where a byte array goes out
/// as plain base64 and comes back as the bytes. Rows written before hold string chunks; those are still read.
/// </summary>
internal static class StateEntity
{
    /// <summary>The RowKey of the state row. A document row of the old layout with this key is read as one too.</summary>
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
            documents.Add(name, ReadChunks(entity, property, escaped, static (key, i) => DocumentPropertyNames.Chunk(key, i), "State document", name));
        }

        return documents;
    }

    /// <summary>
    /// The document a row holds in chunks: the Int32 in <paramref name="countProperty"/>, then that many binary or
    /// string properties named by <paramref name="chunkProperty"/> from <paramref name="key"/> and the index, joined as
    /// UTF-8. <paramref name="kind"/> and <paramref name="name"/> describe the document in errors only.
    /// </summary>
    internal static StoredDocument ReadChunks(
        TableEntity row, string countProperty, string key, Func<string, int, string> chunkProperty, string kind, string name)
    {
        var count = row.GetInt32(countProperty) is int n && n > 0
            ? n
            : throw new InvalidDataException($"{kind} \"{name}\" has no valid chunk count ({countProperty}).");
        var chunks = new object[count];
        long valueBytes = 0;
        var utf8Length = 0;
        var isBinary = true;
        for (var i = 0; i < count; i++)
        {
            var property = chunkProperty(key, i);
            switch (row.TryGetValue(property, out var value) ? value : null)
            {
                case byte[] bytes:
                    chunks[i] = bytes;
                    valueBytes += bytes.Length;
                    utf8Length += bytes.Length;
                    break;
                case BinaryData data:
                    var array = data.ToArray();
                    chunks[i] = array;
                    valueBytes += array.Length;
                    utf8Length += array.Length;
                    break;
                case string text:
                    // String chunks were cut between UTF-16 code units but never inside a surrogate pair, so each one
                    // converts to UTF-8 on its own.
                    chunks[i] = text;
                    valueBytes += 2L * text.Length;
                    utf8Length += Encoding.UTF8.GetByteCount(text);
                    isBinary = false;
                    break;
                default:
                    throw new InvalidDataException($"{kind} \"{name}\" is missing chunk {i} of {count} ({property}).");
            }
        }

        return StoredDocument.Read(Join(chunks, utf8Length), count, valueBytes, isBinary);
    }

    private static byte[] Join(object[] chunks, int utf8Length)
    {
        // Almost every document is one binary chunk: keep its array as the SDK gave it.
        if (chunks is [byte[] single])
        {
            return single;
        }

        var joined = new byte[utf8Length];
        var at = 0;
        foreach (var chunk in chunks)
        {
            if (chunk is byte[] bytes)
            {
                bytes.CopyTo(joined, at);
                at += bytes.Length;
            }
            else
            {
                at += Encoding.UTF8.GetBytes((string)chunk, joined.AsSpan(at));
            }
        }

        return joined;
    }
}
