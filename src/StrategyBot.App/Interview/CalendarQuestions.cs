using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Action, a deeper part: the content calendar. Per platform of the strategy the weekly rhythm, proposed from the
/// tactics (posts a week, formats, pillars) so "keep" takes it as it is; then dated posts or themes for the coming
/// weeks, one field at a time (date, platform, theme), until the user says no more.
/// </summary>
internal static class CalendarQuestions
{
    public const int MaxPosts = 20;
    private const string EndKey = "calendar.end";

    // What "keep" at the rhythm question stands for: the rhythm already saved, or else the one proposed.
    private const string KeepProposal = "keep:proposal";

    private static readonly QuestionLoop Rhythms = new("rhythm", plan => plan.Strategy.Platforms.Count);
    private static readonly QuestionLoop Posts = new("post", plan => plan.Calendar.Posts.Count);

    // Which days n posts a week fall on, spread over the week.
    private static readonly DayOfWeek[][] Spread =
    [
        [DayOfWeek.Wednesday],
        [DayOfWeek.Tuesday, DayOfWeek.Friday],
        [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
    ];

    public static IEnumerable<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion("calendar.rhythm", QuestionKind.Rhythm, InterviewText.AskRhythm)
        {
            Loop = Rhythms,
            Optional = true,
            Help = InterviewText.HelpRhythm,
            Args = s => [Platform(s), Describe(s, Proposal(s))],
            Shown = s => Rhythm(s) is { Slots.Count: > 0 } rhythm ? Describe(s, rhythm.Slots) : null,
            QuickReplies = s => [s.Text(InterviewText.KeepLabel)],
            KeepMeans = KeepProposal,
            MaxLength = 500,
            Save = (s, a) => SaveRhythm(s, (string)a),
            Next = (s, _) => s.Item + 1 < Rhythms.Count(s.Plan) ? new QuestionRoute("calendar.rhythm", s.Item + 1) : null,
        },
        new InterviewQuestion("calendar.post.date", QuestionKind.Date, InterviewText.AskPostDate)
        {
            Loop = Posts.Starting(),
            Optional = true,
            Help = InterviewText.HelpPostDate,
            Args = s => [s.Item + 1],
            Shown = s => Post(s)?.Date is { } date ? LocalFormat.Date(s.Language, date) : null,
            Input = s => Post(s)?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            KeepMeans = QuestionGroups.KeepItems,
            Save = (s, a) =>
            {
                if (!QuestionGroups.IsKeep(a))
                {
                    SetPost(s, (Post(s) ?? new DatedPost { Platform = (s.Plan.Strategy.Platforms.Count > 0 ? s.Plan.Strategy.Platforms[0] : default) }) with { Date = (DateOnly)a });
                }
            },
            Next = (s, a) => QuestionGroups.LeaveOnSkip(s, a, Posts, EndKey),
        },
        new InterviewQuestion("calendar.post.platform", QuestionKind.Choice, InterviewText.AskPostPlatform)
        {
            Loop = Posts,
            Args = s => [Post(s)!.Date],
            Choices = s => [.. s.Plan.Strategy.Platforms.Select(p => new CardChoice(s.PlatformName(p), p.ToString()))],
            Auto = s => s.Plan.Strategy.Platforms.Count <= 1 ? QuestionAnswer.Skip : null,
            Shown = s => s.PlatformName(Post(s)!.Platform),
            Input = s => Post(s)!.Platform.ToString(),
            Save = (s, a) => SetPost(s, Post(s)! with { Platform = Enum.Parse<Platform>(((FoundChoice)a).Value) }),
        },
        new InterviewQuestion("calendar.post.theme", QuestionKind.Text, InterviewText.AskPostTheme)
        {
            Loop = Posts,
            Help = InterviewText.HelpPostTheme,
            Args = s => [Post(s)!.Date, Post(s)!.Platform],
            Shown = s => Post(s)!.Theme is { Length: > 0 } theme ? theme : null,
            MaxLength = 200,
            Save = (s, a) => SetPost(s, WithTheme(Post(s)!, (string)a)),
        },
        StepQuestions.More("calendar.post.more", InterviewText.AskPostMore, Posts, "calendar.post.date", MaxPosts),
        QuestionGroups.End(EndKey),
    ];

    /// <summary>The rhythm the tactics suggest for the platform of <paramref name="scope"/>: its posts a week spread over the week.</summary>
    public static IReadOnlyList<CalendarSlot> Proposal(QuestionScope scope)
    {
        var tactic = scope.Plan.Tactics.PlatformTactics.FirstOrDefault(t => t.Platform == Platform(scope));
        var perWeek = (int)Math.Clamp(Math.Round(tactic?.PostsPerWeek ?? 3m, MidpointRounding.AwayFromZero), 1m, 7m);
        var formats = tactic?.Formats is { Count: > 0 } given ? given : [scope.Text(InterviewText.FormatPosts)];
        var pillars = tactic?.ContentPillars ?? [];
        return [.. Spread[perWeek - 1].Select((day, i) => new CalendarSlot
        {
            Day = day,
            Format = formats[i % formats.Count],
            Pillar = pillars.Count > 0 ? pillars[i % pillars.Count] : null,
        })];
    }

    /// <summary>"Monday Reels (Recipes), Wednesday Stories": the form the rhythm question reads back.</summary>
    public static string Describe(QuestionScope scope, IEnumerable<CalendarSlot> slots) =>
        scope.List(slots.Select(slot => slot.Pillar is { Length: > 0 } pillar
            ? scope.Text(InterviewText.RhythmSlotShown, slot.Day, slot.Format, pillar)
            : scope.Text(InterviewText.RhythmSlotNoPillar, slot.Day, slot.Format)));

    private static Platform Platform(QuestionScope scope) => scope.Plan.Strategy.Platforms[scope.Item];

    private static PlatformRhythm? Rhythm(QuestionScope scope) => scope.Plan.Calendar.WeeklyRhythm.FirstOrDefault(r => r.Platform == Platform(scope));

    private static void SaveRhythm(QuestionScope scope, string answer)
    {
        if (answer == KeepProposal && Rhythm(scope) is not null)
        {
            return;
        }

        var rhythm = new PlatformRhythm { Platform = Platform(scope), Slots = answer == KeepProposal ? Proposal(scope) : RhythmAnswer.Parse(answer) };
        var rhythms = scope.Plan.Calendar.WeeklyRhythm;
        scope.Update(plan => plan with { Calendar = plan.Calendar with
        {
            WeeklyRhythm = rhythms.Any(r => r.Platform == rhythm.Platform)
                ? [.. rhythms.Select(r => r.Platform == rhythm.Platform ? rhythm : r)]
                : [.. rhythms, rhythm],
        } });
    }

    private static DatedPost? Post(QuestionScope scope) => scope.Plan.Calendar.Posts.ElementAtOrDefault(scope.Item);

    private static void SetPost(QuestionScope scope, DatedPost post)
    {
        var posts = scope.Plan.Calendar.Posts;
        scope.Update(plan => plan with { Calendar = plan.Calendar with
        {
            Posts = scope.Item < posts.Count ? [.. posts.Select((p, i) => i == scope.Item ? post : p)] : [.. posts, post],
        } });
    }

    // "Yalda giveaway (reel)": the bracket is the format.
    private static DatedPost WithTheme(DatedPost post, string answer)
    {
        var text = answer.Trim();
        var open = text.LastIndexOf('(');
        return open > 0 && text.EndsWith(')')
            ? post with { Theme = text[..open].Trim(), Format = text[(open + 1)..^1].Trim() }
            : post with { Theme = text, Format = null };
    }
}
