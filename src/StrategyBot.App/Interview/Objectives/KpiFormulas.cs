using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// A KPI's formula and denominator in the user's language, built from the library's structure (inputs, net
/// numerator, scale) so the Persian formula always says what the English one in the library says.
/// </summary>
internal static class KpiFormulas
{
    /// <summary>"engagements ÷ reach × 100", "(revenue − spend) ÷ spend × 100", or the input's name for a count.</summary>
    public static string Formula(Language language, KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var numerator = ObjectiveNames.Input(language, kpi.NumeratorInput);
        if (kpi.DenominatorInput is not { } denominatorInput)
        {
            return numerator;
        }

        var denominator = kpi.DenominatorAddsNumerator
            ? "(" + numerator + " + " + ObjectiveNames.Input(language, denominatorInput) + ")"
            : ObjectiveNames.Input(language, denominatorInput);
        var top = kpi.NumeratorNetOfDenominator ? "(" + numerator + " − " + denominator + ")" : numerator;
        var formula = top + " ÷ " + denominator;
        if (kpi.Scale == 1m)
        {
            return formula;
        }

        // Written without a thousands separator, as in the library's own formula ("× 1000").
        var scale = kpi.Scale.ToString("0", CultureInfo.InvariantCulture);
        return formula + " × " + (language == Language.Persian ? PersianDigits.ToPersian(scale) : scale);
    }

    /// <summary>"Engagement rate by reach = engagements ÷ reach × 100 (denominator: reach)", or the count line.</summary>
    public static string Line(Language language, KpiDefinition kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var name = ObjectiveNames.Kpi(language, kpi.Id);
        return kpi.DenominatorInput is { } denominator
            ? Texts.Format(language, ObjectiveText.KpiFormula, name, Formula(language, kpi), ObjectiveNames.Input(language, denominator))
            : Texts.Format(language, ObjectiveText.KpiCount, name, Formula(language, kpi));
    }

    /// <summary>A KPI value with its unit: "4%", "۴٪", "3.5", "1,200".</summary>
    public static string Value(Language language, KpiDefinition kpi, decimal value)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Unit switch
        {
            KpiUnit.Percent => LocalFormat.Percent(language, value),
            KpiUnit.Hours => Texts.Format(language, ObjectiveText.HoursValue, Math.Round(value, 2)),
            _ => LocalFormat.Number(language, value, kpi.Unit is KpiUnit.Count ? 0 : 2),
        };
    }
}
