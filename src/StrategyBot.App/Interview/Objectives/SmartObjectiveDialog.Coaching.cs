using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
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

    private async Task<DialogTurnResult> AskResourcesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        MarkAsked(step.Values, step.StepName);
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(
                language, Texts.Get(language, ObjectiveText.AskResources), [Texts.Get(language, ObjectiveText.KeepAnyway)]),
            MaxLength = 500,
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyResourcesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var draft = ObjectiveDraft.Load(step.Values);
        if (step.Result is string answer && !IsKeepAnyway(answer))
        {
            draft.Resources = answer;
            ObjectiveDraft.Store(step.Values, draft);
        }
        else if (step.Result is null or string)
        {
            KeepAnyway(step, draft, SmartCriterion.Attainable);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskRealismAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var assessment = Assess(step, draft, today, language);
        var finding = Find(assessment, SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic)
            ?? throw new InvalidOperationException("The realism question needs a growth or rate finding.");
        MarkAsked(step.Values, step.StepName);

        var choices = new List<Choice>();
        var deadline = draft.Deadline ?? today;
        if (finding.SuggestedTarget is { } target)
        {
            choices.Add(new Choice(TargetValue)
            {
                Title = Texts.Format(language, ObjectiveText.TargetByDate, SuggestedTarget(language, draft, target), ObjectiveFormat.DateButton(language, deadline)),
            });
        }

        if (finding.SuggestedDeadline is { } later && later <= today.AddMonths(MaxDeadlineMonths))
        {
            choices.Add(new Choice(DeadlineValue)
            {
                Title = Texts.Format(language, ObjectiveText.TargetByDate, ObjectiveFormat.Target(language, draft), ObjectiveFormat.DateButton(language, later)),
            });
        }

        choices.Add(KeepChoice(language));
        var question = WithExplanation(step, language, finding, assessment, today, Texts.Get(language, ObjectiveText.AskRealism));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, question),
            Choices = choices,
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyRealismAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var finding = Find(Assess(step, draft, today, language), SmartFindingCode.GrowthUnrealistic, SmartFindingCode.RateUnrealistic);
        switch ((step.Result as FoundChoice)?.Value)
        {
            case TargetValue when finding?.SuggestedTarget is { } target:
                draft.Target = target;
                if (draft.Unit != TargetUnit.Percent || MetricTraits.IsRate(draft.Metric ?? ObjectiveMetric.Reach))
                {
                    draft.Unit = TargetUnit.Absolute;
                    draft.Change = TargetChange.Level;
                }

                break;
            case DeadlineValue when finding?.SuggestedDeadline is { } later:
                draft.Deadline = later;
                break;
            case KeepValue or null when step.Result is null or FoundChoice:
                KeepAnyway(step, draft, SmartCriterion.Attainable);
                step.Values[RealismKeptKey] = true;
                break;
        }

        ObjectiveDraft.Store(step.Values, draft);
        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskFamilyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        MarkAsked(step.Values, step.StepName);
        var choices = ObjectiveChoices.Families(language).Append(KeepChoice(language)).ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.AskFamily)),
            Choices = choices,
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyFamilyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var draft = ObjectiveDraft.Load(step.Values);
        if (step.Result is FoundChoice { Value: var value } && Enum.TryParse<GoalFamily>(value, out var family))
        {
            draft.Family = family;
            ObjectiveDraft.Store(step.Values, draft);
        }
        else if (step.Result is null or FoundChoice)
        {
            KeepAnyway(step, draft, SmartCriterion.Relevant);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskPersonaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var assessment = Assess(step, draft, today, language);
        MarkAsked(step.Values, step.StepName);
        var personas = StateDocuments.LoadPlan(step.State).Situation.Personas.Where(p => !string.IsNullOrWhiteSpace(p.Name));
        var choices = personas.Select(p => new Choice(p.Name)).Append(KeepChoice(language)).ToList();
        var finding = Find(assessment, SmartFindingCode.PlatformNotUsedByPersonas);
        var question = WithExplanation(step, language, finding, assessment, today, Texts.Get(language, ObjectiveText.AskPersona));
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, question),
            Choices = choices,
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyPersonaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var draft = ObjectiveDraft.Load(step.Values);
        if (step.Result is FoundChoice { Value: not KeepValue } persona)
        {
            draft.PersonaNames = [persona.Value];
            ObjectiveDraft.Store(step.Values, draft);
        }
        else if (step.Result is null or FoundChoice)
        {
            KeepAnyway(step, draft, SmartCriterion.Relevant);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private void KeepAnyway(WaterfallStepContext step, Objective draft, SmartCriterion criterion)
    {
        var language = InterviewTurn.Language(step.Context);
        ObjectiveAcceptance.Record(step.State, draft, criterion);
        ObjectiveDraft.Store(step.Values, draft);
        var name = criterion.ToString();
        Log.ObjectiveKeptAnyway(_logger, draft.Id, name);
        InterviewTurn.Say(step.Context, language, Texts.Format(language, ObjectiveText.KeptAnyway, ObjectiveNames.Criterion(language, criterion)));
    }

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
