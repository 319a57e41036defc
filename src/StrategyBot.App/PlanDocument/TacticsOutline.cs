using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

/// <summary>The Tactics and Action sections of the plan document, and the calendar and campaigns that carry them out.</summary>
internal sealed class TacticsOutline(PlanOutlineWriter w)
{
    public void Write(MarketingPlan plan)
    {
        Tactics(plan.Tactics);
        Actions(plan);
    }

    private void Tactics(Tactics tactics)
    {
        var start = w.Heading(SostacStep.Tactics);
        foreach (var tactic in tactics.PlatformTactics)
        {
            var parts = new List<string>();
            if (tactic.PostsPerWeek is { } posts)
            {
                parts.Add(w.Format(TextKey.SummaryPostsPerWeek, posts));
            }

            if (tactic.ContentPillars.Count > 0)
            {
                parts.Add(w.Get(TextKey.SummaryPillars) + ": " + w.Join(tactic.ContentPillars));
            }

            if (tactic.Formats.Count > 0)
            {
                parts.Add(w.Get(TextKey.SummaryFormats) + ": " + w.Join(tactic.Formats));
            }

            w.Bullet(PlatformNames.Name(w.Language, tactic.Platform), PlanOutlineWriter.Dotted(parts));
        }

        // Hashtags are kept byte for byte: a marketer copies them from here into posts.
        Hashtags(DocumentText.BrandedHashtags, tactics.BrandedHashtags);
        Hashtags(DocumentText.CommunityHashtags, tactics.CommunityHashtags);
        w.Labelled(w.Get(TextKey.SummaryCallsToAction), w.Join(tactics.CallsToAction));
        w.Labelled(w.Get(TextKey.SummaryInfluencers), tactics.InfluencerCollaboration);
        var community = tactics.CommunityEngagement;
        if (!string.IsNullOrWhiteSpace(community.Responder))
        {
            w.Labelled(w.Get(TextKey.SummaryCommunity), community.ResponseTimeHours is { } hours
                ? community.Responder + w.Get(TextKey.ListSeparator) + w.Format(TextKey.SummaryRepliesWithin, hours)
                : community.Responder);
        }

        w.Labelled(w.Get(TextKey.SummaryTools), w.Join(tactics.HelperTools));
        w.Labelled(w.Get(DocumentText.AdTools), w.Join(tactics.AdTools));

        // A subsection of its own after the labelled lines, so those do not read as part of it.
        if (tactics.ChannelCtas.Count > 0)
        {
            w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.ChannelCtas));
            foreach (var cta in tactics.ChannelCtas)
            {
                w.Bullet(PlatformNames.Name(w.Language, cta.Platform), PlanOutlineWriter.Dotted(
                    [cta.CallToAction, cta.Link, w.Format(DocumentText.ChannelCtaTracked, KpiNames.Name(w.Language, cta.TrackedKpiId))]));
            }
        }

        if (tactics.Budget.Lines.Count > 0)
        {
            w.Add(PlanBlockKind.Subheading, w.Get(TextKey.SummaryBudget));
            foreach (var line in tactics.Budget.Lines)
            {
                var strategy = w.Get(line.Strategy switch
                {
                    BudgetStrategy.Paid => TextKey.SummaryPaid,
                    BudgetStrategy.Influencers => TextKey.SummaryBudgetInfluencers,
                    _ => TextKey.SummaryOrganic,
                });
                var share = LocalFormat.Percent(w.Language, line.Percent);
                w.Bullet(PlatformNames.Name(w.Language, line.Platform) + " · " + strategy, line.Amount is { } amount ? share + " · " + w.Money(amount) : share);
            }
        }

        w.NothingYetSince(start);
    }

    private void Hashtags(DocumentText label, IReadOnlyList<string> tags)
    {
        if (tags.Count > 0)
        {
            w.Add(new PlanBlock(PlanBlockKind.Bullet, string.Join(" ", tags), w.Get(label), Literal: true));
        }
    }

    private void Actions(MarketingPlan plan)
    {
        var start = w.Heading(SostacStep.Action);
        foreach (var action in plan.Actions)
        {
            var owner = string.IsNullOrWhiteSpace(action.Owner) ? w.Get(TextKey.SummaryNoOwner) : action.Owner;
            var due = action.Due is { } date ? w.Format(TextKey.SummaryDue, date) : null;
            w.Add(PlanBlockKind.Bullet, PlanOutlineWriter.Dotted([action.What, owner, due]));
        }

        Calendar(plan.Calendar);
        Campaigns(plan);
        w.NothingYetSince(start);
    }

    private void Calendar(ContentCalendar calendar)
    {
        if (calendar.WeeklyRhythm.Count == 0 && calendar.Posts.Count == 0)
        {
            return;
        }

        w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.CalendarHeading));
        if (calendar.WeeklyRhythm.Count > 0)
        {
            w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.WeeklyRhythm));
            foreach (var rhythm in calendar.WeeklyRhythm)
            {
                var slots = rhythm.Slots.OrderBy(s => DayOrder(s.Day))
                    .Select(s => LocalFormat.Weekday(w.Language, s.Day) + ": " + w.Join([s.Format, s.Pillar]));
                w.Bullet(PlatformNames.Name(w.Language, rhythm.Platform), string.Join(" · ", slots));
            }
        }

        if (calendar.Posts.Count > 0)
        {
            w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.DatedPosts));
            foreach (var post in calendar.Posts.OrderBy(p => p.Date).ThenBy(p => p.Platform))
            {
                w.Bullet(LocalFormat.Date(w.Language, post.Date), PlanOutlineWriter.Dotted([PlatformNames.Name(w.Language, post.Platform), post.Theme, post.Format]));
            }
        }
    }

    // The week starts on Saturday in Iran and on Monday in the English-speaking plans we serve.
    private int DayOrder(DayOfWeek day) => w.Language == Language.Persian ? ((int)day + 1) % 7 : ((int)day + 6) % 7;

    private void Campaigns(MarketingPlan plan)
    {
        if (plan.Campaigns.Count == 0)
        {
            return;
        }

        w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.CampaignsHeading));
        foreach (var campaign in plan.Campaigns.OrderBy(c => c.Start))
        {
            var parts = new List<string?>
            {
                w.Format(DocumentText.CampaignDates, campaign.Start, campaign.End),
                w.Platforms(campaign.Platforms),
                campaign.Goal is { Length: > 0 } goal ? w.Get(DocumentText.CampaignGoal) + ": " + goal : null,
                campaign.Budget is { } budget ? w.Get(DocumentText.CampaignBudget) + ": " + w.Money(budget) : null,
                campaign.KpiIds.Count > 0 ? w.Get(TextKey.SummaryKpis) + ": " + w.Join(campaign.KpiIds.Select(id => KpiNames.Name(w.Language, id))) : null,
            };
            w.Bullet(campaign.Name, PlanOutlineWriter.Dotted(parts));
        }
    }
}
