using System.Text;
using Azure.Data.Tables;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class LegacyStateRowTests
{
    [Fact]
    public void Document_RowOfTheOldLayout_GivesItsNameAndItsChunksJoinedAsUtf8()
    {
        var row = new TableEntity("pk", TableKeys.ToKey("plan/2026#q1"))
        {
            [LegacyStateRow.ChunksProperty] = 2,
            ["Data0"] = "{\"title\":",
            ["Data1"] = "\"سلام\"}",
        };

        var document = LegacyStateRow.Document(row);

        Assert.True(LegacyStateRow.IsLegacy(row));
        Assert.Equal("plan/2026#q1", LegacyStateRow.Name(row));
        Assert.Equal("{\"title\":\"سلام\"}", Encoding.UTF8.GetString(document.Utf8.Span));
        Assert.Equal(2, document.ChunkCount);
        Assert.False(document.IsBinary);
    }

    [Fact]
    public void Document_MissingChunk_ThrowsInvalidData()
    {
        var row = new TableEntity("pk", "plan") { [LegacyStateRow.ChunksProperty] = 2, ["Data0"] = "{\"a\":" };

        var ex = Assert.Throws<InvalidDataException>(() => LegacyStateRow.Document(row));

        Assert.Contains("Data1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLegacy_StateRow_IsFalse()
    {
        var row = StateEntity.ToEntity("pk", new Dictionary<string, StoredDocument> { ["plan"] = StoredDocument.Binary("{}"u8.ToArray()) });

        Assert.False(LegacyStateRow.IsLegacy(row));
    }
}
