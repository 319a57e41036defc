using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Conversation steps over a <see cref="TrustHost"/>: send and collect replies, start a plan, read a user's stored documents.</summary>
internal static class TrustConversation
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Posts the activity, expects 200, and returns what the bot sent the connector for it.</summary>
    public static async Task<IReadOnlyList<Activity>> SendAsync(this TrustHost host, Activity activity)
    {
        var before = host.Connector.Requests.Count;
        var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.RepliesFrom(before);
    }

    /// <summary>Starts the interview and answers the first question (what the business does).</summary>
    public static async Task StartPlanAsync(this TrustHost host, TrustUser user, string business, string locale = "en-US")
    {
        await host.SendAsync(user.Message("hi", locale));
        await host.SendAsync(user.Message(business, locale));
        Assert.Contains(business, await host.PlanJsonAsync(user), StringComparison.Ordinal);
    }

    public static async Task<StateSet> StateAsync(this TrustHost host, TrustUser user) =>
        await host.Services.GetRequiredService<IStateStore>().LoadAsync(user.Scope, CancellationToken.None);

    /// <summary>The stored plan as readable JSON (non-ASCII unescaped), or "" when there is none.</summary>
    public static async Task<string> PlanJsonAsync(this TrustHost host, TrustUser user) =>
        (await host.StateAsync(user)).Get(TurnState.PlanDocument)?.ToJsonString(Readable) ?? string.Empty;

    /// <summary>Every stored document of the user with its ETag, in name order: equal snapshots mean nothing was touched.</summary>
    public static async Task<string> SnapshotAsync(this TrustHost host, TrustUser user)
    {
        var state = await host.StateAsync(user);
        return string.Join("\n", state.Documents.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => $"{d.Name} {d.ETag} {d.Content?.ToJsonString(Readable)}"));
    }

    /// <summary>Everything the bot said in replies and invoke answers, as one readable string.</summary>
    public static string Said(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.Select(r => r.Text + "\n" + string.Join("\n", (r.Attachments ?? []).Select(a => CardStrings.Joined(a.Content)))));
}
