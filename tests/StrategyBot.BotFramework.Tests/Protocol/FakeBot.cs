using System.Collections.Concurrent;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>An <see cref="IBot"/> that records every turn and runs the test's handler.</summary>
internal sealed class FakeBot(Func<TurnContext, CancellationToken, Task>? onTurn = null) : IBot
{
    private readonly ConcurrentQueue<Activity> _turns = new();

    public IReadOnlyList<Activity> Turns => [.. _turns];

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turn.Activity);
        return onTurn?.Invoke(turn, cancellationToken) ?? Task.CompletedTask;
    }
}
