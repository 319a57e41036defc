using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// The "Save as goal" / "New goal" dialog (cards/goal-dialog.json): every field of the objective as a labelled,
/// editable input filled with what the user typed or the SMART check found, a problem under each field that keeps the
/// goal from being saved, and the other SMART findings as hints. Pure: no I/O.
/// </summary>
internal static class GoalDialogCard
{
    /// <summary>What the Save button submits besides the inputs.</summary>
    public const string ActionField = "goalAction";

    public const string SaveAction = "save";

    private const int SmartCheckLimit = SmartCheck.MaxTextLength;

    public static JsonObject Build(GoalForm form, GoalReview review, bool showProblems, bool startsPlan, DateOnly today, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(review);
        string T(MessageExtensionText key) => Texts.Get(language, key);
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.GoalDialog)).SetText("intro", T(MessageExtensionText.Intro));

        filler.SetLabel(GoalFields.Text, T(MessageExtensionText.LabelText))
            .SetPlaceholder(GoalFields.Text, T(MessageExtensionText.PlaceholderText))
            .SetErrorMessage(GoalFields.Text, T(MessageExtensionText.ProblemTextMissing))
            .SetValue(GoalFields.Text, OrNull(form.Text))
            .Set(GoalFields.Text, "maxLength", Math.Max(SmartCheckLimit, form.Text.Length));
        filler.SetLabel(GoalFields.Metric, T(MessageExtensionText.LabelMetric))
            .SetChoices(GoalFields.Metric, MetricChoices(language))
            .SetPlaceholder(GoalFields.Metric, T(MessageExtensionText.ChoiceNotSet))
            .SetValue(GoalFields.Metric, Known<ObjectiveMetric>(form.Metric));
        filler.SetLabel(GoalFields.Platform, T(MessageExtensionText.LabelPlatform))
            .SetChoices(GoalFields.Platform, PlatformChoices(language))
            .SetPlaceholder(GoalFields.Platform, T(MessageExtensionText.ChoiceNotSet))
            .SetValue(GoalFields.Platform, Known<Platform>(form.Platform));
        filler.SetLabel(GoalFields.Baseline, T(MessageExtensionText.LabelBaseline))
            .SetPlaceholder(GoalFields.Baseline, T(MessageExtensionText.PlaceholderBaseline))
            .SetValue(GoalFields.Baseline, OrNull(form.Baseline));
        filler.SetLabel(GoalFields.Target, T(MessageExtensionText.LabelTarget))
            .SetPlaceholder(GoalFields.Target, T(MessageExtensionText.PlaceholderTarget))
            .SetValue(GoalFields.Target, OrNull(form.Target));
        filler.SetLabel(GoalFields.Deadline, T(MessageExtensionText.LabelDeadline))
            .SetValue(GoalFields.Deadline, review.Draft.Deadline is { } date && !review.Problems.ContainsKey(GoalFields.Deadline)
                ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : null);
        if (review.Draft.Deadline is { } deadline)
        {
            // The date input shows the client's calendar; this line names the date in the user's own (Jalali for Persian).
            filler.SetText("goalDeadlineNote", LocalFormat.Date(language, deadline));
        }
        else
        {
            filler.Remove("goalDeadlineNote");
        }

        FillProblems(filler, review, showProblems, language);
        FillHints(filler, review, showProblems, today, language);
        if (startsPlan)
        {
            filler.SetText("newPlanNote", T(MessageExtensionText.NewPlanNote));
        }
        else
        {
            filler.Remove("newPlanNote");
        }

        filler.SetText("privacyNote", T(MessageExtensionText.PrivacyNote))
            .SetTitle("save", T(MessageExtensionText.SaveButton))
            .SetData("save", new JsonObject { [ActionField] = SaveAction });
        return filler.Finish(language, T(MessageExtensionText.FallbackDialog));
    }

    private static void FillProblems(CardFiller filler, GoalReview review, bool showProblems, Language language)
    {
        var shown = false;
        foreach (var field in GoalFields.All)
        {
            var problemId = GoalFields.Problem(field);
            if (!filler.Contains(problemId))
            {
                continue;
            }

            if (showProblems && review.Problems.TryGetValue(field, out var problem))
            {
                filler.SetText(problemId, problem);
                shown = true;
            }
            else
            {
                filler.Remove(problemId);
            }
        }

        if (shown)
        {
            filler.SetText("problemSummary", Texts.Get(language, MessageExtensionText.ProblemSummary));
        }
        else
        {
            filler.Remove("problemSummary");
        }
    }

    // Findings already shown next to a field are not repeated; the rest (Specific, Attainable, Relevant) are advice.
    private static void FillHints(CardFiller filler, GoalReview review, bool showProblems, DateOnly today, Language language)
    {
        var assessment = review.Assessment;
        filler.SetText("hintsHeading", Texts.Format(language, MessageExtensionText.HintsHeading, SmartVerdict.Badges(assessment)));
        var hints = assessment.Findings
            .Where(f => !(showProblems && GoalChecker.FieldOf(f.Code) is { } field && review.Problems.ContainsKey(field)))
            .Select(f => "• " + SmartFindingTexts.Describe(language, f, assessment, today))
            .ToList();
        if (assessment.Findings.Count == 0)
        {
            hints.Add(Texts.Get(language, MessageExtensionText.HintAllPass));
        }

        filler.Repeat("hint", hints, (row, hint, _) => row.SetText("hint", hint));
    }

    private static string? OrNull(string value) => value.Length == 0 ? null : value;

    private static string? Known<TEnum>(string value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed.ToString() : null;

    private static IEnumerable<CardChoice> MetricChoices(Language language) =>
        Enum.GetValues<ObjectiveMetric>().Select(m => new CardChoice(ObjectiveNames.Metric(language, m), m.ToString()));

    private static IEnumerable<CardChoice> PlatformChoices(Language language) =>
        Enum.GetValues<Platform>().Select(p => new CardChoice(ObjectiveNames.Platform(language, p), p.ToString()));
}
