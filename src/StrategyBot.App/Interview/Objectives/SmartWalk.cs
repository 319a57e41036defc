using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// One objective's SMART walk as the question table of <see cref="SmartObjectiveDialog"/> sees it: which question a
/// finding sends the user to, and, after each answer, the check that saves the objective to the plan the moment
/// the questions Measurable and Time-bound need are behind it. Everything it keeps (the draft, the sentences the user
/// has read, the questions answered) is in the flow's memo, so "back" restores it with the question.
/// </summary>
internal static class SmartWalk
{
    // Question keys: persisted on the stack (a deploy resumes the user at the same question), so never rename one.
    public const string Objective = "objective";
    public const string Outcome = "outcome";
    public const string Platform = "platform";
    public const string Baseline = "baseline";
    public const string Target = "target";
    public const string Deadline = "deadline";
    public const string Resources = "resources";
    public const string Realism = "realism";
    public const string Family = "family";
    public const string Persona = "persona";
    public const string Title = "title";
    public const string Done = "done";

    public const string FamilyMemo = "family";
    public const string ReplacesMemo = "replaces";
    private const string ShownMemo = "shown";
    private const string AnsweredMemo = "answered";
    private const string RealismKeptMemo = "realismKept";
    private const string SavedBadgesMemo = "savedBadges";
    private const string CappedMemo = "capped";

    // Asked before the objective is saved, in this order. The platform and the baseline are asked once and may be
    // skipped: a plan on one platform or none yet passes Specific without one, and Measurable holds without a baseline.
    private static readonly string[] MustPass = [Outcome, Platform, Baseline, Target, Deadline];

    // The answers that change the objective's SMART form; after any of them its words no longer say what was agreed.
    // A realism answer counts unless it kept the objective as it was.
    private static readonly string[] Coached = [Outcome, Platform, Baseline, Target, Deadline];

    // Asking a question checks the draft for each question of the table; a turn checks each version of it once.
    private static readonly ConditionalWeakTable<JsonObject, Checked> s_checked = new();

    /// <summary>The next question: the walk goes on from the top, passing over what passes now; it ends if the plan is full.</summary>
    public static QuestionRoute? Again(QuestionScope scope, QuestionAnswer answer) =>
        scope.Memo[CappedMemo] is null ? new QuestionRoute(Objective, 0) : QuestionRoute.End;

    /// <summary>The draft as last stored, with its assessment; null before the objective's line was given.</summary>
    public static (Objective Draft, SmartAssessment Assessment)? Current(QuestionScope scope)
    {
        if (scope.Memo[ObjectiveDraft.DraftKey] is not JsonObject json)
        {
            return null;
        }

        if (!s_checked.TryGetValue(json, out var seen) || !ReferenceEquals(seen.Plan, scope.Plan))
        {
            var draft = ObjectiveDraft.Load(scope.Memo);
            seen = new Checked(scope.Plan, draft, Assess(scope, draft));
            s_checked.AddOrUpdate(json, seen);
        }

        return (seen.Draft, seen.Assessment);
    }

    /// <summary>The finding of the current draft among <paramref name="codes"/>, if it has one.</summary>
    public static SmartFinding? Finding(QuestionScope scope, params SmartFindingCode[] codes) =>
        Current(scope)?.Assessment.Findings.FirstOrDefault(f => Array.IndexOf(codes, f.Code) >= 0);

    /// <summary>Whether <paramref name="question"/> is due: its finding is there, and it was not answered as often as it may be.</summary>
    public static bool Needs(QuestionScope scope, string question) => question switch
    {
        Outcome => Finding(scope, SmartFindingCode.OutcomeMissing, SmartFindingCode.MetricMissing) is not null,
        Platform => Finding(scope, SmartFindingCode.PlatformMissing) is not null && Answered(scope, Platform) == 0,
        Baseline => Finding(scope, SmartFindingCode.BaselineMissing) is not null && Answered(scope, Baseline) == 0,
        Target => Finding(scope, SmartFindingCode.TargetMissing, SmartFindingCode.TargetNotAnImprovement) is not null,
        Deadline => Finding(scope, SmartFindingCode.DeadlineMissing, SmartFindingCode.DeadlineInPast, SmartFindingCode.DeadlineTooFar) is not null,
        Resources => Finding(scope, SmartFindingCode.ResourcesMissing) is not null && Answered(scope, Resources) == 0,
        Realism => Finding(scope, SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic) is not null
            && scope.Memo[RealismKeptMemo] is null && Answered(scope, Realism) < 2,
        Family => Finding(scope, SmartFindingCode.GoalFamilyUnclear) is not null && Answered(scope, Family) == 0,
        Persona => Finding(scope, SmartFindingCode.PlatformNotUsedByPersonas) is not null && Answered(scope, Persona) == 0,
        Title => ObjectiveDraft.IsSaved(scope.Memo) && Answered(scope, Title) == 0 && ProposedTitle(scope) is not null
            && (Coached.Any(q => Answered(scope, q) > 0) || (Answered(scope, Realism) > 0 && scope.Memo[RealismKeptMemo] is null)),
        _ => false,
    };

