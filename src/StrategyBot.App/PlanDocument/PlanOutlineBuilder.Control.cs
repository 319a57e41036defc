using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

internal sealed partial class PlanOutlineBuilder
{
    // Twice the card's size: the document page is wider than a phone, and a document has no 28 KB budget.
    private const int ChartWidth = TrendChart.DefaultWidth * 2;
    private const int ChartHeight = TrendChart.DefaultHeight * 2;

    private void Control(MarketingPlan plan, PlanCheckInStatus? status)
    {
        var start = Heading(SostacStep.Control);
        var control = plan.Control;
        if (control.CheckInDay is { } day && control.CheckInTime is { } time)
        {
            var slot = Format(TextKey.SummaryCheckInSlot, day, time);
            Labelled(Get(TextKey.SummaryCheckIn), control.TimeZoneId is { Length: > 0 } zone ? slot + " (" + LeftToRight(zone) + ")" : slot);
        }

        Kpis(control.KpiTargets);
        Labelled(Get(TextKey.SummaryAbTest), control.AbTestIdea);
        Experiments(control.Experiments);
        if (control.KpiTargets.Count > 0 || status is not null)
        {
            Status(plan, status);
        }

        NothingYetSince(start);
    }

    private void Kpis(List<KpiTarget> targets)
    {
        if (targets.Count == 0)
        {
            return;
        }

        Add(PlanBlockKind.Subheading, Get(DocumentText.KpisHeading));
        foreach (var target in targets)
        {
            var name = KpiNames.Name(_language, target.KpiId);
            var platform = target.Platform is { } p ? PlatformNames.Name(_language, p) : Get(DocumentText.AllPlatforms);
            var goal = target.Baseline is { } baseline
                ? Format(DocumentText.KpiBaselineToTarget, Value(target.KpiId, baseline), Value(target.KpiId, target.Target))
                : Value(target.KpiId, target.Target);
            var line = Format(DocumentText.KpiTargetLine, platform, goal, target.Deadline, Cadence(target.Cadence ?? TargetCadence.Level));
            Bullet(name, line);
            if (KpiLibrary.TryGet(target.KpiId, out var kpi))
            {
                Add(PlanBlockKind.Paragraph, KpiFormulas.Line(_language, kpi));
            }
        }
    }

    private void Experiments(List<Experiment> experiments)
    {
        if (experiments.Count == 0)
        {
            return;
        }

        Add(PlanBlockKind.Subheading, Get(DocumentText.ExperimentsHeading));
        foreach (var experiment in experiments.OrderBy(e => e.Start))
        {
            var metric = KpiNames.Name(_language, experiment.MetricKpiId);
            var where = experiment.Platform is { } platform ? PlatformNames.Name(_language, platform) : null;
            Bullet(Get(DocumentText.ExperimentHypothesis), Dotted([experiment.Hypothesis, where, Format(DocumentText.CampaignDates, experiment.Start, experiment.End)]));
            Add(PlanBlockKind.Paragraph, Format(DocumentText.ExperimentVariants, experiment.VariantA, experiment.VariantB));
            Add(PlanBlockKind.Paragraph, Get(DocumentText.ExperimentDecidedBy) + ": " + metric + " · " + Get(DocumentText.ExperimentResult) + ": " + Verdict(experiment.Verdict));
            if (!string.IsNullOrWhiteSpace(experiment.Change))
            {
                Add(PlanBlockKind.Paragraph, Get(DocumentText.ExperimentChange) + ": " + experiment.Change);
            }
        }
    }

    private void Status(MarketingPlan plan, PlanCheckInStatus? status)
    {
        Add(PlanBlockKind.Subheading, Get(DocumentText.StatusHeading));
        if (status is null)
        {
            Add(PlanBlockKind.Paragraph, Get(DocumentText.StatusNone));
            return;
        }

        var week = CheckInFormat.Week(_language, status.Week);
        Add(PlanBlockKind.Paragraph, status.Record is { Skipped: true } skipped
            ? Format(DocumentText.StatusSkipped, week, skipped.SkipReason ?? "–")
            : Texts.Format(_language, CheckInText.ResultTitle, week));
        var currency = plan.Tactics.Budget.CurrencyCode ?? "USD";
        foreach (var standing in status.Standings)
        {
            string Show(decimal? value) => value is { } v ? CheckInInputs.FormatValue(_language, standing.Kpi, v, currency) : "–";
            var report = standing.Report;
            var detail = Texts.Format(_language, DetailLine(report.Basis), Show(report.SoFar), Show(report.ExpectedSoFar), Show(standing.Target.Target), standing.Target.Deadline);
            Bullet(KpiNames.Name(_language, standing.Kpi.Id) + " · " + Texts.Get(_language, StatusText(standing.Status)), detail);
        }

        Chart(status);
    }

    private void Chart(PlanCheckInStatus status)
    {
        if (ProgressCard.ChartedKpi(status.Standings) is not { } charted)
        {
            Add(PlanBlockKind.Paragraph, Get(DocumentText.ChartMissing));
            return;
        }

        var labels = KpiStandings.Weeks(status.Week).Select(w => CheckInFormat.ChartLabel(_language, w)).ToList();
        var png = TrendChart.RenderPng(labels, charted.Series, charted.TargetSeries, _language, ChartWidth, ChartHeight);
        var alt = Texts.Format(_language, CheckInText.ChartAlt, KpiNames.Name(_language, charted.Kpi.Id));
        _blocks.Add(new PlanBlock(PlanBlockKind.Image, alt, Png: png));
    }

    private string Value(string kpiId, decimal value) =>
        KpiLibrary.TryGet(kpiId, out var kpi) ? CheckInInputs.FormatValue(_language, kpi, value, _currency ?? "USD") : LocalFormat.Number(_language, value);

    private string Cadence(TargetCadence cadence) => Get(cadence switch
    {
        TargetCadence.Total => DocumentText.CadenceTotal,
        TargetCadence.PerWeek => DocumentText.CadencePerWeek,
        TargetCadence.PerMonth => DocumentText.CadencePerMonth,
        TargetCadence.Ratio => DocumentText.CadenceRatio,
        _ => DocumentText.CadenceLevel,
    });

    private string Verdict(ExperimentVerdict verdict) => Get(verdict switch
    {
        ExperimentVerdict.VariantA => DocumentText.VerdictA,
        ExperimentVerdict.VariantB => DocumentText.VerdictB,
        ExperimentVerdict.NoDifference => DocumentText.VerdictNoDifference,
        _ => DocumentText.VerdictPending,
    });

    private static CheckInText DetailLine(ProgressBasis basis) => basis switch
    {
        ProgressBasis.CumulativeTotal => CheckInText.ProgressLineTotal,
        ProgressBasis.MonthToDate => CheckInText.ProgressLineMonthToDate,
        ProgressBasis.WeeklyShareOfMonth => CheckInText.ProgressLineWeeklyShare,
        _ => CheckInText.ProgressLine,
    };

    private static CheckInText StatusText(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => CheckInText.StatusOnTrack,
        KpiStatus.AtRisk => CheckInText.StatusAtRisk,
        KpiStatus.OffTrack => CheckInText.StatusOffTrack,
        _ => CheckInText.StatusNoData,
    };
}
