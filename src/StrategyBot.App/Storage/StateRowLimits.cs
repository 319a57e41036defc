using System.Globalization;

namespace StrategyBot.App.Storage;

/// <summary>
/// The limits of one table entity, checked before a save so an oversized state fails with a clear message and
/// nothing written: at most 1 MiB and 252 properties besides PartitionKey, RowKey and Timestamp
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#table-entities).
/// </summary>
internal static class StateRowLimits
{
    /// <summary>Custom properties one entity may hold.</summary>
    internal const int MaxProperties = 252;

    /// <summary>
    /// 1 MiB less 1 KiB spare: the service counts the size its own way, and the documented estimate (4 bytes, the keys
    /// as UTF-16, then per property 8 bytes, its name as UTF-16 and its value) is what we can compute here.
    /// </summary>
    internal const long MaxEntityBytes = (1024 * 1024) - 1024;

    /// <summary>Throws <see cref="StateTooLargeException"/> when <paramref name="documents"/> do not fit one entity.</summary>
    public static void EnsureFits(string partitionKey, IReadOnlyDictionary<string, StoredDocument> documents)
    {
        var bytes = 4L + (2L * (partitionKey.Length + StateEntity.StateRowKey.Length));
        var properties = 0;
        foreach (var (name, document) in documents)
        {
            bytes += DocumentBytes(name, document);
            properties += 1 + document.ChunkCount;
        }

        if (bytes > MaxEntityBytes)
        {
            throw new StateTooLargeException(
                $"The state of this scope would take about {bytes:N0} bytes in its table entity; Table Storage holds at most " +
                $"{MaxEntityBytes:N0} in one. The largest documents: {Largest(documents)}. Store less in them or keep large " +
                "data out of the turn state.");
        }

        if (properties > MaxProperties)
        {
            throw new StateTooLargeException(
                $"The state of this scope needs {properties} table properties (per document a chunk count and one per " +
                $"{StateEntity.ChunkBytes:N0} bytes of JSON); one entity holds at most {MaxProperties}. The largest " +
                $"documents: {Largest(documents)}. Keep fewer documents in the scope.");
        }
    }

    // Per property: 8 bytes, the name as UTF-16, the value (Int32: 4 bytes; binary: 4 bytes + its bytes).
    private static long DocumentBytes(string name, StoredDocument document)
    {
        var escaped = DocumentPropertyNames.Escape(name).Length;
        long bytes = 8 + (2 * (DocumentPropertyNames.CountPrefix.Length + escaped)) + 4 + document.Utf8.Length;
        for (var i = 0; i < document.ChunkCount; i++)
        {
            var prefix = 2 + (i < 10 ? 1 : 2);
            bytes += 8 + (2L * (prefix + escaped)) + 4;
        }

        return bytes;
    }

    private static string Largest(IReadOnlyDictionary<string, StoredDocument> documents) =>
        string.Join(", ", documents
            .Select(d => (d.Key, Length: d.Value.Utf8.Length))
            .OrderByDescending(d => d.Length)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"\"{d.Key}\" ({d.Length:N0} bytes of JSON)")));
}
