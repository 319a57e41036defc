using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// Removes every row of a user: first the rows in other tables (the check-in schedule goes with them, so no check-in
/// fires for the user again), then the state scope. Each step is idempotent, so a failure part-way is finished by
/// the user confirming again: the pending request lives in the scope, which goes last.
/// </summary>
internal sealed class UserDataEraser(IStateStore store, IEnumerable<IUserDataSource> sources)
{
    public async Task EraseAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        foreach (var source in sources)
        {
            await source.DeleteAsync(scope, cancellationToken);
        }

        await store.DeleteScopeAsync(scope, cancellationToken);
    }
}
