namespace StrategyBot.Domain.Planning;

/// <summary>Progress through the six steps, for the "status" command and the summary card.</summary>
public sealed class PlanProgress
{
    public required IReadOnlyList<StepProgress> Steps { get; init; }

    /// <summary>The first step that is not complete, or null when the plan is complete.</summary>
    public SostacStep? CurrentStep => Steps.FirstOrDefault(s => s.State != StepState.Complete)?.Step;

    public int CompletedCount => Steps.Count(s => s.State == StepState.Complete);

    public bool IsComplete => CompletedCount == Steps.Count;

    public StepProgress this[SostacStep step] => Steps.First(s => s.Step == step);
}
