using System.Text.Json;
using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Runs one turn of the dialog stack: reads the stack from the turn's <see cref="StateSet"/>, repairs it after a
/// deploy, continues the active dialog or begins the root, and writes the stack back into the set. It never
/// touches storage: the caller loads the set before and saves it after, so a turn is one load and one save.
/// </summary>
public sealed class DialogRunner
{
    /// <summary>The name of the document holding the stack.</summary>
    public const string StackDocumentName = "dialogs";

    // As deep as a node may be written, so whatever a stack held can be read back.
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 1000 };

    private readonly DialogSet _dialogs;
    private readonly ILogger<DialogRunner> _logger;

    /// <summary>Creates a runner over <paramref name="dialogs"/>, which must hold the root dialog.</summary>
    public DialogRunner(DialogSet dialogs, ILogger<DialogRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(logger);
        _dialogs = dialogs;
        _logger = logger;
    }

    /// <summary>
    /// Continues the active dialog, or begins <paramref name="rootDialogId"/> when none is active (so call it for the
    /// activities that should start a conversation: messages and card submits). Only changed stacks are written.
    /// </summary>
    public async Task<DialogTurnResult> RunAsync(
        TurnContext turn, StateSet state, string rootDialogId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDialogId);

        var (stored, stack) = ReadStack(state);
        var dc = new DialogContext(_dialogs, turn, state, stack, null, _logger);
        DialogStackRepair.Repair(dc);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(rootDialogId, null, cancellationToken);
        }

        WriteBack(state, stored, stack);

        FrameworkLog.DialogTurnEnded(_logger, result.Status, stack.Count);
        return result;
    }

    /// <summary>True when a dialog is waiting for the user's answer.</summary>
    public bool HasActiveDialog(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.TryGetUtf8(StackDocumentName, out var utf8))
        {
            return false;
        }

        // A forward-only read of the stored bytes, which allocates nothing: the node tree the turn works on is built
        // once, by RunAsync. It reads to the end all the same, so bytes that are not JSON count as no dialog, as they
        // do for RunAsync.
        try
        {
            var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = s_documentOptions.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var active = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isStack = reader.ValueTextEquals("stack"u8);
                reader.Read();
                if (isStack && reader.TokenType == JsonTokenType.StartArray)
                {
                    active = reader.Read() && reader.TokenType != JsonTokenType.EndArray;
                }

                reader.Skip();
            }

            while (reader.Read())
            {
            }

            return active;
        }
        catch (JsonException ex)
        {
            FrameworkLog.DialogStackUnreadable(_logger, ex);
            return false;
        }
    }

    /// <summary>
    /// Asks the question the user is on again (after help, a language switch, or an answer another device gave
    /// first). Does nothing when no dialog is active.
    /// </summary>
    public async Task RepromptAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);

        var (stored, stack) = ReadStack(state);
        if (stack.Count == 0)
        {
            return;
        }

        var dc = new DialogContext(_dialogs, turn, state, stack, null, _logger);
        DialogStackRepair.Repair(dc);
        await dc.RepromptDialogAsync(cancellationToken);

        WriteBack(state, stored, stack);
    }

    // The stack is compared and stored as UTF-8: a turn reads the stored bytes into instances of its own (nodes only for
    // their values and state, so nothing is cloned to keep the stored version for the comparison), and a changed stack
    // goes back as the bytes written here, so the save does not serialise a node tree again. Bytes that
    // differ only in spelling (another writer's escaping or property order) cost one extra write, after which they match.
    private static void WriteBack(StateSet state, ReadOnlyMemory<byte>? stored, List<DialogInstance> stack)
    {
        var written = StateJsonWriter.Write(stack, DialogStackDocument.Write);
        if (stored is not { } before || !before.Span.SequenceEqual(written))
        {
            state.SetUtf8(StackDocumentName, written.ToArray());
        }
    }

    private (ReadOnlyMemory<byte>? Stored, List<DialogInstance> Stack) ReadStack(StateSet state)
    {
        if (!state.TryGetUtf8(StackDocumentName, out var utf8))
        {
            return (null, []);
        }

        try
        {
            return (utf8, DialogStackDocument.Read(utf8.Span));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            // Better to start the conversation over than to fail every turn on a document nobody can read.
            FrameworkLog.DialogStackUnreadable(_logger, ex);
            return (utf8, []);
        }
    }
}
