using System.Globalization;
using StrategyBot.Domain.Smart;
using Xunit.Abstractions;

namespace StrategyBot.Domain.Tests.Smart;

/// <summary>
/// The second labelled set (issue 15), written before any rule was changed for it. Its first-run scores are recorded
/// in the README ("Reading objectives"); the floors below are those scores, so a rule change that reads these
/// objectives worse fails here, while the goals (95 % on S, M and T, deadlines within 3 days and targets within 1 %
/// on 95 %) are what the next rule work aims for.
/// </summary>
public sealed class SmartBlindSetTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledRow> Rows =
        LabelledRow.Load(Path.Combine(AppContext.BaseDirectory, "Smart", "SmartBlindSet2.tsv"));

    [Fact]
    public void BlindSet_IsAtLeastOneHundredObjectivesHalfPersian()
    {
        Assert.True(Rows.Count >= 100, $"The blind set needs at least 100 objectives, has {Rows.Count}.");
        Assert.Equal(Rows.Count(r => r.Language == "en"), Rows.Count(r => r.Language == "fa"));
        Assert.Equal(Rows.Count, Rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Assess_BlindSet_ReportsAgreementPerCriterionAndLanguage()
    {
        var score = BlindSetScore.Of(Rows);

        foreach (var language in new string?[] { null, "en", "fa" })
        {
            var name = language ?? "all";
            var criteria = string.Join("  ", Enum.GetValues<SmartCriterion>().Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"{c.ToString()[0]} {score.Agreement(c, language):P1}")));
            Report(string.Create(CultureInfo.InvariantCulture,
                $"{name} ({score.Count(language)}): {criteria}  metric {score.Metrics(language):P1}  deadline±3d {score.DeadlinesWithin(3, language):P1}  target±1% {score.TargetsWithin(0.01, language):P1}"));
        }

        Report("agreeing rows: " + string.Join(", ", Enum.GetValues<SmartCriterion>().Select(c => $"{c} {score.Agreed(c)}")));
        foreach (var line in score.Disagreements())
        {
            Report("  " + line);
        }

        Assert.Equal(Rows.Count, score.Count());
    }

    // The first run (2026-12-07, rules as of 39833cf), in rows of 104 that agree: the floor, not the goal.
    [Theory]
    [InlineData(SmartCriterion.Specific, 81)]
    [InlineData(SmartCriterion.Measurable, 38)]
    [InlineData(SmartCriterion.Attainable, 30)]
    [InlineData(SmartCriterion.Relevant, 92)]
    [InlineData(SmartCriterion.TimeBound, 91)]
    public void Assess_BlindSet_AgreesAtLeastAsWellAsTheFirstRun(SmartCriterion criterion, int firstRun)
    {
        var score = BlindSetScore.Of(Rows);

        Assert.True(score.Agreed(criterion) >= firstRun, $"{criterion}: {score.Agreed(criterion)} of {Rows.Count} agree, the first run had {firstRun}");
    }

    // After the definition change of 2026-12-08 (training data by then): the floor for later rule work.
    [Theory]
    [InlineData(SmartCriterion.Specific, 98)]
    [InlineData(SmartCriterion.Measurable, 95)]
    [InlineData(SmartCriterion.Attainable, 100)]
    [InlineData(SmartCriterion.Relevant, 99)]
    [InlineData(SmartCriterion.TimeBound, 104)]
    public void Assess_BlindSet_AgreesAtLeastAsWellAsAfterTheDefinitionChange(SmartCriterion criterion, int afterChange)
    {
        var score = BlindSetScore.Of(Rows);

        Assert.True(score.Agreed(criterion) >= afterChange, $"{criterion}: {score.Agreed(criterion)} of {Rows.Count} agree, after the definition change {afterChange} did");
    }

    [Fact]
    public void Assess_BlindSet_ReadsDeadlinesAndTargetsAtLeastAsWellAsTheFirstRun()
    {
        var score = BlindSetScore.Of(Rows);

        Assert.True(score.DeadlinesWithin(3) >= 0.84, $"deadlines within 3 days: {score.DeadlinesWithin(3):P1}");
        Assert.True(score.TargetsWithin(0.01) >= 0.80, $"targets within 1 %: {score.TargetsWithin(0.01):P1}");
        Assert.True(score.Metrics() >= 0.89, $"metrics: {score.Metrics():P1}");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
