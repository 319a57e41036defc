using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// An <see cref="IStateStore"/> that, once armed, deletes the scope just before the next save reaches the store: "delete
/// my data" confirmed while the scheduler was between its load and its save.
/// </summary>
internal sealed class ErasingStateStore(IStateStore inner) : IStateStore
{
    /// <summary>When set, the next save first deletes its scope.</summary>
    public bool EraseBeforeNextSave { get; set; }

    public Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken) => inner.LoadAsync(scope, cancellationToken);

    public Task<StateSet> LoadDocumentsAsync(StateScope scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        inner.LoadDocumentsAsync(scope, names, cancellationToken);

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (EraseBeforeNextSave)
        {
            EraseBeforeNextSave = false;
            await inner.DeleteScopeAsync(state.Scope, cancellationToken);
        }

        await inner.SaveAsync(state, cancellationToken);
    }

    public Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken) => inner.DeleteScopeAsync(scope, cancellationToken);
}
