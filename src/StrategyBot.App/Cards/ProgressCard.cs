using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Cards;

/// <summary>
/// The result (and "show my progress") card: the trend chart, each target KPI against its pro-rated target with
/// status, thresholds and projection, each derived KPI with its formula and the week's numbers put in, and a
/// suggestion per off-track KPI. The chart is an inline PNG, so the card shrinks it, then drops it, to stay under
/// <see cref="SizeLimit"/>. Pure apart from rendering the chart.
/// </summary>
internal static class ProgressCard
{
    /// <summary>Teams' card budget when cards may also be posted via Graph (docs/bot-protocol.md#message-size), image included.</summary>
    public const int SizeLimit = 28 * 1024;

    private static readonly (int Width, int Height)[] ChartSizes = [(TrendChart.DefaultWidth, TrendChart.DefaultHeight), (300, 150)];

    public static JsonObject Build(
        MarketingPlan plan, IsoWeek week, CheckInRecord? record, IReadOnlyList<KpiStanding> progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        foreach (var (width, height) in ChartSizes)
        {
            var card = Fill(plan, week, record, progress, language, (width, height), withFormulas: true);
            if (CardSize.Fits(card, SizeLimit))
            {
                return card;
            }
        }

        var withoutChart = Fill(plan, week, record, progress, language, chartSize: null, withFormulas: true);
        return CardSize.Fits(withoutChart, SizeLimit)
            ? withoutChart
            : Fill(plan, week, record, progress, language, chartSize: null, withFormulas: false);
    }

    /// <summary>The KPI the chart shows: the first off-track one with data, else the first with any data.</summary>
    public static KpiStanding? ChartedKpi(IReadOnlyList<KpiStanding> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.FirstOrDefault(p => p.Status == KpiStatus.OffTrack && p.Series.Any(v => v is not null))
            ?? progress.FirstOrDefault(p => p.Series.Any(v => v is not null));
    }

    private static JsonObject Fill(
        MarketingPlan plan,
        IsoWeek week,
        CheckInRecord? record,
        IReadOnlyList<KpiStanding> progress,
        Language language,
        (int Width, int Height)? chartSize,
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

        FillChart(filler, week, progress, language, chartSize);
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

    private static void FillChart(CardFiller filler, IsoWeek week, IReadOnlyList<KpiStanding> progress, Language language, (int Width, int Height)? size)
    {
        var charted = ChartedKpi(progress);
        if (size is not { } pixels || charted is null)
        {
            filler.Remove("chart").Remove("chartCaption");
            return;
        }

        var weeks = KpiStandings.Weeks(week);
        var labels = weeks.Select(w => CheckInFormat.ChartLabel(language, w)).ToList();
        var png = TrendChart.RenderPng(labels, charted.Series, charted.TargetSeries, language, pixels.Width, pixels.Height);
        var alt = Texts.Format(language, CheckInText.ChartAlt, KpiNames.Name(language, charted.Kpi.Id));
        filler.Set("chart", "url", TrendChart.ToDataUri(png)).Set("chart", "altText", alt).SetText("chartCaption", alt);
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
            row.SetText("progressName", KpiNames.Name(language, p.Kpi.Id))
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

    private static void FillDerived(CardFiller filler, MarketingPlan plan, CheckInRecord? record, Language language, string currency, bool withFormulas)
    {
        var asked = CheckInInputs.For(plan);
        var derived = CheckInInputs.DerivedKpis.Select(KpiLibrary.Get).Where(k => k.Inputs.All(asked.Contains)).ToList();
        if (record is null || record.Skipped || derived.Count == 0)
        {
            filler.Remove("derivedHeading").Remove("derivedRow");
            return;
        }

        filler.SetText("derivedHeading", Texts.Get(language, CheckInText.DerivedHeading));
        filler.Repeat("derivedRow", derived, (row, kpi, _) =>
        {
            var value = kpi.Compute(record.Numbers);
            var shown = value.Availability switch
            {
                KpiAvailability.Available => CheckInInputs.FormatValue(language, kpi, value.Value!.Value, currency),
                KpiAvailability.ZeroDenominator => Texts.Format(language, CheckInText.ZeroDenominator, CheckInInputs.Name(language, kpi.DenominatorInput!.Value)),
                _ => Texts.Format(language, CheckInText.NotReported, string.Join(", ", value.MissingInputs.Select(i => CheckInInputs.Name(language, i)))),
            };
            row.SetText("derivedName", KpiNames.Name(language, kpi.Id) + ": " + shown);
            if (withFormulas)
            {
                var formula = CheckInInputs.Formula(language, kpi);
                row.SetText("derivedFormula", value.IsAvailable ? formula + " = " + CheckInInputs.Substituted(language, kpi, record.Numbers) : formula);
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
