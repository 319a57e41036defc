using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The coaching for Attainable (resources, realistic growth) and Relevant (goal family, personas). Each failure is
/// explained with a fix; the user may take the fix or keep the objective as it is, and that choice is recorded.
/// </summary>
internal sealed partial class SmartObjectiveDialog
{
    private const string KeepValue = "keep";
    private const string TargetValue = "target";
    private const string DeadlineValue = "deadline";

    // The SMART check refuses deadlines further out than this, so a later date is never proposed as the fix.
    private const int MaxDeadlineMonths = 24;

    private static PromptCall AskResources(QuestionScope scope) => new(TextPromptId, new PromptOptions
    {
        Prompt = InterviewTurn.Message(
            scope.Language, Texts.Get(scope.Language, ObjectiveText.AskResources), [Texts.Get(scope.Language, ObjectiveText.KeepAnyway)]),
        MaxLength = 500,
        AllowSkip = true,
    });

    // Resources are coaching, not a condition of Attainable (that is the implied growth, asked about by the realism
    // question): keeping the objective without them records nothing.
    private static Objective TakeResources(Objective draft, string answer) => IsKeepAnyway(answer) ? draft : draft with { Resources = answer };

    private static PromptCall AskRealism(QuestionScope scope)
    {
        var language = scope.Language;
        var draft = SmartWalk.Current(scope)!.Value.Draft;
        var finding = RealismFinding(scope) ?? throw new InvalidOperationException("The realism question needs a growth or rate finding.");
        var choices = new List<Choice>();
        var deadline = draft.Deadline ?? scope.Today;
        if (finding.SuggestedTarget is { } target)
        {
            choices.Add(new Choice(TargetValue)
            {
                Title = Texts.Format(language, ObjectiveText.TargetByDate, SuggestedTarget(language, draft, target), ObjectiveFormat.DateButton(language, deadline)),
            });
        }

        if (finding.SuggestedDeadline is { } later && later <= scope.Today.AddMonths(MaxDeadlineMonths))
        {
            choices.Add(new Choice(DeadlineValue)
            {
                Title = Texts.Format(language, ObjectiveText.TargetByDate, ObjectiveFormat.Target(language, draft), ObjectiveFormat.DateButton(language, later)),
            });
        }

        choices.Add(KeepChoice(language));
        return CoachingChoice(scope, Explained(scope, SmartWalk.Realism, Texts.Get(language, ObjectiveText.AskRealism)), choices);
    }

    private static Objective TakeRealism(QuestionScope scope, Objective draft, string picked, ILogger logger)
    {
        var finding = RealismFinding(scope);
        switch (picked)
        {
            case TargetValue when finding?.SuggestedTarget is { } target:
                return draft.Unit != TargetUnit.Percent || MetricTraits.IsRate(draft.Metric ?? ObjectiveMetric.Reach)
                    ? draft with { Target = target, Unit = TargetUnit.Absolute, Change = TargetChange.Level }
                    : draft with { Target = target };
            case DeadlineValue when finding?.SuggestedDeadline is { } later:
                return draft with { Deadline = later };
            case KeepValue:
                return SmartWalk.KeepRealism(scope, draft, logger);
            default:
                return draft;
        }
    }

    private static PromptCall AskFamily(QuestionScope scope) =>
        CoachingChoice(scope, Texts.Get(scope.Language, ObjectiveText.AskFamily), [.. ObjectiveChoices.Families(scope.Language), KeepChoice(scope.Language)]);

    private static Objective TakeFamily(QuestionScope scope, Objective draft, string picked, ILogger logger) =>
        Enum.TryParse<GoalFamily>(picked, out var family)
            ? draft with { Family = family }
            : SmartWalk.KeepAnyway(scope, draft, SmartCriterion.Relevant, logger);

    private static PromptCall AskPersona(QuestionScope scope)
    {
        var personas = scope.Plan.Situation.Personas.Where(p => !string.IsNullOrWhiteSpace(p.Name));
        var question = Explained(scope, SmartWalk.Persona, Texts.Get(scope.Language, ObjectiveText.AskPersona));
        return CoachingChoice(scope, question, [.. personas.Select(p => new Choice(p.Name)), KeepChoice(scope.Language)]);
    }

    private static Objective TakePersona(QuestionScope scope, Objective draft, string picked, ILogger logger) =>
        picked == KeepValue ? SmartWalk.KeepAnyway(scope, draft, SmartCriterion.Relevant, logger) : draft with { PersonaNames = [picked] };

    private static PromptCall AskTitle(QuestionScope scope)
    {
        var title = SmartWalk.ProposedTitle(scope) ?? throw new InvalidOperationException("The title question needs a proposed title.");
        return new PromptCall(TextPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(scope.Language, Texts.Format(scope.Language, ObjectiveText.AskTitle, title), [title]),
            MaxLength = 200,
            AllowSkip = true,
        });
    }

    // The proposed title comes back as typed by its button; any other text is the user's own title.
    private static Objective TakeTitle(Objective draft, string answer) =>
        answer != KeepValue && !IsKeepAnyway(answer) && !string.IsNullOrWhiteSpace(answer) ? draft with { Text = answer.Trim() } : draft;

    private static PromptCall CoachingChoice(QuestionScope scope, string question, List<Choice> choices) => new(ChoicePromptId, new PromptOptions
    {
        Text = BidiMarks.StartRightToLeft(scope.Language, question),
        Choices = choices,
        AllowSkip = true,
    });

    private static SmartFinding? RealismFinding(QuestionScope scope) =>
        SmartWalk.Finding(scope, SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic);

    // A choice's value; a skip stands for "keep".
    private static string Picked(object answer) => answer is FoundChoice choice ? choice.Value : (string)answer;

    private static Choice KeepChoice(Language language) => new(KeepValue)
    {
        Title = Texts.Get(language, ObjectiveText.KeepAnyway),
        Synonyms = [.. Enum.GetValues<Language>().Select(l => Texts.Get(l, ObjectiveText.KeepAnyway)), .. InterviewVocabulary.KeepAnyway],
    };

    private static bool IsKeepAnyway(string answer)
    {
        var folded = TextNormalizer.ForMatching(answer).Trim();
        return KeepChoice(Language.English).Synonyms.Any(s => TextNormalizer.ForMatching(s) == folded);
    }

    private static string SuggestedTarget(Language language, Objective draft, decimal target) =>
        draft.Unit == TargetUnit.Percent && !MetricTraits.IsRate(draft.Metric ?? ObjectiveMetric.Reach)
            ? ObjectiveFormat.RelativeChange(language, target, draft.Change == TargetChange.Decrease)
            : ObjectiveFormat.Value(language, draft.Metric, target);
}
