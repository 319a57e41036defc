using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// The ad budget, asked only when the strategy gives paid social a share: the currency (once), the split per
/// platform and strategy in percent (re-asked with the exact remainder until it totals 100), and optionally the total,
/// which turns every share into an amount in that currency.
/// </summary>
internal sealed partial class TacticsDialog
{
    private static IEnumerable<InterviewQuestion> Budget() =>
    [
        new InterviewQuestion("budget.currency", QuestionKind.Currency, InterviewText.AskCurrency)
        {
            When = HasPaid,
            Help = InterviewText.HelpCurrency,
            Choices = s => CurrencyAnswer.Choices(s.Language),
            Shown = s => s.Plan.Tactics.Budget.CurrencyCode is { } code ? CurrencyAnswer.Name(s.Language, code) : null,
            Input = s => s.Plan.Tactics.Budget.CurrencyCode,
            Save = (s, a) => s.UpdateTactics(x => x with { Budget = x.Budget with { CurrencyCode = CurrencyAnswer.Parse((string)a) } }),
        },
        new InterviewQuestion("budget.split", QuestionKind.Budget, InterviewText.AskBudgetSplit)
        {
            When = HasPaid,
            Help = InterviewText.HelpBudgetSplit,
            Args = s => [Example(s)],
            Placeholder = Example,
            Shown = s => s.Plan.Tactics.Budget.Lines.Count == 0 ? null
                : s.List(s.Plan.Tactics.Budget.Lines.Select(l => s.Text(InterviewText.BudgetLineShown, new BudgetLineLabel(l.Platform, l.Strategy), new PercentValue(l.Percent)))),
            Input = s => s.Plan.Tactics.Budget.Lines.Count == 0 ? null : BudgetLines.Format(s.Plan.Tactics.Budget.Lines),
            Save = (s, a) =>
            {
                var lines = BudgetLines.Parse((string)a);
                s.UpdateTactics(x => x with { Budget = WithTotal(x.Budget with { Lines = [.. lines] }, Total(x.Budget)) });
            },
        },
        new InterviewQuestion("budget.total", QuestionKind.Number, InterviewText.AskBudgetTotal)
        {
            When = HasPaid,
            Optional = true,
            Help = InterviewText.HelpBudgetTotal,
            Args = s => [CurrencyAnswer.Name(s.Language, s.Plan.Tactics.Budget.CurrencyCode ?? "IRT")],
            Min = 0,
            Shown = s => Total(s.Plan.Tactics.Budget) is { } total && s.Plan.Tactics.Budget.CurrencyCode is { } code
                ? LocalFormat.Currency(s.Language, total, code)
                : null,
            Input = s => Total(s.Plan.Tactics.Budget)?.ToString("0.##", CultureInfo.InvariantCulture),
            Save = (s, a) => s.UpdateTactics(x => x with { Budget = WithTotal(x.Budget, (decimal)a) }),
        },

        // "90" toman is almost always "90 million" typed in a hurry: confirm rather than guess either way.
        new InterviewQuestion("budget.total.check", QuestionKind.Confirm, InterviewText.AskBudgetTotalMeant)
        {
            When = s => HasPaid(s) && Meant(s) is not null,
            Args = s => [Money(s, Total(s.Plan.Tactics.Budget)!.Value), Money(s, Meant(s)!.Value)],
            Choices = s =>
            [
                new CardChoice(s.Text(InterviewText.BudgetMeantYes, Money(s, Meant(s)!.Value)), "yes"),
                new CardChoice(s.Text(InterviewText.BudgetMeantNo, Money(s, Total(s.Plan.Tactics.Budget)!.Value)), "no"),
            ],
            Save = (s, a) =>
            {
                if (a is true)
                {
                    var meant = Meant(s);
                    s.UpdateTactics(x => x with { Budget = WithTotal(x.Budget, meant) });
                }
            },
        },
    ];

    private static decimal? Meant(QuestionScope scope) =>
        Total(scope.Plan.Tactics.Budget) is { } total ? BudgetPlausibility.Suggest(total, scope.Plan.Tactics.Budget.CurrencyCode) : null;

    private static string Money(QuestionScope scope, decimal amount) =>
        LocalFormat.Currency(scope.Language, amount, scope.Plan.Tactics.Budget.CurrencyCode ?? "IRT");

    private static bool HasPaid(QuestionScope scope) => scope.Plan.Strategy.PaidPercent > 0m;

    private static decimal? Total(BudgetSplit budget) =>
        budget.Lines.Count > 0 && budget.Lines.All(l => l.Amount is not null) ? budget.Lines.Sum(l => l.Amount!.Value) : null;

    private static BudgetSplit WithTotal(BudgetSplit budget, decimal? total) =>
        budget with { Lines = [.. budget.Lines.Select(line => line with { Amount = total is { } amount ? Math.Round(amount * line.Percent / 100m, 2) : null })] };

    // Built from the strategy's platforms, so the example reads like the user's own plan.
    private static string Example(QuestionScope scope)
    {
        var platforms = scope.Plan.Strategy.Platforms;
        (Platform Platform, BudgetStrategy Strategy, int Percent)[] lines = platforms.Count >= 2
            ? [(platforms[0], BudgetStrategy.Paid, 60), (platforms[1], BudgetStrategy.Paid, 40)]
            : [(platforms.FirstOrDefault(Domain.Planning.Platform.Instagram), BudgetStrategy.Paid, 80), (platforms.FirstOrDefault(Domain.Planning.Platform.Instagram), BudgetStrategy.Organic, 20)];
        return scope.List(lines.Select(l => scope.Text(InterviewText.BudgetLineShown, new BudgetLineLabel(l.Platform, l.Strategy), l.Percent)));
    }
}
