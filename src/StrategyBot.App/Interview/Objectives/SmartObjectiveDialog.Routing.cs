using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>Which question comes next, which were asked already, and "back" through the ones actually asked.</summary>
internal sealed partial class SmartObjectiveDialog
{
    // Measurable and Time-bound must pass before the objective is saved, so their questions come back until they
    // do; the platform (Specific) is asked once and may be skipped.
    private static string? MustPassQuestion(SmartAssessment assessment, JsonObject values)
    {
        if (Has(assessment, SmartFindingCode.OutcomeMissing, SmartFindingCode.MetricMissing))
        {
            return "askOutcome";
        }

        if (Has(assessment, SmartFindingCode.PlatformMissing) && AskedCount(values, "askPlatform") == 0)
        {
            return "askPlatform";
        }

        if (Has(assessment, SmartFindingCode.BaselineMissing))
        {
            return "askBaseline";
        }

        if (Has(assessment, SmartFindingCode.TargetMissing, SmartFindingCode.TargetNotAnImprovement))
        {
            return "askTarget";
        }

        return Has(assessment, SmartFindingCode.DeadlineMissing, SmartFindingCode.DeadlineInPast, SmartFindingCode.DeadlineTooFar)
            ? "askDeadline"
            : null;
    }

    // Attainable and Relevant are coached once each: the user may fix the objective or keep it as it is.
    private static string? CoachingQuestion(SmartAssessment assessment, JsonObject values)
    {
        if (Has(assessment, SmartFindingCode.ResourcesMissing) && AskedCount(values, "askResources") == 0)
        {
            return "askResources";
        }

        if (Has(assessment, SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic)
            && values[RealismKeptKey] is null && AskedCount(values, "askRealism") < 2)
        {
            return "askRealism";
        }

        if (Has(assessment, SmartFindingCode.GoalFamilyUnclear) && AskedCount(values, "askFamily") == 0)
        {
            return "askFamily";
        }

        return Has(assessment, SmartFindingCode.PlatformNotUsedByPersonas) && AskedCount(values, "askPersona") == 0 ? "askPersona" : null;
    }

    private static bool Has(SmartAssessment assessment, params SmartFindingCode[] codes) =>
        assessment.Findings.Exists(f => Array.IndexOf(codes, f.Code) >= 0);

    private static SmartFinding? Find(SmartAssessment assessment, params SmartFindingCode[] codes) =>
        assessment.Findings.Find(f => Array.IndexOf(codes, f.Code) >= 0);

    private static int AskedCount(JsonObject values, string question) =>
        values[AskedKey]?[question] is JsonValue count && count.TryGetValue<int>(out var n) ? n : 0;

    private static void MarkAsked(JsonObject values, string question)
    {
        if (values[AskedKey] is not JsonObject asked)
        {
            asked = [];
            values[AskedKey] = asked;
        }

        asked[question] = AskedCount(values, question) + 1;
        if (values[HistoryKey] is not JsonArray history)
        {
            history = [];
            values[HistoryKey] = history;
        }

        history.Add(question);
    }

    // The question being answered is the last in the history; back re-asks the one before it.
    private static async Task<DialogTurnResult> BackAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[HistoryKey] is not JsonArray { Count: >= 2 } history)
        {
            return await step.GoToStepAsync("route", cancellationToken);
        }

        history.RemoveAt(history.Count - 1);
        var previous = history[^1]!.GetValue<string>();
        history.RemoveAt(history.Count - 1);
        return await step.GoToStepAsync(previous, cancellationToken);
    }

    private static string FailedLetters(SmartAssessment assessment) =>
        string.Concat(SmartVerdict.Criteria.Where(c => !assessment.Passes(c)).Select(ObjectiveNames.Letter)) is { Length: > 0 } failed
            ? "failed " + failed
            : "all pass";
}
