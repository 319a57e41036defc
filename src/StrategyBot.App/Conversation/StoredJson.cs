using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Writes typed documents into a state set as UTF-8 JSON, and only when they changed: the freshly serialised bytes
/// are compared with the stored bytes, first as bytes, then token by token with strings by their unescaped text,
/// because the serializer and a stored node do not always escape alike (a DateTimeOffset's "+" is written raw by its
/// converter, "\u002B" by a node). No parse into a document or node on either side: a real change costs one scan to
/// its first difference. Property order or number spelling ("1.0" against "1") count as a change, which costs one
/// write that changes nothing; the serializer writes a type the same way every time, so that happens at most once.
/// </summary>
internal static class StoredJson
{
    private const int StackTextLength = 256;

    // As deep as a node may be, so any document a node holds can be read back.
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 1000 };

    /// <summary>
    /// Stores <paramref name="value"/> as document <paramref name="name"/> unless it already holds the same JSON;
    /// true when it was set. Saving an unchanged document would cost a write and an ETag bump for nothing.
    /// </summary>
    public static bool Write<T>(StateSet state, string name, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(state);

        // Through a writer of our own, whose encoder (not the context's default one) decides the escaping.
        var written = StateJsonWriter.Write((value, typeInfo), static (writer, arg) => JsonSerializer.Serialize(writer, arg.value, arg.typeInfo));
        if (state.TryGetUtf8(name, out var stored) && Matches(stored.Span, written))
        {
            return false;
        }

        state.SetUtf8(name, written.ToArray());
        return true;
    }

    /// <summary>True when <paramref name="stored"/> and <paramref name="utf8"/> hold the same tokens (see the class remarks).</summary>
    public static bool Matches(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> utf8)
    {
        if (stored.SequenceEqual(utf8))
        {
            return true;
        }

        try
        {
            return SameTokens(stored, utf8);
        }
        catch (JsonException)
        {
            // Stored bytes that are not JSON (a hand edit, a torn write) are simply replaced.
            return false;
        }
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
