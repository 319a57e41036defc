using System.Text.Json.Nodes;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed class InterviewCommandsTests
{
    [Theory]
    [InlineData("help", nameof(InterviewCommandKind.Help))]
    [InlineData("راهنما", nameof(InterviewCommandKind.Help))]
    [InlineData("?", nameof(InterviewCommandKind.Help))]
    [InlineData("Back", nameof(InterviewCommandKind.Back))]
    [InlineData("برگرد", nameof(InterviewCommandKind.Back))]
    [InlineData("قبلی", nameof(InterviewCommandKind.Back))]
    [InlineData("skip", nameof(InterviewCommandKind.Skip))]
    [InlineData("رد کن", nameof(InterviewCommandKind.Skip))]
    [InlineData("keep", nameof(InterviewCommandKind.Keep))]
    [InlineData("همین بماند", nameof(InterviewCommandKind.Keep))]
    [InlineData("cancel", nameof(InterviewCommandKind.Cancel))]
    [InlineData("لغو", nameof(InterviewCommandKind.Cancel))]
    [InlineData("start over", nameof(InterviewCommandKind.Restart))]
    [InlineData("از اول", nameof(InterviewCommandKind.Restart))]
    [InlineData("status", nameof(InterviewCommandKind.Status))]
    [InlineData("وضعیت", nameof(InterviewCommandKind.Status))]
    [InlineData("summary", nameof(InterviewCommandKind.Summary))]
    [InlineData("Show my plan", nameof(InterviewCommandKind.Summary))]
    [InlineData("خلاصه", nameof(InterviewCommandKind.Summary))]
    [InlineData("برنامهٔ من", nameof(InterviewCommandKind.Summary))]
    [InlineData("زبان", nameof(InterviewCommandKind.Language))]
    [InlineData("continue", nameof(InterviewCommandKind.Resume))]
    [InlineData("ادامه", nameof(InterviewCommandKind.Resume))]
    public void FromText_ACommandWord_IsThatCommand(string text, string expected)
    {
        var command = InterviewCommands.FromText(text);

        Assert.Equal(Enum.Parse<InterviewCommandKind>(expected), command?.Kind);
    }

    [Theory]
    [InlineData("Back pain relief")]
    [InlineData("Skip the queue with online orders")]
    [InlineData("edit my photos in Lightroom")]
    [InlineData("helpful tips")]
    [InlineData("ویرایش عکس")]
    public void FromText_AnAnswerThatMerelyContainsACommandWord_IsNoCommand(string text)
    {
        var command = InterviewCommands.FromText(text);

        Assert.Null(command);
    }

    [Theory]
    [InlineData("edit tactics", SostacStep.Tactics)]
    [InlineData("edit 3", SostacStep.Strategy)]
    [InlineData("ویرایش تاکتیک‌ها", SostacStep.Tactics)]
    [InlineData("ویرایش تاكتيك ها", SostacStep.Tactics)]
    [InlineData("ویرایش اهداف", SostacStep.Objectives)]
    [InlineData("ویرایش مرحله ۵", SostacStep.Action)]
    [InlineData("edit situation", SostacStep.Situation)]
    public void FromText_EditAndAStep_NamesTheStep(string text, SostacStep expected)
    {
        var command = InterviewCommands.FromText(text);

        Assert.Equal((InterviewCommandKind.Edit, expected), (command!.Kind, command.Step!.Value));
    }

    [Theory]
    [InlineData("language fa", Language.Persian)]
    [InlineData("language english", Language.English)]
    [InlineData("زبان فارسی", Language.Persian)]
    [InlineData("زبان انگلیسی", Language.English)]
    public void FromText_LanguageAndAName_NamesTheLanguage(string text, Language expected)
    {
        var command = InterviewCommands.FromText(text);

        Assert.Equal((InterviewCommandKind.Language, expected), (command!.Kind, command.Language!.Value));
    }

    [Theory]
    [InlineData("goal: grow Instagram reach 20% by March", "grow Instagram reach 20% by March")]
    [InlineData("Objective : 500 leads", "500 leads")]
    [InlineData("هدف: افزایش فروش", "افزایش فروش")]
    public void FromText_AGoalPrefix_IsQuickCaptureWithTheRest(string text, string goal)
    {
        var command = InterviewCommands.FromText(text);

        Assert.Equal((InterviewCommandKind.QuickCapture, goal), (command!.Kind, command.Text));
    }

    [Fact]
    public void Parse_SummaryCardEditButton_IsEditOfThatStep()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "edit", ["step"] = "tactics" } };

        var command = InterviewCommands.Parse(activity);

        Assert.Equal((InterviewCommandKind.Edit, SostacStep.Tactics), (command!.Kind, command.Step!.Value));
    }

    [Theory]
    [InlineData("back")]
    [InlineData("help")]
    [InlineData("edit tactics")]
    [InlineData("Instagram")]
    public void Parse_QuestionCardAnswer_IsNoCommandEvenWhenItReadsLikeOne(string answer)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "answer", ["promptId"] = "p", ["answer"] = answer } };

        var command = InterviewCommands.Parse(activity);

        Assert.Null(command);
    }

    [Theory]
    [InlineData("skip", "Skip")]
    [InlineData("رد کن", "Skip")]
    [InlineData("keep", "Keep")]
    [InlineData("همین بماند", "Keep")]
    [InlineData("same date", "Keep")]
    public void Parse_KeepOrSkipTypedIntoAQuestionCard_MeansWhatItMeansTyped(string answer, string expected)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = new JsonObject { ["action"] = "answer", ["promptId"] = "p", ["answer"] = answer } };

        var command = InterviewCommands.Parse(activity);

        Assert.Equal(expected, command?.Kind.ToString());
    }
}
