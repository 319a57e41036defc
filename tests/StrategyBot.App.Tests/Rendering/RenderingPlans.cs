using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>Plans built to break a layout.</summary>
internal static class RenderingPlans
{
    private const int AnswerLength = 10_000;

    /// <summary>
    /// The cards tests' extreme plan (every list at its largest, 10,000-character answers with emoji and markdown
    /// links), with the answers a summary shows first replaced by text made to defeat wrapping and direction:
    /// bidi overrides and isolates left open, one 400-character word, emoji sequences, combining marks, zero-width
    /// characters, tatweel runs and a 300-digit number.
    /// </summary>
    public static MarketingPlan Hostile(Language language)
    {
        var plan = SamplePlans.Extreme(language == Language.Persian ? "fa" : "en");
        var text = HostileAnswer(language);
        return plan with
        {
            Situation = plan.Situation with
            {
                BusinessDescription = text,
                Personas = plan.Situation.Personas.PutAt(0, plan.Situation.Personas[0] with { Name = text }),
                Competitors = plan.Situation.Competitors.PutAt(0, plan.Situation.Competitors[0] with { Name = text }),
            },
            Objectives = [plan.Objectives[0] with { Text = text }, .. plan.Objectives.Skip(1)],
            Strategy = plan.Strategy with { Differentiator = text },
            Tactics = plan.Tactics with
            {
                CallsToAction = [text, .. plan.Tactics.CallsToAction.Skip(1)],
                BrandedHashtags = ["#" + new string('x', 400), .. plan.Tactics.BrandedHashtags.Skip(1)],
            },
            Actions = [plan.Actions[0] with { What = text, Owner = text }, .. plan.Actions.Skip(1)],
            Control = plan.Control with { AbTestIdea = text },
        };
    }

    private static string HostileAnswer(Language language)
    {
        string[] pieces =
        [
            "\u202Eevil override\u202D ",
            "\u2067isolate left open ",
            "https://example.com/" + new string('w', 400) + " ",
            "👩‍👩‍👧‍👦🇮🇷🧕🏽 ",
            "z\u0301\u0302\u0303\u0304\u0305\u0306\u0307 ",
            "\u200B\u200C\u200D\uFEFF ",
            "کیـــــــــــــــــــــف ",
            string.Concat(Enumerable.Repeat("۱۲۳۴۵۶۷۸۹۰", 30)) + " ",
            language == Language.Persian ? "**پررنگ** _کج_ # تیتر `کد` > نقل " : "**bold** _italic_ # heading `code` > quote ",
        ];
        var answer = string.Concat(pieces);
        return string.Concat(Enumerable.Repeat(answer, (AnswerLength / answer.Length) + 1))[..AnswerLength];
    }
}
