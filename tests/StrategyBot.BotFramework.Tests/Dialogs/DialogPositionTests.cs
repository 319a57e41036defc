using System.Text;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogPositionTests
{
    [Fact]
    public void Equals_NoStackOnEitherSide_IsTheSamePosition()
    {
        var before = DialogPosition.Of(new StateSet(TestScopes.Default, []));
        var after = DialogPosition.Of(new StateSet(TestScopes.Default, []));

        Assert.True(before.IsEmpty);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Equals_NoStackAgainstAStack_HasMovedOn()
    {
        var before = DialogPosition.Of(new StateSet(TestScopes.Default, []));
        var after = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":\"root\",\"step\":1}]}"));

        Assert.NotEqual(before, after);
        Assert.NotEqual(after, before);
    }

    [Fact]
    public void Equals_SameStackWrittenDifferently_IsTheSamePosition()
    {
        var before = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":\"root\",\"step\":1}]}"));
        var after = DialogPosition.Of(WithStack("{ \"stack\" : [ { \"id\" : \"root\", \"step\" : 1 } ] }"));

        Assert.Equal(before, after);
    }

    [Fact]
    public void Equals_AnotherStep_HasMovedOn()
    {
        var before = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":\"root\",\"step\":1}]}"));
        var after = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":\"root\",\"step\":2}]}"));

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Equals_UnreadableStack_HasMovedOnInsteadOfThrowing()
    {
        var before = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":\"root\",\"step\":1}]}"));
        var after = DialogPosition.Of(WithStack("{\"stack\":[{\"id\":"));

        Assert.NotEqual(before, after);
    }

    private static StateSet WithStack(string json) =>
        new(TestScopes.Default, [StateDocument.FromUtf8(DialogRunner.StackDocumentName, Encoding.UTF8.GetBytes(json), "W/\"1\"")]);
}
