using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>
/// The result (and "show my progress") card: every number the user reported, one small chart per tracked KPI (and
/// platform), each target KPI against its pro-rated target with status, thresholds and projection, each derived KPI
/// with its formula and the week's numbers put in, and a suggestion per off-track KPI. The charts are inline PNGs,
/// so the card shrinks them, then drops them, to stay under <see cref="SizeLimit"/>. Pure apart from rendering.
/// </summary>
internal static class ProgressCard
{
    /// <summary>Teams' card budget when cards may also be posted via Graph (docs/bot-protocol.md#message-size), image included.</summary>
    public const int SizeLimit = 28 * 1024;

    /// <summary>Small multiples sit two to a row: at 360 px a phone shows each about 160 px wide.</summary>
    public const int ChartsPerRow = 2;

    /// <summary>When every KPI's chart does not fit the card, the most important this many keep theirs.</summary>
    public const int TightCharts = 4;

    // The size of one chart when it is alone, then of each small multiple; each list is tried until the card fits.
    private static readonly (int Width, int Height)[] ChartSizes = [(TrendChart.DefaultWidth, TrendChart.DefaultHeight), (300, 150)];
    private static readonly (int Width, int Height)[] PanelSizes = [(200, 120), (160, 96)];

    public static JsonObject Build(
        MarketingPlan plan, IsoWeek week, CheckInRecord? record, IReadOnlyList<KpiStanding> progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var charted = Charted(progress);
        var sizes = charted.Count == 1 ? ChartSizes : PanelSizes;

        // Give way in order: bigger charts, then charts beyond the most important few, then formulas, then the charts.
        var attempts = sizes.Select(size => ((int, int)?)size).Select(size => (Size: size, Charts: charted.Count, Formulas: true))
            .Append((Size: sizes[^1], Charts: TightCharts, Formulas: true))
            .Append((Size: sizes[^1], Charts: TightCharts, Formulas: false))
            .Append((Size: null, Charts: 0, Formulas: true));
        foreach (var (size, charts, formulas) in attempts)
        {
            var card = Fill(plan, week, record, progress, language, size, charts, formulas);
            if (CardSize.Fits(card, SizeLimit))
            {
                return card;
            }
        }

        return Fill(plan, week, record, progress, language, chartSize: null, maxCharts: 0, withFormulas: false);
    }

    /// <summary>The KPI the plan document's single chart shows: the first off-track one with data, else the first with any data.</summary>
    public static KpiStanding? ChartedKpi(IReadOnlyList<KpiStanding> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.FirstOrDefault(p => p.Status == KpiStatus.OffTrack && p.Series.Any(v => v is not null))
            ?? progress.FirstOrDefault(p => p.Series.Any(v => v is not null));
    }

    /// <summary>The KPIs the card charts: every tracked one with at least one reported week, most important first.</summary>
    public static IReadOnlyList<KpiStanding> Charted(IReadOnlyList<KpiStanding> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return [.. progress.Where(p => p.Series.Any(v => v is not null))];
    }

