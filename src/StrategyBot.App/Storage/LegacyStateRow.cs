using System.Globalization;
using Azure.Data.Tables;

namespace StrategyBot.App.Storage;

/// <summary>
/// Reads the layout the state table had before a scope became one row: one row per document, RowKey = escaped
/// document name, the JSON split over string properties Data0…DataN with the count in Chunks. Such rows stay until
/// their scope's next save folds them into the state row (see <see cref="TableStateStore"/>); nothing writes them any more.
/// </summary>
internal static class LegacyStateRow
{
    internal const string ChunksProperty = "Chunks";
    internal const string DataPrefix = "Data";

    /// <summary>True when the row carries a document in the old layout.</summary>
    public static bool IsLegacy(TableEntity row) => row.ContainsKey(ChunksProperty);

    /// <summary>The document name the row's key stands for.</summary>
    public static string Name(TableEntity row) => TableKeys.FromKey(row.RowKey);

    /// <summary>The row's document, ready to be written into the state row.</summary>
    public static StoredDocument Document(TableEntity row) =>
        StateEntity.ReadChunks(row, ChunksProperty, DataPrefix, static (prefix, i) => prefix + i.ToString(CultureInfo.InvariantCulture), "Legacy state row", Name(row));
}
