using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>The Situation step's loops: personas, competitors and the presence on each platform.</summary>
internal sealed partial class SituationDialog
{
    private static readonly QuestionLoop PersonaLoop = new("persona", CountPersonas);
    private static readonly QuestionLoop CompetitorLoop = new("competitor", CountCompetitors);
    private static readonly QuestionLoop PresenceLoop = new("presence", CountPresence);
    private const int MaxCompetitors = 3;

    private static IEnumerable<InterviewQuestion> Personas() =>
    [
        new InterviewQuestion("persona.who", QuestionKind.Text, InterviewText.AskPersonaWho)
        {
            Loop = PersonaLoop.Starting(RemovePersona),
            Help = InterviewText.HelpPersonaWho,
            Args = s => [s.Item + 1],
            Shown = s => Persona(s)?.Name,
            QuickReplies = s => Persona(s) is not null && CountPersonas(s.Plan) > PlanRules.MinPersonas ? [s.Text(InterviewText.RemovePersonaLabel)] : [],
            MaxLength = 300,
            Save = (s, a) => SetPersona(s, p => p with { Name = (string)a }),
        },
        new InterviewQuestion("persona.age", QuestionKind.Choice, InterviewText.AskPersonaAge)
        {
            Loop = PersonaLoop,
            Args = s => [PersonaName(s)],
            Choices = s => AgeBands.Choices(s.Language),
            Shown = s => Persona(s)?.AgeBand is { } band ? AgeBands.Title(s.Language, band) : null,
            Input = s => Persona(s)?.AgeBand,
            Save = (s, a) => SetPersona(s, p => p with { AgeBand = ((FoundChoice)a).Value }),
        },
        new InterviewQuestion("persona.platforms", QuestionKind.Platforms, InterviewText.AskPersonaPlatforms)
        {
            Loop = PersonaLoop,
            Help = InterviewText.HelpPersonaPlatforms,
            Args = s => [PersonaName(s)],
            Choices = StepQuestions.PlatformChoices,
            Shown = s => StepQuestions.PlatformsShown(s, Persona(s)!.Platforms),
            Input = s => StepQuestions.PlatformsInput(Persona(s)!.Platforms),
            Save = (s, a) => SetPersona(s, p => p with { Platforms = [.. StepQuestions.ParsePlatforms(a).Platforms] }),
        },
        PersonaText("persona.pains", InterviewText.AskPersonaPains, p => p.Pains, (p, v) => p with { Pains = v }),
        PersonaText("persona.content", InterviewText.AskPersonaContent, p => p.ContentWanted, (p, v) => p with { ContentWanted = v }),
        StepQuestions.More("persona.more", InterviewText.AskPersonaMore, PersonaLoop, "persona.who", PlanRules.MaxPersonas),
    ];

    private static IEnumerable<InterviewQuestion> Competitors() =>
    [
        new InterviewQuestion("competitor.name", QuestionKind.Text, InterviewText.AskCompetitorName)
        {
            Loop = CompetitorLoop.Starting(RemoveCompetitor),
            Optional = true,
            Help = InterviewText.HelpCompetitorName,
            Args = s => [s.Item + 1],
            Shown = s => Competitor(s)?.Name,
            QuickReplies = s => Competitor(s) is not null ? [s.Text(InterviewText.RemoveCompetitorLabel)] : [],
            MaxLength = 200,
            Save = (s, a) => SetCompetitor(s, c => c with { Name = (string)a }),
            Next = (_, answer) => answer.Skipped ? new QuestionRoute("swot.strengths", 0) : null,
        },
        new InterviewQuestion("competitor.networks", QuestionKind.Platforms, InterviewText.AskCompetitorNetworks)
        {
            Loop = CompetitorLoop,
            Help = InterviewText.HelpCompetitorNetworks,
            Args = s => [QuestionScope.ShortName(Competitor(s)!.Name)],
            Choices = StepQuestions.PlatformChoices,
            Shown = s => Competitor(s)!.Platforms.Count == 0 ? null
                : string.Join(' ', [StepQuestions.PlatformsShown(s, Competitor(s)!.Platforms), .. Competitor(s)!.Profiles]),
            Input = s => StepQuestions.PlatformsInput(Competitor(s)!.Platforms),
            Save = (s, a) =>
            {
                var answer = StepQuestions.ParsePlatforms(a);
                SetCompetitor(s, c => c with { Platforms = [.. answer.Platforms], Profiles = [.. answer.Handles] });
            },
        },
        new InterviewQuestion("competitor.works", QuestionKind.Text, InterviewText.AskCompetitorWorks)
        {
            Loop = CompetitorLoop,
            Args = s => [QuestionScope.ShortName(Competitor(s)!.Name)],
            Shown = s => Competitor(s)!.WhatWorks,
            Save = (s, a) => SetCompetitor(s, c => c with { WhatWorks = (string)a }),
        },
        StepQuestions.More("competitor.more", InterviewText.AskCompetitorMore, CompetitorLoop, "competitor.name", MaxCompetitors),
    ];

