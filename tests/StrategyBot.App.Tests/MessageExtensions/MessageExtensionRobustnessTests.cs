using System.Text.Json.Nodes;
using Azure;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>
/// Malformed, unknown and failing message-extension invokes: each gets an answer Teams can show (a message in the
/// dialog or in the extension's pane), and nothing saved is lost or changed.
/// </summary>
public sealed class MessageExtensionRobustnessTests
{
    private readonly PipelineHost _host = new();

    public static TheoryData<string, string?> MalformedInvokes => new()
    {
        { MessagingExtensionInvokes.FetchTask, null },
        { MessagingExtensionInvokes.FetchTask, "\"saveAsGoal\"" },
        { MessagingExtensionInvokes.FetchTask, "{\"commandId\":42}" },
        { MessagingExtensionInvokes.FetchTask, "{\"commandId\":\"saveAsGoal\",\"messagePayload\":{\"body\":{\"content\":[1,2]}}}" },
        { MessagingExtensionInvokes.SubmitAction, "{}" },
        { MessagingExtensionInvokes.SubmitAction, "{\"commandId\":\"newGoal\"}" },
        { MessagingExtensionInvokes.SubmitAction, "{\"commandId\":\"newGoal\",\"data\":\"goal: more reach\"}" },
        { MessagingExtensionInvokes.SubmitAction, "{\"commandId\":\"newGoal\",\"data\":{\"goalText\":\"More reach by June\"}}" },
        { MessagingExtensionInvokes.SubmitAction, "{\"commandId\":\"newGoal\",\"data\":{\"goalAction\":\"save\",\"goalText\":{\"x\":1},\"goalTarget\":[5000]}}" },
        { MessagingExtensionInvokes.Query, "[]" },
        { MessagingExtensionInvokes.Query, "{\"commandId\":\"myObjectives\",\"parameters\":\"reach\",\"queryOptions\":{\"skip\":-5,\"count\":\"many\"}}" },
        { "composeExtension/selectItem", "{\"commandId\":\"myObjectives\"}" },
        { "composeExtension/queryLink", "{\"url\":\"https://example.com\"}" },
    };

    [Theory]
    [MemberData(nameof(MalformedInvokes))]
    public async Task Invoke_Malformed_FriendlyAnswerInTeamsShapeAndThePlanUnchanged(string name, string? valueJson)
    {
        await SeedPlanAsync();
        var before = await PlanJsonAsync();

        var answer = await _host.InvokeAsync(name, valueJson is null ? null : JsonNode.Parse(valueJson));

        Assert.True(answer.Message is not null || answer.DialogCard is not null || answer.Results.Count > 0, answer.Body.ToJsonString());
        Assert.False(answer.Body.ContainsKey("statusCode"));
        Assert.Equal(before, await PlanJsonAsync());
    }

    [Theory]
    [InlineData(MessagingExtensionInvokes.FetchTask)]
    [InlineData(MessagingExtensionInvokes.SubmitAction)]
    [InlineData(MessagingExtensionInvokes.Query)]
    public async Task Invoke_UnknownCommandId_SaysTheCommandIsUnknown(string name)
    {
        var answer = await _host.InvokeAsync(name, new JsonObject { ["commandId"] = "deleteEverything", ["data"] = new JsonObject() });

        Assert.Equal(Texts.Get(Language.English, MessageExtensionText.UnknownCommand), answer.Message);
    }

    [Fact]
    public async Task SaveAsGoal_HugeMessage_DialogOpensWithTheGoalCutToWhatTheSmartCheckReads()
    {
        var huge = "<div>Grow Instagram reach to 50,000 by June 2027. " + new string('x', 2_000_000) + "</div>";

        var dialog = await _host.FetchSaveAsGoalAsync(huge);

        var text = (string?)ExtensionAnswer.Inputs(dialog.DialogCard!).First()["value"];
        Assert.StartsWith("Grow Instagram reach to 50,000 by June 2027.", text, StringComparison.Ordinal);
        Assert.InRange(text!.Length, 1, Domain.Smart.SmartCheck.MaxTextLength);
    }

    [Fact]
    public async Task SubmitAction_HugeFieldValues_ProblemsShownAndNothingSaved()
    {
        var data = new JsonObject
        {
            ["goalAction"] = "save",
            ["goalText"] = new string('a', 500_000),
            ["goalTarget"] = new string('9', 100_000),
            ["goalDeadline"] = new string('2', 100_000),
        };

        var answer = await _host.InvokeAsync(
            MessagingExtensionInvokes.SubmitAction, new JsonObject { ["commandId"] = MessageExtensionCommands.NewGoal, ["data"] = data });

        var card = answer.DialogCard!;
        Assert.NotNull(ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Text)));
        Assert.NotNull(ExtensionAnswer.TextOf(card, GoalFields.Problem(GoalFields.Deadline)));
        Assert.True(CardSizeOf(answer) < 40_000, $"the dialog answer is {CardSizeOf(answer)} characters");
        Assert.Empty((await _host.PlanAsync()).Objectives);
    }

    [Fact]
    public async Task SubmitAction_StorageFails_ApologyAsADialogMessageAndNothingSaved()
    {
        var dialog = await _host.FetchSaveAsGoalAsync("Grow Instagram followers from 2,000 to 5,000 by 30 June 2027");
        _host.Store.FailNextSaveWith = new RequestFailedException(503, "Service Unavailable");

        var answer = await _host.SaveAsync(dialog);

        Assert.Equal(Texts.Get(Language.English, TextKey.SaveFailed), answer.Message);
        Assert.NotNull(answer.Body["task"]);
        Assert.Empty((await _host.PlanAsync()).Objectives);
    }

    [Fact]
    public async Task Invoke_FromAChannel_TheCheckInConversationStaysThePersonalChat()
    {
        await _host.SayAsync("help");
        var channel = "19:6decf54d86d945e4b3924b63a9161a78@thread.skype;messageid=1611060744833";
        var invoke = Activities.Invoke(
            MessagingExtensionInvokes.FetchTask, new JsonObject { ["commandId"] = MessageExtensionCommands.NewGoal }, conversationId: channel);
        invoke.Conversation!.ConversationType = "channel";

        await _host.SendAsync(invoke);

        var reference = await _host.ReferenceAsync();
        Assert.Equal(Activities.ConversationId, reference?.Conversation?.Id);
    }

    private static int CardSizeOf(ExtensionAnswer answer) => answer.Body.ToJsonString().Length;

    private Task SeedPlanAsync() => _host.SeedPlanAsync(plan => plan with
    {
        Objectives = [.. plan.Objectives, new Objective { Id = "objective-1", Text = "Grow Instagram reach to 50,000 by June 2027", Metric = ObjectiveMetric.Reach }],
    });

    private Task<string?> PlanJsonAsync() => _host.PlanJsonAsync();
}
