using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// The team plan's summary card: roles, progress, and per step the latest answer to each question with its author and
/// date. A pure function of the plan; the same card replaces itself in place whenever the plan changes.
/// </summary>
internal static class TeamPlanCard
{
    // An answer is a sentence or two; the card shows its start so six steps stay readable on a phone.
    private const int MaxShownAnswer = 280;

    public static JsonObject Build(TeamPlan plan, Language language)
    {
        var body = new JsonArray
        {
            Text(TeamTexts.SummaryTitle(language, plan.ConversationName), size: "Large", bold: true),
            Text(TeamTexts.Roles(language, TeamTexts.Names(plan.Owners), TeamTexts.Names(plan.Editors)), subtle: true),
            Text(TeamTexts.Progress(language, plan.AnsweredSteps, TeamPlan.StepCount), subtle: true),
        };

        var latest = plan.Latest().ToList();
        foreach (var step in Enum.GetValues<SostacStep>())
        {
            body.Add(Text(TeamQuestions.StepName(language, step), bold: true, separator: true));
            var answers = latest.Where(a => a.Step == step).ToList();
            if (answers.Count == 0)
            {
                body.Add(Text(TeamTexts.NotAnswered(language), subtle: true));
                continue;
            }

            foreach (var answer in answers)
            {
                body.Add(Text(Shorten(answer.Text)));
                body.Add(Text(TeamTexts.AnsweredBy(language, answer.By.Name, answer.At), subtle: true));
            }
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["lang"] = Languages.Code(language),
            ["rtl"] = Languages.IsRightToLeft(language),
            ["fallbackText"] = TeamTexts.SummaryTitle(language, plan.ConversationName),
            ["body"] = body,
        };
    }

    /// <summary>The card the bot posts once when it is added to a team or group chat.</summary>
    public static JsonObject Welcome(Language language) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["lang"] = Languages.Code(language),
        ["rtl"] = Languages.IsRightToLeft(language),
        ["fallbackText"] = TeamTexts.Welcome(language),
        ["body"] = new JsonArray
        {
            Text(TeamTexts.WelcomeTitle(language), size: "Large", bold: true),
            Text(TeamTexts.Welcome(language)),
            Text(TeamTexts.Help(language), subtle: true),
        },
    };

    private static string Shorten(string text) => text.Length <= MaxShownAnswer ? text : string.Concat(text.AsSpan(0, MaxShownAnswer - 1), "…");

    private static JsonObject Text(string text, string? size = null, bool bold = false, bool subtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }
}
