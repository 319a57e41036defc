using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// Action, a deeper part: the campaign schedule. Each campaign one field at a time: its name, the objective it
/// serves, start and end (Gregorian or Jalali), platforms, budget in the plan's currency and the KPIs that judge it;
/// then "add another?". "skip" at the name of a new campaign leaves the schedule.
/// </summary>
internal static class CampaignQuestions
{
    public const int MaxCampaigns = 10;
    private const string EndKey = "campaign.end";
    private static readonly QuestionLoop Campaigns = new("campaign", plan => plan.Campaigns.Count);

    public static IEnumerable<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion("campaign.name", QuestionKind.Text, InterviewText.AskCampaignName)
        {
            Loop = Campaigns.Starting(),
            Optional = true,
            Help = InterviewText.HelpCampaignName,
            Args = s => [s.Item + 1],
            Shown = s => Item(s)?.Name,
            MaxLength = 120,
            KeepMeans = QuestionGroups.KeepItems,
            Save = (s, a) =>
            {
                if (!QuestionGroups.IsKeep(a))
                {
                    Set(s, Copy(Item(s) ?? new Campaign(), name: ((string)a).Trim()));
                }
            },
            Next = (s, a) => QuestionGroups.LeaveOnSkip(s, a, Campaigns, EndKey),
        },
        new InterviewQuestion("campaign.goal", QuestionKind.Choice, InterviewText.AskCampaignGoal)
        {
            Loop = Campaigns,
            Optional = true,
            When = s => s.Plan.Objectives.Count > 0,
            Args = Name,
            Choices = s => [.. s.Plan.Objectives.Select(o => new CardChoice(CardText.Escape(o.Text, 80), o.Id))],
            Shown = s => s.Plan.FindObjective(Item(s)!.ObjectiveId ?? "")?.Text,
            Input = s => Item(s)!.ObjectiveId,
            Save = (s, a) => SetGoal(s, ((FoundChoice)a).Value),
        },
        new InterviewQuestion("campaign.start", QuestionKind.Date, InterviewText.AskCampaignStart)
        {
            Loop = Campaigns,
            Args = Name,
            Shown = s => Item(s)!.Start is var start && start != default ? LocalFormat.Date(s.Language, start) : null,
            Input = s => Item(s)!.Start is var start && start != default ? start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Save = (s, a) => Set(s, Copy(Item(s)!, start: (DateOnly)a, end: Item(s)!.End != default && Item(s)!.End < (DateOnly)a ? (DateOnly)a : null)),
        },
        new InterviewQuestion("campaign.finish", QuestionKind.Date, InterviewText.AskCampaignEnd)
        {
            Loop = Campaigns,
            Args = Name,
            Shown = s => Item(s)!.End is var end && end != default ? LocalFormat.Date(s.Language, end) : null,
            Input = s => Item(s)!.End is var end && end != default ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Save = (s, a) =>
            {
                if ((DateOnly)a >= Item(s)!.Start)
                {
                    Set(s, Copy(Item(s)!, end: (DateOnly)a));
                }
            },
            Next = (s, a) =>
            {
                if (a.Value is DateOnly end && end < Item(s)!.Start)
                {
                    s.Say(s.Text(InterviewText.RetryCampaignEnd, Item(s)!.Start));
                    return new QuestionRoute("campaign.finish", s.Item);
                }

                return null;
            },
        },
        new InterviewQuestion("campaign.platforms", QuestionKind.Platforms, InterviewText.AskCampaignPlatforms)
        {
            Loop = Campaigns,
            Args = Name,
            Choices = s => [.. s.Plan.Strategy.Platforms.Select(p => new CardChoice(s.PlatformName(p), p.ToString()))],
            Shown = s => StepQuestions.PlatformsShown(s, Item(s)!.Platforms),
            Input = s => StepQuestions.PlatformsInput(Item(s)!.Platforms),
            Save = (s, a) => Set(s, Copy(Item(s)!, platforms: [.. StepQuestions.ParsePlatforms(a).Platforms])),
        },
        new InterviewQuestion("campaign.budget", QuestionKind.Number, InterviewText.AskCampaignBudget)
        {
            Loop = Campaigns,
            Optional = true,
            Args = s => [QuestionScope.Quote(Item(s)!.Name), CurrencyAnswer.Name(s.Language, s.Plan.Tactics.Budget.CurrencyCode ?? "IRT")],
            Min = 0,
            Shown = s => Item(s)!.Budget is { } budget ? LocalFormat.Currency(s.Language, budget, s.Plan.Tactics.Budget.CurrencyCode ?? "IRT") : null,
            Input = s => Item(s)!.Budget?.ToString("0.##", CultureInfo.InvariantCulture),
            Save = (s, a) => Set(s, Copy(Item(s)!, budget: (decimal)a)),
        },
        new InterviewQuestion("campaign.kpis", QuestionKind.ChoiceList, InterviewText.AskCampaignKpis)
        {
            Loop = Campaigns,
            Optional = true,
            Help = InterviewText.HelpCampaignKpis,
            Args = Name,
            Choices = s => [.. KpiOptions(s.Plan).Select(id => new CardChoice(ObjectiveNames.Kpi(s.Language, id), id))],
            Shown = s => Item(s)!.KpiIds.Count > 0 ? s.List(Item(s)!.KpiIds.Select(id => ObjectiveNames.Kpi(s.Language, id))) : null,
            Input = s => Item(s)!.KpiIds.Count > 0 ? string.Join(',', Item(s)!.KpiIds) : null,
            Save = (s, a) => SaveKpis(s, (string)a),
        },
        StepQuestions.More("campaign.more", InterviewText.AskCampaignMore, Campaigns, "campaign.name", MaxCampaigns),
        QuestionGroups.End(EndKey),
    ];

    /// <summary>The KPIs offered for a campaign or an experiment: the plan's own first, then the library's.</summary>
    public static IReadOnlyList<string> KpiOptions(MarketingPlan plan) =>
        [.. plan.Control.KpiTargets.Select(t => t.KpiId).Concat(KpiLibrary.All.Select(k => k.Id)).Distinct(StringComparer.Ordinal)];

    /// <summary>KPI ids from an answer of names or ids; the names it does not know come back separately.</summary>
    public static (IReadOnlyList<string> KpiIds, IReadOnlyList<string> Unknown) ReadKpis(string answer, IReadOnlyList<string> offered)
    {
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var part in AnswerList.Split(answer))
        {
            if (KpiChoices.TryRead(part, offered, out var found))
            {
                ids.AddRange(found);
            }
            else
            {
                unknown.Add(part);
            }
        }

        return ([.. ids.Distinct(StringComparer.Ordinal)], unknown);
    }

    private static object?[] Name(QuestionScope scope) => [QuestionScope.Quote(Item(scope)!.Name)];

    private static Campaign? Item(QuestionScope scope) => scope.Plan.Campaigns.ElementAtOrDefault(scope.Item);

    private static void SetGoal(QuestionScope scope, string objectiveId)
    {
        var objective = scope.Plan.FindObjective(objectiveId);
        Set(scope, Copy(Item(scope)!, objectiveId: objectiveId, goal: objective?.Text));
    }

    private static void SaveKpis(QuestionScope scope, string answer)
    {
        var (ids, unknown) = ReadKpis(answer, KpiOptions(scope.Plan));
        if (unknown.Count > 0)
        {
            scope.Say(scope.Text(InterviewText.CampaignKpisUnknown, scope.List(unknown.Select(u => QuestionScope.Quote(u, 40)))));
        }

        Set(scope, Copy(Item(scope)!, kpiIds: [.. ids]));
    }

    private static void Set(QuestionScope scope, Campaign campaign)
    {
        var campaigns = scope.Plan.Campaigns;
        scope.Update(plan => plan with { Campaigns = scope.Item < campaigns.Count ? [.. campaigns.Select((c, i) => i == scope.Item ? campaign : c)] : [.. campaigns, campaign] });
    }

    // One new value built from the old one; Campaign has no "with" yet.
    private static Campaign Copy(
        Campaign c, string? name = null, string? objectiveId = null, string? goal = null, DateOnly? start = null, DateOnly? end = null,
        List<Platform>? platforms = null, decimal? budget = null, List<string>? kpiIds = null) => new()
        {
            Name = name ?? c.Name,
            ObjectiveId = objectiveId ?? c.ObjectiveId,
            Goal = goal ?? c.Goal,
            Start = start ?? c.Start,
            End = end ?? c.End,
            Platforms = platforms ?? [.. c.Platforms],
            Budget = budget ?? c.Budget,
            KpiIds = kpiIds ?? [.. c.KpiIds],
        };
}
