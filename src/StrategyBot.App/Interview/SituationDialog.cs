using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// S of SOSTAC, "where are we now?": the business and what it sells, the needs it meets, 1 to 3 personas,
/// competitors, SWOT, an optional quick PESTEL, and current followers and weekly reach per platform (the baselines).
/// </summary>
internal sealed partial class SituationDialog : InterviewStepDialog
{
    public SituationDialog(TimeProvider time)
        : base(InterviewSteps.Situation, SostacStep.Situation, [.. Business(), .. Personas(), .. Competitors(), .. Swot(), .. Pestel(), .. Presence()], time, forms: Forms)
    {
    }

    private static readonly InterviewForm[] Forms =
    [
        InterviewForm.Of(FormText.FormBusiness,
            ("business", FormText.LabelBusiness), ("products", FormText.LabelProducts), ("needs", FormText.LabelNeeds)),
        InterviewForm.Of(FormText.FormPersona,
            ("persona.who", FormText.LabelPersonaWho), ("persona.age", FormText.LabelPersonaAge),
            ("persona.platforms", FormText.LabelPersonaPlatforms), ("persona.pains", FormText.LabelPersonaPains),
            ("persona.content", FormText.LabelPersonaContent)),
        InterviewForm.Of(FormText.FormCompetitor,
            ("competitor.name", FormText.LabelCompetitorName), ("competitor.networks", FormText.LabelCompetitorNetworks),
            ("competitor.works", FormText.LabelCompetitorWorks)),
        InterviewForm.Of(FormText.FormSwot,
            ("swot.strengths", FormText.LabelStrengths), ("swot.weaknesses", FormText.LabelWeaknesses),
            ("swot.opportunities", FormText.LabelOpportunities), ("swot.threats", FormText.LabelThreats)),
        InterviewForm.Of(FormText.FormPestel,
            ("pestel.offer", FormText.LabelPestelOffer), ("pestel.political", FormText.LabelPolitical),
            ("pestel.economic", FormText.LabelEconomic), ("pestel.social", FormText.LabelSocial),
            ("pestel.technological", FormText.LabelTechnological), ("pestel.environmental", FormText.LabelEnvironmental),
            ("pestel.legal", FormText.LabelLegal)),
        InterviewForm.Of(FormText.FormAudience, ("presence.followers", FormText.LabelFollowers), ("presence.reach", FormText.LabelReach))
            with { TitleArg = s => s.PlatformName(s.Plan.Situation.Presence[s.Item].Platform) },
    ];

    private static IEnumerable<InterviewQuestion> Business() =>
    [
        StepQuestions.Text("business", InterviewText.AskBusiness,
            s => s.Plan.Situation.BusinessDescription, (s, v) => s.UpdateSituation(x => x with { BusinessDescription = v }), InterviewText.HelpBusiness),
        StepQuestions.Text("products", InterviewText.AskProducts,
            s => s.Plan.Situation.ProductsAndServices, (s, v) => s.UpdateSituation(x => x with { ProductsAndServices = v }), InterviewText.HelpProducts),
        StepQuestions.Text("needs", InterviewText.AskNeeds,
            s => s.Plan.Situation.CustomerNeeds, (s, v) => s.UpdateSituation(x => x with { CustomerNeeds = v }), InterviewText.HelpNeeds),
    ];

    private static IEnumerable<InterviewQuestion> Swot() =>
    [
        StepQuestions.List("swot.strengths", InterviewText.AskStrengths,
            s => s.Plan.Situation.Swot.Strengths, (s, v) => s.UpdateSituation(x => x with { Swot = x.Swot with { Strengths = v } }), InterviewText.HelpSwot, optional: true),
        StepQuestions.List("swot.weaknesses", InterviewText.AskWeaknesses,
            s => s.Plan.Situation.Swot.Weaknesses, (s, v) => s.UpdateSituation(x => x with { Swot = x.Swot with { Weaknesses = v } }), InterviewText.HelpSwot, optional: true),
        StepQuestions.List("swot.opportunities", InterviewText.AskOpportunities,
            s => s.Plan.Situation.Swot.Opportunities, (s, v) => s.UpdateSituation(x => x with { Swot = x.Swot with { Opportunities = v } }), InterviewText.HelpSwot, optional: true),
        StepQuestions.List("swot.threats", InterviewText.AskThreats,
            s => s.Plan.Situation.Swot.Threats, (s, v) => s.UpdateSituation(x => x with { Swot = x.Swot with { Threats = v } }), InterviewText.HelpSwot, optional: true),
    ];

    private static IEnumerable<InterviewQuestion> Pestel() =>
    [
        new InterviewQuestion("pestel.offer", QuestionKind.Confirm, InterviewText.AskPestelOffer)
        {
            Choices = s => [StepQuestions.Label(s, InterviewText.PestelYes), StepQuestions.Label(s, InterviewText.PestelNo)],
            KeepMeans = false,
            Next = (_, answer) => answer.IsYes ? null : new QuestionRoute("presence.platforms", 0),
        },
        PestelItem("pestel.political", InterviewText.AskPolitical, p => p.Political, (p, v) => p with { Political = v }),
        PestelItem("pestel.economic", InterviewText.AskEconomic, p => p.Economic, (p, v) => p with { Economic = v }),
        PestelItem("pestel.social", InterviewText.AskSocial, p => p.Social, (p, v) => p with { Social = v }),
        PestelItem("pestel.technological", InterviewText.AskTechnological, p => p.Technological, (p, v) => p with { Technological = v }),
        PestelItem("pestel.environmental", InterviewText.AskEnvironmental, p => p.Environmental, (p, v) => p with { Environmental = v }),
        PestelItem("pestel.legal", InterviewText.AskLegal, p => p.Legal, (p, v) => p with { Legal = v }),
    ];

    private static InterviewQuestion PestelItem(string key, InterviewText text, Func<Domain.Planning.Pestel, string?> get, Func<Domain.Planning.Pestel, string, Domain.Planning.Pestel> set) =>
        StepQuestions.Text(key, text, s => get(s.Plan.Situation.Pestel), (s, v) => s.UpdateSituation(x => x with { Pestel = set(x.Pestel, v) }), InterviewText.HelpOptional, optional: true);
}