    private static InterviewQuestion PersonaText(string key, InterviewText text, Func<Persona, string?> get, Func<Persona, string, Persona> set) =>
        new(key, QuestionKind.Text, text)
        {
            Loop = PersonaLoop,
            Args = s => [PersonaName(s)],
            Shown = s => get(Persona(s)!),
            Save = (s, a) => SetPersona(s, p => set(p, (string)a)),
        };

    // A marketer editing down to fewer personas drops one here; the summary and the objectives then see only the rest.
    private static (AnswerProblem Said, QuestionRoute? Next) RemovePersona(QuestionScope scope)
    {
        var name = PersonaName(scope);
        if (scope.Plan.Situation.Personas.Count <= PlanRules.MinPersonas)
        {
            return (new AnswerProblem(InterviewText.LastPersonaStays, name), null);
        }

        scope.UpdateSituation(x => x with { Personas = x.Personas.WithoutAt(scope.Item) });
        var personas = scope.Plan.Situation.Personas;
        var said = new AnswerProblem(InterviewText.PersonaRemoved, scope.Number(scope.Item + 1), name);
        return (said, scope.Item < personas.Count ? new QuestionRoute("persona.who", scope.Item) : new QuestionRoute("persona.more", scope.Item - 1));
    }

    // Competitors are optional, so the last one can go too; with none left the step moves on to SWOT, as a skip would.
    private static (AnswerProblem Said, QuestionRoute? Next) RemoveCompetitor(QuestionScope scope)
    {
        var name = QuestionScope.ShortName(Competitor(scope)?.Name);
        scope.UpdateSituation(x => x with { Competitors = x.Competitors.WithoutAt(scope.Item) });
        var competitors = scope.Plan.Situation.Competitors;
        var said = new AnswerProblem(InterviewText.CompetitorRemoved, scope.Number(scope.Item + 1), name);
        var next = scope.Item < competitors.Count ? new QuestionRoute("competitor.name", scope.Item)
            : competitors.Count > 0 ? new QuestionRoute("competitor.more", scope.Item - 1)
            : new QuestionRoute("swot.strengths", 0);
        return (said, next);
    }

    private static int CountPersonas(MarketingPlan plan) => plan.Situation.Personas.Count;

    private static int CountCompetitors(MarketingPlan plan) => plan.Situation.Competitors.Count;

    private static Persona? Persona(QuestionScope scope) => scope.Plan.Situation.Personas.ElementAtOrDefault(scope.Item);

    private static Competitor? Competitor(QuestionScope scope) => scope.Plan.Situation.Competitors.ElementAtOrDefault(scope.Item);

    private static string PersonaName(QuestionScope scope) => QuestionScope.ShortName(Persona(scope)?.Name);

    // The loop item's new value replaces the old one; a first answer about a new item adds it.
    private static void SetPersona(QuestionScope scope, Func<Persona, Persona> change) =>
        scope.UpdateSituation(x => x with { Personas = x.Personas.PutAt(scope.Item, change(Persona(scope) ?? new Persona())) });

    private static void SetCompetitor(QuestionScope scope, Func<Competitor, Competitor> change) =>
        scope.UpdateSituation(x => x with { Competitors = x.Competitors.PutAt(scope.Item, change(Competitor(scope) ?? new Competitor())) });
}
