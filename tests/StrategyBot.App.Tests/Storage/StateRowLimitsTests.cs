using StrategyBot.App.Storage;

namespace StrategyBot.App.Tests.Storage;

public sealed class StateRowLimitsTests
{
    [Fact]
    public void EnsureFits_TypicalScope_DoesNotThrow()
    {
        var documents = new Dictionary<string, string[]>
        {
            ["plan"] = StateEntity.Split(new string('x', 300_000)),
            ["dialogs"] = ["{\"step\":3}"],
            ["processed"] = [new string('y', 3_000)],
        };

        var ex = Record.Exception(() => StateRowLimits.EnsureFits("tenant|u|user", documents));

        Assert.Null(ex);
    }

    [Fact]
    public void EnsureFits_OverOneMiB_ThrowsNamingTheLargestDocuments()
    {
        var documents = new Dictionary<string, string[]>
        {
            ["plan"] = StateEntity.Split(new string('x', 400_000)),
            ["interview"] = StateEntity.Split(new string('y', 150_000)),
            ["dialogs"] = ["{\"step\":3}"],
            ["notes"] = StateEntity.Split(new string('z', 20_000)),
        };

        var ex = Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", documents));

        Assert.Contains("\"plan\" (400,000 characters of JSON), \"interview\" (150,000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"notes\"", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"dialogs\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureFits_JustUnderAndJustOverTheByteLimit_DecidesByTheEstimate()
    {
        // 4 + 2 * (2 + 5) for the keys, 8 + 2 * 3 + 4 for "C_a", 8 + 2 * 4 + 4 for each "Dn_a" plus 2 bytes a character.
        const long Fixed = 4 + 14 + 18;
        var chunksFor = (long bytes) =>
        {
            var characters = (bytes - Fixed - 20) / 2;
            return new Dictionary<string, string[]> { ["a"] = [new string('x', (int)characters)] };
        };

        var atLimit = chunksFor(StateRowLimits.MaxEntityBytes);
        var overLimit = chunksFor(StateRowLimits.MaxEntityBytes + 2);

        Assert.Null(Record.Exception(() => StateRowLimits.EnsureFits("pk", atLimit)));
        Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", overLimit));
    }

    [Fact]
    public void EnsureFits_MoreThan252Properties_Throws()
    {
        var documents = Enumerable.Range(0, 127).ToDictionary(i => $"doc{i}", _ => StateEntity.Split("{}"));

        var ex = Assert.Throws<StateTooLargeException>(() => StateRowLimits.EnsureFits("pk", documents));

        Assert.Contains("254 table properties", ex.Message, StringComparison.Ordinal);
        Assert.Null(Record.Exception(() => StateRowLimits.EnsureFits("pk", documents.Take(126).ToDictionary())));
    }
}
