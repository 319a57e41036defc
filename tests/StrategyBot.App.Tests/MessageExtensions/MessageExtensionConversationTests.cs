using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>
/// "Save as goal", "New goal" and "My objectives" as scripts through the real turn pipeline: what the user sees in the
/// dialog, what ends up in the plan, and what the compose box gets.
/// </summary>
public sealed class MessageExtensionConversationTests
{
    private const string Goal = "Grow Instagram followers from 2,000 to 5,000 by 30 June 2027";

    private readonly PipelineHost _host = new();

    [Fact]
    public async Task SaveAsGoal_MessageWithAGoal_DialogFieldsComeFromTheSmartCheck()
    {
        var dialog = await _host.FetchSaveAsGoalAsync($"<p>{Goal}</p>");

        var card = dialog.DialogCard!;
        Assert.Equal("Save as goal", dialog.DialogTitle);
        Assert.Equal(Goal, Value(card, GoalFields.Text));
        Assert.Equal("Followers", Value(card, GoalFields.Metric));
        Assert.Equal("Instagram", Value(card, GoalFields.Platform));
        Assert.Equal("2000", Value(card, GoalFields.Baseline));
        Assert.Equal("5000", Value(card, GoalFields.Target));
        Assert.Equal("2027-06-30", Value(card, GoalFields.Deadline));
        Assert.StartsWith("SMART check", ExtensionAnswer.TextOf(card, "hintsHeading"), StringComparison.Ordinal);
        Assert.Null(ExtensionAnswer.TextOf(card, "problemSummary"));
        AssertValid(card);
    }

