using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// Form cards: related questions of a step in one card, saved with Action.Execute. Each field goes through its
/// question's own check and save; problems come back on the same card, every typed value kept; a saved form is
/// replaced by a compact view and the interview goes on. Typing instead still goes one question at a time
/// (SituationDialogTests and the other step scripts type every answer).
/// </summary>
public sealed class FormCardTests
{
    [Fact]
    public async Task BusinessForm_AllThreeSaved_ReplacedBySavedViewAndThePersonaFormFollows()
    {
        var bot = InterviewHarness.Create();
        var form = (await bot.SendAsync("hi")).Form();
        Assert.Equal(["business", "products", "needs"], FormReply.FieldIds(form));

        var turn = await bot.SaveFormAsync(form,
            ("business", "A family bakery in Tehran"), ("products", "Birthday cakes"), ("needs", "A fresh cake without the hassle"));

        var saved = turn.AnsweredCard();
        Assert.False(FormReply.IsForm(saved));
        Assert.Equal("A family bakery in Tehran", FormReply.Facts(saved)["Your business in a sentence or two"]);
        var next = turn.Form();
        Assert.Equal(["persona.who", "persona.age", "persona.platforms", "persona.pains", "persona.content"], FormReply.FieldIds(next));
        var plan = await bot.PlanAsync();
        Assert.Equal("A family bakery in Tehran", plan.Situation.BusinessDescription);
        Assert.Equal("Birthday cakes", plan.Situation.ProductsAndServices);
        Assert.Equal("A fresh cake without the hassle", plan.Situation.CustomerNeeds);
    }

    [Fact]
    public async Task PersonaForm_TwoFieldsWrong_SavesTheRestAndMarksThoseKeepingWhatWasTyped()
    {
        var bot = InterviewHarness.Create();
        await bot.SaveFormAsync((await bot.SendAsync("hi")).Form(), ("business", "A bakery"), ("products", "Cakes"), ("needs", "Fresh cakes"));
        var form = (await bot.SendAsync("status")).Form();

        var turn = await bot.SaveFormAsync(form,
            ("persona.who", "Busy Sara"), ("persona.age", "25-34"), ("persona.platforms", "myspace"), ("persona.pains", "🙂🙂"),
            ("persona.content", "Quick recipes"));

        var marked = turn.AnsweredCard();
        Assert.True(FormReply.IsForm(marked));
        Assert.Empty(turn.Replies);
        Assert.NotNull(FormReply.Problem(marked, "persona.platforms"));
        Assert.Contains("Emoji", FormReply.Problem(marked, "persona.pains"), StringComparison.Ordinal);
        Assert.Null(FormReply.Problem(marked, "persona.who"));
        Assert.Equal("myspace", (string?)FormReply.Input(marked, "persona.platforms")["value"]);
        Assert.Equal("🙂🙂", (string?)FormReply.Input(marked, "persona.pains")["value"]);
        var persona = Assert.Single((await bot.PlanAsync()).Situation.Personas);
        Assert.Equal(("Busy Sara", "25-34", "Quick recipes"), (persona.Name, persona.AgeBand, persona.ContentWanted));
        Assert.True(SchemaValidator.ValidateAdaptiveCard(form).IsValid, SchemaValidator.ValidateAdaptiveCard(form).ToString());
        Assert.True(SchemaValidator.ValidateAdaptiveCard(marked).IsValid, SchemaValidator.ValidateAdaptiveCard(marked).ToString());

        var fixedTurn = await bot.SaveFormAsync(marked, ("persona.platforms", "Instagram,Telegram"), ("persona.pains", "No time to bake"));

        Assert.False(FormReply.IsForm(fixedTurn.AnsweredCard()));
        Assert.True(SchemaValidator.ValidateAdaptiveCard(fixedTurn.AnsweredCard()).IsValid);
        fixedTurn.Says("Add another persona?");
        persona = Assert.Single((await bot.PlanAsync()).Situation.Personas);
        Assert.Equal([Platform.Instagram, Platform.Telegram], persona.Platforms);
        Assert.Equal("No time to bake", persona.Pains);
    }

