using Azure.Data.Tables;
using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class LegacyStateRowTests
{
    [Fact]
    public void Chunks_RowOfTheOldLayout_GivesItsNameAndChunksInOrder()
    {
        var row = new TableEntity("pk", TableKeys.ToKey("plan/2026#q1"))
        {
            [LegacyStateRow.ChunksProperty] = 2,
            ["Data0"] = "{\"title\":",
            ["Data1"] = "\"سلام\"}",
        };

        var chunks = LegacyStateRow.Chunks(row);

        Assert.True(LegacyStateRow.IsLegacy(row));
        Assert.Equal("plan/2026#q1", LegacyStateRow.Name(row));
        Assert.Equal(["{\"title\":", "\"سلام\"}"], chunks);
        Assert.Equal("سلام", StateEntity.Parse("plan", chunks)["title"]!.GetValue<string>());
    }

    [Fact]
    public void Chunks_MissingChunk_ThrowsInvalidData()
    {
        var row = new TableEntity("pk", "plan") { [LegacyStateRow.ChunksProperty] = 2, ["Data0"] = "{\"a\":" };

        var ex = Assert.Throws<InvalidDataException>(() => LegacyStateRow.Chunks(row));

        Assert.Contains("Data1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLegacy_StateRow_IsFalse()
    {
        var row = StateEntity.ToEntity("pk", new Dictionary<string, string[]> { ["plan"] = ["{}"] });

        Assert.False(LegacyStateRow.IsLegacy(row));
    }
}
