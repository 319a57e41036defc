using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>
/// The whole plan on one card: the six steps condensed, objectives with SMART badges, KPI targets, the budget split,
/// the next check-in, and an Edit button per step sending {"action":"edit","step":"situation"…}. Single column
/// for phones, and at most <see cref="CardSize.PlanSummaryLimit"/>: a long plan is shown shorter, never cut off.
/// It opens collapsed: one line per step, and tapping a step shows its details and its Edit button
/// (Action.ToggleVisibility, Adaptive Cards 1.2, which Teams mobile renders), so the card starts about a phone
/// screen and a half tall instead of four.
/// </summary>
public static class PlanSummaryCard
{
    /// <summary>
    /// The filled card; wrap it with <c>Attachment.AdaptiveCard</c>. <paramref name="nextCheckIn"/> is the next
    /// check-in already in the user's time zone, or null when none is scheduled.
    /// </summary>
    public static JsonObject Build(MarketingPlan plan, Language language, DateTimeOffset? nextCheckIn, bool expanded = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        JsonObject? card = null;
        foreach (var caps in SummaryCaps.Levels)
        {
            card = Render(plan, language, nextCheckIn, caps, expanded);
            if (CardSize.Fits(card, CardSize.PlanSummaryLimit))
            {
                return card;
            }
        }

        CardSize.EnsureFits(card!, CardSize.PlanSummaryLimit, CardTemplates.PlanSummary);
        return card!;
    }

    private static JsonObject Render(MarketingPlan plan, Language language, DateTimeOffset? nextCheckIn, SummaryCaps caps, bool expanded)
    {
        var writer = new SummaryWriter(language, caps, plan.Tactics.Budget.CurrencyCode);
        var progress = SostacProgress.Evaluate(plan);
        var completed = progress.CompletedCount;
        var total = progress.Steps.Count;
        var next = nextCheckIn is { } moment
            ? writer.Format(TextKey.PlanSummaryNextCheckIn, LocalFormat.DateAndTime(language, moment))
            : writer.Get(TextKey.PlanSummaryNoCheckIn);

        return new CardFiller(CardTemplates.Get(CardTemplates.PlanSummary))
            .SetText("title", writer.Get(TextKey.PlanSummaryTitle))
            .SetText("progress", writer.Format(TextKey.PlanSummaryProgress, completed, total))
            .SetText("nextCheckIn", next)
            .SetText("expandHint", writer.Get(expanded ? TextKey.PlanSummaryCollapseHint : TextKey.PlanSummaryExpandHint))
            .Repeat("step", PlanSummarySteps.Build(plan, progress, writer), (row, step, _) => FillStep(row, step, writer, expanded))
            .Finish(language, writer.Format(TextKey.PlanSummaryFallback, completed, total));
    }

    private static void FillStep(CardFiller row, SummaryStep step, SummaryWriter writer, bool expanded)
    {
        var name = writer.Get(StepKey(step.Step));
        row.SetText("stepTitle", $"{StateIcon(step.State)} {name} · {writer.Get(StateKey(step.State))} ▾");

        // The header toggles this step's details; the ids are pinned per step so the target survives the repeat.
        var details = "details-" + CardActions.StepName(step.Step);
        row.Set("stepHeader", "selectAction", new JsonObject
        {
            ["type"] = "Action.ToggleVisibility",
            ["title"] = writer.Format(TextKey.PlanSummaryToggleStep, name),
            ["targetElements"] = new JsonArray(details),
        });
        row.SetId("stepDetails", details);
        if (expanded)
        {
            row.Element(details).Remove("isVisible");
        }

        var lines = step.Lines.Count > 0 || step.Facts.Count > 0
            ? step.Lines
            : [new SummaryLine(writer.Get(TextKey.PlanSummaryNothingYet), IsSubtle: true)];
        row.Repeat("stepLine", lines, (line, content, _) =>
        {
            line.SetText("stepLine", content.Text);
            if (content.IsSubtle)
            {
                line.Set("stepLine", "isSubtle", true);
            }
        });

        if (step.Facts.Count == 0)
        {
            row.Remove("stepFacts");
        }
        else
        {
            row.SetFacts("stepFacts", step.Facts);
        }

        row.SetTitle("edit", writer.Format(TextKey.PlanSummaryEditButton, name))
            .SetData("edit", new JsonObject
            {
                [CardActions.ActionField] = CardActions.Edit,
                [CardActions.StepField] = CardActions.StepName(step.Step),
            });
    }

    private static string StateIcon(StepState state) => state switch
    {
        StepState.Complete => "✓",
        StepState.InProgress => "◐",
        _ => "○",
    };

    private static TextKey StateKey(StepState state) => state switch
    {
        StepState.Complete => TextKey.StepStateComplete,
        StepState.InProgress => TextKey.StepStateInProgress,
        _ => TextKey.StepStateNotStarted,
    };

    private static TextKey StepKey(SostacStep step) => step switch
    {
        SostacStep.Situation => TextKey.StepSituation,
        SostacStep.Objectives => TextKey.StepObjectives,
        SostacStep.Strategy => TextKey.StepStrategy,
        SostacStep.Tactics => TextKey.StepTactics,
        SostacStep.Action => TextKey.StepAction,
        _ => TextKey.StepControl,
    };
}
