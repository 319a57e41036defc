using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>
/// The summary card's compact lines for the deeper parts of the plan: a call to action per channel and the ad tools
/// (Tactics), the content calendar and the campaigns (Action), the A/B tests with their winners (Control). Links are
/// left to the plan document: a card shows no user URLs.
/// </summary>
internal static class PlanSummaryDeeperPlan
{
    public static IEnumerable<SummaryLine> Tactics(Tactics tactics, SummaryWriter w)
    {
        if (tactics.ChannelCtas.Count > 0)
        {
            var ctas = tactics.ChannelCtas.Take(w.Caps.ListItems)
                .Select(c => PlatformNames.Name(w.Language, c.Platform) + ": " + CardText.Escape(c.CallToAction, w.Caps.NameLength));
            yield return w.Labelled(TextKey.SummaryChannelCtas, w.List(ctas, tactics.ChannelCtas.Count));
        }

        if (tactics.AdTools.Count > 0)
        {
            yield return w.Labelled(TextKey.SummaryAdTools, w.Names(tactics.AdTools));
        }
    }

    public static IEnumerable<SummaryLine> Action(MarketingPlan plan, SummaryWriter w)
    {
        var calendar = plan.Calendar;
        if (calendar.WeeklyRhythm.Count > 0 || calendar.Posts.Count > 0)
        {
            var parts = new List<string>();
            if (calendar.WeeklyRhythm.Count > 0)
            {
                var rhythms = calendar.WeeklyRhythm.Take(w.Caps.ListItems)
                    .Select(r => w.Format(TextKey.SummaryRhythm, PlatformNames.Name(w.Language, r.Platform), r.Slots.Count));
                parts.Add(w.List(rhythms, calendar.WeeklyRhythm.Count));
            }

            if (calendar.Posts.OrderBy(p => p.Date).FirstOrDefault() is { } first)
            {
                parts.Add(w.Format(TextKey.SummaryDatedPosts, calendar.Posts.Count, first.Date, CardText.Escape(first.Theme, w.Caps.NameLength)));
            }

            yield return w.Labelled(TextKey.SummaryCalendar, string.Join(" · ", parts));
        }

        if (plan.Campaigns.Count > 0)
        {
            var campaigns = plan.Campaigns.OrderBy(c => c.Start).Take(w.Caps.ListItems).Select(c => c.Start == default
                ? CardText.Escape(c.Name, w.Caps.NameLength)
                : CardText.Escape(c.Name, w.Caps.NameLength) + " (" + w.Format(TextKey.SummaryCampaignDates, c.Start, c.End) + ")");
            yield return w.Labelled(TextKey.SummaryCampaigns, w.List(campaigns, plan.Campaigns.Count));
        }
    }

    /// <summary>One line per A/B test: the hypothesis, then its winner and the change it brought, or the day it ends.</summary>
    public static IEnumerable<SummaryLine> Experiments(Control control, SummaryWriter w)
    {
        if (control.Experiments.Count == 0)
        {
            yield break;
        }

        yield return new($"**{w.Get(TextKey.SummaryExperiments)}**");
        foreach (var experiment in control.Experiments.OrderBy(e => e.Start).Take(w.Caps.ListItems))
        {
            var parts = new List<string> { w.Text(experiment.Hypothesis), Outcome(experiment, w) };
            if (!string.IsNullOrWhiteSpace(experiment.Change))
            {
                parts.Add(w.Format(TextKey.SummaryExperimentChange, w.Text(experiment.Change)));
            }

            yield return new("• " + string.Join(" · ", parts));
        }

        if (control.Experiments.Count > w.Caps.ListItems)
        {
            yield return new(w.Format(TextKey.SummaryMore, control.Experiments.Count - w.Caps.ListItems), IsSubtle: true);
        }
    }

    private static string Outcome(Experiment experiment, SummaryWriter w) => experiment.Verdict switch
    {
        ExperimentVerdict.VariantA => w.Format(TextKey.SummaryExperimentWinner, "A", CardText.Escape(experiment.VariantA, w.Caps.NameLength)),
        ExperimentVerdict.VariantB => w.Format(TextKey.SummaryExperimentWinner, "B", CardText.Escape(experiment.VariantB, w.Caps.NameLength)),
        ExperimentVerdict.NoDifference => w.Get(TextKey.SummaryExperimentNoDifference),
        _ => w.Format(TextKey.SummaryExperimentUntil, experiment.End),
    };
}
