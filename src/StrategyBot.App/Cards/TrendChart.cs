using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// Renders a KPI's weekly values against its target line as a small PNG with ScottPlot (SkiaSharp, headless).
/// Small and flat on purpose: the image rides inside the card as a data URI and the card must stay under ~28 KB,
/// so no anti-aliasing (fewer distinct colours compress far better) and two colours on white. Labels carry only
/// digits and Latin text: Skia draws Persian words without shaping, so Jalali weeks are labelled "month/day" and
/// the KPI's name is the card's text above the image. Only as many week labels are drawn as fit side by side at
/// the image's width (<see cref="LabelledWeeks"/>), always the latest, so dates never run into each other.
/// </summary>
public static class TrendChart
{
    public const int DefaultWidth = 360;
    public const int DefaultHeight = 180;

    /// <summary>The tick labels' size in pixels; <see cref="LabelWidth"/> assumes it.</summary>
    public const float LabelFontSize = 11;

    // Room the y axis' labels take at the left, and the least gap between two week labels.
    private const int AxisRoom = 44;
    private const int LabelGap = 10;

    // DejaVu Sans ships with the Debian images we run on and has the Persian digits; others fall back to Skia's default.
    private const string FontName = "DejaVu Sans";

    private static readonly Color ActualColour = new(0x1F, 0x6F, 0xB4);
    private static readonly Color TargetColour = new(0xC8, 0x5A, 0x1E);

    /// <summary>The chart as PNG bytes. <paramref name="actual"/> may hold nulls for weeks without data.</summary>
    public static byte[] RenderPng(
        IReadOnlyList<string> weekLabels,
        IReadOnlyList<decimal?> actual,
        IReadOnlyList<decimal?> target,
        Language language,
        int width = DefaultWidth,
        int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(weekLabels);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(target);
        if (actual.Count != weekLabels.Count || target.Count != weekLabels.Count)
        {
            throw new ArgumentException("Labels, values and targets need one entry per week.", nameof(actual));
        }

        var plot = new Plot();
        try
        {
            plot.Font.Set(FontName);
            var xs = Enumerable.Range(0, weekLabels.Count).Select(i => (double)i).ToArray();
            AddTarget(plot, xs, target);
            AddActual(plot, xs, actual);
            var labelled = LabelledWeeks(weekLabels, width);
            plot.Axes.Bottom.SetTicks([.. labelled.Select(i => xs[i])], [.. labelled.Select(i => weekLabels[i])]);
            plot.Axes.Bottom.TickLabelStyle.FontSize = LabelFontSize;
            plot.Axes.Left.TickLabelStyle.FontSize = LabelFontSize;
            plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = value => AxisLabel(language, value) };
            plot.Grid.MajorLineColor = new Color(0xEE, 0xEE, 0xEE);
            plot.Axes.SetLimitsX(-0.4, weekLabels.Count - 0.6);
            return plot.GetImageBytes(width, height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>
    /// The weeks that get a date label: all when they fit side by side in the plot's width, else every n-th counted
    /// back from the latest, so the labels are evenly spaced and the latest week is always named.
    /// </summary>
    public static IReadOnlyList<int> LabelledWeeks(IReadOnlyList<string> weekLabels, int width)
    {
        ArgumentNullException.ThrowIfNull(weekLabels);
        if (weekLabels.Count == 0)
        {
            return [];
        }

        var widest = weekLabels.Max(LabelWidth);
        var fit = Math.Max(1, (width - AxisRoom + LabelGap) / (widest + LabelGap));
        var step = (int)Math.Ceiling(weekLabels.Count / (double)fit);
        return [.. Enumerable.Range(0, weekLabels.Count).Where(i => (weekLabels.Count - 1 - i) % step == 0)];
    }

    /// <summary>A generous estimate of a label's width at <see cref="LabelFontSize"/>: DejaVu Sans' widest digits and letters are ~0.65 em.</summary>
    public static int LabelWidth(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return (int)Math.Ceiling(label.Length * LabelFontSize * 0.65);
    }

    /// <summary>The PNG as a data URI for an Adaptive Card Image's <c>url</c>.</summary>
    public static string ToDataUri(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private static void AddActual(Plot plot, double[] xs, IReadOnlyList<decimal?> actual)
    {
        var ys = actual.Select(v => v is { } value ? (double)value : double.NaN).ToArray();
        if (ys.All(double.IsNaN))
        {
            return;
        }

        var line = plot.Add.Scatter(xs, ys, ActualColour);
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LineStyle.AntiAlias = false;
    }

    private static void AddTarget(Plot plot, double[] xs, IReadOnlyList<decimal?> target)
    {
        var ys = target.Select(v => v is { } value ? (double)value : double.NaN).ToArray();
        if (ys.All(double.IsNaN))
        {
            return;
        }

        var line = plot.Add.ScatterLine(xs, ys, TargetColour);
        line.LineWidth = 1.5f;
        line.LinePattern = LinePattern.Dashed;
        line.LineStyle.AntiAlias = false;
    }

    private static string AxisLabel(Language language, double value)
    {
        var text = Math.Abs(value) >= 10_000
            ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
            : value.ToString("0.##", CultureInfo.InvariantCulture);
        return language == Language.Persian ? PersianDigits.ToPersian(text) : text;
    }
}
