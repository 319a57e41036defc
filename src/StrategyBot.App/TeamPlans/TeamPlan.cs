using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// The shared plan of one channel or group chat, stored in that conversation's own scope. Owners and editors are
/// named by member id; every answer keeps its author and time. Immutable: changes return a new plan.
/// </summary>
internal sealed record TeamPlan
{
    /// <summary>Answers kept per question: the latest shows on the card, earlier ones stay for the record.</summary>
    public const int AnswersKeptPerQuestion = 5;

    public required TeamMember StartedBy { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public string? ConversationName { get; init; }

    public IReadOnlyList<TeamMember> Owners { get; init; } = [];

    public IReadOnlyList<TeamMember> Editors { get; init; } = [];

    public IReadOnlyList<TeamAnswer> Answers { get; init; } = [];

    public IReadOnlyList<TeamCursor> Cursors { get; init; } = [];

    /// <summary>The summary card's message id, once Teams told us; the card is replaced there, never reposted.</summary>
    public string? SummaryActivityId { get; init; }

    /// <summary>The thread the summary card was posted in (a channel's "…;messageid=…" id).</summary>
    public string? SummaryConversationId { get; init; }

    public bool IsOwner(string memberId) => Owners.Any(o => o.Id == memberId);

    public bool MayEdit(string memberId) => IsOwner(memberId) || Editors.Any(e => e.Id == memberId);

    public TeamCursor? CursorOf(string memberId) => Cursors.FirstOrDefault(c => c.MemberId == memberId);

    public TeamPlan WithCursor(string memberId, TeamCursor? cursor) => this with
    {
        Cursors = [.. Cursors.Where(c => c.MemberId != memberId), .. cursor is null ? Array.Empty<TeamCursor>() : [cursor]],
    };

    public TeamPlan WithEditor(TeamMember editor) =>
        MayEdit(editor.Id) ? this : this with { Editors = [.. Editors, editor] };

    /// <summary>Adds an answer; older answers to the same question beyond <see cref="AnswersKeptPerQuestion"/> drop off.</summary>
    public TeamPlan WithAnswer(TeamAnswer answer)
    {
        var same = Answers.Where(a => a.Step == answer.Step && a.Question == answer.Question).ToList();
        var dropped = same.Count >= AnswersKeptPerQuestion ? same.Take(same.Count - AnswersKeptPerQuestion + 1).ToHashSet() : [];
        return this with { Answers = [.. Answers.Where(a => !dropped.Contains(a)), answer] };
    }

    /// <summary>The latest answer to each question, in step and question order.</summary>
    public IEnumerable<TeamAnswer> Latest() => Answers
        .GroupBy(a => (a.Step, a.Question))
        .Select(g => g.MaxBy(a => a.At)!)
        .OrderBy(a => a.Step).ThenBy(a => a.Question);

    /// <summary>Removes a member's roles and cursor and names their answers "a former member" (delete my data, or removal).</summary>
    public TeamPlan WithoutMember(string memberId, string anonymousName) => this with
    {
        Owners = [.. Owners.Where(o => o.Id != memberId)],
        Editors = [.. Editors.Where(e => e.Id != memberId)],
        Cursors = [.. Cursors.Where(c => c.MemberId != memberId)],
        Answers = [.. Answers.Select(a => a.By.Id == memberId ? a with { By = new TeamMember("", anonymousName) } : a)],
        StartedBy = StartedBy.Id == memberId ? new TeamMember("", anonymousName) : StartedBy,
    };

    public int AnsweredSteps => Answers.Select(a => a.Step).Distinct().Count();

    public static int StepCount => Enum.GetValues<SostacStep>().Length;
}
