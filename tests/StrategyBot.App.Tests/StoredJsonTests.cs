using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;

namespace StrategyBot.App.Tests;

// Not under Conversation/: see TurnStateTests.
public sealed class StoredJsonTests
{
    [Theory]
    [InlineData("""{"at":"2027-03-01T09:00:00+00:00"}""", """{"at":"2027-03-01T09:00:00\u002B00:00"}""")]
    [InlineData("""{"name":"\u0633\u0627\u0631\u0627"}""", """{"name":"سارا"}""")]
    [InlineData("""{"text":"say \"hi\" \\ C++"}""", """{"text":"say \u0022hi\u0022 \u005C C\u002B\u002B"}""")]
    [InlineData("""{"n":13000,"list":[1,true,null,{"a":[]}]}""", """{"n":13000,"list":[1,true,null,{"a":[]}]}""")]
    public void Matches_SameContentEscapedDifferently_IsTrue(string stored, string fresh)
    {
        var matches = StoredJson.Matches(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(fresh));

        Assert.True(matches);
    }

    [Theory]
    [InlineData("""{"a":1,"b":{"c":"x","d":2}}""", """{"b":{"d":2,"c":"x"},"a":1}""")]
    [InlineData("""{"n":1.0}""", """{"n":1}""")]
    [InlineData("""{"a":""", """{"a":1}""")]
    public void Matches_OtherOrderSpellingOrBrokenStoredJson_CountsAsAChange(string stored, string fresh)
    {
        // Deliberate: telling these apart would take parsing both sides; the serializer writes a type the same way
        // every time, so such a document is written once more and matches from then on.
        var matches = StoredJson.Matches(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(fresh));

        Assert.False(matches);
    }

    [Theory]
    [InlineData("""{"a":"x"}""", """{"a":"y"}""")]
    [InlineData("""{"a":"x"}""", """{"a":"x","b":null}""")]
    [InlineData("""{"n":1.5}""", """{"n":1}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [InlineData("""{"a":"long \u0633"}""", """{"a":"long \u0634"}""")]
    public void Matches_DifferentContent_IsFalse(string stored, string fresh)
    {
        var matches = StoredJson.Matches(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(fresh));

        Assert.False(matches);
    }

    [Fact]
    public void Matches_LongEscapedStringsOnBothSides_ComparesTheirText()
    {
        var text = string.Concat(Enumerable.Repeat("\"سلام\" ", 200));
        var stored = Encoding.UTF8.GetBytes(new JsonObject { ["text"] = text }.ToJsonString());
        var escapedOtherwise = Encoding.UTF8.GetBytes(new JsonObject { ["text"] = text }.ToJsonString().Replace("\\u0022", "\\\"", StringComparison.Ordinal));

        var same = StoredJson.Matches(stored, escapedOtherwise);
        var other = StoredJson.Matches(stored, Encoding.UTF8.GetBytes(new JsonObject { ["text"] = text + "!" }.ToJsonString()));

        Assert.True(same);
        Assert.False(other);
    }
}
