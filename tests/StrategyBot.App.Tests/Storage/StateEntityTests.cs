using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Storage;

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

        Assert.Equal(3, chunks.Length);
        Assert.All(chunks, c => Assert.Equal(StateEntity.ChunkLength, c.Length));
    }

    [Fact]
    public void ToChunks_PersianText_IsStoredUnescaped()
    {
        var chunks = StateEntity.ToChunks(new JsonObject { ["title"] = "سلام" });

        Assert.Equal(["{\"title\":\"سلام\"}"], chunks);
    }

    [Fact]
    public void ToEntity_SeveralDocuments_OneRowWithACountAndChunksPerDocument()
    {
        var text = new string('x', StateEntity.ChunkLength * 2) + "\uD83D\uDE00 سلام";
        var documents = new Dictionary<string, string[]>
        {
            ["plan"] = StateEntity.ToChunks(new JsonObject { ["long"] = text }),
            ["dialogs"] = StateEntity.ToChunks(new JsonObject { ["step"] = 2 }),
        };

        var entity = StateEntity.ToEntity("pk", documents);

        Assert.Equal(StateEntity.StateRowKey, entity.RowKey);
        Assert.Equal(3, entity.GetInt32("C_plan"));
        Assert.Equal(1, entity.GetInt32("C_dialogs"));
        Assert.Equal("{\"step\":2}", entity.GetString("D0_dialogs"));
        Assert.Equal(documents["plan"][2], entity.GetString("D2_plan"));
        Assert.Equal(
            ["C_dialogs", "C_plan", "D0_dialogs", "D0_plan", "D1_plan", "D2_plan"],
            entity.Keys.Where(k => k is not ("PartitionKey" or "RowKey")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadDocuments_WrittenRow_GivesBackEveryDocumentAndIgnoresOtherProperties()
    {
        var text = new string('x', StateEntity.ChunkLength * 2) + "\uD83D\uDE00 سلام";
        var plan = new JsonObject { ["long"] = text };
        var entity = StateEntity.ToEntity("pk", new Dictionary<string, string[]>
        {
            ["plan"] = StateEntity.ToChunks(plan),
            ["check-ins_v2"] = StateEntity.ToChunks(new JsonObject { ["week"] = "2027-W10" }),
        });
        entity[LegacyStateRow.ChunksProperty] = 1;
        entity["Data0"] = "{}";

        var documents = StateEntity.ReadDocuments(entity);

        Assert.Equal(["check-ins_v2", "plan"], documents.Keys.Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(plan, StateEntity.Parse("plan", documents["plan"])));
        Assert.Equal("2027-W10", StateEntity.Parse("check-ins_v2", documents["check-ins_v2"])["week"]!.GetValue<string>());
    }

    [Fact]
    public void ReadDocuments_MissingChunk_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", StateEntity.StateRowKey) { ["C_plan"] = 2, ["D0_plan"] = "{\"a\":" };

        var ex = Assert.Throws<InvalidDataException>(() => StateEntity.ReadDocuments(entity));

        Assert.Contains("chunk 1 of 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"plan\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDocuments_ZeroChunkCount_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", StateEntity.StateRowKey) { ["C_plan"] = 0 };

        Assert.Throws<InvalidDataException>(() => StateEntity.ReadDocuments(entity));
    }

    [Fact]
    public void Parse_OneChunk_ParsesTheObject()
    {
        var content = StateEntity.Parse("plan", ["{\"title\":\"سلام\",\"steps\":[1,2]}"]);

        Assert.Equal("سلام", content["title"]!.GetValue<string>());
        Assert.Equal(2, content["steps"]!.AsArray().Count);
    }

    [Fact]
    public void Parse_ChunkThatIsNotAnObject_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => StateEntity.Parse("plan", ["[1,2]"]));
    }
}
