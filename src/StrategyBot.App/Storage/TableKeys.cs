using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// The one place that turns ids into PartitionKey/RowKey values and back. Table Storage forbids / \ # ? and the
/// control characters U+0000–U+001F and U+007F–U+009F in keys and caps a key at 1 KiB
/// (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#characters-disallowed-in-key-fields).
/// Each such character becomes "%" plus four hex digits of its UTF-16 code unit; "%" itself is escaped too, so the
/// mapping is reversible and two different inputs never share a key.
/// </summary>
public static class TableKeys
{
    /// <summary>1 KiB of UTF-16, the key limit of both Azure Table Storage and the Cosmos DB Table API.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>
    /// The PartitionKey of a state scope in every table that files rows by scope (state, check-in history). The scope's
    /// key tells its kinds apart ("tenant|u|user", "tenant|c|conversation"), so a user and a conversation never share a
    /// partition, even with the same id.
    /// </summary>
    public static string Partition(StateScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return ToKey(scope.Key);
    }

    /// <summary>Makes <paramref name="value"/> safe as a PartitionKey or RowKey; throws when the key would exceed 1 KiB.</summary>
    public static string ToKey(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var key = Escape(value);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException(
                $"A table key may hold at most {MaxKeyLength} UTF-16 characters (1 KiB) once escaped; this one has {key.Length}.",
                nameof(value));
        }

        return key;
    }

    /// <summary>Reverses <see cref="ToKey"/>.</summary>
    public static string FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Unescape(key);
    }

    private static string Escape(string value) => KeyEscaping.Escape(value, IsRefused);

    private static string Unescape(string key) => KeyEscaping.Unescape(key, "a table key");

    // What Table Storage refuses in a PartitionKey or RowKey: '/', '\\', '#', '?' and the control characters.
    private static bool IsRefused(char c) => c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';
}
