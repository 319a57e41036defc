using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.MessageExtensions;

public sealed class GoalCheckerTests
{
    private static readonly SmartContext _context = new() { Today = new DateOnly(2026, 11, 26), Language = "en" };

    [Fact]
    public void Review_CompleteGoalInTheText_CanSaveWithTheExtractedFields()
    {
        var review = GoalChecker.Review(new GoalForm { Text = "Grow Instagram followers from 2,000 to 5,000 by 30 June 2027" }, _context, Language.English);

        Assert.True(review.CanSave);
        Assert.Empty(review.Problems);
        Assert.Equal((ObjectiveMetric.Followers, Platform.Instagram, 2000m, 5000m), (review.Draft.Metric, review.Draft.Platform, review.Draft.Baseline, review.Draft.Target));
    }

    [Fact]
    public void Review_FieldsDisagreeWithTheText_TheFieldsWin()
    {
        var form = new GoalForm
        {
            Text = "Grow Instagram followers from 2,000 to 5,000 by 30 June 2027",
            Platform = "TikTok",
            Target = "8000",
            Deadline = "2027-09-30",
        };

        var review = GoalChecker.Review(form, _context, Language.English);

        Assert.Equal((Platform.TikTok, 8000m, new DateOnly(2027, 9, 30)), (review.Draft.Platform, review.Draft.Target, review.Draft.Deadline));
    }

    [Theory]
    [InlineData("", GoalFields.Text)]
    [InlineData("Be more famous online", GoalFields.Metric)]
    [InlineData("Grow Instagram followers from 2,000 to 5,000", GoalFields.Deadline)]
    public void Review_NotEnoughToMeasure_ProblemAtTheFieldThatFixesIt(string text, string field)
    {
        var review = GoalChecker.Review(new GoalForm { Text = text }, _context, Language.English);

        Assert.False(review.CanSave);
        Assert.True(review.Problems.ContainsKey(field), string.Join(", ", review.Problems.Keys));
    }

    [Theory]
    [InlineData(GoalFields.Target, "a lot")]
    [InlineData(GoalFields.Target, "999999999999999999999999999999999999999999")]
    [InlineData(GoalFields.Baseline, "-300")]
    [InlineData(GoalFields.Baseline, "99999999999999999999999999999999999999999999999999")]
    [InlineData(GoalFields.Deadline, "next spring")]
    [InlineData(GoalFields.Deadline, "2027-02-30")]
    public void Review_FieldThatCannotBeRead_ProblemAtThatField(string field, string value)
    {
        var form = new GoalForm
        {
            Text = "Grow Instagram followers from 2,000 to 5,000 by 30 June 2027",
            Target = field == GoalFields.Target ? value : "",
            Baseline = field == GoalFields.Baseline ? value : "",
            Deadline = field == GoalFields.Deadline ? value : "",
        };

        var review = GoalChecker.Review(form, _context, Language.English);

        Assert.False(review.CanSave);
        Assert.True(review.Problems.ContainsKey(field), string.Join(", ", review.Problems.Keys));
    }

    [Fact]
    public void Review_DeadlineInPersianDigits_IsRead()
    {
        var form = new GoalForm { Text = "Grow Instagram followers from 2,000 to 5,000", Deadline = "۲۰۲۷-۰۶-۳۰" };

        var review = GoalChecker.Review(form, _context, Language.Persian);

        Assert.Equal(new DateOnly(2027, 6, 30), review.Draft.Deadline);
        Assert.True(review.CanSave);
    }

    [Theory]
    [InlineData(Language.English, "+20%")]
    [InlineData(Language.Persian, "۲۰٪ رشد")]
    public void FromObjective_PercentGrowth_ReadsBackAsTheSameTarget(Language language, string expected)
    {
        var objective = new Objective { Text = "x", Metric = ObjectiveMetric.Reach, Target = 20, Unit = TargetUnit.Percent, Change = TargetChange.Increase };

        var form = GoalForm.FromObjective(objective, language);
        var review = GoalChecker.Review(form, _context, language);

        Assert.Equal(expected, form.Target);
        Assert.Equal((20m, TargetUnit.Percent, TargetChange.Increase), (review.Draft.Target!.Value, review.Draft.Unit!.Value, review.Draft.Change!.Value));
    }

    [Fact]
    public void FromSubmission_ValuesOfTheWrongKind_ReadAsEmpty()
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse("""{"goalText":{"a":1},"goalTarget":5000,"goalDeadline":[1],"goalMetric":true}""")!.AsObject();

        var form = GoalForm.FromSubmission(data);

        Assert.Equal(("", "5000", "", ""), (form.Text, form.Target, form.Deadline, form.Metric));
    }
}
