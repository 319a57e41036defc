using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class StateEntityTests
{
    [Fact]
    public void Write_OneChunkDocument_SendsItsOwnArrayAsOneBinaryProperty()
    {
        var utf8 = Encoding.UTF8.GetBytes("{\"title\":\"سلام\"}");
        var entity = new TableEntity("pk", StateEntity.StateRowKey);

        StateEntity.Write(entity, "plan", StoredDocument.Binary(utf8));

        Assert.Equal(1, entity.GetInt32("C_plan"));
        Assert.Same(utf8, entity["D0_plan"]);
    }

    [Fact]
    public void ToEntity_SeveralDocuments_OneRowWithACountAndBinaryChunksPerDocument()
    {
        var plan = Encoding.UTF8.GetBytes(new JsonObject { ["long"] = new string('x', StateEntity.ChunkBytes * 2) + "\uD83D\uDE00 سلام" }.ToJsonString());
        var documents = new Dictionary<string, StoredDocument>
        {
            ["plan"] = StoredDocument.Binary(plan),
            ["dialogs"] = StoredDocument.Binary("{\"step\":2}"u8.ToArray()),
        };

        var entity = StateEntity.ToEntity("pk", documents);

        Assert.Equal(StateEntity.StateRowKey, entity.RowKey);
        Assert.Equal(3, entity.GetInt32("C_plan"));
        Assert.Equal(1, entity.GetInt32("C_dialogs"));
        Assert.Equal("{\"step\":2}"u8.ToArray(), entity.GetBinary("D0_dialogs"));
        Assert.Equal(StateEntity.ChunkBytes, entity.GetBinary("D0_plan")!.Length);
        byte[] joined = [.. entity.GetBinary("D0_plan")!, .. entity.GetBinary("D1_plan")!, .. entity.GetBinary("D2_plan")!];
        Assert.Equal(plan, joined);
        Assert.Equal(
            ["C_dialogs", "C_plan", "D0_dialogs", "D0_plan", "D1_plan", "D2_plan"],
            entity.Keys.Where(k => k is not ("PartitionKey" or "RowKey")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadDocuments_WrittenRow_GivesBackEveryDocumentAndIgnoresOtherProperties()
    {
        var plan = Encoding.UTF8.GetBytes(new JsonObject { ["long"] = new string('x', StateEntity.ChunkBytes * 2) + "\uD83D\uDE00 سلام" }.ToJsonString());
        var checkIns = "{\"week\":\"2027-W10\"}"u8.ToArray();
        var entity = StateEntity.ToEntity("pk", new Dictionary<string, StoredDocument>
        {
            ["plan"] = StoredDocument.Binary(plan),
            ["check-ins_v2"] = StoredDocument.Binary(checkIns),
        });
        entity["Chunks"] = 1;
        entity["Data0"] = "{}";

        var documents = StateEntity.ReadDocuments(entity);

        Assert.Equal(["check-ins_v2", "plan"], documents.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(plan, documents["plan"].Utf8.ToArray());
        Assert.Equal(3, documents["plan"].ChunkCount);
        Assert.Equal(checkIns, documents["check-ins_v2"].Utf8.ToArray());
    }

    [Fact]
    public void ReadDocuments_StringChunkOfAPreReleaseRow_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", StateEntity.StateRowKey) { ["C_plan"] = 1, ["D0_plan"] = "{\"title\":\"سلام\"}" };

        var ex = Assert.Throws<InvalidDataException>(() => StateEntity.ReadDocuments(entity));

        Assert.Contains("not binary", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"plan\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDocuments_MissingChunk_ThrowsInvalidData()
    {
        var entity = new TableEntity("pk", StateEntity.StateRowKey) { ["C_plan"] = 2, ["D0_plan"] = "{\"a\":"u8.ToArray() };

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

    [Theory]
    [InlineData(2, 1)]
    [InlineData(StateEntity.ChunkBytes, 1)]
    [InlineData(StateEntity.ChunkBytes + 1, 2)]
    [InlineData(StateEntity.ChunkBytes * 3, 3)]
    public void Binary_Length_NeedsWholeChunksOfChunkBytes(int length, int chunks)
    {
        var document = StoredDocument.Binary(new byte[length]);

        Assert.Equal(chunks, document.ChunkCount);
        Assert.Equal(length, document.Utf8.Length);
    }
}
