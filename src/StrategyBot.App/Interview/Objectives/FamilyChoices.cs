using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>The five goal families of the planning method as choices; either language's name picks one.</summary>
internal static class FamilyChoices
{
    public static IEnumerable<Choice> All(Language language) => Enum.GetValues<GoalFamily>().Select(family => new Choice(family.ToString())
    {
        Title = ObjectiveNames.Family(language, family),
        Synonyms = [.. Enum.GetValues<Language>().Select(l => ObjectiveNames.Family(l, family)).Concat(Synonyms(family))],
    });

    private static IEnumerable<string> Synonyms(GoalFamily family) => family switch
    {
        GoalFamily.BrandAwareness => ["awareness", "brand", "آگاهی", "برند", "شناخت برند"],
        GoalFamily.Sales => ["sell", "revenue", "فروش بیشتر"],
        GoalFamily.Roi => ["roi", "return", "بازگشت سرمایه"],
        GoalFamily.SalesAndServiceQuality => ["service", "quality", "customer service", "کیفیت", "خدمات"],
        GoalFamily.MarketLeadership => ["leadership", "leader", "رهبری", "سهم بازار"],
        _ => [],
    };
}
