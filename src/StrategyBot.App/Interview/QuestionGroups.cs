namespace StrategyBot.App.Interview;

/// <summary>
/// Helpers for a self-contained group of questions in a step's table, such as the campaigns: a group whose first
/// question is skipped ends at its <see cref="End"/> marker, so nothing in the group asks about an item that was never added.
/// </summary>
internal static class QuestionGroups
{
    /// <summary>
    /// A question that is never asked: it answers itself and passes on to whatever follows it in the table. Loop
    /// questions route here to leave their loop (a route into the loop itself would start a new item).
    /// </summary>
    public static InterviewQuestion End(string key) =>
        new(key, (_, _) => throw new InvalidOperationException($"'{key}' marks the end of a group and is never asked."))
        {
            Auto = _ => QuestionAnswer.Skip,
        };

    /// <summary>
    /// What "keep" stands for at the question that starts a loop's item when there is nothing to keep: the items as
    /// they are, so the group is left (like "skip"). Its Save must ignore it, see <see cref="IsKeep"/>.
    /// </summary>
    public const string KeepItems = "keep:items";

    public static bool IsKeep(object answer) => answer is KeepItems;

    /// <summary>For the question that starts a loop's item: "skip" or "keep" about a new item leaves the group.</summary>
    public static QuestionRoute? LeaveOnSkip(QuestionScope scope, QuestionAnswer answer, QuestionLoop loop, string endKey) =>
        (answer.Skipped || answer.Value is KeepItems) && scope.Item >= loop.Count(scope.Plan) ? new QuestionRoute(endKey, 0) : null;
}
