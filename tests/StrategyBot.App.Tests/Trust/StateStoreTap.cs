using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Wraps the app's real state store so a test can act between a turn's load and its save (stop storage, for one).</summary>
internal sealed class StateStoreTap
{
    /// <summary>Runs once, just before the next save reaches the real store.</summary>
    public Func<Task>? BeforeNextSave { get; set; }

    public IStateStore Wrap(IStateStore inner) => new TappedStateStore(inner, this);
}
