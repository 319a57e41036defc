using System.Text.Json;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Where a scope's conversation stands in its dialogs, as a value: two positions are equal when the dialog stack
/// holds the same dialogs at the same steps with the same values. The host takes one before a turn and compares it
/// with the one after a reload to learn whether another device moved the conversation on, without knowing how or
/// where the stack is stored.
/// </summary>
public sealed class DialogPosition : IEquatable<DialogPosition>
{
    // The stored bytes, not a clone of the stack: at the start of a turn the document is not parsed yet, so taking a
    // position costs nothing, and comparing is needed only after a conflict.
    private readonly ReadOnlyMemory<byte>? _stack;

    private DialogPosition(ReadOnlyMemory<byte>? stack) => _stack = stack;

    /// <summary>True when the scope has no dialog stack at all (a new user, or one whose dialogs all ended and were removed).</summary>
    public bool IsEmpty => _stack is null;

    /// <summary>The position of the dialogs in <paramref name="state"/> as it holds them now.</summary>
    public static DialogPosition Of(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);

        // Typed on purpose: in "? utf8 : null" the null converts through ReadOnlyMemory's implicit conversion from a null
        // byte[] into an EMPTY memory, not a null one, so a user with no dialog yet looked like one with an empty
        // document, and the comparison after a conflict failed to parse it ("The input does not contain any JSON tokens").
        return new(state.TryGetUtf8(DialogRunner.StackDocumentName, out var utf8) ? utf8 : (ReadOnlyMemory<byte>?)null);
    }

    /// <inheritdoc />
    public bool Equals(DialogPosition? other)
    {
        if (other is null)
        {
            return false;
        }

        if (_stack is not { } left || other._stack is not { } right)
        {
            return _stack is null && other._stack is null;
        }

        if (left.Span.SequenceEqual(right.Span))
        {
            return true;
        }

        // Rare (after a conflict only), so a full comparison is fine; equal bytes needed no parse.
        try
        {
            using var before = JsonDocument.Parse(left);
            using var after = JsonDocument.Parse(right);
            return JsonElement.DeepEquals(before.RootElement, after.RootElement);
        }
        catch (JsonException)
        {
            // A stack nobody can read is repaired by the runner on its next turn; it is not the same place as another.
            return false;
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DialogPosition);

    /// <summary>Equal positions always hash alike; so do many unequal ones, which only costs a comparison.</summary>
    public override int GetHashCode() => _stack is null ? 0 : 1;
}
