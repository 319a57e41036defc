using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// A stand-in for the teammate's "quickCapture" dialog: it files the goal text as an objective, says what it got
/// (including whether a question underneath will be asked again), and ends at once.
/// </summary>
internal sealed class FakeQuickCaptureDialog : Dialog
{
    public FakeQuickCaptureDialog()
        : base("quickCapture")
    {
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var json = (System.Text.Json.Nodes.JsonObject)options!;
        var text = (string)json["text"]!;
        TurnState.Of(dc.State).UpdatePlan(plan => plan with { Objectives = [.. plan.Objectives, new Objective { Id = "captured", Text = text }] });
        dc.Turn.SendText($"Captured: {text} (back to a question: {(bool)json["resume"]!})");
        return dc.EndDialogAsync(null, cancellationToken);
    }
}
