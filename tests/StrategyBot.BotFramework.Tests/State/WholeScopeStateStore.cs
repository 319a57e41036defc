using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Tests.State;

/// <summary>A store that implements only the three required members, so the named load is the interface's own fallback.</summary>
internal sealed class WholeScopeStateStore(IStateStore inner) : IStateStore
{
    public Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken) => inner.LoadAsync(scope, cancellationToken);

    public Task SaveAsync(StateSet state, CancellationToken cancellationToken) => inner.SaveAsync(state, cancellationToken);

    public Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken) => inner.DeleteScopeAsync(scope, cancellationToken);
}
