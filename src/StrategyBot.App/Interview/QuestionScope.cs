using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>What a question sees while it is asked or answered: the plan, the user's language and today, and the loop item.</summary>
internal sealed class QuestionScope
{
    public QuestionScope(MarketingPlan plan, Language language, int item, DateOnly today, bool editing)
    {
        Plan = plan;
        Language = language;
        Item = item;
        Today = today;
        Editing = editing;
    }

    public MarketingPlan Plan { get; }

    public Language Language { get; }

    /// <summary>The index of the persona, competitor, platform or action the question is about.</summary>
    public int Item { get; }

    public DateOnly Today { get; }

    /// <summary>True when the user came here with "edit": every answer is shown so it can be kept.</summary>
    public bool Editing { get; }

    public string Text(InterviewText key, params object?[] args) => InterviewTexts.Format(Language, key, args);

    public string Number(decimal value) => LocalFormat.Number(Language, value);

    public string PlatformName(Platform platform) => ObjectiveNames.Platform(Language, platform);

    public string PlatformNames(IEnumerable<Platform> platforms) => ObjectiveNames.JoinPlatforms(Language, platforms);

    /// <summary>Items joined the way the language lists them: "a, b, c" or "الف، ب، ج".</summary>
    public string List(IEnumerable<string> items) => string.Join(Language == Language.Persian ? "، " : ", ", items);

    /// <summary>User text made safe to show inside our own message and shortened to <paramref name="maxLength"/>.</summary>
    public static string Quote(string? userText, int maxLength = 60) => CardText.Escape(userText, maxLength);
}