    /// <summary>
    /// The title written from what the walk agreed (metric, platform, baseline, target, deadline), when it differs
    /// from the objective's words; null while something is missing.
    /// </summary>
    public static string? ProposedTitle(QuestionScope scope) =>
        Current(scope) is ({ } draft, { } assessment) && ObjectiveTitle.Build(scope.Language, draft, assessment) is { } title
            && !string.Equals(title, draft.Text, StringComparison.Ordinal)
            ? title
            : null;

    /// <summary>The objective's line: the first draft, checked, with the verdict said and its sentences marked as read.</summary>
    public static void Begin(QuestionScope scope, string text, ILogger logger)
    {
        var family = PickedFamily(scope);
        var draft = new Objective
        {
            Id = (string?)scope.Memo[ReplacesMemo] is { } replaces && scope.Plan.FindObjective(replaces) is not null ? replaces : ObjectiveDraft.NewId(scope.Plan),
            Text = text.Trim(),
            Family = family,
        };
        var assessment = Assess(scope, draft);
        var passed = assessment.PassedCount();
        var letters = string.Concat(SmartVerdict.Criteria.Where(c => !assessment.Passes(c)).Select(ObjectiveNames.Letter));
        var failed = letters.Length > 0 ? "failed " + letters : "all pass";
        var source = family is null ? "quick capture" : "interview";
        Log.SmartChecked(logger, passed, failed, source);
        if (assessment.Findings.FirstOrDefault(f => f.Code == SmartFindingCode.GrowthUnrealistic) is { ImpliedMonthlyGrowthPercent: { } implied, Limit: { } limit })
        {
            Log.GrowthFlagged(logger, implied, limit);
        }

        scope.Memo[ShownMemo] = new JsonArray([.. assessment.Findings
            .Select(finding => (JsonNode?)JsonValue.Create(SmartFindingTexts.Describe(scope.Language, finding, assessment, scope.Today)))]);
        scope.Say(SmartVerdict.Message(scope.Language, assessment, scope.Today));
        Settle(scope, draft, logger);
    }

    /// <summary>The goal family picked for the objective before its line was written; none for a quick capture.</summary>
    public static GoalFamily? PickedFamily(QuestionScope scope) =>
        (string?)scope.Memo[FamilyMemo] is { } name && Enum.TryParse<GoalFamily>(name, out var family) ? family : null;

    /// <summary>An answer to <paramref name="question"/>: marks what the user read above it, changes the draft, and checks it again.</summary>
    public static void Apply(QuestionScope scope, string question, Func<Objective, Objective> change, ILogger logger)
    {
        if (Explanation(scope, question) is { } sentence)
        {
            var shown = scope.Memo[ShownMemo] as JsonArray ?? [];
            shown.Add(sentence);
            scope.Memo[ShownMemo] = shown;
        }

        var answered = scope.Memo[AnsweredMemo] as JsonObject ?? [];
        answered[question] = Answered(scope, question) + 1;
        scope.Memo[AnsweredMemo] = answered;
        Settle(scope, change(ObjectiveDraft.Load(scope.Memo)), logger);
    }

    /// <summary>
    /// The finding's sentence (what is wrong and the proposed fix) to put above <paramref name="question"/>, unless the
    /// user has read that exact sentence already, in the verdict or above an earlier question.
    /// </summary>
    public static string? Explanation(QuestionScope scope, string question)
    {
        var finding = question switch
        {
            Target => Finding(scope, SmartFindingCode.TargetNotAnImprovement, SmartFindingCode.TargetMissing),
            Deadline => Finding(scope, SmartFindingCode.DeadlineMissing, SmartFindingCode.DeadlineInPast, SmartFindingCode.DeadlineTooFar),
            Realism => Finding(scope, SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic),
            Persona => Finding(scope, SmartFindingCode.PlatformNotUsedByPersonas),
            _ => null,
        };
        if (finding is null || Current(scope) is not { Assessment: var assessment })
        {
            return null;
        }

        var sentence = SmartFindingTexts.Describe(scope.Language, finding, assessment, scope.Today);
        return scope.Memo[ShownMemo] is JsonArray shown && shown.Any(s => s?.GetValue<string>() == sentence) ? null : sentence;
    }

