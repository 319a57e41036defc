namespace StrategyBot.App.Interview;

/// <summary>A number in percent units that texts show with the language's percent sign ("90%", "۹۰٪").</summary>
internal readonly record struct PercentValue(decimal Value);