    private static JsonObject Fill(
        MarketingPlan plan,
        IsoWeek week,
        CheckInRecord? record,
        IReadOnlyList<KpiStanding> progress,
        Language language,
        (int Width, int Height)? chartSize,
        int maxCharts,
        bool withFormulas)
    {
        var weekText = CheckInFormat.Week(language, week);
        var currency = plan.Tactics.Budget.CurrencyCode ?? "USD";
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.CheckInResult))
            .SetText("title", Texts.Format(language, CheckInText.ResultTitle, weekText));
        if (record is { Skipped: true })
        {
            filler.SetText("skipped", Texts.Format(language, CheckInText.SkippedWeek, weekText, CardText.Escape(record.SkipReason ?? "–", 200)));
        }
        else
        {
            filler.Remove("skipped");
        }

        FillReported(filler, record, language, currency);
        FillChart(filler, progress, language, chartSize, maxCharts);
        FillProgress(filler, progress, language, currency);
        FillDerived(filler, plan, record, language, currency, withFormulas);
        var offTrack = progress.Where(p => p.Status == KpiStatus.OffTrack).ToList();
        if (offTrack.Count == 0)
        {
            filler.Remove("suggestionsHeading").Remove("suggestion");
        }
        else
        {
            filler.SetText("suggestionsHeading", Texts.Get(language, CheckInText.SuggestionsHeading))
                .Repeat("suggestion", offTrack, (row, p, _) => row.SetText("suggestion", OffTrackSuggestions.For(plan, p.Kpi.Id, language)));
        }

        return filler.Finish(language, Texts.Format(language, CheckInText.ResultFallback, weekText));
    }

    // One chart per KPI and platform, each on its own scale (followers and a rate share no axis), two to a row; the
    // KPI's name is card text above its chart so Teams shapes Persian, which the image cannot.
    private static void FillChart(CardFiller filler, IReadOnlyList<KpiStanding> progress, Language language, (int Width, int Height)? size, int maxCharts)
    {
        var charted = Charted(progress).Take(maxCharts).ToList();
        if (size is not { } pixels || charted.Count == 0)
        {
            filler.Remove("charts");
            return;
        }

        var rows = charted.Chunk(charted.Count == 1 ? 1 : ChartsPerRow).ToList();
        filler.SetText("chartCaption", Texts.Get(language, CheckInText.ChartLegend));
        filler.Repeat("chartRow", rows, (row, panels, _) => row.Repeat("chartCell", panels, (cell, standing, _) =>
        {
            var labels = standing.Weeks.Select(w => CheckInFormat.ChartLabel(language, w)).ToList();
            var png = TrendChart.RenderPng(labels, standing.Series, standing.TargetSeries, language, pixels.Width, pixels.Height);
            var name = CheckInInputs.KpiName(language, standing.Kpi.Id, standing.Platform);
            cell.SetText("chartTitle", name)
                .Set("chart", "url", TrendChart.ToDataUri(png))
                .Set("chart", "altText", Texts.Format(language, CheckInText.ChartAlt, name));
        }));
    }

    // Every number the user reported this week, by platform, so none goes missing even when no target reads it.
    private static void FillReported(CardFiller filler, CheckInRecord? record, Language language, string currency)
    {
        if (record is null || record.Skipped || record.Numbers.IsEmpty())
        {
            filler.Remove("reportedHeading").Remove("reported");
            return;
        }

        filler.SetText("reportedHeading", Texts.Get(language, CheckInText.ReportedHeading))
            .SetFacts("reported", record.Numbers.Reported().Select(r => (CheckInInputs.Name(language, r.Input), r.Input.Input is WeeklyInput.Spend or WeeklyInput.Revenue
                ? LocalFormat.Currency(language, r.Value, currency)
                : LocalFormat.Number(language, r.Value))));
    }

    private static void FillProgress(CardFiller filler, IReadOnlyList<KpiStanding> progress, Language language, string currency)
    {
        if (progress.Count == 0)
        {
            filler.Remove("progressHeading").Remove("progressRow").Remove("thresholds");
            return;
        }

        filler.SetText("progressHeading", Texts.Get(language, CheckInText.ProgressHeading))
            .SetText("thresholds", Texts.Get(language, CheckInText.Thresholds));
        filler.Repeat("progressRow", progress, (row, p, _) =>
        {
            string Show(decimal? value) => value is { } v ? CheckInInputs.FormatValue(language, p.Kpi, v, currency) : "–";
            row.SetText("progressName", CheckInInputs.KpiName(language, p.Kpi.Id, p.Platform))
                .SetText("progressStatus", Texts.Get(language, StatusText(p.Status)))
                .Set("progressStatus", "color", StatusColour(p.Status))
                .SetText("progressDetail", Texts.Format(
                    language, DetailLine(p.Report.Basis), Show(p.Report.SoFar), Show(p.Report.ExpectedSoFar), Show(p.Target.Target), p.Target.Deadline));
            if (p.Report.Projected is { } projected)
            {
                var perMonth = p.Report.Basis is ProgressBasis.MonthToDate or ProgressBasis.WeeklyShareOfMonth;
                row.SetText("progressProjection", Texts.Format(
                    language, perMonth ? CheckInText.ProjectionPerMonth : CheckInText.Projection, Show(projected), Show(p.Target.Target), p.Target.Deadline));
            }
            else
            {
                row.Remove("progressProjection");
            }
        });
    }

    // The card says what it compared: a level with this week's pro-rated target, a total's weeks added up, a monthly
    // rate's month to date or one week against its share of the month.
    private static CheckInText DetailLine(ProgressBasis basis) => basis switch
    {
        ProgressBasis.CumulativeTotal => CheckInText.ProgressLineTotal,
        ProgressBasis.MonthToDate => CheckInText.ProgressLineMonthToDate,
        ProgressBasis.WeeklyShareOfMonth => CheckInText.ProgressLineWeeklyShare,
        _ => CheckInText.ProgressLine,
    };

    // The derived KPIs whose inputs the card asked for, per platform they were asked on ("CTR · Instagram").
    private static void FillDerived(CardFiller filler, MarketingPlan plan, CheckInRecord? record, Language language, string currency, bool withFormulas)
    {
        var asked = CheckInInputs.For(plan);
        var derived = CheckInInputs.DerivedKpis.Select(KpiLibrary.Get)
            .SelectMany(k => asked.Select(a => a.Platform).Distinct().Select(p => (Kpi: k, Platform: p)))
            .Where(d => d.Kpi.Inputs.All(i => asked.Contains(PlatformInput.For(i, d.Platform))))

            // Without formulas a derived row would only repeat the value its target's progress row already shows.
            .Where(d => withFormulas || !plan.Control.KpiTargets.Any(t => t.KpiId == d.Kpi.Id && t.Platform == d.Platform))
            .ToList();
        if (record is null || record.Skipped || derived.Count == 0)
        {
            filler.Remove("derivedHeading").Remove("derivedRow");
            return;
        }

        filler.SetText("derivedHeading", Texts.Get(language, CheckInText.DerivedHeading));
        filler.Repeat("derivedRow", derived, (row, d, _) =>
        {
            var (kpi, platform) = d;
            var numbers = record.Numbers.On(platform);
            var value = kpi.Compute(numbers);
            var shown = value.Availability switch
            {
                KpiAvailability.Available => CheckInInputs.FormatValue(language, kpi, value.Value!.Value, currency),
                KpiAvailability.ZeroDenominator => Texts.Format(language, CheckInText.ZeroDenominator, CheckInInputs.Name(language, kpi.DenominatorInput!.Value)),
                _ => Texts.Format(language, CheckInText.NotReported, string.Join(", ", value.MissingInputs.Select(i => CheckInInputs.Name(language, i)))),
            };
            row.SetText("derivedName", CheckInInputs.KpiName(language, kpi.Id, platform) + ": " + shown);
            if (withFormulas)
            {
                var formula = CheckInInputs.Formula(language, kpi);
                row.SetText("derivedFormula", value.IsAvailable ? formula + " = " + CheckInInputs.Substituted(language, kpi, numbers) : formula);
            }
            else
            {
                row.Remove("derivedFormula");
            }
        });
    }

    private static CheckInText StatusText(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => CheckInText.StatusOnTrack,
        KpiStatus.AtRisk => CheckInText.StatusAtRisk,
        KpiStatus.OffTrack => CheckInText.StatusOffTrack,
        _ => CheckInText.StatusNoData,
    };

    private static string StatusColour(KpiStatus status) => status switch
    {
        KpiStatus.OnTrack => "good",
        KpiStatus.AtRisk => "warning",
        KpiStatus.OffTrack => "attention",
        _ => "default",
    };
}
