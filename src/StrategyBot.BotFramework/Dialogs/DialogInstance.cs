using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// One dialog on the persisted stack. Everything here survives a JSON round trip between turns, and the version
/// stamp plus the step name let a redeployed dialog find its place again.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>Creates an instance of the dialog <paramref name="id"/> at <paramref name="version"/>.</summary>
    public DialogInstance(string id, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Version = version;
    }

    /// <summary>The dialog's id.</summary>
    public string Id { get; }

    /// <summary>The dialog's version stamp when this instance last ran.</summary>
    public string Version { get; internal set; }

    /// <summary>The name of the waterfall step waiting for an answer; null for other dialogs or a pending restart.</summary>
    public string? Step { get; internal set; }

    /// <summary>Values the dialog keeps across turns (for a waterfall: <see cref="WaterfallStepContext.Values"/>).</summary>
    public JsonObject Values { get; internal set; } = [];

    /// <summary>The dialog's own bookkeeping, such as prompt options and attempt counts.</summary>
    public JsonObject State { get; internal set; } = [];

    /// <summary>The inner stack of a <see cref="ComponentDialog"/>, bottom first.</summary>
    public IList<DialogInstance> Children { get; } = new List<DialogInstance>();
}
