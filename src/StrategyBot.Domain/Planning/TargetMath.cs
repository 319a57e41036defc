namespace StrategyBot.Domain.Planning;

/// <summary>Turns a target as stated ("+20 %", "2,000 new", "to 10k") into the absolute level to reach.</summary>
public static class TargetMath
{
    public static decimal? Resolve(decimal? baseline, decimal? target, TargetUnit? unit, TargetChange? change)
    {
        if (target is not { } value)
        {
            return null;
        }

        var effectiveChange = change ?? TargetChange.Level;
        if (effectiveChange == TargetChange.Level)
        {
            return unit == TargetUnit.Percent ? null : value;
        }

        if (baseline is not { } start)
        {
            return null;
        }

        var delta = unit == TargetUnit.Percent ? start * value / 100m : value;
        return effectiveChange == TargetChange.Increase ? start + delta : start - delta;
    }
}
