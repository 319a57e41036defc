using System.Text.Json.Nodes;

namespace StrategyBot.App.Interview;

/// <summary>
/// How a step dialog is begun: as part of the interview, or to edit the step; and, when resuming after "cancel",
/// at which question and loop item. Passed as JSON so any step dialog (the teammates' too) can read or ignore it.
/// </summary>
internal sealed record StepDialogOptions(string Mode, string? ResumeKey = null, int ResumeItem = 0)
{
    public const string RunMode = "run";
    public const string EditMode = "edit";

    public static StepDialogOptions Run { get; } = new(RunMode);

    public static StepDialogOptions Edit { get; } = new(EditMode);

    /// <summary>The first question's answer, given up front (the objective line quick capture read); "back" never leads to it.</summary>
    public string? Answer { get; init; }

    /// <summary>The working values the flow starts with (its memo), for example the goal family of the objective to check.</summary>
    public JsonObject? Memo { get; init; }

    public static StepDialogOptions Read(JsonObject? json) => json is null
        ? Run
        : new StepDialogOptions(
            (string?)json["mode"] ?? RunMode,
            (string?)json["resumeKey"],
            json["resumeItem"] is JsonValue item && item.TryGetValue<int>(out var index) ? index : 0)
        {
            Answer = (string?)json["answer"],
            Memo = json["memo"]?.DeepClone() as JsonObject,
        };

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["mode"] = Mode,
            ["resumeKey"] = ResumeKey,
            ["resumeItem"] = ResumeItem,
        };
        if (Answer is not null)
        {
            json["answer"] = Answer;
        }

        if (Memo is not null)
        {
            json["memo"] = Memo.DeepClone();
        }

        return json;
    }
}
