using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class StateRowLimitsTests
{
    [Fact]
    public void EnsureFits_TypicalScope_DoesNotThrow()
    {
        var documents = new Dictionary<string, StoredDocument>
        {
            ["plan"] = Binary(600_000),
            ["dialogs"] = StoredDocument.Binary("{\"step\":3}"u8.ToArray()),
            ["processed"] = Binary(3_000),
        };

        var ex = Record.Exception(() => StateRowLimits.EnsureFits("tenant|u|user", documents));

        Assert.Null(ex);
    }

    [Fact]
    public void EnsureFits_OverOneMiB_ThrowsNamingTheLargestDocumentsInBytes()
    {
        var documents = new Dictionary<string, StoredDocument>
        {
            ["plan"] = Binary(800_000),
            ["interview"] = Binary(300_000),
            ["dialogs"] = StoredDocument.Binary("{\"step\":3}"u8.ToArray()),
            ["notes"] = Binary(20_000),
        };

        var ex = Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", documents));

        Assert.Contains("\"plan\" (800,000 bytes of JSON), \"interview\" (300,000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"notes\"", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"dialogs\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureFits_JustUnderAndJustOverTheByteLimit_DecidesByTheEstimate()
    {
        // 4 + 2 * (2 + 5) for the keys, 8 + 2 * 3 + 4 for "C_a", then per chunk 8 + 2 * 4 (or 5 from "D10_a" on) + 4 plus its bytes.
        const long Fixed = 4 + 14 + 18;
        var chunks = (int)((StateRowLimits.MaxEntityBytes / StateEntity.ChunkBytes) + 1);
        var perChunk = (10 * 20L) + ((chunks - 10) * 22L);
        var bytes = (int)(StateRowLimits.MaxEntityBytes - Fixed - perChunk);

        var atLimit = new Dictionary<string, StoredDocument> { ["a"] = Binary(bytes) };
        var overLimit = new Dictionary<string, StoredDocument> { ["a"] = Binary(bytes + 1) };

        Assert.Equal(chunks, atLimit["a"].ChunkCount);
        Assert.Null(Record.Exception(() => StateRowLimits.EnsureFits("pk", atLimit)));
        Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", overLimit));
    }

    [Fact]
    public void EnsureFits_MoreThan252Properties_Throws()
    {
        var documents = Enumerable.Range(0, 127).ToDictionary(i => $"doc{i}", _ => StoredDocument.Binary("{}"u8.ToArray()));

        var ex = Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", documents));

        Assert.Contains("254 table properties", ex.Message, StringComparison.Ordinal);
        Assert.Contains("64,000 bytes of JSON", ex.Message, StringComparison.Ordinal);
        Assert.Null(Record.Exception(() => StateRowLimits.EnsureFits("pk", documents.Take(126).ToDictionary())));
    }

    private static StoredDocument Binary(int bytes) => StoredDocument.Binary(new byte[bytes]);
}
