namespace StrategyBot.App.MessageExtensions;

/// <summary>The command ids of manifest/manifest.json's <c>composeExtensions</c>; a test keeps the two in step.</summary>
internal static class MessageExtensionCommands
{
    /// <summary>"Save as goal": an action on a message's "…" menu (context <c>message</c>).</summary>
    public const string SaveAsGoal = "saveAsGoal";

    /// <summary>"New goal": the same dialog, empty, from the compose box or the command box.</summary>
    public const string NewGoal = "newGoal";

    /// <summary>"My objectives": a search over the user's objectives.</summary>
    public const string MyObjectives = "myObjectives";

    /// <summary>The search command's one parameter.</summary>
    public const string SearchParameter = "searchText";
}
