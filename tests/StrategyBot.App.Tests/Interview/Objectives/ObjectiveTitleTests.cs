using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class ObjectiveTitleTests
{
    private static readonly SmartContext Context = new() { Today = ObjectiveTestKit.Today };

    [Theory]
    [InlineData(Language.English, "Grow Instagram followers from 8,500 to 11,000 by 31 March 2027")]
    [InlineData(Language.Persian, "افزایش دنبال‌کننده اینستاگرام از ۸٬۵۰۰ به ۱۱٬۰۰۰ تا ۱۱ فروردین ۱۴۰۶")]
    public void Build_LevelWithBaseline_GrowsFromTheBaselineToTheTargetByTheDeadline(Language language, string expected)
    {
        var draft = Draft(ObjectiveMetric.Followers, Platform.Instagram, 8_500m, 11_000m, new DateOnly(2027, 3, 31));

        var title = ObjectiveTitle.Build(language, draft, SmartCheck.Assess(draft, Context));

        Assert.Equal(expected, title);
    }

    [Fact]
    public void Build_ThenCheckedAgainAsText_ReadsTheSameObjective()
    {
        var draft = Draft(ObjectiveMetric.Followers, Platform.Instagram, 8_500m, 11_000m, new DateOnly(2027, 3, 31));
        var title = ObjectiveTitle.Build(Language.English, draft, SmartCheck.Assess(draft, Context))!;

        var read = SmartCheck.Assess(title, Context);

        Assert.Equal((ObjectiveMetric.Followers, Platform.Instagram, 8_500m, 11_000m, new DateOnly(2027, 3, 31)),
            (read.Metric!.Value, read.Platform!.Value, read.Baseline!.Value, read.ResolvedTarget!.Value, read.Deadline!.Value));
    }

    [Fact]
    public void Build_MonthlySalesWithoutBaseline_KeepsTheCadenceWords()
    {
        var draft = Draft(ObjectiveMetric.Sales, null, null, 150m, new DateOnly(2027, 6, 30)) with { Text = "150 sales a month by June 2027" };

        var title = ObjectiveTitle.Build(Language.English, draft, SmartCheck.Assess(draft, Context));

        Assert.Equal("Reach 150 sales a month by 30 June 2027", title);
        Assert.Equal(TargetCadence.PerMonth, SmartCheck.Assess(title!, Context).Cadence);
    }

    [Fact]
    public void Build_CostMetric_CutsFromTheBaselineToTheTarget()
    {
        var draft = Draft(ObjectiveMetric.Cpc, Platform.Instagram, 0.6m, 0.4m, new DateOnly(2027, 3, 31));

        var title = ObjectiveTitle.Build(Language.English, draft, SmartCheck.Assess(draft, Context));

        Assert.StartsWith("Cut Instagram", title, StringComparison.Ordinal);
        Assert.EndsWith("by 31 March 2027", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoDeadline_IsNull()
    {
        var draft = Draft(ObjectiveMetric.Followers, Platform.Instagram, 8_500m, 11_000m, null);

        Assert.Null(ObjectiveTitle.Build(Language.English, draft, SmartCheck.Assess(draft, Context)));
    }

    private static Objective Draft(ObjectiveMetric metric, Platform? platform, decimal? baseline, decimal target, DateOnly? deadline) => new()
    {
        Id = "objective-1",
        Text = "get more",
        Metric = metric,
        Platform = platform,
        Baseline = baseline,
        Target = target,
        Unit = TargetUnit.Absolute,
        Change = TargetChange.Level,
        Deadline = deadline,
    };
}
