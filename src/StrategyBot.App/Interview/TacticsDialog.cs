using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// T of SOSTAC, the details of the strategy: content pillars, formats and posting frequency per chosen platform;
/// branded and community hashtags; calls to action; influencer collaboration; who answers comments and messages and
/// how fast; helper tools; and the ad budget split per platform and strategy (see TacticsDialog.Budget.cs).
/// </summary>
internal sealed partial class TacticsDialog : InterviewStepDialog
{
    private static readonly QuestionLoop TacticLoop = new("tactic", CountPlatforms);

    private static readonly int[] SuggestedResponseHours = [2, 4, 24];

    private static readonly InterviewText[] FormatNames =
    [
        InterviewText.FormatReels, InterviewText.FormatStories, InterviewText.FormatCarousel, InterviewText.FormatPosts,
        InterviewText.FormatLive, InterviewText.FormatLongVideo, InterviewText.FormatArticles, InterviewText.FormatPolls,
    ];

    public TacticsDialog(TimeProvider time)
        : base(InterviewSteps.Tactics, SostacStep.Tactics, [.. PerPlatform(), .. Community(), .. Budget()], time, forms: Forms)
    {
    }

    private static readonly InterviewForm[] Forms =
    [
        InterviewForm.Of(FormText.FormTactic,
            ("tactic.pillars", FormText.LabelPillars), ("tactic.formats", FormText.LabelFormats), ("tactic.frequency", FormText.LabelFrequency))
            with { TitleArg = s => s.PlatformName(s.Plan.Strategy.Platforms[s.Item]) },
        InterviewForm.Of(FormText.FormCommunity,
            ("tactics.branded", FormText.LabelBrandedHashtags), ("tactics.community", FormText.LabelCommunityHashtags),
            ("tactics.cta", FormText.LabelCta), ("tactics.influencers", FormText.LabelInfluencers),
            ("tactics.responder", FormText.LabelResponder), ("tactics.responseTime", FormText.LabelResponseTime),
            ("tactics.tools", FormText.LabelTools)),
        InterviewForm.Of(FormText.FormBudget,
            ("budget.currency", FormText.LabelCurrency), ("budget.split", FormText.LabelBudgetSplit), ("budget.total", FormText.LabelBudgetTotal)),
    ];

    private static IEnumerable<InterviewQuestion> PerPlatform() =>
    [
        PlatformList("tactic.pillars", QuestionKind.List, InterviewText.AskPillars, InterviewText.HelpPillars, t => t.ContentPillars, (t, v) => t with { ContentPillars = v }),
        PlatformList("tactic.formats", QuestionKind.ChoiceList, InterviewText.AskFormats, InterviewText.HelpFormats, t => t.Formats, (t, v) => t with { Formats = v }),
        new InterviewQuestion("tactic.frequency", QuestionKind.Frequency, InterviewText.AskFrequency)
        {
            Loop = TacticLoop,
            Help = InterviewText.HelpFrequency,
            Args = s => [Platform(s)],
            Min = 0,
            Shown = s => Tactic(s)?.PostsPerWeek is { } n ? s.Text(InterviewText.PostsPerWeekShown, n) : null,
            Input = s => Tactic(s)?.PostsPerWeek?.ToString("0.##", CultureInfo.InvariantCulture),
            Save = (s, a) => SetTactic(s, t => t with { PostsPerWeek = PostingFrequency.Parse((string)a) }),
            Next = (s, _) => s.Item + 1 < CountPlatforms(s.Plan) ? new QuestionRoute("tactic.pillars", s.Item + 1) : null,
        },
    ];

