using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class InMemoryStateStoreTests : StateStoreContractTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task SaveAsync_ContentChangedAfterSave_StoredCopyIsUnchanged()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var content = new JsonObject { ["answer"] = "first" };
        state.Set("plan", content);
        await _store.SaveAsync(state, CancellationToken.None);

        content["answer"] = "mutated in memory";

        var loaded = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        Assert.Equal("first", loaded.Get("plan")!["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task LoadAsync_InMemoryValue_ComesBackParsedFromJson()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.Set("plan", new JsonObject { ["target"] = 1.5m });
        await _store.SaveAsync(state, CancellationToken.None);

        var loaded = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);

        // A JsonValue wrapping a decimal refuses GetValue<double>; one parsed from JSON text accepts it, as with Tables.
        Assert.Equal(1.5, loaded.Get("plan")!["target"]!.GetValue<double>());
    }

    [Fact]
    public async Task SaveAsync_NothingDirty_IsNotARoundTrip()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.Set("plan", new JsonObject());
        await _store.SaveAsync(state, CancellationToken.None);

        await _store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(1, _store.SaveCount);
    }

    [Fact]
    public async Task LoadAsync_TwoLoads_ParseTheirOwnNodes()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.SetUtf8("plan", Encoding.UTF8.GetBytes("""{"answer":"first"}"""));
        await _store.SaveAsync(state, CancellationToken.None);
        var a = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var b = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);

        a.Get("plan")!["answer"] = "changed in one set";

        Assert.False(b.Find("plan")!.IsParsed);
        Assert.Equal("first", b.Get("plan")!["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_Utf8ThatIsNotAnObject_FailsAndWritesNothing()
    {
        var state = await _store.LoadAsync(TestScopes.Default, CancellationToken.None);
        state.Set("good", new JsonObject());
        state.SetUtf8("bad", Encoding.UTF8.GetBytes("[1]"));

        await Assert.ThrowsAsync<InvalidDataException>(() => _store.SaveAsync(state, CancellationToken.None));

        Assert.Empty((await _store.LoadAsync(TestScopes.Default, CancellationToken.None)).Documents);
        Assert.True(state.HasChanges);
    }

    protected override IStateStore CreateStore() => _store;
}
