namespace StrategyBot.BotFramework.State;

/// <summary>
/// Durable turn state. A <see cref="StateScope"/> (one user in a tenant, or one conversation) holds named JSON documents. A turn loads the
/// whole scope in one round trip and saves every changed document atomically in one round trip, each guarded by
/// its ETag, so two devices answering at once can never both win.
/// </summary>
/// <remarks>
/// A store may detect conflicts per document or per scope. <see cref="InMemoryStateStore"/> compares each document's
/// ETag; a store that keeps a scope in one record makes two saves from the same loaded version conflict even when they
/// changed different documents. Per scope is stricter, never looser, so a caller that treats
/// <see cref="StateConflictException"/> as "load again and retry" is correct under either.
/// </remarks>
public interface IStateStore
{
    /// <summary>Loads every document in <paramref name="scope"/>; an unknown scope gives an empty set.</summary>
    Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Loads every document in <paramref name="scope"/> for a caller that saves the set before anything it read takes
    /// effect (a turn, whose replies wait for its save), calling <see cref="SaveAsync"/> even when nothing changed. A
    /// store may then answer from a copy it wrote itself: the ETag-guarded save either proves the copy was current or
    /// fails with a <see cref="StateConflictException"/> whose <see cref="StateConflictException.LoadedCopyWasStale"/>
    /// is true, and the caller runs again on <see cref="LoadAsync"/>. Anyone who reads without saving (an export, a
    /// scheduler deciding whether to send) uses <see cref="LoadAsync"/>, which always reads the store.
    /// </summary>
    Task<StateSet> LoadForUpdateAsync(StateScope scope, CancellationToken cancellationToken) => LoadAsync(scope, cancellationToken);

    /// <summary>
    /// Loads only the named documents of <paramref name="scope"/>; absent ones are left out of the set. For work outside
    /// a turn that needs a few known documents (the check-in scheduler): a store may read them by key, which beats a
    /// scope query when the scope holds more than those. Saving the set writes its changed documents like any other.
    /// </summary>
    async Task<StateSet> LoadDocumentsAsync(StateScope scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);

        // The fallback for stores (and wrappers) that have nothing cheaper than the whole scope.
        var all = await LoadAsync(scope, cancellationToken);
        return new StateSet(scope, all.Documents.Where(d => names.Contains(d.Name, StringComparer.Ordinal)));
    }

    /// <summary>
    /// Writes the changed documents of <paramref name="state"/> atomically and refreshes their ETags.
    /// Throws <see cref="StateConflictException"/> when any of them (in a per-scope store: anything in the scope)
    /// changed since it was loaded.
    /// </summary>
    Task SaveAsync(StateSet state, CancellationToken cancellationToken);

    /// <summary>Removes every document in <paramref name="scope"/>.</summary>
    Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken);
}
