using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;

namespace StrategyBot.App.Tests;

// Not under Conversation/: see StateDocumentsTests.
public sealed class StoredJsonTests
{
    [Theory]
    [InlineData("""{"at":"2027-03-01T09:00:00+00:00"}""", """{"at":"2027-03-01T09:00:00\u002B00:00"}""")]
    [InlineData("""{"name":"\u0633\u0627\u0631\u0627"}""", """{"name":"سارا"}""")]
    [InlineData("""{"text":"say \"hi\" \\ C++"}""", """{"text":"say \u0022hi\u0022 \u005C C\u002B\u002B"}""")]
    [InlineData("""{"n":13000,"list":[1,true,null,{"a":[]}]}""", """{"n":13000,"list":[1,true,null,{"a":[]}]}""")]
    [InlineData("""{"a":1,"b":{"c":"x","d":2}}""", """{"b":{"d":2,"c":"x"},"a":1}""")]
    [InlineData("""{"n":1.0}""", """{"n":1}""")]
    public void Matches_SameContentWrittenDifferently_IsTrue(string stored, string fresh)
    {
        var node = JsonNode.Parse(stored)!;

        var matches = StoredJson.Matches(node, Encoding.UTF8.GetBytes(fresh));

        Assert.True(matches);
    }

    [Theory]
    [InlineData("""{"a":"x"}""", """{"a":"y"}""")]
    [InlineData("""{"a":"x"}""", """{"a":"x","b":null}""")]
    [InlineData("""{"n":1.5}""", """{"n":1}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [InlineData("""{"a":"long \u0633"}""", """{"a":"long \u0634"}""")]
    public void Matches_DifferentContent_IsFalse(string stored, string fresh)
    {
        var node = JsonNode.Parse(stored)!;

        var matches = StoredJson.Matches(node, Encoding.UTF8.GetBytes(fresh));

        Assert.False(matches);
    }

    [Fact]
    public void Matches_LongEscapedStringsOnBothSides_ComparesTheirText()
    {
        var text = string.Concat(Enumerable.Repeat("\"سلام\" ", 200));
        var stored = JsonNode.Parse(new JsonObject { ["text"] = text }.ToJsonString())!;

        var same = StoredJson.Matches(stored, Encoding.UTF8.GetBytes(new JsonObject { ["text"] = text }.ToJsonString()));
        var other = StoredJson.Matches(stored, Encoding.UTF8.GetBytes(new JsonObject { ["text"] = text + "!" }.ToJsonString()));

        Assert.True(same);
        Assert.False(other);
    }
}
