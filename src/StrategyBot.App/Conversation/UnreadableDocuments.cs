using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Conversation;

/// <summary>
/// Sets aside a typed document whose stored bytes cannot be read (a hand edit in Storage Explorer, a shape written by
/// another version, invalid UTF-8): the bytes move, unchanged, into "{name}.unreadable" and the document starts
/// afresh. Both happen in the turn's state set, so the turn's one save writes them together with everything else,
/// or neither. Only the latest unreadable copy of a document is kept, so a user's row cannot grow without bound.
/// </summary>
internal static class UnreadableDocuments
{
    public const string Suffix = ".unreadable";

    /// <summary>
    /// Room the fresh document keeps in the state row to grow into: a copy that would leave less is not kept, or the
    /// user's next answers could not be saved (Table Storage holds one row of at most 1 MiB, see <see cref="StateRowLimits"/>).
    /// </summary>
    internal const int FreshDocumentReserve = 128 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The typed documents that are set aside rather than failing the turn.</summary>
    public static IReadOnlyList<string> Covered { get; } = [TurnState.PlanDocument, TurnState.ProfileDocument, CheckInDocuments.Name];

    public static string KeptName(string name) => name + Suffix;

    /// <summary>
    /// Moves the unreadable <paramref name="utf8"/> of <paramref name="name"/> into its kept copy (replacing an older
    /// one) and removes the document, so readers start afresh. Returns what was kept.
    /// </summary>
    public static UnreadableCopy SetAside(StateSet state, string name, ReadOnlyMemory<byte> utf8, Exception error)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(error);
        var copy = Describe(name, utf8.Span, error);
        var written = Serialize(copy);
        if (!Fits(state, name, written))
        {
            copy.Kept = false;
            copy.Encoding = null;
            copy.Content = null;
            written = Serialize(copy);
        }

        state.SetUtf8(KeptName(name), written);
        state.Remove(name);
        return copy;
    }

    /// <summary>A description of unreadable bytes that holds them exactly: as text when they are UTF-8, else in base64.</summary>
    public static UnreadableCopy Describe(string name, ReadOnlySpan<byte> utf8, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var copy = new UnreadableCopy
        {
            Document = name,
            Kept = true,
            NoticePending = true,
            Length = utf8.Length,
            Error = error.GetType().Name,
            Detail = error.Message,
        };
        try
        {
            copy.Content = s_strictUtf8.GetString(utf8);
            copy.Encoding = UnreadableCopy.TextEncoding;
        }
        catch (DecoderFallbackException)
        {
            copy.Content = Convert.ToBase64String(utf8);
            copy.Encoding = UnreadableCopy.Base64Encoding;
        }

        return copy;
    }

    /// <summary>The kept copy of <paramref name="name"/>; false when there is none, or it cannot be read either.</summary>
    public static bool TryRead(StateSet state, string name, [NotNullWhen(true)] out UnreadableCopy? copy)
    {
        ArgumentNullException.ThrowIfNull(state);
        copy = null;
        if (!state.TryGetUtf8(KeptName(name), out var utf8))
        {
            return false;
        }

        try
        {
            copy = JsonSerializer.Deserialize(utf8.Span, AppJsonContext.Default.UnreadableCopy);
        }
        catch (JsonException)
        {
            // A hand-edited kept copy is no reason to fail a turn either; the next one set aside replaces it.
        }

        return copy is not null;
    }

    /// <summary>The kept copies whose user has not been told yet, in <see cref="Covered"/> order.</summary>
    public static IReadOnlyList<UnreadableCopy> Pending(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        List<UnreadableCopy>? pending = null;
        foreach (var name in Covered)
        {
            // Most turns have no kept copy: a dictionary lookup each, nothing parsed.
            if (state.Find(KeptName(name)) is { Exists: true } && TryRead(state, name, out var copy) && copy.NoticePending)
            {
                (pending ??= []).Add(copy);
            }
        }

        return pending ?? (IReadOnlyList<UnreadableCopy>)[];
    }

    /// <summary>Records in the kept copy that the user has been told, so they are told once.</summary>
    public static void MarkTold(StateSet state, UnreadableCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        copy.NoticePending = false;
        StoredJson.Write(state, KeptName(copy.Document), copy, AppJsonContext.Default.UnreadableCopy);
    }

    /// <summary>The bytes the document held when it was set aside; empty when no copy was kept.</summary>
    public static byte[] Original(UnreadableCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return copy switch
        {
            { Kept: true, Encoding: UnreadableCopy.TextEncoding, Content: { } text } => s_strictUtf8.GetBytes(text),
            { Kept: true, Encoding: UnreadableCopy.Base64Encoding, Content: { } base64 } => Convert.FromBase64String(base64),
            _ => [],
        };
    }

    private static byte[] Serialize(UnreadableCopy copy) =>
        StateJsonWriter.Write(copy, static (writer, value) => JsonSerializer.Serialize(writer, value, AppJsonContext.Default.UnreadableCopy)).ToArray();

    // The same rule the table store applies on save, over the row as it would be: every other document, the copy, and
    // the fresh document with room to grow. Documents a named load left out are not counted (only the check-in
    // scheduler loads by name; a user's own turn loads the whole row).
    private static bool Fits(StateSet state, string name, byte[] kept)
    {
        var keptName = KeptName(name);
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var document in state.Documents)
        {
            if (document.Name != name && document.Name != keptName && document.TryGetUtf8(out var utf8))
            {
                documents[document.Name] = StoredDocument.Binary(utf8);
            }
        }

        documents[keptName] = StoredDocument.Binary(kept);
        documents[name] = StoredDocument.Binary(new byte[FreshDocumentReserve]);
        try
        {
            StateRowLimits.EnsureFits(TableKeys.Partition(state.Scope), documents);
            return true;
        }
        catch (StateTooLargeException)
        {
            return false;
        }
    }
}
