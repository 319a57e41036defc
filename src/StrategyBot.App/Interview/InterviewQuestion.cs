using StrategyBot.App.Cards;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// One question of a step: how to ask it (text, kind, choices, the answer already in the plan; or, for a question
/// with its own card, a prompt it builds itself) and what to do with the answer (write it into the plan, and where
/// to go next). Questions inside a loop name their group; the item they are about is the flow's current item.
/// </summary>
internal sealed class InterviewQuestion
{
    private readonly Func<QuestionScope, string, PromptCall>? _ask;

    public InterviewQuestion(string key, QuestionKind kind, InterviewText text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Kind = kind;
        Text = text;
    }

    /// <summary>A question asked its own way: <paramref name="ask"/> gets the scope and the card's prompt id.</summary>
    public InterviewQuestion(string key, Func<QuestionScope, string, PromptCall> ask)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(ask);
        Key = key;
        Kind = QuestionKind.Custom;
        _ask = ask;
    }

    /// <summary>Stable within its dialog: it is persisted on the stack and in the resume point.</summary>
    public string Key { get; }

    public QuestionKind Kind { get; }

    /// <summary>The question; null for a question asked its own way.</summary>
    public InterviewText? Text { get; }

    /// <summary>A line under the question: why it matters or what a good answer looks like.</summary>
    public InterviewText? Help { get; init; }

    /// <summary>Optional questions may be skipped; the others say why they cannot be.</summary>
    public bool Optional { get; init; }

    /// <summary>The loop the question belongs to, for example the personas; null outside loops.</summary>
    public QuestionLoop? Loop { get; init; }

    /// <summary>Whether the question applies now; when false the flow passes over it.</summary>
    public Func<QuestionScope, bool>? When { get; init; }

    /// <summary>The values of the question text's placeholders (help text gets the same ones).</summary>
    public Func<QuestionScope, object?[]>? Args { get; init; }

    /// <summary>The answer already in the plan as the user reads it; null when there is none.</summary>
    public Func<QuestionScope, string?>? Shown { get; init; }

    /// <summary>The answer already in the plan in the card input's form (invariant numbers, ISO dates, choice values).</summary>
    public Func<QuestionScope, string?>? Input { get; init; }

    /// <summary>The options of a choice question, or the suggestions of a multi-select one.</summary>
    public Func<QuestionScope, IReadOnlyList<CardChoice>>? Choices { get; init; }

    /// <summary>One-tap answers offered under a plain-text question.</summary>
    public Func<QuestionScope, IReadOnlyList<string>>? QuickReplies { get; init; }

    /// <summary>An example shown in an empty card input.</summary>
    public Func<QuestionScope, string>? Placeholder { get; init; }

    /// <summary>
    /// The answer when the question needs no asking (for "add another?": more items exist, or the limit is reached);
    /// it goes to <see cref="Next"/> as if the user had given it, without <see cref="Save"/>.
    /// </summary>
    public Func<QuestionScope, QuestionAnswer?>? Auto { get; init; }

    /// <summary>
    /// What a skip stands for, given to <see cref="Save"/> and <see cref="Next"/> like a typed answer (in the SMART
    /// coaching, "keep it anyway"); null when a skip saves nothing.
    /// </summary>
    public object? SkipMeans { get; init; }

    /// <summary>
    /// What "keep" stands for at a question with no saved answer to show, given to <see cref="Save"/> and
    /// <see cref="Next"/> like a typed answer (in the SMART coaching, "keep it anyway"); null when "keep" needs a shown answer.
    /// </summary>
    public object? KeepMeans { get; init; }

    /// <summary>Writes the recognised answer into the plan.</summary>
    public Action<QuestionScope, object>? Save { get; init; }

    /// <summary>Where to go after this question; null means the next question in order.</summary>
    public Func<QuestionScope, QuestionAnswer, QuestionRoute?>? Next { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>
    /// Where "back" leads once this question is answered, instead of to it: for a question whose answer cannot be
    /// taken back by asking it again (the objective is saved), the earlier questions are forgotten too.
    /// </summary>
    public string? BackTo { get; init; }

    /// <summary>The longest text answer accepted.</summary>
    public int MaxLength { get; init; } = 1000;

    /// <summary>The prompt that asks this question in <paramref name="scope"/>, its card named <paramref name="promptId"/>.</summary>
    public PromptCall Ask(QuestionScope scope, string promptId) =>
        _ask?.Invoke(scope, promptId) ?? new PromptCall(InterviewPrompts.For(Kind), QuestionPrompts.Build(this, scope, promptId));
}
