namespace StrategyBot.Domain.Planning;

/// <summary>
/// Works out which SOSTAC steps are complete from the plan's content alone. Optional parts (competitors,
/// SWOT, PESTEL, hashtags, calls to action, influencers, tools, the A/B idea) never hold a step back.
/// </summary>
public static class SostacProgress
{
    public static PlanProgress Evaluate(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanProgress
        {
            Steps =
            [
                Build(SostacStep.Situation, SituationGaps(plan.Situation), SituationStarted(plan.Situation)),
                Build(SostacStep.Objectives, ObjectiveGaps(plan.Objectives), plan.Objectives.Count > 0),
                Build(SostacStep.Strategy, StrategyGaps(plan.Strategy), StrategyStarted(plan.Strategy)),
                Build(SostacStep.Tactics, TacticsGaps(plan), TacticsStarted(plan.Tactics)),
                Build(SostacStep.Action, ActionGaps(plan.Actions), plan.Actions.Count > 0),
                Build(SostacStep.Control, ControlGaps(plan), ControlStarted(plan.Control)),
            ],
        };
    }

    private static StepProgress Build(SostacStep step, List<PlanGap> gaps, bool started) => new()
    {
        Step = step,
        State = gaps.Count == 0 ? StepState.Complete : started ? StepState.InProgress : StepState.NotStarted,
        Missing = gaps,
    };

    private static List<PlanGap> SituationGaps(Situation s)
    {
        var gaps = new List<PlanGap>();
        AddIf(gaps, IsBlank(s.BusinessDescription), PlanGap.BusinessDescription);
        AddIf(gaps, IsBlank(s.ProductsAndServices), PlanGap.ProductsAndServices);
        AddIf(gaps, IsBlank(s.CustomerNeeds), PlanGap.CustomerNeeds);
        AddIf(gaps, s.Personas.Count < PlanRules.MinPersonas, PlanGap.Personas);
        AddIf(gaps, s.Personas.Count > PlanRules.MaxPersonas, PlanGap.TooManyPersonas);
        AddIf(gaps, s.Presence.Count == 0, PlanGap.PlatformPresence);
        return gaps;
    }

    private static bool SituationStarted(Situation s) =>
        !IsBlank(s.BusinessDescription) || !IsBlank(s.ProductsAndServices) || !IsBlank(s.CustomerNeeds)
        || s.Personas.Count > 0 || s.Competitors.Count > 0 || !s.Swot.IsEmpty() || s.Presence.Count > 0;

    private static List<PlanGap> ObjectiveGaps(IReadOnlyList<Objective> objectives)
    {
        var gaps = new List<PlanGap>();
        AddIf(gaps, objectives.Count < PlanRules.MinObjectives, PlanGap.Objectives);
        AddIf(gaps, objectives.Count > PlanRules.MaxObjectives, PlanGap.TooManyObjectives);
        AddIf(gaps, objectives.Any(o => o.Metric is null || o.Target is null || o.Deadline is null), PlanGap.ObjectiveIncomplete);
        return gaps;
    }

    private static List<PlanGap> StrategyGaps(Strategy s)
    {
        var gaps = new List<PlanGap>();
        AddIf(gaps, s.Platforms.Count == 0, PlanGap.StrategyPlatforms);
        AddIf(gaps, !s.IsSplitValid(), PlanGap.ContentPaidSplit);
        AddIf(gaps, IsBlank(s.Differentiator), PlanGap.Differentiator);
        return gaps;
    }

    private static bool StrategyStarted(Strategy s) =>
        s.Platforms.Count > 0 || s.ContentPercent is not null || s.PaidPercent is not null || !IsBlank(s.Differentiator);

    private static List<PlanGap> TacticsGaps(MarketingPlan plan)
    {
        var t = plan.Tactics;
        var gaps = new List<PlanGap>();
        AddIf(gaps, !t.PlatformTactics.Any(p => p.ContentPillars.Count > 0 && p.PostsPerWeek > 0), PlanGap.PlatformTactics);
        AddIf(gaps, IsBlank(t.CommunityEngagement.Responder), PlanGap.CommunityResponder);
        var budgetNeeded = plan.Strategy.PaidPercent > 0m || t.Budget.Lines.Count > 0;
        AddIf(gaps, budgetNeeded && !t.Budget.Validate().IsValid, PlanGap.BudgetSplit);
        return gaps;
    }

    private static bool TacticsStarted(Tactics t) =>
        t.PlatformTactics.Count > 0 || t.BrandedHashtags.Count > 0 || t.CommunityHashtags.Count > 0
        || t.CallsToAction.Count > 0 || !IsBlank(t.CommunityEngagement.Responder) || t.Budget.Lines.Count > 0;

    private static List<PlanGap> ActionGaps(IReadOnlyList<ActionItem> actions)
    {
        var gaps = new List<PlanGap>();
        AddIf(gaps, actions.Count == 0, PlanGap.ActionItems);
        AddIf(gaps, actions.Any(a => !a.IsComplete()), PlanGap.ActionItemIncomplete);
        return gaps;
    }

    private static List<PlanGap> ControlGaps(MarketingPlan plan)
    {
        var c = plan.Control;
        var gaps = new List<PlanGap>();
        var covered = c.KpiTargets.Select(k => k.ObjectiveId).ToHashSet(StringComparer.Ordinal);
        AddIf(gaps, plan.Objectives.Count == 0 && c.KpiTargets.Count == 0 || plan.Objectives.Any(o => !covered.Contains(o.Id)), PlanGap.ObjectiveWithoutKpi);
        AddIf(gaps, c.CheckInDay is null || c.CheckInTime is null, PlanGap.CheckInSlot);
        return gaps;
    }

    private static bool ControlStarted(Control c) => c.KpiTargets.Count > 0 || c.CheckInDay is not null || !IsBlank(c.AbTestIdea);

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static void AddIf(List<PlanGap> gaps, bool condition, PlanGap gap)
    {
        if (condition)
        {
            gaps.Add(gap);
        }
    }
}
