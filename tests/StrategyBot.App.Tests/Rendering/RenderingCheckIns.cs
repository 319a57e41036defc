using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>The coffee shop's check-in card and its result card with the charts, for the rendering tests.</summary>
internal static class RenderingCheckIns
{
    private static readonly IsoWeek Week13 = IsoWeek.Create(2027, 13);
    private static readonly IsoWeek Week14 = IsoWeek.Create(2027, 14);

    public static JsonObject Request(Language language) =>
        CheckInCard.Build(CheckInInputs.For(CheckInSamples.CoffeeShop(Code(language))), Week14, null, language);

    public static JsonObject Result(Language language)
    {
        var plan = CheckInSamples.CoffeeShop(Code(language));
        CheckInRecord[] history =
        [
            new() { PlanId = "plan", Week = Week13, Numbers = CheckInSamples.CoffeeShopWeek(instagram: 9_000, telegram: 1_300, sales: 18) },
            new() { PlanId = "plan", Week = Week14, Numbers = CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20) },
        ];
        return ProgressCard.Build(plan, Week14, history[^1], KpiStandings.Evaluate(plan, history, Week14), language);
    }

    private static string Code(Language language) => language == Language.Persian ? "fa" : "en";
}
