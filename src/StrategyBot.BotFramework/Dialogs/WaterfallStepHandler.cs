namespace StrategyBot.BotFramework.Dialogs;

/// <summary>The code of one waterfall step: ask something (prompt), move on (<see cref="WaterfallStepContext.NextAsync"/>) or end.</summary>
public delegate Task<DialogTurnResult> WaterfallStepHandler(WaterfallStepContext step, CancellationToken cancellationToken);
