using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// What the scripted marketer puts into each field of the interview's form cards, by the field's input id, in English
/// and Persian; a field not listed is left as the card shows it. Choice fields take a choice's value or title, or
/// "#n" for the n-th choice; several choices are separated by commas.
/// </summary>
internal static class MarketerForms
{
    private static readonly Dictionary<string, (string En, string Fa)> Fields = new(StringComparer.Ordinal)
    {
        ["business"] = (MarketerAnswers.BusinessEnglish, MarketerAnswers.BusinessPersian),
        ["products"] = ("Birthday cakes, cupcakes and catering", "کیک تولد، کاپ‌کیک و پذیرایی مراسم"),
        ["needs"] = ("A fresh cake for a party without the hassle", "کیک تازه برای جشن، بدون دردسر"),
        ["persona.who"] = ("Busy Sara, a working mum", "سارای پرمشغله، مادر شاغل"),
        ["persona.age"] = ("25-34", "25-34"),
        ["persona.platforms"] = ("Instagram,Telegram", "Instagram,Telegram"),
        ["persona.pains"] = ("No time to bake", "وقت پختن ندارد"),
        ["persona.content"] = ("Quick recipes and offers", "دستور پخت سریع و تخفیف"),
        ["competitor.name"] = ("", ""),
        ["swot.strengths"] = ("Fresh ingredients", "مواد تازه، ارسال همان روز"),
        ["swot.threats"] = ("", "گرانی آرد"),
        ["pestel.offer"] = ("#2", "#2"),
        ["presence.followers"] = ("4200", "4200"),
        ["presence.reach"] = ("", ""),
        ["strategy.platforms"] = ("Instagram,Telegram", "Instagram,Telegram"),
        ["strategy.split"] = ("70/30", "۷۰/۳۰"),
        ["strategy.different"] = ("Cakes baked the same morning", "کیک‌هایی که همان روز پخته می‌شوند"),
        ["tactic.pillars"] = ("Recipes, behind the scenes, offers", "دستور پخت، پشت صحنه، تخفیف"),
        ["tactic.formats"] = ("#1,#2", "#1,#2"),
        ["tactic.frequency"] = ("3", "3"),
        ["tactics.branded"] = ("#SaraBakery", "#نان_سارا"),
        ["tactics.cta"] = ("Order via DM", "برای سفارش دایرکت بدهید"),
        ["tactics.responder"] = ("Sara", "سارا"),
        ["tactics.responseTime"] = ("2 hours", "۲ ساعت"),
        ["budget.currency"] = ("IRT", "IRT"),
        ["budget.split"] = ("Instagram paid 70, Telegram paid 30", "اینستاگرام تبلیغات ۷۰، تلگرام تبلیغات ۳۰"),
        ["budget.total"] = ("10000000", "10000000"),
        ["action.what"] = ("Publish 3 reels about the new menu", "انتشار ۳ ریلز دربارهٔ منوی جدید"),
        ["action.owner"] = ("Sara", "سارا"),
        ["action.due"] = ("2027-03-20", "2027-03-20"),
    };

    /// <summary>The form card among <paramref name="replies"/>, last one first; null when there is none.</summary>
    public static (PlaygroundMessage Message, JsonObject Card)? Find(IEnumerable<PlaygroundMessage> replies) =>
        replies.Reverse().SelectMany(m => m.AdaptiveCards.Select(c => (m, c))).Where(x => IsForm(x.c)).Select(x => ((PlaygroundMessage, JsonObject)?)x).FirstOrDefault();

    public static bool IsForm(JsonObject card) => (string?)card["actions"]?[0]?["verb"] == "form";

    /// <summary>The Action.Execute value a client sends for the form, filled in as the marketer would.</summary>
    public static JsonObject Fill(JsonObject card, bool persian)
    {
        var action = card["actions"]![0]!;
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            var id = (string)input["id"]!;
            var value = Fields.TryGetValue(id, out var answer) ? (persian ? answer.Fa : answer.En) : input["value"]?.ToString();
            value = input["choices"] is JsonArray choices && !string.IsNullOrEmpty(value) ? ChoiceValues(choices, value) : value;
            if (!string.IsNullOrEmpty(value))
            {
                data[id] = value;
            }
        }

        return new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = data } };
    }

    private static string ChoiceValues(JsonArray choices, string wanted) => string.Join(',', wanted.Split(',').Select(part =>
    {
        var choice = part.StartsWith('#') && int.TryParse(part[1..], out var n) ? choices[n - 1]
            : choices.FirstOrDefault(c => string.Equals((string?)c!["value"], part, StringComparison.OrdinalIgnoreCase)
                || string.Equals((string?)c!["title"], part, StringComparison.OrdinalIgnoreCase));
        return (string?)choice?["value"] ?? part;
    }));

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
