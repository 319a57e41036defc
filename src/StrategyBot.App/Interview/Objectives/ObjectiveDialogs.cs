using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview.Control;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// What the interview's registration and root dialog call: the Objectives and Control step dialogs and quick
/// capture, each with its own SMART refinement and prompts inside, so only these three ids are needed.
/// </summary>
public static class ObjectiveDialogs
{
    /// <summary>The Objectives step ("objectives"): goal families, then 1 to 5 SMART objectives.</summary>
    public const string ObjectivesId = ObjectivesDialog.DialogId;

    /// <summary>The Control step ("control"): KPIs per objective, the weekly check-in slot and its zone, the A/B test.</summary>
    public const string ControlId = ControlDialog.DialogId;

    /// <summary>Quick capture ("quickCapture"): one "goal: …" line to a SMART objective, then back to where the user was.</summary>
    public const string QuickCaptureId = QuickCaptureDialog.DialogId;

    /// <summary>
    /// Adds the three dialogs to <paramref name="dialogs"/>; "today" and every date come from <paramref name="time"/>,
    /// and Control offers the default check-in slot of <paramref name="checkIns"/>.
    /// </summary>
    public static void Register(DialogSet dialogs, TimeProvider time, ILogger logger, CheckInOptions checkIns)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(checkIns);
        dialogs.Add(new ObjectivesDialog(time, logger));
        dialogs.Add(new ControlDialog(time, logger, checkIns));
        dialogs.Add(new QuickCaptureDialog(time, logger));
    }

    /// <summary>
    /// The options that begin the Control step ("control") for one objective only, the one at
    /// <paramref name="objectiveIndex"/> of the plan: its KPIs, their targets and deadlines, and nothing else.
    /// </summary>
    public static System.Text.Json.Nodes.JsonObject OneObjectiveControlOptions(int objectiveIndex) => ControlDialog.OneObjectiveOptions(objectiveIndex);

    /// <summary>True for "goal: …", "objective: …", "new goal: …", "هدف: …" with some text after the colon.</summary>
    public static bool IsQuickCapture(string? text) => QuickCapture.TryParse(text, out _);

    /// <summary>
    /// Call from the root's interruption handler with its inner context: when the message is a quick capture (and no
    /// quick capture is running already) this begins one over the active dialog and returns its result; otherwise
    /// null. When it ends, the dialog underneath is resumed and asks its question again.
    /// </summary>
    public static async Task<DialogTurnResult?> TryBeginQuickCaptureAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Turn.Activity.Type != ActivityTypes.Message
            || !QuickCapture.TryParse(dc.Turn.Activity.GetTextWithoutRecipientMention(), out var text)
            || IsRunning(dc.Stack))
        {
            return null;
        }

        var resumesAnother = dc.ActiveDialog is not null;
        return await dc.BeginDialogAsync(QuickCaptureId, QuickCaptureDialog.Options(text, resumesAnother), cancellationToken);
    }

    private static bool IsRunning(IEnumerable<DialogInstance> stack) =>
        stack.Any(instance => instance.Id == QuickCaptureId || IsRunning(instance.Children));
}
