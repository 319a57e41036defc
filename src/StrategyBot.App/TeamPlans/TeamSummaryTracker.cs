using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// Stores the summary card's message id once Teams has answered the post, so later changes replace that card in place
/// (PUT) instead of posting another. Runs after the turn's save, once per plan: one named load and one save of the
/// conversation's scope, retried when a member's answer was saved in between.
/// </summary>
internal sealed class TeamSummaryTracker(IStateStore store, ILogger<TeamSummaryTracker> logger)
{
    private const int MaxAttempts = 5;

    public async Task RecordAsync(StateScope conversation, string? activityId, string? thread, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return;
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var state = await store.LoadDocumentsAsync(conversation, [TeamDocuments.Plan], cancellationToken);
                if (TeamDocuments.ReadPlan(state) is not { } plan)
                {
                    return;
                }

                TeamDocuments.Write(state, plan with { SummaryActivityId = activityId, SummaryConversationId = thread });
                try
                {
                    await store.SaveAsync(state, cancellationToken);
                    return;
                }
                catch (StateConflictException) when (attempt < MaxAttempts)
                {
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Delivery has happened; failing here would only lose the in-place updates, never an answer.
            Log.TeamSummaryIdNotStored(logger, ex.GetType().Name, ex);
        }
    }
}
