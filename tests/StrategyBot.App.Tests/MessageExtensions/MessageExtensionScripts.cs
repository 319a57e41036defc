using System.Text.Json.Nodes;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>The three commands as a Teams client invokes them, through the real turn pipeline of <see cref="PipelineHost"/>.</summary>
internal static class MessageExtensionScripts
{
    public static async Task<ExtensionAnswer> FetchSaveAsGoalAsync(this PipelineHost host, string messageHtml, string locale = "en-US")
    {
        var value = new JsonObject
        {
            ["commandId"] = MessageExtensionCommands.SaveAsGoal,
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1611060744833",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = messageHtml },
            },
        };
        return await host.InvokeAsync(MessagingExtensionInvokes.FetchTask, value, locale);
    }

    public static Task<ExtensionAnswer> FetchNewGoalAsync(this PipelineHost host, string locale = "en-US") =>
        host.InvokeAsync(
            MessagingExtensionInvokes.FetchTask,
            new JsonObject { ["commandId"] = MessageExtensionCommands.NewGoal, ["commandContext"] = "compose" },
            locale);

    /// <summary>Presses Save on <paramref name="dialog"/>, with the inputs changed as <paramref name="changes"/> says.</summary>
    public static Task<ExtensionAnswer> SaveAsync(
        this PipelineHost host, ExtensionAnswer dialog, IReadOnlyDictionary<string, string?>? changes = null, string commandId = MessageExtensionCommands.SaveAsGoal, string locale = "en-US")
    {
        Assert.NotNull(dialog.DialogCard);
        var value = new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = commandId == MessageExtensionCommands.SaveAsGoal ? "message" : "compose",
            ["data"] = ExtensionAnswer.Submission(dialog.DialogCard, changes),
        };
        return host.InvokeAsync(MessagingExtensionInvokes.SubmitAction, value, locale);
    }

    public static Task<ExtensionAnswer> SearchAsync(this PipelineHost host, string? text, string locale = "en-US")
    {
        var parameters = text is null
            ? new JsonArray(new JsonObject { ["name"] = MessagingExtensionQuery.InitialRunParameter, ["value"] = "true" })
            : new JsonArray(new JsonObject { ["name"] = MessageExtensionCommands.SearchParameter, ["value"] = text });
        var value = new JsonObject
        {
            ["commandId"] = MessageExtensionCommands.MyObjectives,
            ["parameters"] = parameters,
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        return host.InvokeAsync(MessagingExtensionInvokes.Query, value, locale);
    }

    public static async Task<ExtensionAnswer> InvokeAsync(this PipelineHost host, string name, JsonNode? value, string locale = "en-US")
    {
        var activity = Activities.Invoke(name, value);
        activity.Locale = locale;
        var turn = await host.SendAsync(activity);
        return ExtensionAnswer.Of(turn.InvokeResponse);
    }
}
