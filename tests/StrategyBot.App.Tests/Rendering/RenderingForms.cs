using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The interview's form cards as users meet them, with the interview's own labels and choices: the persona form
/// filled in, the same form after a save with two fields to fix (problems under them, values kept), the SWOT form,
/// the tactics form of a platform, and the compact view that replaces a saved form.
/// </summary>
internal static class RenderingForms
{
    public static readonly string[] Kinds = ["form-persona", "form-persona-problems", "form-swot", "form-tactic", "form-saved"];

    public static JsonObject Card(string kind, Language language) => kind switch
    {
        "form-persona" => FormCard.Build(Persona(language, problems: false), language),
        "form-persona-problems" => FormCard.Build(Persona(language, problems: true), language),
        "form-swot" => FormCard.Build(Swot(language), language),
        "form-tactic" => FormCard.Build(Tactic(language), language),
        "form-saved" => Saved(language),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static FormCardContent Persona(Language language, bool problems)
    {
        var fa = language == Language.Persian;
        FormCardField[] fields =
        [
            Text(language, "persona.who", FormText.LabelPersonaWho, fa ? "سارای پرمشغله، مادر شاغل که برای جشن تولد بچه‌ها کیک سفارش می‌دهد" : "Busy Sara, a working mum who orders birthday cakes for her kids' parties"),
            new("persona.age", Texts.Get(language, FormText.LabelPersonaAge), QuestionInputKind.Choice) { Choices = AgeBands.Choices(language), Value = "25-34" },
            new("persona.platforms", Texts.Get(language, FormText.LabelPersonaPlatforms), QuestionInputKind.Choice)
            {
                Choices = [.. Platforms.All.Select(p => new CardChoice(ObjectiveNames.Platform(language, p), p.ToString()))],
                AllowMultiple = true,
                Value = problems ? "myspace" : "Instagram,Telegram",
                Problem = problems ? Problem(language, "\"myspace\" is not a platform I know. Try Instagram, Telegram, LinkedIn, X, YouTube, Aparat, WhatsApp or Rubika.", "«myspace» را به‌عنوان پلتفرم نمی‌شناسم. اینستاگرام، تلگرام، لینکدین، ایکس، یوتیوب، آپارات، واتس‌اپ یا روبیکا را امتحان کنید.") : null,
            },
            Text(language, "persona.pains", FormText.LabelPersonaPains, problems ? "🙂🙂" : fa ? "وقت پختن ندارد" : "No time to bake") with
            {
                Problem = problems ? Problem(language, "Emoji are fun 🙂 but I need a few words here.", "ایموجی‌ها قشنگ‌اند 🙂 ولی اینجا به چند کلمه نیاز دارم.") : null,
            },
            Text(language, "persona.content", FormText.LabelPersonaContent, fa ? "دستور پخت سریع و تخفیف" : "Quick recipes and offers"),
        ];
        return Content(language, "situation.persona.who.0", Texts.Format(language, FormText.FormPersona, LocalFormat.Number(language, 1)), fields) with
        {
            ProblemSummary = problems ? Texts.Format(language, FormText.FormNeedsFixing, LocalFormat.Number(language, 2)) : null,
        };
    }

    private static FormCardContent Swot(Language language)
    {
        var fa = language == Language.Persian;
        FormCardField[] fields =
        [
            Text(language, "swot.strengths", FormText.LabelStrengths, fa ? "مواد تازه\nارسال همان روز" : "Fresh ingredients\nSame-day delivery", multiline: true),
            Text(language, "swot.weaknesses", FormText.LabelWeaknesses, null, multiline: true),
            Text(language, "swot.opportunities", FormText.LabelOpportunities, fa ? "مراسم شرکتی" : "Corporate events", multiline: true),
            Text(language, "swot.threats", FormText.LabelThreats, fa ? "گرانی آرد" : "Flour prices", multiline: true),
        ];
        return Content(language, "situation.swot.strengths.0", Texts.Get(language, FormText.FormSwot), fields);
    }

    private static FormCardContent Tactic(Language language)
    {
        var fa = language == Language.Persian;
        string[] formats = fa ? ["ریلز و ویدئوی کوتاه", "استوری", "پست اسلایدی", "پست تک‌عکس", "لایو", "ویدئوی بلند", "مقاله", "نظرسنجی"]
            : ["Reels / short video", "Stories", "Carousels", "Single posts", "Live", "Long video", "Articles", "Polls"];
        FormCardField[] fields =
        [
            Text(language, "tactic.pillars", FormText.LabelPillars, fa ? "دستور پخت، پشت صحنه، تخفیف" : "Recipes, behind the scenes, offers", multiline: true),
            new("tactic.formats", Texts.Get(language, FormText.LabelFormats), QuestionInputKind.Choice)
            {
                Choices = [.. formats.Select(f => new CardChoice(f, f))], AllowMultiple = true, Value = formats[0] + "," + formats[1],
            },
            new("tactic.frequency", Texts.Get(language, FormText.LabelFrequency), QuestionInputKind.Number) { Min = 0, Value = "3" },
        ];
        var title = Texts.Format(language, FormText.FormTactic, ObjectiveNames.Platform(language, Platform.Instagram));
        return Content(language, "tactics.tactic.pillars.0", title, fields);
    }

    private static JsonObject Saved(Language language)
    {
        var fa = language == Language.Persian;
        var title = Texts.Format(language, FormText.FormSaved, Texts.Format(language, FormText.FormPersona, LocalFormat.Number(language, 1)));
        (string, string)[] facts =
        [
            (Texts.Get(language, FormText.LabelPersonaWho), fa ? "سارای پرمشغله، مادر شاغل" : "Busy Sara, a working mum"),
            (Texts.Get(language, FormText.LabelPersonaAge), AgeBands.Title(language, "25-34")),
            (Texts.Get(language, FormText.LabelPersonaPlatforms), ObjectiveNames.JoinPlatforms(language, [Platform.Instagram, Platform.Telegram])),
            (Texts.Get(language, FormText.LabelPersonaPains), fa ? "وقت پختن ندارد" : "No time to bake"),
            (Texts.Get(language, FormText.LabelPersonaContent), Texts.Get(language, FormText.FormNothingGiven)),
        ];
        return FormCard.Saved(title, Texts.Get(language, FormText.FormAlreadySaved), facts, language);
    }

    private static FormCardContent Content(Language language, string promptId, string title, IReadOnlyList<FormCardField> fields) =>
        new(promptId, title, fields)
        {
            Intro = Texts.Get(language, FormText.FormIntro),
            SaveTitle = Texts.Get(language, FormText.FormSave),
        };

    private static FormCardField Text(Language language, string id, FormText label, string? value, bool multiline = false) =>
        new(id, Texts.Get(language, label), QuestionInputKind.Text) { Value = value, Multiline = multiline, MaxLength = 1000 };

    private static string Problem(Language language, string english, string persian) => language == Language.Persian ? persian : english;
}