    private static IEnumerable<InterviewQuestion> Community() =>
    [
        Hashtags("tactics.branded", InterviewText.AskBrandedHashtags, InterviewText.HelpBrandedHashtags, t => t.BrandedHashtags, (t, v) => t with { BrandedHashtags = v }),
        Hashtags("tactics.community", InterviewText.AskCommunityHashtags, InterviewText.HelpCommunityHashtags, t => t.CommunityHashtags, (t, v) => t with { CommunityHashtags = v }),
        StepQuestions.List("tactics.cta", InterviewText.AskCta,
            s => s.Plan.Tactics.CallsToAction, (s, v) => s.UpdateTactics(x => x with { CallsToAction = v }), InterviewText.HelpCta, optional: true),
        .. ChannelCtaQuestions.Questions(),
        StepQuestions.Text("tactics.influencers", InterviewText.AskInfluencers,
            s => s.Plan.Tactics.InfluencerCollaboration, (s, v) => s.UpdateTactics(x => x with { InfluencerCollaboration = v }), InterviewText.HelpInfluencers, optional: true),
        StepQuestions.Text("tactics.responder", InterviewText.AskResponder,
            s => s.Plan.Tactics.CommunityEngagement.Responder, (s, v) => s.UpdateTactics(x => x with { CommunityEngagement = x.CommunityEngagement with { Responder = v } }), InterviewText.HelpResponder),
        new InterviewQuestion("tactics.responseTime", QuestionKind.Hours, InterviewText.AskResponseTime)
        {
            Help = InterviewText.HelpResponseTime,
            QuickReplies = s => [.. SuggestedResponseHours.Select(h => s.Text(InterviewText.HoursShown, h))],
            Shown = s => s.Plan.Tactics.CommunityEngagement.ResponseTimeHours is { } h ? s.Text(InterviewText.HoursShown, h) : null,
            Save = (s, a) => s.UpdateTactics(x => x with { CommunityEngagement = x.CommunityEngagement with { ResponseTimeHours = ResponseTime.Parse((string)a) } }),
        },
        StepQuestions.List("tactics.tools", InterviewText.AskTools,
            s => s.Plan.Tactics.HelperTools, (s, v) => s.UpdateTactics(x => x with { HelperTools = v }), InterviewText.HelpTools, optional: true),
        AdTools(),
    ];

    // Next to the helper tools, and only for a plan with paid social.
    private static InterviewQuestion AdTools() =>
        new("tactics.adTools", QuestionKind.List, InterviewText.AskAdTools)
        {
            When = HasPaid,
            Help = InterviewText.HelpAdTools,
            Optional = true,
            Shown = s => s.Plan.Tactics.AdTools is { Count: > 0 } tools ? s.List(tools) : null,
            Input = s => s.Plan.Tactics.AdTools is { Count: > 0 } tools ? string.Join('\n', tools) : null,
            Save = (s, a) => s.UpdateTactics(x => x with { AdTools = [.. AnswerList.Split((string)a)] }),
        };

    private static InterviewQuestion PlatformList(
        string key, QuestionKind kind, InterviewText text, InterviewText help, Func<PlatformTactic, IReadOnlyList<string>> get, Func<PlatformTactic, IReadOnlyList<string>, PlatformTactic> set) =>
        new(key, kind, text)
        {
            Loop = TacticLoop,
            Help = help,
            Args = s => [Platform(s)],
            Choices = kind == QuestionKind.ChoiceList
                ? s => [.. FormatNames.Select(f => s.Text(f)).Select(title => new CardChoice(title, title))]
                : null,
            Shown = s => Tactic(s) is { } tactic && get(tactic) is { Count: > 0 } items ? s.List(items) : null,
            Input = s => Tactic(s) is { } tactic && get(tactic) is { Count: > 0 } items ? string.Join(kind == QuestionKind.ChoiceList ? ',' : '\n', items) : null,
            Save = (s, a) => SetTactic(s, t => set(t, [.. AnswerList.Split((string)a)])),
        };

    private static InterviewQuestion Hashtags(
        string key, InterviewText text, InterviewText help, Func<Tactics, IReadOnlyList<string>> get, Func<Tactics, IReadOnlyList<string>, Tactics> set) =>
        new(key, QuestionKind.Hashtags, text)
        {
            Help = help,
            Optional = true,
            Shown = s => get(s.Plan.Tactics) is { Count: > 0 } tags ? string.Join(' ', tags) : null,
            Save = (s, a) => s.UpdateTactics(x => set(x, [.. HashtagList.Parse((string)a)])),
        };

    private static int CountPlatforms(MarketingPlan plan) => plan.Strategy.Platforms.Count;

    private static Platform Platform(QuestionScope scope) => scope.Plan.Strategy.Platforms[scope.Item];

    private static PlatformTactic? Tactic(QuestionScope scope) => scope.Plan.Tactics.PlatformTactics.FirstOrDefault(t => t.Platform == Platform(scope));

    // The platform's tactic is replaced by its changed copy; the first answer about a platform adds one.
    private static void SetTactic(QuestionScope scope, Func<PlatformTactic, PlatformTactic> change)
    {
        var platform = Platform(scope);
        scope.UpdateTactics(x =>
        {
            var index = x.PlatformTactics.FindIndex(t => t.Platform == platform);
            return x with
            {
                PlatformTactics = index >= 0
                    ? x.PlatformTactics.PutAt(index, change(x.PlatformTactics[index]))
                    : [.. x.PlatformTactics, change(new PlatformTactic { Platform = platform })],
            };
        });
    }
}
