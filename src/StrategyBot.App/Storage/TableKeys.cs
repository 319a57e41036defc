using System.Globalization;
using System.Text;
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

    private const char EscapeChar = '%';

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

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (MustEscape(value, i))
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool MustEscape(string value, int index)
    {
        var c = value[index];
        return c is EscapeChar or '/' or '\\' or '#' or '?'
            || c <= '\u001F'
            || c is >= '\u007F' and <= '\u009F'
            // A lone surrogate cannot travel as UTF-8; the wire would turn it into U+FFFD and merge distinct keys.
            || (char.IsHighSurrogate(c) && (index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1])))
            || (char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1])));
    }

    private static string Unescape(string key)
    {
        if (!key.Contains(EscapeChar, StringComparison.Ordinal))
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != EscapeChar)
            {
                builder.Append(key[i]);
                continue;
            }

            if (i + 4 >= key.Length
                || !ushort.TryParse(key.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"Malformed escape at position {i} of a table key.");
            }

            builder.Append((char)code);
            i += 4;
        }

        return builder.ToString();
    }
}
