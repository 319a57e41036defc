using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Storage;

public sealed class StateCacheTests : IDisposable
{
    private static readonly StateScope Scope = StateScope.ForUser("tenant", "user");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly StateCache _cache;

    public StateCacheTests() => _cache = NewCache(megabytes: 1);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Get_AfterASaveThatMayAdd_ReturnsThatWrite()
    {
        var written = Written("W/\"1\"");

        _cache.Saved(Scope, written, addIfAbsent: true);

        Assert.Same(written, _cache.Get(Scope));
    }

    [Fact]
    public void Saved_MayNotAdd_RefreshesAHeldScopeButAddsNoOther()
    {
        _cache.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);
        var refreshed = Written("W/\"2\"");

        _cache.Saved(Scope, refreshed, addIfAbsent: false);
        _cache.Saved(StateScope.ForUser("tenant", "other"), Written("W/\"3\""), addIfAbsent: false);

        Assert.Same(refreshed, _cache.Get(Scope));
        Assert.Null(_cache.Get(StateScope.ForUser("tenant", "other")));
    }

    [Fact]
    public void Saved_RowDeleted_DropsTheScope()
    {
        _cache.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);

        _cache.Saved(Scope, written: null, addIfAbsent: true);

        Assert.Null(_cache.Get(Scope));
    }

    [Fact]
    public void Conflicted_OnTheCopyStillHeld_IsStaleAndTheScopeIsNotCachedUntilTheBackOffEnds()
    {
        var copy = Written("W/\"1\"");
        _cache.Saved(Scope, copy, addIfAbsent: true);

        var stale = _cache.Conflicted(Scope, copy);
        _cache.Saved(Scope, Written("W/\"2\""), addIfAbsent: true);
        var duringBackOff = _cache.Get(Scope);
        _time.Advance(StateCache.SharedBackoff + TimeSpan.FromSeconds(1));
        var after = Written("W/\"3\"");
        _cache.Saved(Scope, after, addIfAbsent: true);

        Assert.True(stale);
        Assert.Null(duringBackOff);
        Assert.Same(after, _cache.Get(Scope));
    }

    [Fact]
    public void Conflicted_AfterThisProcessWroteTheScopeAgain_IsARaceNotStaleAndDropsTheScope()
    {
        var copy = Written("W/\"1\"");
        _cache.Saved(Scope, copy, addIfAbsent: true);
        _cache.Saved(Scope, Written("W/\"2\""), addIfAbsent: true);

        var stale = _cache.Conflicted(Scope, copy);

        Assert.False(stale);
        Assert.Null(_cache.Get(Scope));
        _cache.Saved(Scope, Written("W/\"3\""), addIfAbsent: true);
        Assert.NotNull(_cache.Get(Scope));
    }

    [Fact]
    public void Conflicted_OnASetReadFromTheTable_IsNotStale()
    {
        _cache.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);

        var stale = _cache.Conflicted(Scope, loadedFrom: null);

        Assert.False(stale);
        Assert.Null(_cache.Get(Scope));
    }

    [Fact]
    public void Get_IdleLongerThanTheExpiry_IsGoneButUseKeepsItAlive()
    {
        _cache.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);
        _cache.Saved(StateScope.ForUser("tenant", "idle"), Written("W/\"2\""), addIfAbsent: true);

        _time.Advance(StateCache.IdleExpiry - TimeSpan.FromMinutes(1));
        Assert.NotNull(_cache.Get(Scope));
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.NotNull(_cache.Get(Scope));
        Assert.Null(_cache.Get(StateScope.ForUser("tenant", "idle")));
    }

    [Fact]
    public void Saved_LargerThanTheWholeLimit_IsNotKept()
    {
        var huge = Written("W/\"1\"", bytes: 2 * 1024 * 1024);

        _cache.Saved(Scope, huge, addIfAbsent: true);

        Assert.Null(_cache.Get(Scope));
    }

    [Fact]
    public void Forget_DropsTheScope()
    {
        _cache.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);

        _cache.Forget(Scope);

        Assert.Null(_cache.Get(Scope));
    }

    [Fact]
    public void Saved_WithZeroMegabytes_KeepsNothing()
    {
        using var off = NewCache(megabytes: 0);

        off.Saved(Scope, Written("W/\"1\""), addIfAbsent: true);

        Assert.False(off.IsEnabled);
        Assert.Null(off.Get(Scope));
        Assert.False(off.Conflicted(Scope, Written("W/\"1\"")));
    }

    [Fact]
    public void Fill_CountsTheScopesHeldAndTheirSizeAsTheLimitCountsIt()
    {
        var first = Written("W/\"1\"", bytes: 1000);
        var second = Written("W/\"2\"", bytes: 3000);

        _cache.Saved(Scope, first, addIfAbsent: true);
        _cache.Saved(StateScope.ForUser("tenant", "other"), second, addIfAbsent: true);
        var both = _cache.Fill;
        _cache.Forget(Scope);

        Assert.Equal(new StateCacheFill(first.Size + second.Size, 2), both);
        Assert.Equal(new StateCacheFill(second.Size, 1), _cache.Fill);
    }

    [Fact]
    public void Fill_WithTheCacheOff_IsNull()
    {
        using var off = NewCache(megabytes: 0);

        Assert.Null(off.Fill);
    }

    [Fact]
    public void Fill_IsPublishedAsGaugesOnTheStorageMeter()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var cache = new StateCache(
            Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", StateCacheMegabytes = 1 }), _time, new StorageMetrics(factory));
        var written = Written("W/\"1\"", bytes: 500);
        cache.Saved(Scope, written, addIfAbsent: true);
        var observed = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this factory's meter: other tests publish the same meter name from their own factories.
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == StorageMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => observed[instrument.Name] = value);
        listener.Start();

        listener.RecordObservableInstruments();

        Assert.Equal(written.Size, observed[StorageMetrics.StateCacheSizeInstrument]);
        Assert.Equal(1, observed[StorageMetrics.StateCacheEntriesInstrument]);
    }

    [Fact]
    public void CachedState_KeepsItsOwnCopyOfTheDocuments()
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal) { ["plan"] = StoredDocument.Binary("{}"u8.ToArray()) };
        var cached = new CachedState("W/\"1\"", documents);

        documents["plan"] = StoredDocument.Binary("{\"changed\":true}"u8.ToArray());
        documents["dialogs"] = StoredDocument.Binary("{}"u8.ToArray());

        Assert.Equal("{}"u8.ToArray(), cached.Documents["plan"].Utf8.ToArray());
        Assert.False(cached.Documents.ContainsKey("dialogs"));
    }

    private StateCache NewCache(int megabytes) =>
        new(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", StateCacheMegabytes = megabytes }), _time);

    private static CachedState Written(string eTag, int bytes = 100) =>
        new(eTag, new Dictionary<string, StoredDocument>(StringComparer.Ordinal)
        {
            ["plan"] = StoredDocument.Binary(new byte[bytes]),
        });
}
