using StrategyBot.App.TeamPlans;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.TeamPlans;

public sealed class TeamPlanTests
{
    private static readonly TeamMember Ada = new("ada", "Ada");
    private static readonly TeamMember Ben = new("ben", "Ben");
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithAnswer_ManyAnswersToOneQuestion_KeepsTheLastFiveAndShowsTheLatest()
    {
        var plan = new TeamPlan { StartedBy = Ada, StartedAt = Start, Owners = [Ada] };

        for (var i = 1; i <= 7; i++)
        {
            plan = plan.WithAnswer(new TeamAnswer(SostacStep.Strategy, 0, $"answer {i}", i % 2 == 0 ? Ben : Ada, Start.AddMinutes(i)));
        }

        plan = plan.WithAnswer(new TeamAnswer(SostacStep.Situation, 1, "other question", Ben, Start));
        Assert.Equal(["answer 3", "answer 4", "answer 5", "answer 6", "answer 7", "other question"], plan.Answers.Select(a => a.Text));
        Assert.Equal(["other question", "answer 7"], plan.Latest().Select(a => a.Text));
        Assert.Equal(2, plan.AnsweredSteps);
    }

    [Fact]
    public void WithoutMember_RemovesRolesAndCursor_AndNamesTheirAnswersAFormerMember()
    {
        var plan = new TeamPlan { StartedBy = Ada, StartedAt = Start, Owners = [Ada], Editors = [Ben] }
            .WithCursor("ben", new TeamCursor("ben", SostacStep.Tactics, 1))
            .WithAnswer(new TeamAnswer(SostacStep.Tactics, 0, "Reels", Ben, Start));

        var without = plan.WithoutMember("ben", "a former member");

        Assert.Empty(without.Editors);
        Assert.Empty(without.Cursors);
        Assert.Equal(("Reels", "", "a former member"), (without.Answers[0].Text, without.Answers[0].By.Id, without.Answers[0].By.Name));
        Assert.True(without.IsOwner("ada"));
    }

    [Theory]
    [InlineData("start a team plan", "Start", null)]
    [InlineData("  Start   Team Plan! ", "Start", null)]
    [InlineData("شروع برنامه تیمی", "Start", null)]
    [InlineData("fill tactics", "Fill", SostacStep.Tactics)]
    [InlineData("answer 2", "Fill", SostacStep.Objectives)]
    [InlineData("پر کردن اهداف", "Fill", SostacStep.Objectives)]
    [InlineData("تکمیل ۶", "Fill", SostacStep.Control)]
    [InlineData("add editor <at>Sara</at>", "AddEditor", null)]
    [InlineData("افزودن ویرایشگر <at>سارا</at>", "AddEditor", null)]
    [InlineData("show team plan", "Show", null)]
    [InlineData("fill the fridge", "None", null)]
    [InlineData("We sell soap", "None", null)]
    [InlineData("", "None", null)]
    public void Parse_CommandsInEnglishAndPersian_AndAnswersAreNoCommands(string text, string kind, SostacStep? step)
    {
        var command = TeamCommand.Parse(text);

        Assert.Equal((kind, step), (command.Kind.ToString(), command.Step));
    }
}
