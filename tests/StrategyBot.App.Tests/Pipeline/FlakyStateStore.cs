using Azure;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Pipeline;

/// <summary>
/// A real in-memory store with faults on demand: storage outages, and another writer slipping in between a turn's
/// load and its save (what a second device or a second bot instance does).
/// </summary>
internal sealed class FlakyStateStore(IStateStore inner) : IStateStore
{
    public int FailLoads { get; set; }

    public int FailSaves { get; set; }

    /// <summary>Thrown by the next save instead of saving, once.</summary>
    public Exception? FailNextSaveWith { get; set; }

    /// <summary>Runs once, just before the next save reaches the inner store.</summary>
    public Func<Task>? BeforeNextSave { get; set; }

    public async Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken)
    {
        FailLoadIfAsked();
        return await inner.LoadAsync(scope, cancellationToken);
    }

    public async Task<StateSet> LoadForUpdateAsync(StateScope scope, CancellationToken cancellationToken)
    {
        FailLoadIfAsked();
        return await inner.LoadForUpdateAsync(scope, cancellationToken);
    }

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        if (BeforeNextSave is { } interloper)
        {
            BeforeNextSave = null;
            await interloper();
        }

        if (FailNextSaveWith is { } failure)
        {
            FailNextSaveWith = null;
            throw failure;
        }

        if (FailSaves > 0)
        {
            FailSaves--;
            throw new RequestFailedException(503, "Service unavailable");
        }

        await inner.SaveAsync(state, cancellationToken);
    }

    private void FailLoadIfAsked()
    {
        if (FailLoads > 0)
        {
            FailLoads--;
            throw new RequestFailedException(0, "Connection refused (127.0.0.1:10002)");
        }
    }

    public Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken) =>
        inner.DeleteScopeAsync(scope, cancellationToken);
}
