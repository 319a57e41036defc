namespace StrategyBot.App.MessageExtensions;

/// <summary>The input ids of cards/goal-dialog.json: the keys the dialog's submit carries its values under.</summary>
internal static class GoalFields
{
    public const string Text = "goalText";
    public const string Metric = "goalMetric";
    public const string Platform = "goalPlatform";
    public const string Baseline = "goalBaseline";
    public const string Target = "goalTarget";
    public const string Deadline = "goalDeadline";

    /// <summary>Every input, in the order the dialog shows them.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, Metric, Platform, Baseline, Target, Deadline];

    /// <summary>The element under an input that shows its problem.</summary>
    public static string Problem(string field) => field + "Problem";
}
