using StrategyBot.Testing;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// A whole plan, all six SOSTAC steps, in the words of the interview tests: the tests' own
/// <see cref="PlanAnswers"/> (tests/StrategyBot.Testing/PlanAnswers.cs, linked into this project) for Situation,
/// Strategy, Tactics and Action, and here the answers of the Objectives and Control dialog tests, which the tests'
/// scripts stand in for.
/// Expectations pin the step boundaries, so a script that drifted from the bot's questions fails loudly.
/// </summary>
internal static class InterviewScript
{
    private static readonly string[] s_objectives =
    [
        "Brand awareness",
        "Grow Instagram followers from 12,000 to 13,000 by 30 June 2027",
        "3 posts a week and 200 USD of ads a month",
        "no",
    ];

    private static readonly string[] s_control = ["followers", "13000", "30 June 2027", "yes", "Monday 09:00", "skip"];

    /// <summary>Install, "hi", then every answer up to the plan summary card (55 turns).</summary>
    public static IReadOnlyList<ScriptTurn> WholePlan { get; } = Build();

    private static List<ScriptTurn> Build()
    {
        var turns = new List<ScriptTurn> { ScriptTurn.Install("Welcome to StrategyBot"), new("hi", "Step 1 of 6: Situation") };
        AddStep(turns, PlanAnswers.SituationEnglish, "Situation is done");
        AddStep(turns, s_objectives, "Objectives is done");
        AddStep(turns, PlanAnswers.StrategyEnglish, "Strategy is done");
        AddStep(turns, PlanAnswers.TacticsEnglish, "Tactics is done");
        AddStep(turns, PlanAnswers.ActionEnglish, "Action is done");
        AddStep(turns, s_control, "Your marketing plan");
        return turns;
    }

    private static void AddStep(List<ScriptTurn> turns, string[] answers, string endsWith)
    {
        turns.AddRange(answers[..^1].Select(a => new ScriptTurn(a)));
        turns.Add(new ScriptTurn(answers[^1], endsWith));
    }
}
