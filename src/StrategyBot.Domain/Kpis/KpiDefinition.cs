namespace StrategyBot.Domain.Kpis;

/// <summary>A KPI from the library: its formula, the inputs it needs and how to read it.</summary>
public sealed class KpiDefinition
{
    public required string Id { get; init; }

    /// <summary>The formula as shown on cards, in English: "clicks ÷ impressions × 100".</summary>
    public required string Formula { get; init; }

    public required string Numerator { get; init; }

    /// <summary>What the KPI is divided by; null for plain counts.</summary>
    public string? Denominator { get; init; }

    public required KpiUnit Unit { get; init; }

    public required KpiDirection Direction { get; init; }

    public required WeeklyInput NumeratorInput { get; init; }

    public WeeklyInput? DenominatorInput { get; init; }

    /// <summary>ROI's numerator is revenue minus spend, i.e. the numerator input net of the denominator input.</summary>
    public bool NumeratorNetOfDenominator { get; init; }

    /// <summary>
    /// Share of voice divides by the brand's mentions plus the competitors': the denominator is the numerator input
    /// plus the denominator input, so the card asks for the two counts a listening tool shows side by side.
    /// </summary>
    public bool DenominatorAddsNumerator { get; init; }

    /// <summary>100 for percentages, 1000 for CPM, 1 otherwise.</summary>
    public decimal Scale { get; init; } = 1m;

    public IReadOnlyList<WeeklyInput> Inputs => DenominatorInput is { } d ? [NumeratorInput, d] : [NumeratorInput];

    /// <summary>The KPI for one week; missing inputs and zero denominators give "not available", never an exception.</summary>
    public KpiValue Compute(WeeklyNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var missing = Inputs.Where(i => numbers.Get(i) is null).ToList();
        if (missing.Count > 0)
        {
            return new KpiValue { KpiId = Id, Availability = KpiAvailability.MissingInput, MissingInputs = missing };
        }

        var numerator = numbers.Get(NumeratorInput)!.Value;
        if (DenominatorInput is not { } denominatorInput)
        {
            return new KpiValue { KpiId = Id, Availability = KpiAvailability.Available, Value = numerator };
        }

        var denominator = numbers.Get(denominatorInput)!.Value + (DenominatorAddsNumerator ? numerator : 0m);
        if (denominator == 0m)
        {
            return new KpiValue { KpiId = Id, Availability = KpiAvailability.ZeroDenominator };
        }

        var top = NumeratorNetOfDenominator ? numerator - denominator : numerator;
        return new KpiValue { KpiId = Id, Availability = KpiAvailability.Available, Value = Math.Round(top / denominator * Scale, 4) };
    }
}
