using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class TurnContextTests
{
    [Fact]
    public void UpdateActivity_Queued_KeptApartFromTheRepliesWithTypeMessage()
    {
        var turn = new TurnContext(Activities.Message("hi"));

        turn.SendText("reply");
        turn.UpdateActivity("card-1", new Activity { Text = "answered" });

        var update = Assert.Single(turn.Updates);
        Assert.Equal("card-1", update.ActivityId);
        Assert.Equal("answered", update.Activity.Text);
        Assert.Equal(ActivityTypes.Message, update.Activity.Type);
        Assert.Equal("reply", Assert.Single(turn.Outbox).Text);
    }

    [Fact]
    public void SendFirst_AfterOtherReplies_GoesAheadOfThemAsAMessage()
    {
        var turn = new TurnContext(Activities.Message("hi"));
        turn.SendText("question");
        turn.SendText("card");

        turn.SendFirst(new Activity { Text = "notice" });

        Assert.Equal(["notice", "question", "card"], turn.Outbox.Select(a => a.Text));
        Assert.Equal(ActivityTypes.Message, turn.Outbox[0].Type);
    }

    [Fact]
    public void UpdateActivity_SameIdTwice_OnlyTheLastContentRemains()
    {
        var turn = new TurnContext(Activities.Message("hi"));

        turn.UpdateActivity("card-1", new Activity { Text = "first" });
        turn.UpdateActivity("card-2", new Activity { Text = "other" });
        turn.UpdateActivity("card-1", new Activity { Text = "second" });

        Assert.Equal(["card-2", "card-1"], turn.Updates.Select(u => u.ActivityId));
        Assert.Equal("second", turn.Updates[1].Activity.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void UpdateActivity_BlankId_Throws(string activityId)
    {
        var turn = new TurnContext(Activities.Message("hi"));

        Assert.Throws<ArgumentException>(() => turn.UpdateActivity(activityId, new Activity { Text = "answered" }));
        Assert.Empty(turn.Updates);
    }

    [Fact]
    public void ClearOutbox_WithRepliesAndUpdates_DropsBoth()
    {
        var turn = new TurnContext(Activities.Message("hi"));
        turn.SendText("reply");
        turn.UpdateActivity("card-1", new Activity { Text = "answered" });

        turn.ClearOutbox();

        Assert.Empty(turn.Outbox);
        Assert.Empty(turn.Updates);
    }
}
