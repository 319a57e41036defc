using System.Globalization;
using System.Text;

namespace StrategyBot.App.Storage;

/// <summary>
/// Table property names for the documents of a state row: "C_{name}" holds a document's chunk count and
/// "D{i}_{name}" its i-th chunk. A property name may hold only letters, digits and "_", must start with a letter and
/// is at most 255 characters (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-names),
/// while a document name is any string, so the name is escaped: ASCII letters and digits stay, every other UTF-16 code
/// unit (including "_") becomes "_" plus four hex digits. Every "_" in an escaped name starts an escape, so the
/// mapping is reversible and two names never share a property.
/// </summary>
internal static class DocumentPropertyNames
{
    /// <summary>The property name limit less the longest prefix ("D99_"), so every chunk property fits.</summary>
    internal const int MaxEscapedLength = 251;

    internal const string CountPrefix = "C_";
    private const char ChunkPrefix = 'D';
    private const char Separator = '_';

    // Chunk property prefixes the common sizes need, built once: a save writes these for every document.
    private static readonly string[] s_chunkPrefixes =
        [.. Enumerable.Range(0, 20).Select(i => ChunkPrefix + i.ToString(CultureInfo.InvariantCulture) + Separator)];

    /// <summary>The escaped form of a document name; throws when it would make a property name too long.</summary>
    public static string Escape(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);

        // Code constants such as "dialogs" or "objectiveAcceptance" need no escape: keep the string as it is.
        var plain = true;
        foreach (var c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c);
        }

        var escaped = plain ? name : EscapeSlow(name);
        if (escaped.Length > MaxEscapedLength)
        {
            throw new ArgumentException(
                $"A state document name may take at most {MaxEscapedLength} characters once escaped for a table property " +
                $"name (ASCII letters and digits count one, any other character five); this one takes {escaped.Length}.",
                nameof(name));
        }

        return escaped;
    }

    /// <summary>Reverses <see cref="Escape"/>; throws <see cref="FormatException"/> for text it never produces.</summary>
    public static string Unescape(string escaped)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        if (!escaped.Contains(Separator, StringComparison.Ordinal))
        {
            return escaped.Length > 0 ? escaped : throw new FormatException("An escaped document name is never empty.");
        }

        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != Separator)
            {
                builder.Append(escaped[i]);
                continue;
            }

            if (i + 4 >= escaped.Length || !IsUpperHex(escaped.AsSpan(i + 1, 4)))
            {
                throw new FormatException($"Malformed escape at position {i} of a document property name.");
            }

            var code = ushort.Parse(escaped.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            builder.Append((char)code);
            i += 4;
        }

        return builder.ToString();
    }

    /// <summary>The property that holds the chunk count of the document with this escaped name.</summary>
    public static string Count(string escaped) => CountPrefix + escaped;

    /// <summary>The property that holds chunk <paramref name="index"/> of the document with this escaped name.</summary>
    public static string Chunk(string escaped, int index) =>
        index < s_chunkPrefixes.Length
            ? s_chunkPrefixes[index] + escaped
            : ChunkPrefix + index.ToString(CultureInfo.InvariantCulture) + Separator + escaped;

    /// <summary>The escaped document name of a chunk count property, or null for any other property.</summary>
    public static string? EscapedNameOfCount(string property) =>
        property.Length > CountPrefix.Length && property.StartsWith(CountPrefix, StringComparison.Ordinal)
            ? property[CountPrefix.Length..]
            : null;

    // Only the digits Escape writes: "_002d" would otherwise read as the same name as "_002D".
    private static bool IsUpperHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'A' and <= 'F'))
            {
                return false;
            }
        }

        return true;
    }

    private static string EscapeSlow(string name)
    {
        var builder = new StringBuilder(name.Length * 2);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Separator).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