    [Fact]
    public async Task SaveAsGoal_Save_ObjectiveInPlanAndConfirmationCardForTheComposeBox()
    {
        var dialog = await _host.FetchSaveAsGoalAsync($"<p>{Goal}</p>");

        var answer = await _host.SaveAsync(dialog);

        var objective = Assert.Single((await PlanAsync()).Objectives);
        Assert.Equal(Goal, objective.Text);
        Assert.Equal(ObjectiveMetric.Followers, objective.Metric);
        Assert.Equal(Platform.Instagram, objective.Platform);
        Assert.Equal(5000m, objective.ResolvedTarget());
        Assert.Equal(new DateOnly(2027, 6, 30), objective.Deadline);
        Assert.NotNull(objective.Smart);
        var result = Assert.Single(answer.Results);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)result["contentType"]);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)result["preview"]?["contentType"]);
        var card = result["content"]!.AsObject();
        Assert.Equal("Goal saved ✓", ExtensionAnswer.TextOf(card, "title"));
        Assert.Contains("30 June 2027", ExtensionAnswer.TextOf(card, "target"), StringComparison.Ordinal);
        AssertValid(card);
    }

    [Fact]
    public async Task SaveAsGoal_NoPlanYet_DialogSaysSavingStartsOneAndSavingStartsIt()
    {
        var first = await _host.FetchSaveAsGoalAsync(Goal);
        Assert.NotNull(ExtensionAnswer.TextOf(first.DialogCard!, "newPlanNote"));
        Assert.False(await _host.HasPlanAsync());

        await _host.SaveAsync(first);
        var second = await _host.FetchNewGoalAsync();

        Assert.True(await _host.HasPlanAsync());
        Assert.Single((await PlanAsync()).Objectives);
        Assert.Null(ExtensionAnswer.TextOf(second.DialogCard!, "newPlanNote"));
    }

    [Fact]
    public async Task NewGoal_FromTheComposeBox_EmptyDialogWithLabelledInputsAndNoProblems()
    {
        var dialog = await _host.FetchNewGoalAsync();

        var card = dialog.DialogCard!;
        Assert.Equal("New goal", dialog.DialogTitle);
        Assert.All(ExtensionAnswer.Inputs(card), input => Assert.Null((string?)input["value"]));
        Assert.All(ExtensionAnswer.Inputs(card), input => Assert.False(string.IsNullOrWhiteSpace((string?)input["label"])));
        Assert.Equal(GoalFields.All, ExtensionAnswer.Inputs(card).Select(input => (string?)input["id"]));
        Assert.DoesNotContain("Problem", ExtensionAnswer.AllText(card), StringComparison.Ordinal);
        Assert.Null(ExtensionAnswer.TextOf(card, "problemSummary"));
        AssertValid(card);
    }

    [Fact]
    public async Task NewGoal_SaveWithoutDeadline_SameDialogWithTheProblemUnderDeadlineAndNothingLost()
    {
        var dialog = await _host.FetchNewGoalAsync();
        var typed = new Dictionary<string, string?>
        {
            [GoalFields.Text] = "More Instagram followers",
            [GoalFields.Metric] = "Followers",
            [GoalFields.Platform] = "Instagram",
            [GoalFields.Baseline] = "2000",
            [GoalFields.Target] = "5000",
        };

        var again = await _host.SaveAsync(dialog, typed, MessageExtensionCommands.NewGoal);

        var card = again.DialogCard!;
        Assert.False(string.IsNullOrWhiteSpace(ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Deadline))));
        Assert.NotNull(ExtensionAnswer.TextOf(card, "problemSummary"));
        Assert.Null(ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Target)));
        foreach (var (field, value) in typed)
        {
            Assert.Equal(value, Value(card, field));
        }

        Assert.Empty((await PlanAsync()).Objectives);
        Assert.Empty(again.Results);
        AssertValid(card);
    }

    [Theory]
    [InlineData("lots and lots")]
    [InlineData("🚀🚀")]
    public async Task NewGoal_TargetThatIsNoNumber_ProblemUnderTargetAndTheTypedTargetKept(string target)
    {
        var dialog = await _host.FetchNewGoalAsync();

        var again = await _host.SaveAsync(
            dialog,
            new Dictionary<string, string?> { [GoalFields.Text] = Goal, [GoalFields.Target] = target },
            MessageExtensionCommands.NewGoal);

        var card = again.DialogCard!;
        Assert.Equal(Texts.Get(Language.English, MessageExtensionText.ProblemNotANumber), ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Target)));
        Assert.Equal(target, Value(card, GoalFields.Target));
        Assert.Empty((await PlanAsync()).Objectives);
    }

    [Fact]
    public async Task NewGoal_TextLongerThanAGoal_ProblemUnderTheTextAndTheWholeTextKept()
    {
        var dialog = await _host.FetchNewGoalAsync();
        var pasted = string.Concat(Enumerable.Repeat("Grow Instagram followers to 5000 by June 2027. ", 40));

        var again = await _host.SaveAsync(dialog, new Dictionary<string, string?> { [GoalFields.Text] = pasted }, MessageExtensionCommands.NewGoal);

        var card = again.DialogCard!;
        Assert.NotNull(ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Text)));
        Assert.Equal(pasted.Trim(), Value(card, GoalFields.Text));
        Assert.Empty((await PlanAsync()).Objectives);
    }

    [Fact]
    public async Task SaveAsGoal_SameSubmitTwice_OneObjectiveAndTheSameConfirmation()
    {
        var dialog = await _host.FetchSaveAsGoalAsync(Goal);

        var first = await _host.SaveAsync(dialog);
        var second = await _host.SaveAsync(dialog);

        Assert.Single((await PlanAsync()).Objectives);
        Assert.Equal(first.Results.Single()["content"]!.ToJsonString(), second.Results.Single()["content"]!.ToJsonString());
    }

    [Fact]
    public async Task SaveAsGoal_PlanAlreadyHasFiveObjectives_SaysSoAndAddsNothing()
    {
        await SeedPlanAsync(Enumerable.Range(1, PlanRules.MaxObjectives).Select(n => new Objective { Id = $"objective-{n}", Text = $"Goal {n}" }));
        var dialog = await _host.FetchNewGoalAsync();

        Assert.Null(dialog.DialogCard);
        Assert.Contains(LocalFormat.Number(Language.English, PlanRules.MaxObjectives), dialog.Message, StringComparison.Ordinal);
        Assert.Equal(PlanRules.MaxObjectives, (await PlanAsync()).Objectives.Count);
    }

    [Fact]
    public async Task SaveAsGoal_PersianUser_RightToLeftDialogInPersianWithPersianDigitsAndItSaves()
    {
        var dialog = await _host.FetchSaveAsGoalAsync(
            "افزایش دنبال‌کنندگان اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان خرداد ۱۴۰۶", locale: "fa-IR");

        var card = dialog.DialogCard!;
        Assert.Equal("ذخیره به‌عنوان هدف", dialog.DialogTitle);
        Assert.True((bool?)card["rtl"]);
        Assert.Equal("fa", (string?)card["lang"]);
        Assert.Equal("۵۰۰۰", Value(card, GoalFields.Target));
        Assert.Equal("۲۰۰۰", Value(card, GoalFields.Baseline));
        Assert.Equal("2027-06-21", Value(card, GoalFields.Deadline));
        Assert.Contains("۱۴۰۶", ExtensionAnswer.TextOf(card, "goalDeadlineNote"), StringComparison.Ordinal);
        Assert.Equal("هدف", ExtensionAnswer.Inputs(card).First()["label"]!.GetValue<string>());

        var saved = await _host.SaveAsync(dialog, locale: "fa-IR");

        Assert.Equal(5000m, Assert.Single((await PlanAsync()).Objectives).ResolvedTarget());
        var confirmation = saved.Results.Single()["content"]!.AsObject();
        Assert.Equal("هدف ذخیره شد ✓", ExtensionAnswer.TextOf(confirmation, "title"));
        Assert.True((bool?)confirmation["rtl"]);
        Assert.StartsWith("هدف: ۵٬۰۰۰ تا ۳۱ خرداد ۱۴۰۶", ExtensionAnswer.TextOf(confirmation, "target"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsGoal_PercentGrowthInPersian_BaselineAskedNextToItsFieldThenTheTargetRoundTrips()
    {
        var dialog = await _host.FetchSaveAsGoalAsync("۲۰٪ رشد دسترسی اینستاگرام تا پایان خرداد ۱۴۰۶", locale: "fa-IR");
        Assert.Equal("۲۰٪ رشد", Value(dialog.DialogCard!, GoalFields.Target));

        var again = await _host.SaveAsync(dialog, locale: "fa-IR");
        Assert.Contains("اینستاگرام", ExtensionAnswer.TextOf(again.DialogCard!, GoalFields.Problem(GoalFields.Baseline)), StringComparison.Ordinal);
        await _host.SaveAsync(again, new Dictionary<string, string?> { [GoalFields.Baseline] = "۱۰٬۰۰۰" }, locale: "fa-IR");

        var objective = Assert.Single((await PlanAsync()).Objectives);
        Assert.Equal((20m, TargetUnit.Percent, TargetChange.Increase), (objective.Target!.Value, objective.Unit!.Value, objective.Change!.Value));
        Assert.Equal(10000m, objective.Baseline);
        Assert.Equal(12000m, objective.ResolvedTarget());
    }

    [Fact]
    public async Task SaveAsGoal_LevelTargetWithNoBaseline_SavesAtOnce_AsMeasurableNeedsNoBaseline()
    {
        var dialog = await _host.FetchSaveAsGoalAsync("Get 300 leads by 30 June 2027");

        await _host.SaveAsync(dialog);

        var objective = Assert.Single((await PlanAsync()).Objectives);
        Assert.Equal((ObjectiveMetric.Leads, (decimal?)null, 300m), (objective.Metric, objective.Baseline, objective.ResolvedTarget()));
        Assert.True(objective.Smart!.Measurable);
    }

    private Task<MarketingPlan> PlanAsync() => _host.PlanAsync();

    private Task SeedPlanAsync(IEnumerable<Objective> objectives) => _host.SeedPlanAsync(plan => plan with { Objectives = [.. plan.Objectives, .. objectives] });

    private static string? Value(JsonObject card, string inputId) =>
        (string?)ExtensionAnswer.Inputs(card).Single(input => (string?)input["id"] == inputId)["value"];

    private static void AssertValid(JsonObject card)
    {
        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
    }
}
