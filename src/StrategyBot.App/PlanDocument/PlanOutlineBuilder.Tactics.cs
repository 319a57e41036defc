using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

internal sealed partial class PlanOutlineBuilder
{
    private void Tactics(Tactics tactics)
    {
        var start = Heading(SostacStep.Tactics);
        foreach (var tactic in tactics.PlatformTactics)
        {
            var parts = new List<string>();
            if (tactic.PostsPerWeek is { } posts)
            {
                parts.Add(Format(TextKey.SummaryPostsPerWeek, posts));
            }

            if (tactic.ContentPillars.Count > 0)
            {
                parts.Add(Get(TextKey.SummaryPillars) + ": " + Join(tactic.ContentPillars));
            }

            if (tactic.Formats.Count > 0)
            {
                parts.Add(Get(TextKey.SummaryFormats) + ": " + Join(tactic.Formats));
            }

            Bullet(PlatformNames.Name(_language, tactic.Platform), Dotted(parts));
        }

        // Hashtags are kept byte for byte: a marketer copies them from here into posts.
        Hashtags(DocumentText.BrandedHashtags, tactics.BrandedHashtags);
        Hashtags(DocumentText.CommunityHashtags, tactics.CommunityHashtags);
        Labelled(Get(TextKey.SummaryCallsToAction), Join(tactics.CallsToAction));
        if (tactics.ChannelCtas.Count > 0)
        {
            Add(PlanBlockKind.Subheading, Get(DocumentText.ChannelCtas));
            foreach (var cta in tactics.ChannelCtas)
            {
                Bullet(PlatformNames.Name(_language, cta.Platform), Dotted(
                    [cta.CallToAction, cta.Link, Format(DocumentText.ChannelCtaTracked, KpiNames.Name(_language, cta.TrackedKpiId))]));
            }
        }

        Labelled(Get(TextKey.SummaryInfluencers), tactics.InfluencerCollaboration);
        var community = tactics.CommunityEngagement;
        if (!string.IsNullOrWhiteSpace(community.Responder))
        {
            Labelled(Get(TextKey.SummaryCommunity), community.ResponseTimeHours is { } hours
                ? community.Responder + Get(TextKey.ListSeparator) + Format(TextKey.SummaryRepliesWithin, hours)
                : community.Responder);
        }

        Labelled(Get(TextKey.SummaryTools), Join(tactics.HelperTools));
        Labelled(Get(DocumentText.AdTools), Join(tactics.AdTools));
        if (tactics.Budget.Lines.Count > 0)
        {
            Add(PlanBlockKind.Subheading, Get(TextKey.SummaryBudget));
            foreach (var line in tactics.Budget.Lines)
            {
                var strategy = Get(line.Strategy switch
                {
                    BudgetStrategy.Paid => TextKey.SummaryPaid,
                    BudgetStrategy.Influencers => TextKey.SummaryBudgetInfluencers,
                    _ => TextKey.SummaryOrganic,
                });
                var share = LocalFormat.Percent(_language, line.Percent);
                Bullet(PlatformNames.Name(_language, line.Platform) + " · " + strategy, line.Amount is { } amount ? share + " · " + Money(amount) : share);
            }
        }

        NothingYetSince(start);
    }

    private void Hashtags(DocumentText label, IReadOnlyList<string> tags)
    {
        if (tags.Count > 0)
        {
            _blocks.Add(new PlanBlock(PlanBlockKind.Bullet, string.Join(" ", tags), Get(label), Literal: true));
        }
    }

    private void Actions(MarketingPlan plan)
    {
        var start = Heading(SostacStep.Action);
        foreach (var action in plan.Actions)
        {
            var owner = string.IsNullOrWhiteSpace(action.Owner) ? Get(TextKey.SummaryNoOwner) : action.Owner;
            var due = action.Due is { } date ? Format(TextKey.SummaryDue, date) : null;
            Add(PlanBlockKind.Bullet, Dotted([action.What, owner, due]));
        }

        Calendar(plan.Calendar);
        Campaigns(plan);
        NothingYetSince(start);
    }

    private void Calendar(ContentCalendar calendar)
    {
        if (calendar.WeeklyRhythm.Count == 0 && calendar.Posts.Count == 0)
        {
            return;
        }

        Add(PlanBlockKind.Subheading, Get(DocumentText.CalendarHeading));
        if (calendar.WeeklyRhythm.Count > 0)
        {
            Add(PlanBlockKind.Paragraph, Get(DocumentText.WeeklyRhythm));
            foreach (var rhythm in calendar.WeeklyRhythm)
            {
                var slots = rhythm.Slots.OrderBy(s => DayOrder(s.Day))
                    .Select(s => LocalFormat.Weekday(_language, s.Day) + ": " + Join([s.Format, s.Pillar]));
                Bullet(PlatformNames.Name(_language, rhythm.Platform), string.Join(" · ", slots));
            }
        }

        if (calendar.Posts.Count > 0)
        {
            Add(PlanBlockKind.Paragraph, Get(DocumentText.DatedPosts));
            foreach (var post in calendar.Posts.OrderBy(p => p.Date).ThenBy(p => p.Platform))
            {
                Bullet(LocalFormat.Date(_language, post.Date), Dotted([PlatformNames.Name(_language, post.Platform), post.Theme, post.Format]));
            }
        }
    }

    // The week starts on Saturday in Iran and on Monday in the English-speaking plans we serve.
    private int DayOrder(DayOfWeek day) => _language == Language.Persian ? ((int)day + 1) % 7 : ((int)day + 6) % 7;

    private void Campaigns(MarketingPlan plan)
    {
        if (plan.Campaigns.Count == 0)
        {
            return;
        }

        Add(PlanBlockKind.Subheading, Get(DocumentText.CampaignsHeading));
        foreach (var campaign in plan.Campaigns.OrderBy(c => c.Start))
        {
            var parts = new List<string?>
            {
                Format(DocumentText.CampaignDates, campaign.Start, campaign.End),
                Platforms(campaign.Platforms),
                campaign.Goal is { Length: > 0 } goal ? Get(DocumentText.CampaignGoal) + ": " + goal : null,
                campaign.Budget is { } budget ? Get(DocumentText.CampaignBudget) + ": " + Money(budget) : null,
                campaign.KpiIds.Count > 0 ? Get(TextKey.SummaryKpis) + ": " + Join(campaign.KpiIds.Select(id => KpiNames.Name(_language, id))) : null,
            };
            Bullet(campaign.Name, Dotted(parts));
        }
    }
}
