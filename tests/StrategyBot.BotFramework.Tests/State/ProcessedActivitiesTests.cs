using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class ProcessedActivitiesTests
{
    [Fact]
    public void WasProcessed_NewActivity_IsFalse()
    {
        var state = new StateSet(TestScopes.Default, []);

        var processed = ProcessedActivities.WasProcessed(state, "a1");

        Assert.False(processed);
    }

    [Fact]
    public void MarkProcessed_ThenWasProcessed_IsTrue()
    {
        var state = new StateSet(TestScopes.Default, []);

        ProcessedActivities.MarkProcessed(state, "a1");

        Assert.True(ProcessedActivities.WasProcessed(state, "a1"));
        Assert.False(ProcessedActivities.WasProcessed(state, "a2"));
        Assert.True(state.HasChanges);
    }

    [Theory]
    [InlineData("{\"ids\":[{\"id\":\"a-1\"},{\"id\":")]
    [InlineData("not json at all")]
    [InlineData("{\"ids\":[{\"id\":\"a-1\"]}")]
    public void MarkProcessed_UnreadableDocument_StartsAFreshListInsteadOfFailing(string stored)
    {
        var state = new StateSet(TestScopes.Default, []);
        state.SetUtf8(ProcessedActivities.DocumentName, System.Text.Encoding.UTF8.GetBytes(stored));

        var before = ProcessedActivities.WasProcessed(state, "b-2");
        ProcessedActivities.MarkProcessed(state, "b-2");

        Assert.False(before);
        Assert.True(ProcessedActivities.WasProcessed(state, "b-2"));
        var ids = state.Get(ProcessedActivities.DocumentName)!["ids"]!.AsArray();
        Assert.Equal("b-2", Assert.Single(ids)!["id"]!.GetValue<string>());
    }

    [Fact]
    public void MarkProcessed_MoreThanCapacity_KeepsOnlyTheNewest()
    {
        var state = new StateSet(TestScopes.Default, []);

        for (var i = 0; i < ProcessedActivities.Capacity + 10; i++)
        {
            ProcessedActivities.MarkProcessed(state, $"a{i}");
        }

        var ids = (JsonArray)state.Get(ProcessedActivities.DocumentName)!["ids"]!;
        Assert.Equal(ProcessedActivities.Capacity, ids.Count);
        Assert.False(ProcessedActivities.WasProcessed(state, "a9"));
        Assert.True(ProcessedActivities.WasProcessed(state, "a10"));
        Assert.True(ProcessedActivities.WasProcessed(state, $"a{ProcessedActivities.Capacity + 9}"));
    }

    [Fact]
    public void MarkProcessed_SameIdTwice_StoresItOnce()
    {
        var state = new StateSet(TestScopes.Default, []);

        ProcessedActivities.MarkProcessed(state, "a1");
        ProcessedActivities.MarkProcessed(state, "a1");

        Assert.Single((JsonArray)state.Get(ProcessedActivities.DocumentName)!["ids"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void MarkProcessed_MissingId_ChangesNothing(string? activityId)
    {
        var state = new StateSet(TestScopes.Default, []);

        ProcessedActivities.MarkProcessed(state, activityId);

        Assert.False(state.HasChanges);
        Assert.False(ProcessedActivities.WasProcessed(state, activityId));
    }

    [Fact]
    public void MarkProcessed_LoadedDocument_EditsItInPlaceAndKeepsTheNewest()
    {
        var ids = new JsonArray();
        for (var i = 0; i < ProcessedActivities.Capacity; i++)
        {
            ids.Add(new JsonObject { ["id"] = $"a{i}", ["at"] = "2027-03-01T09:00:00.0000000+00:00" });
        }

        var loaded = (JsonObject)JsonNode.Parse(new JsonObject { ["ids"] = ids }.ToJsonString())!;
        var state = new StateSet(TestScopes.Default, [new StateDocument(ProcessedActivities.DocumentName, loaded, "W/\"1\"")]);

        ProcessedActivities.MarkProcessed(state, "new");

        var stored = state.Get(ProcessedActivities.DocumentName)!;
        var kept = (JsonArray)stored["ids"]!;
        Assert.Same(loaded, stored);
        Assert.True(state.HasChanges);
        Assert.Equal(ProcessedActivities.Capacity, kept.Count);
        Assert.Equal("a1", kept[0]!["id"]!.GetValue<string>());
        Assert.Equal("new", kept[^1]!["id"]!.GetValue<string>());
        Assert.Equal("2027-03-01T09:00:00.0000000+00:00", kept[0]!["at"]!.GetValue<string>());
        Assert.Equal("""{"id":"new"}""", kept[^1]!.ToJsonString());
        Assert.False(ProcessedActivities.WasProcessed(state, "a0"));
        Assert.True(ProcessedActivities.WasProcessed(state, "a1"));
        Assert.True(ProcessedActivities.WasProcessed(state, "new"));
    }

    [Fact]
    public void MarkProcessed_LoadedDocumentWithJunkEntries_DropsThemAsBefore()
    {
        var loaded = (JsonObject)JsonNode.Parse("""{"ids":[null,{"id":"a1","at":"x"},"stray",{"id":"a2","at":"y"}]}""")!;
        var state = new StateSet(TestScopes.Default, [new StateDocument(ProcessedActivities.DocumentName, loaded, "W/\"1\"")]);

        ProcessedActivities.MarkProcessed(state, "a3");

        var ids = ((JsonArray)state.Get(ProcessedActivities.DocumentName)!["ids"]!).Select(e => e!["id"]!.GetValue<string>());
        Assert.Equal(["a1", "a2", "a3"], ids);
    }

    [Fact]
    public void WasProcessed_LoadedDocument_MatchesOnlyAnEntrysOwnId()
    {
        var loaded = (JsonObject)JsonNode.Parse("""
            {"ids":[{"id":"a\u0031"},{"id":42},{"at":"no id"},"b1",{"nested":{"id":"c1"}},{"id":{"id":"d1"}},{"id":"\"q\""}]}
            """)!;
        var state = new StateSet(TestScopes.Default, [new StateDocument(ProcessedActivities.DocumentName, loaded, "W/\"1\"")]);

        Assert.True(ProcessedActivities.WasProcessed(state, "a1"));
        Assert.True(ProcessedActivities.WasProcessed(state, "42"));
        Assert.True(ProcessedActivities.WasProcessed(state, "\"q\""));
        Assert.False(ProcessedActivities.WasProcessed(state, "a"));
        Assert.False(ProcessedActivities.WasProcessed(state, "b1"));
        Assert.False(ProcessedActivities.WasProcessed(state, "c1"));
        Assert.False(ProcessedActivities.WasProcessed(state, "d1"));
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task MarkProcessed_AfterSaveAndReload_KeepsTheDedupeAcrossTurns()
    {
        var store = new InMemoryStateStore();
        for (var turn = 0; turn < ProcessedActivities.Capacity + 5; turn++)
        {
            var state = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
            ProcessedActivities.MarkProcessed(state, $"a{turn}");
            await store.SaveAsync(state, CancellationToken.None);
        }

        var reloaded = await store.LoadAsync(TestScopes.Default, CancellationToken.None);

        Assert.Equal(ProcessedActivities.Capacity, ((JsonArray)reloaded.Get(ProcessedActivities.DocumentName)!["ids"]!).Count);
        Assert.False(ProcessedActivities.WasProcessed(reloaded, "a4"));
        Assert.True(ProcessedActivities.WasProcessed(reloaded, "a5"));
        Assert.True(ProcessedActivities.WasProcessed(reloaded, $"a{ProcessedActivities.Capacity + 4}"));
    }

    [Fact]
    public async Task SameActivityOnTwoInstances_OnlyOneSaveWins_AndTheRedeliveryIsRecognised()
    {
        var store = new InMemoryStateStore();
        var instanceA = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        var instanceB = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        Assert.False(ProcessedActivities.WasProcessed(instanceA, "a1"));
        Assert.False(ProcessedActivities.WasProcessed(instanceB, "a1"));
        ProcessedActivities.MarkProcessed(instanceA, "a1");
        ProcessedActivities.MarkProcessed(instanceB, "a1");
        await store.SaveAsync(instanceA, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(instanceB, CancellationToken.None));

        var reloaded = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        Assert.True(ProcessedActivities.WasProcessed(reloaded, "a1"));
    }

    [Fact]
    public async Task MarkProcessed_AfterRoundTrip_KeepsEarlierIds()
    {
        var store = new InMemoryStateStore();
        var first = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        ProcessedActivities.MarkProcessed(first, "a1");
        await store.SaveAsync(first, CancellationToken.None);

        var second = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        ProcessedActivities.MarkProcessed(second, "a2");
        await store.SaveAsync(second, CancellationToken.None);

        var third = await store.LoadAsync(TestScopes.Default, CancellationToken.None);
        Assert.True(ProcessedActivities.WasProcessed(third, "a1"));
        Assert.True(ProcessedActivities.WasProcessed(third, "a2"));
    }

    [Fact]
    public void MarkProcessed_UnparsedDocument_RewritesItsUtf8KeepingEntriesAsStored()
    {
        var entries = Enumerable.Range(0, ProcessedActivities.Capacity).Select(i => $$"""{"id":"a{{i}}","at":"t{{i}}"}""");
        var json = $$"""{"ids":[null,"stray",{{string.Join(",", entries)}}]}""";
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(ProcessedActivities.DocumentName, Encoding.UTF8.GetBytes(json), "W/\"1\"")]);

        ProcessedActivities.MarkProcessed(state, "جدید");

        Assert.False(state.Find(ProcessedActivities.DocumentName)!.IsParsed);
        Assert.True(state.HasChanges);
        state.TryGetUtf8(ProcessedActivities.DocumentName, out var utf8);
        var expected = $$"""{"ids":[{{string.Join(",", entries.Skip(1))}},{"id":"جدید"}]}""";
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8.Span));
        Assert.True(ProcessedActivities.WasProcessed(state, "جدید"));
        Assert.False(ProcessedActivities.WasProcessed(state, "a0"));
    }

    [Fact]
    public void WasProcessed_UnparsedDocument_ScansOnlyTheIdsOfEntries()
    {
        var json = """{"other":{"id":"x1"},"ids":[{"id":"a\u0031"},{"nested":{"id":"c1"}},{"id":7}]}""";
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(ProcessedActivities.DocumentName, Encoding.UTF8.GetBytes(json), "W/\"1\"")]);

        Assert.True(ProcessedActivities.WasProcessed(state, "a1"));
        Assert.True(ProcessedActivities.WasProcessed(state, "7"));
        Assert.False(ProcessedActivities.WasProcessed(state, "x1"));
        Assert.False(ProcessedActivities.WasProcessed(state, "c1"));
        Assert.False(state.Find(ProcessedActivities.DocumentName)!.IsParsed);
    }
}
