using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>"Write objective 1 in one line, for example: …": asked by the Objectives step, and by the SMART walk when it lost the line.</summary>
internal static class ObjectiveLineQuestion
{
    private const int MaxObjectiveLength = 400;

    /// <summary>The question for objective <paramref name="number"/>, with an example of its goal family (brand awareness when none was picked).</summary>
    public static PromptOptions Build(Language language, int number, GoalFamily? family) => new()
    {
        Prompt = InterviewTurn.Message(
            language, Texts.Format(language, ObjectiveText.AskObjectiveText, number, Texts.Get(language, Example(family))), []),
        MaxLength = MaxObjectiveLength,
    };

    private static ObjectiveText Example(GoalFamily? family) => family switch
    {
        GoalFamily.Sales => ObjectiveText.ExampleSales,
        GoalFamily.Roi => ObjectiveText.ExampleRoi,
        GoalFamily.SalesAndServiceQuality => ObjectiveText.ExampleSalesAndServiceQuality,
        GoalFamily.MarketLeadership => ObjectiveText.ExampleMarketLeadership,
        _ => ObjectiveText.ExampleBrandAwareness,
    };
}
