using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// Writes JSON the way state documents are stored, into a buffer kept per thread, for code that serialises a document
/// on every turn, compares it with what is stored and copies it out only when it changed.
/// </summary>
public static class StateJsonWriter
{
    // Past this, a buffer is not kept: one huge document should not pin its memory to a pool thread for good.
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    // Reset onto the buffer for each call rather than created per call: a writer is a few hundred bytes of state.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Relaxed escaping keeps Persian text at two bytes a letter instead of six ("\u0633"), which matters against the
    /// store's size limits; state JSON never reaches HTML, so the HTML-safety escapes buy nothing. No validation: the
    /// writers are our own code.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>
    /// Runs <paramref name="write"/> on a writer over this thread's buffer and returns what it wrote. The bytes stay
    /// valid only until the next call on the same thread, so copy them before awaiting, and never call this from inside
    /// <paramref name="write"/>.
    /// </summary>
    public static ReadOnlySpan<byte> Write<TArg>(TArg arg, Action<Utf8JsonWriter, TArg> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = t_buffer;
        if (buffer is null || buffer.Capacity > KeptCapacity)
        {
            t_buffer = buffer = new ArrayBufferWriter<byte>(4096);
        }

        buffer.ResetWrittenCount();
        var writer = t_writer;
        if (writer is null)
        {
            t_writer = writer = new Utf8JsonWriter(buffer, Options);
        }
        else
        {
            writer.Reset(buffer);
        }

        write(writer, arg);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