    /// <summary>"Keep it anyway": recorded on the objective (it is saved, rewritten and removed with it) and said.</summary>
    public static Objective KeepAnyway(QuestionScope scope, Objective draft, SmartCriterion criterion, ILogger logger)
    {
        var name = criterion.ToString();
        Log.ObjectiveKeptAnyway(logger, draft.Id, name);
        scope.Say(Texts.Format(scope.Language, ObjectiveText.KeptAnyway, ObjectiveNames.Criterion(scope.Language, criterion)));
        return draft.KeptAnywayWithout(criterion);
    }

    /// <summary>The unrealistic target or pace is kept as it is: the realism question is not asked again.</summary>
    public static Objective KeepRealism(QuestionScope scope, Objective draft, ILogger logger)
    {
        scope.Memo[RealismKeptMemo] = true;
        return KeepAnyway(scope, draft, SmartCriterion.Attainable, logger);
    }

    /// <summary>The end of the walk: says how the objective stands now if that changed since it was saved.</summary>
    public static QuestionAnswer Finish(QuestionScope scope)
    {
        if (Current(scope) is ({ } draft, { } assessment) && (string?)scope.Memo[SavedBadgesMemo] is { } saved
            && SmartVerdict.Badges(assessment) is var badges && badges != saved)
        {
            var number = scope.Plan.Objectives.FindIndex(o => o.Id == draft.Id) + 1;
            scope.Say(Texts.Format(scope.Language, ObjectiveText.ObjectiveUpdated, number, badges));
        }

        return QuestionAnswer.Skip;
    }

    // Checks the draft again. Once the must-pass questions are behind it, it is saved to the plan (the first time
    // with a word to the user, unless the plan is full) and from then on every answer updates it there.
    private static void Settle(QuestionScope scope, Objective draft, ILogger logger)
    {
        var assessment = Assess(scope, draft);
        draft = assessment.AppliedTo(draft);
        ObjectiveDraft.Store(scope.Memo, draft);
        if (MustPass.Any(question => Needs(scope, question)))
        {
            return;
        }

        var first = !ObjectiveDraft.IsSaved(scope.Memo);
        if (first && scope.Plan.FindObjective(draft.Id) is null && scope.Plan.Objectives.Count >= PlanRules.MaxObjectives)
        {
            Log.ObjectiveCapReached(logger, PlanRules.MaxObjectives);
            scope.Say(Texts.Format(scope.Language, ObjectiveText.ObjectiveCapReached, PlanRules.MaxObjectives));
            scope.Memo[CappedMemo] = true;
            return;
        }

        // A criterion kept "anyway" that the objective now passes is dropped, in the plan and in the draft alike.
        draft = draft.Reassessed(assessment);
        var (plan, number) = ObjectiveDraft.SaveInto(scope.Plan, scope.Memo, draft, assessment);
        scope.Update(_ => plan);
        ObjectiveDraft.Store(scope.Memo, draft);
        if (first)
        {
            var badges = SmartVerdict.Badges(assessment);
            scope.Memo[SavedBadgesMemo] = badges;
            var passed = assessment.PassedCount();
            Log.ObjectiveSaved(logger, draft.Id, number, passed);
            scope.Say(Texts.Format(scope.Language, ObjectiveText.ObjectiveSaved, number, badges));
        }
    }

    private static int Answered(QuestionScope scope, string question) =>
        scope.Memo[AnsweredMemo]?[question] is JsonValue count && count.TryGetValue<int>(out var n) ? n : 0;

    private static SmartAssessment Assess(QuestionScope scope, Objective draft) => SmartCheck.Assess(draft, new SmartContext
    {
        Today = scope.Today,
        Presence = scope.Plan.Situation.Presence,
        Personas = scope.Plan.Situation.Personas,
        Language = scope.Language == Language.Persian ? "fa" : scope.Context.Turn.Activity.Locale ?? "en",
        GoalFamily = draft.Family,
    });

    private sealed record Checked(MarketingPlan Plan, Objective Draft, SmartAssessment Assessment);
}
