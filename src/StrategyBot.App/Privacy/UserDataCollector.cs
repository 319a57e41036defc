using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using StrategyBot.App.Conversation;
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
            .Select(d => KeyValuePair.Create(d.Name, Exported(d)))
            .ToList();
        var tables = new List<UserDataTable>();
        foreach (var source in sources)
        {
            tables.Add(new UserDataTable(source.Name, source.Label, await source.ExportAsync(state.Scope, cancellationToken)));
        }

        return new UserData(state.Scope, documents, tables, time.GetUtcNow());
    }

    // A document nobody can parse (a hand edit, a torn write) is still the user's data: it goes out as its exact bytes,
    // described the way a set-aside copy is, instead of failing the export. Invalid UTF-8 is looked for first, because
    // the parser lets it through inside strings and writing them out would change the bytes.
    private static JsonObject Exported(StateDocument document)
    {
        Exception error;
        if (!document.IsParsed && document.TryGetUtf8(out var stored) && !Utf8.IsValid(stored.Span))
        {
            error = new InvalidDataException($"State document \"{document.Name}\" is not valid UTF-8.");
        }
        else
        {
            try
            {
                return document.Content!;
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                error = ex;
            }
        }

        document.TryGetUtf8(out var utf8);
        var copy = UnreadableDocuments.Describe(document.Name, utf8.Span, error);
        copy.NoticePending = false;
        return JsonSerializer.SerializeToNode(copy, AppJsonContext.Default.UnreadableCopy)!.AsObject();
    }
}
