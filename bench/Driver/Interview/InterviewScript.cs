namespace StrategyBot.Bench.Interview;

/// <summary>
/// A whole plan, all six SOSTAC steps, in the words of the interview tests
/// (tests/StrategyBot.App.Tests/Interview/InterviewScript.cs for Situation, Strategy, Tactics and Action;
/// Interview/Objectives/*Tests.cs for the real Objectives and Control dialogs, which those scripts stand in for).
/// Expectations pin the step boundaries, so a script that drifted from the bot's questions fails loudly.
/// </summary>
internal static class InterviewScript
{
    private static readonly string[] s_situation =
    [
        "A family bakery in Tehran",
        "Birthday cakes, cupcakes and catering",
        "A fresh cake for a party without the hassle",
        "Busy Sara, a working mum",
        "25-34",
        "Instagram, Telegram",
        "No time to bake",
        "Quick recipes and offers",
        "no",
        "skip",
        "Fresh ingredients",
        "skip",
        "skip",
        "skip",
        "no",
        "Instagram, Telegram",
        "12000",
        "30000",
        "800",
        "skip",
    ];

    private static readonly string[] s_objectives =
    [
        "Brand awareness",
        "Grow Instagram followers from 12,000 to 13,000 by 30 June 2027",
        "3 posts a week and 200 USD of ads a month",
        "no",
    ];

    private static readonly string[] s_strategy = ["Instagram, Telegram", "70/30", "Cakes baked the same morning"];

    private static readonly string[] s_tactics =
    [
        "Recipes, behind the scenes, offers",
        "Reels / short video, Stories",
        "3",
        "Offers, new flavours",
        "Stories",
        "daily",
        "#SaraBakery",
        "skip",
        "Order via DM",
        "skip",
        "Sara",
        "2 hours",
        "skip",
        "toman",
        "Instagram paid 70, Telegram paid 30",
        "10,000,000",
    ];

    private static readonly string[] s_action = ["Publish 3 reels about the new menu", "Sara", "2027-03-20", "no"];

    private static readonly string[] s_control = ["followers", "13000", "30 June 2027", "yes", "Monday 09:00", "Reels against carousels"];

    /// <summary>Install, "hi", then every answer up to the plan summary card (55 turns).</summary>
    public static IReadOnlyList<ScriptTurn> WholePlan { get; } = Build();

    private static List<ScriptTurn> Build()
    {
        var turns = new List<ScriptTurn> { ScriptTurn.Install("Welcome to StrategyBot"), new("hi", "Step 1 of 6: Situation") };
        AddStep(turns, s_situation, "Situation is done");
        AddStep(turns, s_objectives, "Objectives is done");
        AddStep(turns, s_strategy, "Strategy is done");
        AddStep(turns, s_tactics, "Tactics is done");
        AddStep(turns, s_action, "Action is done");
        AddStep(turns, s_control, "Your marketing plan");
        return turns;
    }

    private static void AddStep(List<ScriptTurn> turns, string[] answers, string endsWith)
    {
        turns.AddRange(answers[..^1].Select(a => new ScriptTurn(a)));
        turns.Add(new ScriptTurn(answers[^1], endsWith));
    }
}
