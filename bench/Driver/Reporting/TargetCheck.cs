namespace StrategyBot.Bench.Reporting;

/// <summary>One target of issue 5 with what was measured; Pass is null when it could not be measured.</summary>
internal sealed record TargetCheck(string Name, string Target, string Measured, bool? Pass)
{
    public string Verdict => Pass switch
    {
        true => "PASS",
        false => "FAIL",
        null => "NOT MEASURED",
    };
}