    [Fact]
    public async Task PersonaForm_SavedTwice_TheSecondShowsWhatIsSavedAndAddsNoPersona()
    {
        var bot = InterviewHarness.Create();
        await bot.SaveFormAsync((await bot.SendAsync("hi")).Form(), ("business", "A bakery"), ("products", "Cakes"), ("needs", "Fresh cakes"));
        var form = (await bot.SendAsync("status")).Form();
        (string, string)[] persona =
            [("persona.who", "Busy Sara"), ("persona.age", "25-34"), ("persona.platforms", "Instagram"), ("persona.pains", "No time"), ("persona.content", "Recipes")];
        await bot.SaveFormAsync(form, persona);

        var again = await bot.SaveFormAsync(form, [.. persona, ("persona.who", "Sara on the other phone")]);

        var card = again.AnsweredCard();
        Assert.Contains("Already saved", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Busy Sara", FormReply.Facts(card)["Who is this customer?"]);
        Assert.Empty(again.Replies);
        Assert.Equal("Busy Sara", Assert.Single((await bot.PlanAsync()).Situation.Personas).Name);
    }

    [Fact]
    public async Task BusinessForm_FirstAnswerTypedThenTheCardSaved_TheCardCompletesTheForm()
    {
        var bot = InterviewHarness.Create();
        var form = (await bot.SendAsync("hi")).Form();
        (await bot.SendAsync("A family bakery")).Says("What do you sell?");

        var turn = await bot.SaveFormAsync(form, ("business", "A family bakery"), ("products", "Cakes"), ("needs", "Fresh cakes"));

        Assert.False(FormReply.IsForm(turn.AnsweredCard()));
        Assert.Equal(["persona.who", "persona.age", "persona.platforms", "persona.pains", "persona.content"], FormReply.FieldIds(turn.Form()));
        Assert.Equal("Cakes", (await bot.PlanAsync()).Situation.ProductsAndServices);
    }

    [Fact]
    public async Task CompetitorForm_LeftEmpty_SkipsCompetitorsAndTheSwotFormFollows()
    {
        var bot = InterviewHarness.Create();
        await ToCompetitorsAsync(bot);
        var form = (await bot.SendAsync("status")).Form();

        var turn = await bot.SaveFormAsync(form);

        Assert.Equal(["swot.strengths", "swot.weaknesses", "swot.opportunities", "swot.threats"], FormReply.FieldIds(turn.Form()));
        Assert.Empty((await bot.PlanAsync()).Situation.Competitors);
    }

    [Fact]
    public async Task SwotForm_FourPartsInOneCard_EachSavedAsAList()
    {
        var bot = InterviewHarness.Create();
        await ToCompetitorsAsync(bot);
        var swot = (await bot.SaveFormAsync((await bot.SendAsync("status")).Form())).Form();

        var turn = await bot.SaveFormAsync(swot,
            ("swot.strengths", "Fresh ingredients\nSame-day delivery"), ("swot.weaknesses", "skip"), ("swot.opportunities", "Corporate events"), ("swot.threats", ""));

        Assert.False(FormReply.IsForm(turn.AnsweredCard()));
        var plan = (await bot.PlanAsync()).Situation.Swot;
        Assert.Equal(["Fresh ingredients", "Same-day delivery"], plan.Strengths);
        Assert.Empty(plan.Weaknesses);
        Assert.Equal(["Corporate events"], plan.Opportunities);
        Assert.Equal(["pestel.offer", "pestel.political", "pestel.economic", "pestel.social", "pestel.technological", "pestel.environmental", "pestel.legal"],
            FormReply.FieldIds(turn.Form()));
    }

    [Fact]
    public async Task PestelForm_No_PassesOverTheItemsToThePlatforms()
    {
        var bot = InterviewHarness.Create();
        await ToCompetitorsAsync(bot);
        var swot = (await bot.SaveFormAsync((await bot.SendAsync("status")).Form())).Form();
        var pestel = (await bot.SaveFormAsync(swot)).Form();

        var turn = await bot.SaveFormAsync(pestel, ("pestel.offer", "No, skip it"), ("pestel.political", "ignored"));

        turn.AsksCard("Which platforms are you on today?");
        Assert.Null((await bot.PlanAsync()).Situation.Pestel.Political);
    }

    [Fact]
    public async Task AudienceForm_AmbiguousNumber_MarkedWithBothReadingsAndNotSaved()
    {
        var bot = InterviewHarness.Create();
        await ToCompetitorsAsync(bot);
        var swot = (await bot.SaveFormAsync((await bot.SendAsync("status")).Form())).Form();
        var pestel = (await bot.SaveFormAsync(swot)).Form();
        await bot.SaveFormAsync(pestel, ("pestel.offer", "No, skip it"));
        var audience = (await bot.SendAsync("Instagram")).Form();

        var turn = await bot.SaveFormAsync(audience, ("presence.followers", "12.000"), ("presence.reach", ""));

        var marked = turn.AnsweredCard();
        Assert.True(FormReply.IsForm(marked));
        var problem = FormReply.Problem(marked, "presence.followers");
        Assert.NotNull(problem);
        Assert.Contains("12,000", problem, StringComparison.Ordinal);
        Assert.Contains("12", problem.Replace("12,000", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(Assert.Single((await bot.PlanAsync()).Situation.Presence).Followers);
    }

    [Fact]
    public async Task PersonaForm_InPersian_RightToLeftAndPersianAnswersRead()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        var business = (await bot.SendAsync("سلام")).Form();
        Assert.True((bool?)business["rtl"]);
        Assert.Equal("fa", (string?)business["lang"]);
        Assert.Contains("کسب‌وکار شما", business.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var persona = (await bot.SaveFormAsync(business, ("business", "یک قنادی"), ("products", "کیک"), ("needs", "کیک تازه"))).Form();

        var turn = await bot.SaveFormAsync(persona,
            ("persona.who", "سارای پرمشغله"), ("persona.age", "25-34"), ("persona.platforms", "اینستاگرام و تلگرام"), ("persona.pains", "وقت ندارد"),
            ("persona.content", "دستور پخت"));

        Assert.False(FormReply.IsForm(turn.AnsweredCard()));
        Assert.Equal([Platform.Instagram, Platform.Telegram], Assert.Single((await bot.PlanAsync()).Situation.Personas).Platforms);
    }

    // Business form saved, one persona saved, "no more personas": the competitor form is next.
    private static async Task ToCompetitorsAsync(ConversationHarness bot)
    {
        await bot.SaveFormAsync((await bot.SendAsync("hi")).Form(), ("business", "A bakery"), ("products", "Cakes"), ("needs", "Fresh cakes"));
        await bot.SaveFormAsync((await bot.SendAsync("status")).Form(),
            ("persona.who", "Busy Sara"), ("persona.age", "25-34"), ("persona.platforms", "Instagram"), ("persona.pains", "No time"), ("persona.content", "Recipes"));
        await bot.SendAsync("no");
    }

}
