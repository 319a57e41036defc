using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>Choices these dialogs offer in several places; either language's label picks one.</summary>
internal static class ObjectiveChoices
{
    /// <summary>The five goal families of the planning method.</summary>
    public static IEnumerable<Choice> Families(Language language) =>
        Enum.GetValues<GoalFamily>().Select(family => new Choice(family.ToString())
    {
        Title = ObjectiveNames.Family(language, family),
        Synonyms = [.. Enum.GetValues<Language>().Select(l => ObjectiveNames.Family(l, family)).Concat(FamilySynonyms(family))],
    });

    /// <summary>A confirm prompt's labels in the user's language, yes first.</summary>
    public static List<Choice> YesNo(Language language) =>
    [
        new("yes") { Title = Texts.Get(language, ObjectiveText.Yes) },
        new("no") { Title = Texts.Get(language, ObjectiveText.No) },
    ];

    private static IEnumerable<string> FamilySynonyms(GoalFamily family) => family switch
    {
        GoalFamily.BrandAwareness => ["awareness", "brand", "آگاهی", "برند", "شناخت برند"],
        GoalFamily.Sales => ["sell", "revenue", "فروش بیشتر"],
        GoalFamily.Roi => ["roi", "return", "بازگشت سرمایه"],
        GoalFamily.SalesAndServiceQuality => ["service", "quality", "customer service", "کیفیت", "خدمات"],
        GoalFamily.MarketLeadership => ["leadership", "leader", "رهبری", "سهم بازار"],
        _ => [],
    };
}
