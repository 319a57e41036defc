using StrategyBot.App.Cards;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>Builders for the question shapes the steps share: a sentence, a list, a number, platforms, yes/no.</summary>
internal static class StepQuestions
{
    public static InterviewQuestion Text(
        string key, InterviewText text, Func<QuestionScope, string?> get, Action<QuestionScope, string> set, InterviewText? help = null, bool optional = false) =>
        new(key, QuestionKind.Text, text)
        {
            Help = help,
            Optional = optional,
            Shown = get,
            Save = (scope, answer) => set(scope, (string)answer),
        };

    public static InterviewQuestion List(
        string key, InterviewText text, Func<QuestionScope, IReadOnlyList<string>> get, Action<QuestionScope, IReadOnlyList<string>> set, InterviewText? help = null, bool optional = false) =>
        new(key, QuestionKind.List, text)
        {
            Help = help,
            Optional = optional,
            Shown = scope => get(scope) is { Count: > 0 } items ? scope.List(items) : null,
            Input = scope => get(scope) is { Count: > 0 } items ? string.Join('\n', items) : null,
            Save = (scope, answer) => set(scope, [.. AnswerList.Split((string)answer)]),
        };

    /// <summary>
    /// "Add another?" after an item of a loop: answers itself while more items exist or the limit is reached; "keep"
    /// keeps the items as they are (no).
    /// </summary>
    public static InterviewQuestion More(string key, InterviewText text, QuestionLoop loop, string firstKey, int max) =>
        new(key, QuestionKind.Confirm, text)
        {
            Loop = loop,
            Args = scope => [loop.Count(scope.Plan), max],
            Choices = scope => [Label(scope, InterviewText.AddAnotherLabel), Label(scope, InterviewText.ContinueLabel)],
            Auto = scope => scope.Item + 1 < loop.Count(scope.Plan) ? QuestionAnswer.Given(true) : loop.Count(scope.Plan) >= max ? QuestionAnswer.Given(false) : null,
            KeepMeans = false,
            Next = (scope, answer) => answer.IsYes ? new QuestionRoute(firstKey, scope.Item + 1) : null,
        };

    public static IReadOnlyList<CardChoice> PlatformChoices(QuestionScope scope) =>
        [.. Platforms.All.Select(p => new CardChoice(scope.PlatformName(p), p.ToString()))];

    public static string? PlatformsShown(QuestionScope scope, IReadOnlyCollection<Platform> platforms) =>
        platforms.Count == 0 ? null : scope.PlatformNames(platforms);

    public static string? PlatformsInput(IReadOnlyCollection<Platform> platforms) =>
        platforms.Count == 0 ? null : string.Join(',', platforms);

    /// <summary>Platforms from an answer the prompt's validator already accepted.</summary>
    public static PlatformAnswer ParsePlatforms(object answer) =>
        PlatformAnswer.TryParse((string)answer, out var parsed, out _) ? parsed
            : throw new InvalidOperationException("The platforms prompt accepted an answer its parser rejects.");

    public static CardChoice Label(QuestionScope scope, InterviewText text)
    {
        var title = scope.Text(text);
        return new CardChoice(title, title);
    }

    /// <summary>The platforms the personas use, in the order first named.</summary>
    public static IReadOnlyList<Platform> PersonaPlatforms(MarketingPlan plan) =>
        [.. plan.Situation.Personas.SelectMany(p => p.Platforms).Distinct()];
}
