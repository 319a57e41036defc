namespace StrategyBot.App.Interview;

/// <summary>
/// What an interruption hands a question flow in place of an answer. Signals travel only in memory within one turn
/// (the waterfall receives them as the ended prompt's result), so they never need a JSON form.
/// </summary>
internal sealed class FlowSignal
{
    /// <summary>Ask the current question again from scratch, for example in the language the user just chose.</summary>
    public static readonly FlowSignal Reask = new("reask");

    /// <summary>Keep the answer already in the plan and move on.</summary>
    public static readonly FlowSignal Keep = new("keep");

    /// <summary>A form card saved its fields and set the flow's next question (or its end): go there.</summary>
    public static readonly FlowSignal Moved = new("moved");

    private FlowSignal(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
