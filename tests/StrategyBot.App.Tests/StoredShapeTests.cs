using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

/// <summary>
/// Users' stored documents must read the same whatever shape the C# types take: Fixtures/ holds a plan and a check-in
/// document written by the mutable classes that came before the immutable records, with every property filled in.
/// </summary>
public sealed class StoredShapeTests
{
    [Fact]
    public void Plan_FixtureWrittenByEarlierTypes_LoadsAndSavesByteForByte()
    {
        var stored = Fixture("plan.json");
        var loaded = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(TurnState.PlanDocument, stored, "W/\"1\"")]);
        var saved = new StateSet(TestScopes.Default, []);

        TurnState.Of(saved).SavePlan(TurnState.Of(loaded).Plan);

        Assert.True(saved.TryGetUtf8(TurnState.PlanDocument, out var written));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(stored), System.Text.Encoding.UTF8.GetString(written.Span));
    }

    [Fact]
    public void CheckIns_FixtureWrittenByEarlierTypes_LoadsAndSavesTheSameJson()
    {
        var stored = Fixture("checkins.json");
        var loaded = new StateSet(TestScopes.Default, [StateDocument.FromUtf8(CheckInDocuments.Name, stored, "W/\"1\"")]);
        var saved = new StateSet(TestScopes.Default, []);

        TurnState.Of(saved).UpdateCheckIns(_ => TurnState.Of(loaded).CheckIns);

        Assert.True(saved.TryGetUtf8(CheckInDocuments.Name, out var written));
        Assert.Equal(WithoutZone(stored).ToJsonString(), WithoutZone(written.ToArray()).ToJsonString());
    }

    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "StrategyBot.App.Tests", "Fixtures", name));

    // The slot's "zone" is the machine's TimeZoneInfo written out (names from its ICU data) and never read back: the
    // zone id is. Compared without it, so the test means the same on every machine.
    private static JsonNode WithoutZone(byte[] utf8)
    {
        var node = JsonNode.Parse(utf8)!;
        Assert.NotNull(node["slot"]!["zone"]);
        node["slot"]!.AsObject().Remove("zone");
        return node;
    }
}
