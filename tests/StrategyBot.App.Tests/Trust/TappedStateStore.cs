using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Trust;

/// <summary>The real store with a <see cref="StateStoreTap"/> hook before each save.</summary>
internal sealed class TappedStateStore(IStateStore inner, StateStoreTap tap) : IStateStore
{
    public Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken) => inner.LoadAsync(scope, cancellationToken);

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        if (tap.BeforeNextSave is { } before)
        {
            tap.BeforeNextSave = null;
            await before();
        }

        await inner.SaveAsync(state, cancellationToken);
    }

    public Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken) => inner.DeleteScopeAsync(scope, cancellationToken);
}
