using System.Globalization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The second S of SOSTAC, "how do we get there?": the platforms where the personas are (suggested from them), the
/// split between content/organic and paid social, and what makes the brand different.
/// </summary>
internal sealed class StrategyDialog : InterviewStepDialog
{
    private static readonly int[] SuggestedContentShares = [80, 70, 50, 100];

    public StrategyDialog(TimeProvider time)
        : base(InterviewSteps.Strategy, SostacStep.Strategy, Questions(), time, forms: Forms)
    {
    }

    private static readonly InterviewForm[] Forms =
    [
        InterviewForm.Of(FormText.FormStrategy,
            ("strategy.platforms", FormText.LabelStrategyPlatforms), ("strategy.split", FormText.LabelSplit),
            ("strategy.different", FormText.LabelDifferent)),
    ];

    private static List<InterviewQuestion> Questions() =>
    [
        new InterviewQuestion("strategy.platforms", QuestionKind.Platforms, InterviewText.AskStrategyPlatforms)
        {
            Help = InterviewText.HelpStrategyPlatforms,
            Args = s => [new PlatformList(StepQuestions.PersonaPlatforms(s.Plan))],
            Choices = StepQuestions.PlatformChoices,
            Shown = s => StepQuestions.PlatformsShown(s, s.Plan.Strategy.Platforms),

            // Nothing chosen yet: the card starts with the personas' platforms ticked, as the suggestion.
            Input = s => StepQuestions.PlatformsInput(s.Plan.Strategy.Platforms) ?? StepQuestions.PlatformsInput(StepQuestions.PersonaPlatforms(s.Plan)),
            Save = (s, a) =>
            {
                var chosen = StepQuestions.ParsePlatforms(a).Platforms;
                s.UpdateStrategy(x => x with { Platforms = [.. chosen] });

                // Tactics follow the strategy: a platform dropped here takes its tactics with it.
                s.UpdateTactics(x => x with { PlatformTactics = [.. x.PlatformTactics.Where(t => chosen.Contains(t.Platform))] });
            },
        },
        new InterviewQuestion("strategy.split", QuestionKind.Split, InterviewText.AskSplit)
        {
            Help = InterviewText.HelpSplit,
            QuickReplies = s => [.. SuggestedContentShares.Select(content => s.Number(content) + "/" + s.Number(100 - content))],
            Shown = s => s.Plan.Strategy is { ContentPercent: { } content, PaidPercent: { } paid }
                ? s.Text(InterviewText.SplitShown, new PercentValue(content), new PercentValue(paid))
                : null,
            Input = s => s.Plan.Strategy is { ContentPercent: { } content, PaidPercent: { } paid }
                ? string.Create(CultureInfo.InvariantCulture, $"{content:0.##}/{paid:0.##}")
                : null,
            Save = (s, a) =>
            {
                var split = ContentPaidSplit.Parse((string)a);
                s.UpdateStrategy(x => x with { ContentPercent = split.Content, PaidPercent = split.Paid });
            },
        },
        StepQuestions.Text("strategy.different", InterviewText.AskDifferent,
            s => s.Plan.Strategy.Differentiator, (s, v) => s.UpdateStrategy(x => x with { Differentiator = v }), InterviewText.HelpDifferent),
    ];
}
