using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>Every card the rendering tests look at, named as its PNG: "&lt;card&gt;.&lt;en|fa&gt;.&lt;width&gt;".</summary>
internal static class RenderingCatalog
{
    /// <summary>
    /// What a 360 × 800 phone shows of a chat: Teams' header and compose box take about 60 px. A card that asks one
    /// thing has to fit there, buttons included, or the user scrolls to find where to answer.
    /// </summary>
    public const int PhoneScreenHeight = 740;

    /// <summary>
    /// The summary is one message the user scrolls through, so it may be longer than a screen, but past four phone
    /// screens it stops being a summary (the full plan is the "summary" command's text).
    /// </summary>
    public const int SummaryMaxHeight = 4 * PhoneScreenHeight;

    /// <summary>The summary as it opens, every step collapsed to its title: no taller than this (issue 16).</summary>
    public const int CollapsedSummaryMaxHeight = 1200;

    public static readonly Language[] BothLanguages = [Language.English, Language.Persian];

    public static readonly int[] Widths = [CardRenderRequest.PhoneWidth, CardRenderRequest.DesktopWidth];

    private static readonly DateTimeOffset NextCheckIn = new(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(3.5));

    public static string Name(string card, Language language, int width) =>
        $"{card}.{Languages.Code(language)}.{width}";

    public static IReadOnlyList<CardRenderRequest> All() =>
    [
        .. Both("plan-summary", language => PlanSummaryCard.Build(CompletePlan(language), language, NextCheckIn)),
        .. Both("plan-summary-expanded", language => PlanSummaryCard.Build(CompletePlan(language), language, NextCheckIn, expanded: true)),
        .. Both("plan-summary-hostile", language => PlanSummaryCard.Build(RenderingPlans.Hostile(language), language, NextCheckIn, expanded: true)),
        .. Both("plan-summary-empty", language => PlanSummaryCard.Build(SamplePlans.Empty(), language, null)),
        .. Both("welcome", WelcomeCard.Build),
        .. RenderingQuestions.Kinds.SelectMany(kind => Both("question-" + kind, language => QuestionCard.Build(RenderingQuestions.Content(kind, language), language))),
        .. Both("goal-dialog", RenderingGoals.Dialog),
        .. Both("goal-dialog-problems", RenderingGoals.DialogWithProblems),
        .. Both("objective-result", RenderingGoals.Result),
        .. Both("checkin-request", RenderingCheckIns.Request),
        .. Both("checkin-result", RenderingCheckIns.Result),
        .. RenderingForms.Kinds.SelectMany(kind => Both(kind, language => RenderingForms.Card(kind, language))),
        .. RendererProbeCards.All(),
    ];

    public static MarketingPlan CompletePlan(Language language) =>
        language == Language.Persian ? SamplePlans.CompletePersian() : SamplePlans.CompleteEnglish();

    private static IEnumerable<CardRenderRequest> Both(string card, Func<Language, JsonObject> build) =>
        from language in BothLanguages
        from width in Widths
        select new CardRenderRequest(Name(card, language, width), build(language), width);
}
