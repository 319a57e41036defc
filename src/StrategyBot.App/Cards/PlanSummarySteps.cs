using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>The condensed content of each SOSTAC step for the plan summary card.</summary>
internal static class PlanSummarySteps
{
    public static IReadOnlyList<SummaryStep> Build(MarketingPlan plan, PlanProgress progress, SummaryWriter w) =>
    [
        Step(SostacStep.Situation, progress, Situation(plan.Situation, w), []),
        Step(SostacStep.Objectives, progress, PlanSummaryObjectives.Lines(plan, w), []),
        Step(SostacStep.Strategy, progress, Strategy(plan.Strategy, w), []),
        Step(SostacStep.Tactics, progress, Tactics(plan.Tactics, w), BudgetFacts(plan.Tactics.Budget, w)),
        Step(SostacStep.Action, progress, Actions(plan.Actions, w), []),
        Step(SostacStep.Control, progress, Control(plan.Control, w), PlanSummaryObjectives.KpiFacts(plan.Control, w)),
    ];

    private static SummaryStep Step(SostacStep step, PlanProgress progress, List<SummaryLine> lines, IReadOnlyList<(string, string)> facts) =>
        new(step, progress[step].State, lines, facts);

    private static List<SummaryLine> Situation(Situation situation, SummaryWriter w)
    {
        var lines = new List<SummaryLine>();
        if (!string.IsNullOrWhiteSpace(situation.BusinessDescription))
        {
            lines.Add(w.Labelled(TextKey.SummaryBusiness, w.Text(situation.BusinessDescription)));
        }

        if (situation.Personas.Count > 0)
        {
            var personas = situation.Personas.Select(p => string.IsNullOrWhiteSpace(p.AgeBand) ? p.Name : $"{p.Name} ({LocalFormat.AgeBand(w.Language, p.AgeBand)})");
            lines.Add(w.Labelled(TextKey.SummaryPersonas, w.Names(personas)));
        }

        if (situation.Competitors.Count > 0)
        {
            lines.Add(w.Labelled(TextKey.SummaryCompetitors, w.Names(situation.Competitors.Select(c => c.Name))));
        }

        var swot = situation.Swot;
        if (!swot.IsEmpty())
        {
            var counts = w.Format(TextKey.SummarySwotCounts, swot.Strengths.Count, swot.Weaknesses.Count, swot.Opportunities.Count, swot.Threats.Count);
            lines.Add(w.Labelled(TextKey.SummarySwot, counts));
        }

        if (situation.Presence.Count > 0)
        {
            lines.Add(w.Labelled(TextKey.SummaryPresence, w.List(situation.Presence.Select(p => Presence(p, w)), situation.Presence.Count)));
        }

        return lines;
    }

    private static string Presence(PlatformPresence presence, SummaryWriter w)
    {
        var parts = new List<string>();
        if (presence.Followers is { } followers)
        {
            parts.Add(w.Format(TextKey.SummaryFollowers, followers));
        }

        if (presence.WeeklyReach is { } reach)
        {
            parts.Add(w.Format(TextKey.SummaryWeeklyReach, reach));
        }

        var name = PlatformNames.Name(w.Language, presence.Platform);
        return parts.Count == 0 ? name : name + ": " + string.Join(" · ", parts);
    }

    private static List<SummaryLine> Strategy(Strategy strategy, SummaryWriter w)
    {
        var lines = new List<SummaryLine>();
        if (strategy.Platforms.Count > 0)
        {
            var names = strategy.Platforms.Select(p => PlatformNames.Name(w.Language, p));
            lines.Add(w.Labelled(TextKey.SummaryPlatforms, w.List(names, strategy.Platforms.Count)));
        }

        if (strategy.ContentPercent is not null || strategy.PaidPercent is not null)
        {
            lines.Add(new(w.Format(TextKey.SummarySplit, w.Percent(strategy.ContentPercent ?? 0m), w.Percent(strategy.PaidPercent ?? 0m))));
        }

        if (!string.IsNullOrWhiteSpace(strategy.Differentiator))
        {
            lines.Add(w.Labelled(TextKey.SummaryDifferentiator, w.Text(strategy.Differentiator)));
        }

        return lines;
    }

