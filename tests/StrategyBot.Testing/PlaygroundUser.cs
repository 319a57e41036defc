namespace StrategyBot.Testing;

/// <summary>The Playground's signed-in user, as the bot sees it in <c>from</c>.</summary>
/// <param name="Id">The channel user id (<c>from.id</c>).</param>
/// <param name="Name">The display name (<c>from.name</c> on messages).</param>
/// <param name="AadObjectId">The Entra object id (<c>from.aadObjectId</c>).</param>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId)
{
    /// <summary>A user no other Playground run has, so bot state stored for one test never leaks into another.</summary>
    public static PlaygroundUser CreateUnique()
    {
        var id = Guid.NewGuid();
        return new PlaygroundUser($"e2e-user-{id:N}", "Dana Tester", id.ToString());
    }
}
