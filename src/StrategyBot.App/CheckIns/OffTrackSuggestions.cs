using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// One line per off-track KPI that points back to the plan's own tactics: the posting rhythm for reach and
/// engagement, the calls to action for clicks and conversions, the paid budget for cost and return KPIs, the branded
/// hashtags for hashtag uses. User-written tactic text is escaped, since it lands in a card.
/// </summary>
internal static class OffTrackSuggestions
{
    public static string For(MarketingPlan plan, string kpiId, Language language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var name = KpiNames.Name(language, kpiId);
        var tactic = TacticFor(plan, kpiId, language);
        return tactic is null
            ? Texts.Format(language, CheckInText.SuggestionFallback, name)
            : Texts.Format(language, CheckInText.Suggestion, name, tactic);
    }

    private static string? TacticFor(MarketingPlan plan, string kpiId, Language language)
    {
        var tactics = plan.Tactics;
        return kpiId switch
        {
            KpiIds.Clicks or KpiIds.Ctr or KpiIds.Conversions or KpiIds.ConversionRate =>
                CallsToAction(tactics, language) ?? Posting(tactics, language),
            KpiIds.Cpc or KpiIds.Cpm or KpiIds.Cpa or KpiIds.Roas or KpiIds.Roi or KpiIds.Revenue =>
                Budget(tactics, language) ?? CallsToAction(tactics, language),
            KpiIds.HashtagUses => Hashtags(tactics, language) ?? Posting(tactics, language),
            KpiIds.EngagementRateByReach or KpiIds.EngagementRateByImpressions or KpiIds.EngagementRateByFollowers =>
                Posting(tactics, language) ?? Community(tactics, language),
            _ => Posting(tactics, language) ?? Hashtags(tactics, language),
        };
    }

    private static string? Posting(Tactics tactics, Language language)
    {
        var tactic = tactics.PlatformTactics.Where(t => t.PostsPerWeek is > 0).OrderByDescending(t => t.PostsPerWeek).FirstOrDefault();
        if (tactic is null)
        {
            return null;
        }

        var text = Texts.Format(language, CheckInText.TacticPosting, PlatformNames.Name(language, tactic.Platform), tactic.PostsPerWeek!.Value);
        var formats = string.Join(", ", tactic.Formats.Take(3).Select(f => CardText.Escape(f, 40)));
        return formats.Length == 0 ? text : text + " (" + formats + ")";
    }

    private static string? CallsToAction(Tactics tactics, Language language) => tactics.CallsToAction.Count == 0
        ? null
        : Texts.Format(language, CheckInText.TacticCallsToAction,
            string.Join(", ", tactics.CallsToAction.Take(2).Select(c => Quote(language, CardText.Escape(c, 60)))));

    private static string? Hashtags(Tactics tactics, Language language) => tactics.BrandedHashtags.Count == 0
        ? null
        : Texts.Format(language, CheckInText.TacticHashtags, string.Join(" ", tactics.BrandedHashtags.Take(3).Select(h => CardText.Escape(h, 40))));

    private static string? Budget(Tactics tactics, Language language)
    {
        var line = tactics.Budget.Lines.Where(l => l.Percent > 0).OrderByDescending(l => l.Percent).FirstOrDefault();
        return line is null
            ? null
            : Texts.Format(language, CheckInText.TacticBudget, line.Percent, PlatformNames.Name(language, line.Platform));
    }

    private static string? Community(Tactics tactics, Language language) =>
        tactics.CommunityEngagement.ResponseTimeHours is { } hours and > 0
            ? Texts.Format(language, CheckInText.TacticCommunity, hours)
            : null;

    private static string Quote(Language language, string text) => Texts.Format(language, TextKey.Quoted, text);
}
