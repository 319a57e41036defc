using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Tells whether a stored document already holds what freshly serialised UTF-8 JSON says, with the meaning of
/// <see cref="JsonNode.DeepEquals"/> but without building a node tree of either side (which materialises every
/// property of the stored one). First token by token, strings by their unescaped text, because the serializer and a
/// stored node do not escape alike (a DateTimeOffset's "+" is written raw by its converter, "\u002B" by a node);
/// when the tokens differ, <see cref="JsonElement.DeepEquals"/> decides, so property order and number spelling do not
/// count as a change.
/// </summary>
internal static class StoredJson
{
    private const int StackTextLength = 256;

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    // As deep as a node may be, so any document a node holds can be read back.
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 1000 };

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 1000 };

    // One buffer per thread: the comparison never awaits, so nothing else runs on the thread while it is in use.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>True when <paramref name="stored"/> holds the same JSON as <paramref name="utf8"/>.</summary>
    public static bool Matches(JsonNode stored, byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(utf8);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            stored.WriteTo(writer);
        }

        try
        {
            return SameTokens(buffer.WrittenSpan, utf8) || SameContent(buffer.WrittenMemory, utf8);
        }
        finally
        {
            // A rare huge document should not pin its buffer to the thread for good.
            if (buffer.Capacity > 256 * 1024)
            {
                t_buffer = null;
            }
        }
    }

    private static bool SameContent(ReadOnlyMemory<byte> a, ReadOnlyMemory<byte> b)
    {
        using var left = JsonDocument.Parse(a, s_documentOptions);
        using var right = JsonDocument.Parse(b, s_documentOptions);
        return JsonElement.DeepEquals(left.RootElement, right.RootElement);
    }

    private static bool SameTokens(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var left = new Utf8JsonReader(a, s_readerOptions);
        var right = new Utf8JsonReader(b, s_readerOptions);
        while (true)
        {
            var more = left.Read();
            if (more != right.Read())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (left.TokenType != right.TokenType)
            {
                return false;
            }

            var same = left.TokenType switch
            {
                JsonTokenType.PropertyName or JsonTokenType.String => SameText(ref left, ref right),
                JsonTokenType.Number => left.ValueSpan.SequenceEqual(right.ValueSpan),
                _ => true,
            };
            if (!same)
            {
                return false;
            }
        }
    }

    private static bool SameText(ref Utf8JsonReader left, ref Utf8JsonReader right)
    {
        if (!left.ValueIsEscaped)
        {
            return right.ValueIsEscaped ? right.ValueTextEquals(left.ValueSpan) : left.ValueSpan.SequenceEqual(right.ValueSpan);
        }

        if (!right.ValueIsEscaped)
        {
            return left.ValueTextEquals(right.ValueSpan);
        }

        // Both escaped: unescape one side (never longer than its escaped form) and compare the other with it.
        var length = left.ValueSpan.Length;
        byte[]? rented = null;
        var scratch = length <= StackTextLength ? stackalloc byte[StackTextLength] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = left.CopyString(scratch);
            return right.ValueTextEquals(scratch[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
