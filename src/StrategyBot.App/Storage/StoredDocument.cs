namespace StrategyBot.App.Storage;

/// <summary>
/// One document of a state row as stored: its UTF-8 JSON and how many binary chunk properties hold it. A binary
/// value counts one byte per byte towards the entity size, so the JSON's length is its size there.
/// </summary>
internal sealed class StoredDocument
{
    private StoredDocument(ReadOnlyMemory<byte> utf8, int chunkCount)
    {
        Utf8 = utf8;
        ChunkCount = chunkCount;
    }

    /// <summary>The document's JSON, all chunks joined.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>How many chunk properties the row has for it.</summary>
    public int ChunkCount { get; }

    /// <summary>The document as a save writes it: binary chunks of at most <see cref="StateEntity.ChunkBytes"/>.</summary>
    public static StoredDocument Binary(ReadOnlyMemory<byte> utf8) =>
        new(utf8, Math.Max(1, (utf8.Length + StateEntity.ChunkBytes - 1) / StateEntity.ChunkBytes));

    /// <summary>A document read from a row, which held it in <paramref name="chunkCount"/> chunk properties.</summary>
    public static StoredDocument Read(ReadOnlyMemory<byte> utf8, int chunkCount) => new(utf8, chunkCount);
}
