using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>A hand-written <see cref="ICheckInHistory"/>: one record per scope and week, replaced on save.</summary>
internal sealed class InMemoryCheckInHistory : ICheckInHistory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(StateScope Scope, string Week), CheckInRecord> _records = [];

    public int Saves { get; private set; }

    public IReadOnlyList<CheckInRecord> All(StateScope scope)
    {
        lock (_lock)
        {
            return [.. _records.Where(r => r.Key.Scope.Equals(scope)).Select(r => r.Value).OrderBy(r => r.Week)];
        }
    }

    public Task SaveAsync(StateScope scope, CheckInRecord record, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Saves++;
            _records[(scope, record.Week.ToString())] = record;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CheckInRecord>> GetRangeAsync(
        StateScope scope, string planId, IsoWeek from, IsoWeek to, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<CheckInRecord> range = [.. _records
                .Where(r => r.Key.Scope.Equals(scope) && r.Value.PlanId == planId && r.Value.Week >= from && r.Value.Week <= to)
                .Select(r => r.Value)
                .OrderBy(r => r.Week)];
            return Task.FromResult(range);
        }
    }

    public Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var key in _records.Keys.Where(k => k.Scope == scope).ToList())
            {
                _records.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
