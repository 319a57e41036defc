using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.Storage;

public sealed class StateEntityTests
{
    [Fact]
    public void Split_SurrogatePairAtChunkBoundary_KeepsThePairTogether()
    {
        var text = new string('x', StateEntity.ChunkLength - 1) + "\uD83D\uDE00" + new string('y', 10);

        var chunks = StateEntity.Split(text);

        Assert.Equal(StateEntity.ChunkLength - 1, chunks[0].Length);
        Assert.StartsWith("\uD83D\uDE00", chunks[1], StringComparison.Ordinal);
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Split_ExactMultipleOfChunkLength_GivesFullChunksOnly()
    {
        var text = new string('x', StateEntity.ChunkLength * 3);

        var chunks = StateEntity.Split(text);

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(StateEntity.ChunkLength, c.Length));
    }

    [Fact]
    public void FromDocument_PersianText_IsStoredUnescaped()
    {
        var document = new StateDocument("plan", new JsonObject { ["title"] = "سلام" }, null);

        var entity = StateEntity.FromDocument("pk", document);

        Assert.Equal("{\"title\":\"سلام\"}", entity.GetString(StateEntity.DataPrefix + "0"));
        Assert.Equal(1, entity.GetInt32(StateEntity.ChunksProperty));
    }

    [Fact]
    public void ToDocument_MissingChunk_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", "plan") { [StateEntity.ChunksProperty] = 2, [StateEntity.DataPrefix + "0"] = "{\"a\":" };

        var ex = Assert.Throws<InvalidDataException>(() => StateEntity.ToDocument(entity));

        Assert.Contains("Data1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDocument_RowWithoutChunkCount_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", "plan") { ["Other"] = "x" };

        Assert.Throws<InvalidDataException>(() => StateEntity.ToDocument(entity));
    }

    [Fact]
    public void ToDocument_OneChunk_ParsesTheObjectWithItsETag()
    {
        var entity = new TableEntity("pk", "plan")
        {
            [StateEntity.ChunksProperty] = 1,
            [StateEntity.DataPrefix + "0"] = "{\"title\":\"سلام\",\"steps\":[1,2]}",
            ETag = new Azure.ETag("W/\"7\""),
        };

        var document = StateEntity.ToDocument(entity);

        Assert.Equal("plan", document.Name);
        Assert.Equal("W/\"7\"", document.ETag);
        Assert.Equal("سلام", document.Content!["title"]!.GetValue<string>());
        Assert.Equal(2, document.Content["steps"]!.AsArray().Count);
    }

    [Fact]
    public void ToDocument_ChunkedRow_JoinsTheChunksBackIntoTheDocument()
    {
        var text = new string('x', StateEntity.ChunkLength * 2) + "\uD83D\uDE00 سلام";
        var original = new StateDocument("plan", new JsonObject { ["long"] = text }, null);
        var entity = StateEntity.FromDocument("pk", original);

        var document = StateEntity.ToDocument(entity);

        Assert.Equal(3, entity.GetInt32(StateEntity.ChunksProperty));
        Assert.Equal(text, document.Content!["long"]!.GetValue<string>());
    }

    [Fact]
    public void ToDocument_OneChunkThatIsNotAnObject_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", "plan") { [StateEntity.ChunksProperty] = 1, [StateEntity.DataPrefix + "0"] = "[1,2]" };

        Assert.Throws<InvalidDataException>(() => StateEntity.ToDocument(entity));
    }
}
