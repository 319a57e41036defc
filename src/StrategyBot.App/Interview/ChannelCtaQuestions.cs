using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Tactics, a deeper part: per platform of the strategy, the call to action used there, where it sends people, and
/// the weekly clicks it should bring. A CTA is tracked as clicks on its channel, so its answer makes sure the plan
/// has a clicks target on that platform; the weekly check-in then asks for that number. "skip" leaves a platform out.
/// </summary>
internal static class ChannelCtaQuestions
{
    public const string FirstKey = "cta.channel";
    private const int WeeksWithoutDeadline = 12;
    private static readonly QuestionLoop Channels = new("channel", plan => plan.Strategy.Platforms.Count);

    public static IEnumerable<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion(FirstKey, QuestionKind.Text, InterviewText.AskChannelCta)
        {
            Loop = Channels,
            Optional = true,
            Help = InterviewText.HelpChannelCta,
            Args = s => [Platform(s)],
            MaxLength = 200,
            Shown = s => Cta(s)?.CallToAction,
            QuickReplies = s => [.. s.Plan.Tactics.CallsToAction.Take(3)],
            Save = (s, a) => SaveCta(s, (string)a),
            Next = (s, a) => a.Skipped && Cta(s) is null ? AfterChannel(s) ?? new QuestionRoute("cta.link", s.Item) : null,
        },
        new InterviewQuestion("cta.link", QuestionKind.Text, InterviewText.AskChannelLink)
        {
            Loop = Channels,
            Optional = true,
            When = s => Cta(s) is not null,
            Help = InterviewText.HelpChannelLink,
            Args = s => [QuestionScope.Quote(Cta(s)!.CallToAction), Platform(s)],
            MaxLength = 300,
            Shown = s => Cta(s)!.Link,
            Save = (s, a) => SetCta(s, Cta(s)! with { Link = ((string)a).Trim() }),
        },
        new InterviewQuestion("cta.clicks", QuestionKind.Number, InterviewText.AskChannelClicks)
        {
            Loop = Channels,
            When = s => Cta(s) is not null,
            Help = InterviewText.HelpChannelClicks,
            Args = s => [Platform(s)],
            Min = 0,
            Shown = s => ClicksTarget(s.Plan, Platform(s)) is { } target ? s.Text(InterviewText.ChannelClicksShown, target.Target) : null,
            Save = (s, a) => SetClicksTarget(s, (decimal)a),
            Next = (s, _) => AfterChannel(s),
        },
    ];

    /// <summary>The plan's clicks target on <paramref name="platform"/>, the KPI a channel's CTA is tracked by.</summary>
    public static KpiTarget? ClicksTarget(MarketingPlan plan, Platform platform) =>
        plan.Control.KpiTargets.FirstOrDefault(t => t.KpiId == KpiIds.Clicks && t.Platform == platform);

    private static QuestionRoute? AfterChannel(QuestionScope scope) =>
        scope.Item + 1 < Channels.Count(scope.Plan) ? new QuestionRoute(FirstKey, scope.Item + 1) : null;

    private static Platform Platform(QuestionScope scope) => scope.Plan.Strategy.Platforms[scope.Item];

    private static ChannelCta? Cta(QuestionScope scope) => scope.Plan.Tactics.ChannelCtas.FirstOrDefault(c => c.Platform == Platform(scope));

    private static void SaveCta(QuestionScope scope, string answer)
    {
        SetCta(scope, (Cta(scope) ?? new ChannelCta { Platform = Platform(scope) }) with { CallToAction = answer.Trim(), TrackedKpiId = KpiIds.Clicks });
    }

    // The list is replaced, never changed in place: the CTAs keep the order the platforms were first answered in.
    private static void SetCta(QuestionScope scope, ChannelCta cta)
    {
        var ctas = scope.Plan.Tactics.ChannelCtas;
        scope.UpdateTactics(t => t with
        {
            ChannelCtas = ctas.Any(c => c.Platform == cta.Platform) ? [.. ctas.Select(c => c.Platform == cta.Platform ? cta : c)] : [.. ctas, cta],
        });
    }

    // A weekly clicks target on the channel, for the objective about that platform (or the first one), until its deadline.
    private static void SetClicksTarget(QuestionScope scope, decimal clicks)
    {
        var plan = scope.Plan;
        var platform = Platform(scope);
        var objective = plan.Objectives.FirstOrDefault(o => o.Platform == platform) ?? (plan.Objectives.Count > 0 ? plan.Objectives[0] : null);
        var existing = ClicksTarget(plan, platform);
        var target = new KpiTarget
        {
            ObjectiveId = existing?.ObjectiveId ?? objective?.Id ?? "",
            KpiId = KpiIds.Clicks,
            Platform = platform,
            Cadence = TargetCadence.PerWeek,
            Baseline = existing?.Baseline,
            Target = clicks,
            Deadline = existing?.Deadline ?? objective?.Deadline ?? scope.Today.AddDays(7 * WeeksWithoutDeadline),
        };
        scope.UpdateControl(c => c with
        {
            KpiTargets = existing is null ? [.. c.KpiTargets, target] : [.. c.KpiTargets.Select(t => ReferenceEquals(t, existing) ? target : t)],
        });
    }
}
