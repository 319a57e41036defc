using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>Gathers a user's data: the loaded state scope plus the rows of every registered <see cref="IUserDataSource"/>.</summary>
internal sealed class UserDataCollector(IEnumerable<IUserDataSource> sources, TimeProvider time)
{
    public async Task<UserData> CollectAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var documents = state.Documents
            .Where(d => d.Exists)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => KeyValuePair.Create(d.Name, d.Content!))
            .ToList();
        var tables = new List<UserDataTable>();
        foreach (var source in sources)
        {
            tables.Add(new UserDataTable(source.Name, source.Label, await source.ExportAsync(state.Scope, cancellationToken)));
        }

        return new UserData(state.Scope, documents, tables, time.GetUtcNow());
    }
}
