namespace StrategyBot.App.Cards;

/// <summary>Which input a question card shows.</summary>
public enum QuestionInputKind
{
    Text,
    Number,
    Date,
    Choice,
}
