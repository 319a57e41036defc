namespace StrategyBot.Domain.Smart;

/// <summary>Where the baseline came from.</summary>
public enum BaselineSource
{
    None,

    /// <summary>Given on the objective itself (a confirmed field or "from 5k to 8k", "currently 5k").</summary>
    Stated,

    /// <summary>Taken from the Situation step's platform presence (followers, weekly reach).</summary>
    Presence,

    /// <summary>Zero, because the text says the account is new ("launch", "from scratch", "از صفر").</summary>
    NewAccount,
}
