namespace StrategyBot.BotFramework.Protocol;

/// <summary>The application's turn handler; the endpoint calls it once per authenticated, new activity.</summary>
public interface IBot
{
    /// <summary>Handles one turn: read <see cref="TurnContext.Activity"/>, queue replies, set the invoke response.</summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
