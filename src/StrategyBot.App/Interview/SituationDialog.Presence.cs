using System.Globalization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>The Situation step's last part: where the business is today and its numbers there, the baselines.</summary>
internal sealed partial class SituationDialog
{
    // Far above any real account, and well inside a long.
    private const decimal MaxAudience = 10_000_000_000m;

    private static IEnumerable<InterviewQuestion> Presence() =>
    [
        new InterviewQuestion("presence.platforms", QuestionKind.Platforms, InterviewText.AskPresencePlatforms)
        {
            Help = InterviewText.HelpPresencePlatforms,
            Args = s => [new PlatformList(StepQuestions.PersonaPlatforms(s.Plan))],
            Choices = StepQuestions.PlatformChoices,
            Shown = s => StepQuestions.PlatformsShown(s, [.. s.Plan.Situation.Presence.Select(p => p.Platform)]),

            // With nothing recorded yet, the card starts with the personas' platforms ticked: a suggestion to confirm.
            Input = s => StepQuestions.PlatformsInput([.. s.Plan.Situation.Presence.Select(p => p.Platform)])
                ?? StepQuestions.PlatformsInput(StepQuestions.PersonaPlatforms(s.Plan)),
            Save = (s, a) =>
            {
                var chosen = StepQuestions.ParsePlatforms(a).Platforms;
                s.UpdateSituation(x => x with { Presence = [.. chosen.Select(p => x.PresenceOn(p) ?? new PlatformPresence { Platform = p })] });
            },
        },
        new InterviewQuestion("presence.followers", QuestionKind.Number, InterviewText.AskFollowers)
        {
            Loop = PresenceLoop,
            Help = InterviewText.HelpFollowers,
            Args = s => [Presence(s).Platform],
            Min = 0,
            Max = MaxAudience,
            Shown = s => Presence(s).Followers is { } n ? s.Number(n) : null,
            Input = s => Presence(s).Followers?.ToString(CultureInfo.InvariantCulture),
            Save = (s, a) => s.UpdateSituation(x => x with { Presence = x.Presence.PutAt(s.Item, Presence(s) with { Followers = (long)Math.Round((decimal)a) }) }),
        },
        new InterviewQuestion("presence.reach", QuestionKind.Number, InterviewText.AskReach)
        {
            Loop = PresenceLoop,
            Optional = true,
            Help = InterviewText.HelpReach,
            Args = s => [Presence(s).Platform],
            Min = 0,
            Max = MaxAudience,
            Shown = s => Presence(s).WeeklyReach is { } n ? s.Number(n) : null,
            Input = s => Presence(s).WeeklyReach?.ToString(CultureInfo.InvariantCulture),
            Save = (s, a) => s.UpdateSituation(x => x with { Presence = x.Presence.PutAt(s.Item, Presence(s) with { WeeklyReach = (long)Math.Round((decimal)a) }) }),
            Next = (s, _) => s.Item + 1 < CountPresence(s.Plan) ? new QuestionRoute("presence.followers", s.Item + 1) : QuestionRoute.End,
        },
    ];

    private static int CountPresence(MarketingPlan plan) => plan.Situation.Presence.Count;

    private static PlatformPresence Presence(QuestionScope scope) => scope.Plan.Situation.Presence[scope.Item];
}
