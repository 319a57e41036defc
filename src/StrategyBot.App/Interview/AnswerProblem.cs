using StrategyBot.App.Localization;

namespace StrategyBot.App.Interview;

/// <summary>What is wrong with an answer, as a text key and its arguments, so it can be said in either language.</summary>
internal sealed class AnswerProblem
{
    public AnswerProblem(InterviewText key, params object?[] args)
    {
        Key = key;
        Args = args;
    }

    public InterviewText Key { get; }

    public IReadOnlyList<object?> Args { get; }

    public string Describe(Language language) => Texts.Format(language, Key, [.. Args]);
}
