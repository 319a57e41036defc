using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>JSON settings and the hardened activity reader used by the endpoint.</summary>
public static class ProtocolJson
{
    /// <summary>The deepest nesting accepted; Teams activities stay far below it, hostile ones do not.</summary>
    public const int MaxDepth = 64;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Serializer options backed by <see cref="ProtocolJsonContext"/>, for callers that need options rather than type info.</summary>
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    /// <summary>
    /// Reads an inbound activity. Returns false for anything that is not a JSON object with a string <c>type</c>:
    /// malformed or too deeply nested JSON, invalid UTF-8, escaped lone surrogates (invalid UTF-16) anywhere in the
    /// document, or fields of the wrong JSON kind. Never throws for bad input.
    /// </summary>
    public static bool TryReadActivity(
        ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Activity? activity, [NotNullWhen(false)] out string? error)
    {
        activity = null;
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        try
        {
            ValidateStrings(utf8Json);
            activity = JsonSerializer.Deserialize(utf8Json, ProtocolJsonContext.Default.Activity);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            error = exception.Message;
            return false;
        }

        if (activity is null)
        {
            error = "The body is JSON null, not an activity.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            activity = null;
            error = "The activity has no type.";
            return false;
        }

        DropNullElements(activity);
        error = null;
        return true;
    }

    // "membersAdded": [null] is valid JSON for a list of accounts, and would reach the bot as a null where the type
    // promises an account. A null says nothing, so it is dropped and the rest of the activity goes on.
    private static void DropNullElements(Activity activity)
    {
        DropNulls(activity.MembersAdded);
        DropNulls(activity.MembersRemoved);
        DropNulls(activity.Attachments);
        DropNulls(activity.Entities);
        DropNulls(activity.SuggestedActions?.Actions);
    }

    private static void DropNulls<T>(IList<T>? list)
        where T : class
    {
        for (var i = list?.Count - 1 ?? -1; i >= 0; i--)
        {
            if (list![i] is null)
            {
                list.RemoveAt(i);
            }
        }
    }

    // Unknown fields are kept as raw JsonElements and only decoded when someone reads them, which would turn
    // an escaped lone surrogate ("\ud800") into an exception deep inside a turn. Decoding every string once here
    // moves that failure to the door, where it becomes a 400.
    // CopyString decodes exactly as GetString does (unescaping, then UTF-8 to UTF-16, which is where a lone surrogate
    // fails) but into one buffer for the whole body, so checking a body does not allocate a string per token.
    private static void ValidateStrings(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        char[]? rented = null;
        Span<char> buffer = stackalloc char[256];
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    // A string never decodes to more UTF-16 units than it has UTF-8 bytes, escaped or not.
                    var length = reader.ValueSpan.Length;
                    if (length > buffer.Length)
                    {
                        if (rented is not null)
                        {
                            ArrayPool<char>.Shared.Return(rented);
                        }

                        rented = ArrayPool<char>.Shared.Rent(length);
                        buffer = rented;
                    }

                    _ = reader.CopyString(buffer);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
