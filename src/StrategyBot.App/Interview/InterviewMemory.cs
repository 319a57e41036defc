using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Interview;

/// <summary>
/// What the interview remembers outside the dialog stack, as one small document in the user's scope (saved in the
/// same batch as the plan and the stack, so it costs no extra round trip): when the user last wrote, to say where
/// they are after a break, and the question they paused at with "cancel", to resume exactly there.
/// </summary>
internal sealed class InterviewMemory
{
    public const string DocumentName = "interview";

    public DateTimeOffset? LastMessageAt { get; set; }

    public string? ResumeDialogId { get; set; }

    public string? ResumeKey { get; set; }

    public int ResumeItem { get; set; }

    public static InterviewMemory Load(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = state.Get(DocumentName);
        var memory = new InterviewMemory();
        if (json is null)
        {
            return memory;
        }

        memory.LastMessageAt = json["lastMessageAt"] is JsonValue at && at.TryGetValue<DateTimeOffset>(out var time) ? time : null;
        if (json["resume"] is JsonObject resume)
        {
            memory.ResumeDialogId = (string?)resume["dialog"];
            memory.ResumeKey = (string?)resume["key"];
            memory.ResumeItem = resume["item"] is JsonValue item && item.TryGetValue<int>(out var index) ? index : 0;
        }

        return memory;
    }

    public void Save(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = new JsonObject { ["lastMessageAt"] = LastMessageAt };
        if (ResumeDialogId is not null)
        {
            json["resume"] = new JsonObject { ["dialog"] = ResumeDialogId, ["key"] = ResumeKey, ["item"] = ResumeItem };
        }

        if (state.Get(DocumentName) is not { } stored || !JsonNode.DeepEquals(stored, json))
        {
            state.Set(DocumentName, json);
        }
    }

    /// <summary>Records a message at <paramref name="now"/>; returns how long the user had been away.</summary>
    public TimeSpan Touch(DateTimeOffset now)
    {
        var away = LastMessageAt is { } last ? now - last : TimeSpan.Zero;
        LastMessageAt = now;
        return away;
    }

    public void ForgetResumePoint()
    {
        ResumeDialogId = null;
        ResumeKey = null;
        ResumeItem = 0;
    }
}
