using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class StateSetTests
{
    [Fact]
    public void TryGetUtf8_LoadedDocument_GivesTheStoredBytesWithoutParsing()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"title":"سلام"}""");
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8("plan", bytes, "W/\"1\"")]);

        var found = state.TryGetUtf8("plan", out var utf8);

        Assert.True(found);
        Assert.True(utf8.Span.SequenceEqual(bytes));
        Assert.False(state.Find("plan")!.IsParsed);
    }

    [Fact]
    public void Get_LoadedDocument_ParsesOnceAndTheNodeIsTheDocumentFromThen()
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8("plan", Encoding.UTF8.GetBytes("""{"step":1}"""), "W/\"1\"")]);

        var first = state.Get("plan")!;
        first["step"] = 2;
        var second = state.Get("plan");
        state.TryGetUtf8("plan", out var utf8);

        Assert.Same(first, second);
        Assert.True(state.Find("plan")!.IsParsed);
        Assert.Equal("""{"step":2}""", Encoding.UTF8.GetString(utf8.Span));
        Assert.False(state.HasChanges);
    }

    [Fact]
    public void TryGetUtf8_ParsedPersianDocument_WritesItUnescaped()
    {
        var state = new StateSet(TestScopes.Default, []);
        state.Set("profile", new JsonObject { ["name"] = "سارا \"س\"" });

        state.TryGetUtf8("profile", out var utf8);

        Assert.Equal("""{"name":"سارا \"س\""}""", Encoding.UTF8.GetString(utf8.Span));
    }

    [Fact]
    public void SetUtf8_ReplacesAParsedDocumentAndMarksItDirty()
    {
        var state = new StateSet(TestScopes.Default, [new StateDocument("plan", new JsonObject { ["step"] = 1 }, "W/\"1\"")]);
        var version = state.Find("plan")!.Version;

        state.SetUtf8("plan", Encoding.UTF8.GetBytes("""{"step":5}"""));

        var document = state.Find("plan")!;
        Assert.True(document.IsDirty);
        Assert.False(document.IsParsed);
        Assert.NotEqual(version, document.Version);
        Assert.Equal(5, state.Get("plan")!["step"]!.GetValue<int>());
    }

    [Fact]
    public void Remove_UnparsedDocument_DeletesItWithoutParsing()
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8("plan", Encoding.UTF8.GetBytes("not json at all"), "W/\"1\"")]);

        state.Remove("plan");

        Assert.False(state.Find("plan")!.Exists);
        Assert.False(state.TryGetUtf8("plan", out _));
        Assert.Null(state.Get("plan"));
        Assert.True(state.HasChanges);
    }

    [Fact]
    public void Get_StoredJsonThatIsNotAnObject_ThrowsInvalidData()
    {
        var state = new StateSet(TestScopes.Default, [StateDocument.FromUtf8("plan", Encoding.UTF8.GetBytes("[1,2]"), "W/\"1\"")]);

        var ex = Assert.Throws<InvalidDataException>(() => state.Get("plan"));

        Assert.Contains("\"plan\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetUtf8_Empty_Throws()
    {
        var state = new StateSet(TestScopes.Default, []);

        Assert.Throws<ArgumentException>(() => state.SetUtf8("plan", ReadOnlyMemory<byte>.Empty));
        Assert.False(state.HasChanges);
    }
}
