using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// One named JSON document in a scope, with the ETag it was loaded with (null when new). A document comes from a store
/// (or from <see cref="StateSet.SetUtf8"/>) as UTF-8 JSON and is parsed into a node only when <see cref="Content"/> is
/// first read: most documents of a turn are only read through a typed view or written back as they are, and a node
/// tree costs far more to build than the bytes it came from. Once parsed, the node is the document, since callers edit
/// it in place.
/// </summary>
public sealed class StateDocument
{
    // As deep as a node may be written, so whatever a node held can be parsed back.
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 1000 };

    // Past this, a buffer is not kept: one huge document should not pin its memory to a pool thread for good.
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private JsonObject? _content;
    private ReadOnlyMemory<byte> _utf8;
    private bool _hasUtf8;

    /// <summary>Creates a document.</summary>
    public StateDocument(string name, JsonObject? content, string? eTag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _content = content;
        ETag = eTag;
    }

    /// <summary>The document's name, unique in its scope.</summary>
    public string Name { get; }

    /// <summary>
    /// The JSON; null once deleted. Reading it parses a document held as UTF-8 (once); from then on the node is
    /// the document. Throws <see cref="InvalidDataException"/> when the stored JSON is not an object.
    /// </summary>
    public JsonObject? Content
    {
        get
        {
            if (_hasUtf8)
            {
                _content = Parse(Name, _utf8.Span);
                _utf8 = default;
                _hasUtf8 = false;
            }

            return _content;
        }

        internal set
        {
            _content = value;
            _utf8 = default;
            _hasUtf8 = false;
            Version++;
        }
    }

    /// <summary>True while the document exists (as UTF-8 or as a node); false once deleted.</summary>
    public bool Exists => _hasUtf8 || _content is not null;

    /// <summary>True when the document is held as a node (<see cref="Content"/> was read or set); false while it is UTF-8 or deleted.</summary>
    public bool IsParsed => !_hasUtf8 && _content is not null;

    /// <summary>
    /// Changes whenever the document is replaced or removed through its set, so a reader may cache what it derived from
    /// one version. Edits made inside the node without setting it again do not count.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>The store's version stamp; null for a document not yet stored.</summary>
    public string? ETag { get; set; }

    /// <summary>True when the document must be written (or deleted) on save.</summary>
    public bool IsDirty { get; set; }

    /// <summary>A document held as UTF-8 JSON (which must be an object), parsed only when <see cref="Content"/> is read.</summary>
    public static StateDocument FromUtf8(string name, ReadOnlyMemory<byte> utf8, string? eTag)
    {
        var document = new StateDocument(name, null, eTag);
        document._utf8 = utf8;
        document._hasUtf8 = true;
        return document;
    }

    /// <summary>
    /// The document as UTF-8 JSON without building a node: the bytes it holds, or, once parsed, the node written out
    /// (a new array each call, because the node may have changed). False when the document was deleted.
    /// </summary>
    public bool TryGetUtf8(out ReadOnlyMemory<byte> utf8)
    {
        if (_hasUtf8)
        {
            utf8 = _utf8;
            return true;
        }

        if (_content is null)
        {
            utf8 = default;
            return false;
        }

        // A buffer of this class's own (StateJsonWriter's may hold bytes a caller is about to compare with these), and
        // an array of the document's size rather than the buffer's.
        var buffer = t_buffer;
        if (buffer is null || buffer.Capacity > KeptCapacity)
        {
            t_buffer = buffer = new ArrayBufferWriter<byte>(1024);
            t_writer = new Utf8JsonWriter(buffer, StateJsonWriter.Options);
        }

        buffer.ResetWrittenCount();
        var writer = t_writer!;
        writer.Reset(buffer);
        _content.WriteTo(writer);
        writer.Flush();
        utf8 = buffer.WrittenSpan.ToArray();
        return true;
    }

    /// <summary>The JSON object in <paramref name="utf8"/>; throws <see cref="InvalidDataException"/> for anything but an object.</summary>
    internal static JsonObject Parse(string name, ReadOnlySpan<byte> utf8) =>
        JsonNode.Parse(utf8, documentOptions: s_documentOptions) as JsonObject
            ?? throw new InvalidDataException($"State document \"{name}\" does not hold a JSON object.");

    internal void SetUtf8(ReadOnlyMemory<byte> utf8)
    {
        _content = null;
        _utf8 = utf8;
        _hasUtf8 = true;
        Version++;
    }
}
