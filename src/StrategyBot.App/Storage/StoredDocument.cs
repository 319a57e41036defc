namespace StrategyBot.App.Storage;

/// <summary>
/// One document of a state row as stored: its UTF-8 JSON, how many chunk properties hold it, and what their values
/// count towards the entity size. Written documents are binary (one byte per byte); rows written before that hold
/// string chunks (two bytes per UTF-16 character), which stay as they are until a save rewrites the document or the row.
/// </summary>
internal sealed class StoredDocument
{
    private StoredDocument(ReadOnlyMemory<byte> utf8, int chunkCount, long valueBytes, bool isBinary)
    {
        Utf8 = utf8;
        ChunkCount = chunkCount;
        ValueBytes = valueBytes;
        IsBinary = isBinary;
    }

    /// <summary>The document's JSON, all chunks joined.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>How many chunk properties the row has for it.</summary>
    public int ChunkCount { get; }

    /// <summary>The size of its chunk values in the documented entity estimate: bytes for binary, 2 per character for strings.</summary>
    public long ValueBytes { get; }

    /// <summary>True when every chunk is a binary property (the form a save writes).</summary>
    public bool IsBinary { get; }

    /// <summary>The document as a save writes it: binary chunks of at most <see cref="StateEntity.ChunkBytes"/>.</summary>
    public static StoredDocument Binary(ReadOnlyMemory<byte> utf8) =>
        new(utf8, Math.Max(1, (utf8.Length + StateEntity.ChunkBytes - 1) / StateEntity.ChunkBytes), utf8.Length, isBinary: true);

    /// <summary>A document read from a row, whose chunks took <paramref name="valueBytes"/> there.</summary>
    public static StoredDocument Read(ReadOnlyMemory<byte> utf8, int chunkCount, long valueBytes, bool isBinary) =>
        new(utf8, chunkCount, valueBytes, isBinary);

    /// <summary>This document as it is once written again (itself when it already is binary).</summary>
    public StoredDocument AsBinary() => IsBinary ? this : Binary(Utf8);
}
