using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Builds again the options a waterfall step prompted with, from the waterfall's <paramref name="values"/> and the
/// turn's state; null when it cannot (for example the question is gone after a deploy).
/// </summary>
public delegate PromptOptions? PromptRebuilder(DialogContext dc, JsonObject values);
