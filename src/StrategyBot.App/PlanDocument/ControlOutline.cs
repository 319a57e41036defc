using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

/// <summary>The Control section of the plan document: KPIs with formulas and targets, experiments, and the latest check-in.</summary>
internal sealed class ControlOutline(PlanOutlineWriter w)
{
    public void Write(MarketingPlan plan, PlanCheckInStatus? status) => Control(plan, status);

    // Twice the card's size: the document page is wider than a phone, and a document has no 28 KB budget.
    private const int ChartWidth = TrendChart.DefaultWidth * 2;
    private const int ChartHeight = TrendChart.DefaultHeight * 2;

    private void Control(MarketingPlan plan, PlanCheckInStatus? status)
    {
        var start = w.Heading(SostacStep.Control);
        var control = plan.Control;
        if (control.CheckInDay is { } day && control.CheckInTime is { } time)
        {
            var slot = w.Format(TextKey.SummaryCheckInSlot, day, time);
            w.Labelled(w.Get(TextKey.SummaryCheckIn), control.TimeZoneId is { Length: > 0 } zone ? slot + " (" + w.LeftToRight(zone) + ")" : slot);
        }

        Kpis(control.KpiTargets);
        w.Labelled(w.Get(TextKey.SummaryAbTest), control.AbTestIdea);
        Experiments(control.Experiments);
        if (control.KpiTargets.Count > 0 || status is not null)
        {
            Status(plan, status);
        }

        w.NothingYetSince(start);
    }

    private void Kpis(IReadOnlyList<KpiTarget> targets)
    {
        if (targets.Count == 0)
        {
            return;
        }

        w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.KpisHeading));
        foreach (var target in targets)
        {
            var name = KpiNames.Name(w.Language, target.KpiId);
            var platform = target.Platform is { } p ? PlatformNames.Name(w.Language, p) : w.Get(DocumentText.AllPlatforms);
            var goal = target.Baseline is { } baseline
                ? w.Format(DocumentText.KpiBaselineToTarget, Value(target.KpiId, baseline), Value(target.KpiId, target.Target))
                : Value(target.KpiId, target.Target);
            var line = w.Format(DocumentText.KpiTargetLine, platform, goal, target.Deadline, Cadence(target.Cadence ?? TargetCadence.Level));
            w.Bullet(name, line);
            if (KpiLibrary.TryGet(target.KpiId, out var kpi))
            {
                w.Add(PlanBlockKind.Paragraph, KpiFormulas.Line(w.Language, kpi));
            }
        }
    }

    private void Experiments(IReadOnlyList<Experiment> experiments)
    {
        if (experiments.Count == 0)
        {
            return;
        }

        w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.ExperimentsHeading));
        foreach (var experiment in experiments.OrderBy(e => e.Start))
        {
            var metric = KpiNames.Name(w.Language, experiment.MetricKpiId);
            var where = experiment.Platform is { } platform ? PlatformNames.Name(w.Language, platform) : null;
            w.Bullet(w.Get(DocumentText.ExperimentHypothesis), PlanOutlineWriter.Dotted([experiment.Hypothesis, where, w.Format(DocumentText.CampaignDates, experiment.Start, experiment.End)]));
            w.Add(PlanBlockKind.Paragraph, w.Format(DocumentText.ExperimentVariants, experiment.VariantA, experiment.VariantB));
            w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.ExperimentDecidedBy) + ": " + metric + " · " + w.Get(DocumentText.ExperimentResult) + ": " + Verdict(experiment.Verdict));
            if (!string.IsNullOrWhiteSpace(experiment.Change))
            {
                w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.ExperimentChange) + ": " + experiment.Change);
            }
        }
    }

    private void Status(MarketingPlan plan, PlanCheckInStatus? status)
    {
        w.Add(PlanBlockKind.Subheading, w.Get(DocumentText.StatusHeading));
        if (status is null)
        {
            w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.StatusNone));
            return;
        }

        var week = CheckInFormat.Week(w.Language, status.Week);
        w.Add(PlanBlockKind.Paragraph, status.Record is { Skipped: true } skipped
            ? w.Format(DocumentText.StatusSkipped, week, skipped.SkipReason ?? "–")
            : Texts.Format(w.Language, CheckInText.ResultTitle, week));
        var currency = plan.Tactics.Budget.CurrencyCode ?? "USD";
        foreach (var standing in status.Standings)
        {
            string Show(decimal? value) => value is { } v ? CheckInInputs.FormatValue(w.Language, standing.Kpi, v, currency) : "–";
            var report = standing.Report;
            var detail = Texts.Format(w.Language, DetailLine(report.Basis), Show(report.SoFar), Show(report.ExpectedSoFar), Show(standing.Target.Target), standing.Target.Deadline);
            w.Bullet(KpiNames.Name(w.Language, standing.Kpi.Id) + " · " + Texts.Get(w.Language, StatusText(standing.Status)), detail);
        }

        Chart(status);
    }

    private void Chart(PlanCheckInStatus status)
    {
        if (ProgressCard.ChartedKpi(status.Standings) is not { } charted)
        {
            w.Add(PlanBlockKind.Paragraph, w.Get(DocumentText.ChartMissing));
            return;
        }

        var labels = KpiStandings.Weeks(status.Week).Select(week => CheckInFormat.ChartLabel(w.Language, week)).ToList();
        var png = TrendChart.RenderPng(labels, charted.Series, charted.TargetSeries, w.Language, ChartWidth, ChartHeight);
        var alt = Texts.Format(w.Language, CheckInText.ChartAlt, KpiNames.Name(w.Language, charted.Kpi.Id));
        w.Add(new PlanBlock(PlanBlockKind.Image, alt, Png: png));
    }

    private string Value(string kpiId, decimal value) =>
        KpiLibrary.TryGet(kpiId, out var kpi) ? CheckInInputs.FormatValue(w.Language, kpi, value, w.Currency ?? "USD") : LocalFormat.Number(w.Language, value);

    private string Cadence(TargetCadence cadence) => w.Get(cadence switch
    {
        TargetCadence.Total => DocumentText.CadenceTotal,
        TargetCadence.PerWeek => DocumentText.CadencePerWeek,
        TargetCadence.PerMonth => DocumentText.CadencePerMonth,
        TargetCadence.Ratio => DocumentText.CadenceRatio,
        _ => DocumentText.CadenceLevel,
    });

    private string Verdict(ExperimentVerdict verdict) => w.Get(verdict switch
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
