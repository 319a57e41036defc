using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Conversation;

/// <summary>Compares a stored document with freshly serialised UTF-8 JSON, byte for byte, without allocating per call.</summary>
internal static class StoredJson
{
    // One buffer per thread: the comparison never awaits, so nothing else runs on the thread while it is in use.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>True when <paramref name="stored"/>, written with <paramref name="options"/>, is exactly <paramref name="utf8"/>.</summary>
    public static bool Matches(JsonNode stored, ReadOnlySpan<byte> utf8, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = false, SkipValidation = true }))
        {
            stored.WriteTo(writer, options);
        }

        // A rare huge document should not pin its buffer to the thread for good.
        var matches = buffer.WrittenSpan.SequenceEqual(utf8);
        if (buffer.Capacity > 256 * 1024)
        {
            t_buffer = null;
        }

        return matches;
    }
}
