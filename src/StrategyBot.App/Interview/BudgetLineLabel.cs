using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>A budget line's name in texts: "Instagram paid", "اینستاگرام تبلیغات".</summary>
internal readonly record struct BudgetLineLabel(Platform Platform, BudgetStrategy Strategy);