    private static List<SummaryLine> Tactics(Tactics tactics, SummaryWriter w)
    {
        var lines = tactics.PlatformTactics.Take(w.Caps.ListItems).Select(t => PlatformTactic(t, w)).ToList();
        AddMore(lines, tactics.PlatformTactics.Count, w);
        AddNames(lines, TextKey.SummaryHashtags, [.. tactics.BrandedHashtags, .. tactics.CommunityHashtags], w);
        AddNames(lines, TextKey.SummaryCallsToAction, tactics.CallsToAction, w);
        if (!string.IsNullOrWhiteSpace(tactics.InfluencerCollaboration))
        {
            lines.Add(w.Labelled(TextKey.SummaryInfluencers, w.Text(tactics.InfluencerCollaboration)));
        }

        var community = tactics.CommunityEngagement;
        if (!string.IsNullOrWhiteSpace(community.Responder))
        {
            var responder = CardText.Escape(community.Responder, w.Caps.NameLength);
            var text = community.ResponseTimeHours is { } hours
                ? responder + Texts.Get(w.Language, TextKey.ListSeparator) + w.Format(TextKey.SummaryRepliesWithin, hours)
                : responder;
            lines.Add(w.Labelled(TextKey.SummaryCommunity, text));
        }

        AddNames(lines, TextKey.SummaryTools, tactics.HelperTools, w);
        if (tactics.Budget.Lines.Count > 0)
        {
            lines.Add(new($"**{w.Get(TextKey.SummaryBudget)}**"));
        }

        return lines;
    }

    private static SummaryLine PlatformTactic(PlatformTactic tactic, SummaryWriter w)
    {
        var parts = new List<string>();
        if (tactic.PostsPerWeek is { } posts)
        {
            parts.Add(w.Format(TextKey.SummaryPostsPerWeek, posts));
        }

        if (tactic.ContentPillars.Count > 0)
        {
            parts.Add(w.Get(TextKey.SummaryPillars) + ": " + w.Names(tactic.ContentPillars));
        }

        if (tactic.Formats.Count > 0)
        {
            parts.Add(w.Get(TextKey.SummaryFormats) + ": " + w.Names(tactic.Formats));
        }

        return new($"**{PlatformNames.Name(w.Language, tactic.Platform)}:** {string.Join(" · ", parts)}");
    }

    private static List<(string, string)> BudgetFacts(BudgetSplit budget, SummaryWriter w)
    {
        var shown = w.Caps.ListItems * 2;
        var facts = budget.Lines.Take(shown).Select(line =>
        {
            var strategy = w.Get(line.Strategy switch
            {
                BudgetStrategy.Paid => TextKey.SummaryPaid,
                BudgetStrategy.Influencers => TextKey.SummaryBudgetInfluencers,
                _ => TextKey.SummaryOrganic,
            });
            var share = w.Percent(line.Percent);
            return (PlatformNames.Name(w.Language, line.Platform) + " · " + strategy,
                line.Amount is { } amount ? share + " · " + w.Money(amount) : share);
        }).ToList();
        if (budget.Lines.Count > shown)
        {
            facts.Add(("…", w.Format(TextKey.SummaryMore, budget.Lines.Count - shown)));
        }

        return facts;
    }

    private static List<SummaryLine> Actions(IReadOnlyList<ActionItem> actions, SummaryWriter w)
    {
        var lines = actions.Take(w.Caps.ListItems).Select(action =>
        {
            var owner = string.IsNullOrWhiteSpace(action.Owner) ? w.Get(TextKey.SummaryNoOwner) : CardText.Escape(action.Owner, w.Caps.NameLength);
            var due = action.Due is { } date ? " · " + w.Format(TextKey.SummaryDue, date) : string.Empty;
            return new SummaryLine($"• {w.Text(action.What)} · {owner}{due}");
        }).ToList();
        AddMore(lines, actions.Count, w);
        return lines;
    }

    private static List<SummaryLine> Control(Control control, SummaryWriter w)
    {
        var lines = new List<SummaryLine>();
        if (control.CheckInDay is { } day && control.CheckInTime is { } time)
        {
            var slot = w.Format(TextKey.SummaryCheckInSlot, day, time);
            if (!string.IsNullOrWhiteSpace(control.TimeZoneId))
            {
                slot += " (" + w.LeftToRight(CardText.Escape(control.TimeZoneId, w.Caps.NameLength)) + ")";
            }

            lines.Add(w.Labelled(TextKey.SummaryCheckIn, slot));
        }

        if (!string.IsNullOrWhiteSpace(control.AbTestIdea))
        {
            lines.Add(w.Labelled(TextKey.SummaryAbTest, w.Text(control.AbTestIdea)));
        }

        if (control.KpiTargets.Count > 0)
        {
            lines.Add(new($"**{w.Get(TextKey.SummaryKpis)}**"));
        }

        return lines;
    }

    private static void AddNames(List<SummaryLine> lines, TextKey label, IReadOnlyList<string> names, SummaryWriter w)
    {
        if (names.Count > 0)
        {
            lines.Add(w.Labelled(label, w.Names(names)));
        }
    }

    private static void AddMore(List<SummaryLine> lines, int total, SummaryWriter w)
    {
        if (total > w.Caps.ListItems)
        {
            lines.Add(new(w.Format(TextKey.SummaryMore, total - w.Caps.ListItems), IsSubtle: true));
        }
    }
}
