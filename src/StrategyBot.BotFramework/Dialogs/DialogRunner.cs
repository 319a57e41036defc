using System.Text.Json.Nodes;
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

        var stored = state.Get(StackDocumentName);
        var stack = ReadStack(stored);
        var dc = new DialogContext(_dialogs, turn, state, stack, null, _logger);
        DialogStackRepair.Repair(dc);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(rootDialogId, null, cancellationToken);
        }

        WriteBack(state, stored, stack);

        Log.DialogTurnEnded(_logger, result.Status, stack.Count);
        return result;
    }

    /// <summary>True when a dialog is waiting for the user's answer.</summary>
    public bool HasActiveDialog(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ReadStack(state.Get(StackDocumentName), copy: false).Count > 0;
    }

    /// <summary>
    /// Asks the question the user is on again (after help, a language switch, or an answer another device gave
    /// first). Does nothing when no dialog is active.
    /// </summary>
    public async Task RepromptAsync(TurnContext turn, StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);

        var stored = state.Get(StackDocumentName);
        var stack = ReadStack(stored);
        if (stack.Count == 0)
        {
            return;
        }

        var dc = new DialogContext(_dialogs, turn, state, stack, null, _logger);
        DialogStackRepair.Repair(dc);
        await dc.RepromptDialogAsync(cancellationToken);

        WriteBack(state, stored, stack);
    }

    private static void WriteBack(StateSet state, JsonObject? stored, List<DialogInstance> stack)
    {
        var written = DialogStackDocument.Write(stack);
        if (stored is null || !JsonNode.DeepEquals(stored, written))
        {
            state.Set(StackDocumentName, written);
        }
    }

    private List<DialogInstance> ReadStack(JsonObject? stored, bool copy = true)
    {
        try
        {
            return DialogStackDocument.Read(stored, copy);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            // Better to start the conversation over than to fail every turn on a document nobody can read.
            Log.DialogStackUnreadable(_logger, ex);
            return [];
        }
    }
}
