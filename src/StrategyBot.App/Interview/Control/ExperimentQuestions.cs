using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview.Control;

/// <summary>
/// Control's A/B tests as experiments, one field at a time: the hypothesis, variants A and B, the KPI that decides,
/// and the start and end dates (Gregorian or Jalali); then "add another?". The first question keeps the key of the
/// single A/B-test question it replaced, so a user paused there resumes here. The weekly check-in asks for the
/// result once an experiment has ended (see CheckIns/ExperimentFollowUp).
/// </summary>
internal static class ExperimentQuestions
{
    public const int MaxExperiments = 10;
    private const int MaxMetricChoices = 8;
    private const string EndKey = "experiment.end";
    private static readonly QuestionLoop Experiments = new("experiment", plan => plan.Control.Experiments.Count);

    public static IEnumerable<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion("abTest", QuestionKind.Text, InterviewText.AskExperimentHypothesis)
        {
            Loop = Experiments.Starting(),
            Optional = true,
            Help = InterviewText.HelpExperimentHypothesis,
            Args = s => [s.Item + 1],
            Shown = s => Item(s)?.Hypothesis,
            QuickReplies = s => s.Plan.Control.AbTestIdea is { Length: > 0 } idea && s.Plan.Control.Experiments.Count == 0 ? [idea] : [],
            MaxLength = 500,
            KeepMeans = QuestionGroups.KeepItems,
            Save = (s, a) =>
            {
                if (!QuestionGroups.IsKeep(a))
                {
                    Set(s, (Item(s) ?? new Experiment { Id = NewId() }) with { Hypothesis = ((string)a).Trim() });
                }
            },
            Next = (s, a) => QuestionGroups.LeaveOnSkip(s, a, Experiments, EndKey),
        },
        new InterviewQuestion("experiment.a", QuestionKind.Text, InterviewText.AskExperimentVariantA)
        {
            Loop = Experiments,
            Help = InterviewText.HelpExperimentVariant,
            Args = s => [QuestionScope.Quote(Item(s)!.Hypothesis)],
            Shown = s => Item(s)!.VariantA is { Length: > 0 } a ? a : null,
            MaxLength = 200,
            Save = (s, a) => Set(s, Item(s)! with { VariantA = ((string)a).Trim() }),
        },
        new InterviewQuestion("experiment.b", QuestionKind.Text, InterviewText.AskExperimentVariantB)
        {
            Loop = Experiments,
            Shown = s => Item(s)!.VariantB is { Length: > 0 } b ? b : null,
            MaxLength = 200,
            Save = (s, a) => Set(s, Item(s)! with { VariantB = ((string)a).Trim() }),
        },
        new InterviewQuestion("experiment.metric", QuestionKind.Choice, InterviewText.AskExperimentMetric)
        {
            Loop = Experiments,
            Choices = s => [.. CampaignQuestions.KpiOptions(s.Plan).Take(MaxMetricChoices).Select(id => new CardChoice(ObjectiveNames.Kpi(s.Language, id), id) { Synonyms = Synonyms(id) })],
            Shown = s => Item(s)!.MetricKpiId is { Length: > 0 } id ? ObjectiveNames.Kpi(s.Language, id) : null,
            Input = s => Item(s)!.MetricKpiId is { Length: > 0 } id ? id : null,
            Save = (s, a) => Set(s, Item(s)! with { MetricKpiId = ((FoundChoice)a).Value }),
        },
        new InterviewQuestion("experiment.start", QuestionKind.Date, InterviewText.AskExperimentStart)
        {
            Loop = Experiments,
            Shown = s => Item(s)!.Start is var start && start != default ? LocalFormat.Date(s.Language, start) : null,
            Input = s => Item(s)!.Start is var start && start != default ? start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Save = (s, a) => Set(s, Item(s)! with
            {
                Start = (DateOnly)a,
                End = Item(s)!.End != default && Item(s)!.End < (DateOnly)a ? (DateOnly)a : Item(s)!.End,
            }),
        },
        new InterviewQuestion("experiment.finish", QuestionKind.Date, InterviewText.AskExperimentEnd)
        {
            Loop = Experiments,
            Shown = s => Item(s)!.End is var end && end != default ? LocalFormat.Date(s.Language, end) : null,
            Input = s => Item(s)!.End is var end && end != default ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Save = (s, a) =>
            {
                if ((DateOnly)a >= Item(s)!.Start)
                {
                    Set(s, Item(s)! with { End = (DateOnly)a });
                }
            },
            Next = (s, a) =>
            {
                if (a.Value is DateOnly end && end < Item(s)!.Start)
                {
                    s.Say(s.Text(InterviewText.RetryCampaignEnd, Item(s)!.Start));
                    return new QuestionRoute("experiment.finish", s.Item);
                }

                return null;
            },
        },
        StepQuestions.More("experiment.more", InterviewText.AskExperimentMore, Experiments, "abTest", MaxExperiments),
        QuestionGroups.End(EndKey),
    ];

    // A KPI typed by its name in either language, with or without the bracketed short form: "reach", «دسترسی».
    private static IReadOnlyList<string> Synonyms(string kpiId) =>
    [
        .. Enum.GetValues<Language>().Select(l => ObjectiveNames.Kpi(l, kpiId)).SelectMany(name => new[] { name, name.Split(" (")[0] }).Distinct(StringComparer.Ordinal),
    ];

    private static string NewId() => "exp-" + Guid.NewGuid().ToString("N")[..12];

    private static Experiment? Item(QuestionScope scope) => scope.Plan.Control.Experiments.ElementAtOrDefault(scope.Item);

    private static void Set(QuestionScope scope, Experiment experiment)
    {
        var experiments = scope.Plan.Control.Experiments;
        scope.UpdateControl(c => c with
        {
            Experiments = scope.Item < experiments.Count ? [.. experiments.Select((e, i) => i == scope.Item ? experiment : e)] : [.. experiments, experiment],
        });
    }
}
