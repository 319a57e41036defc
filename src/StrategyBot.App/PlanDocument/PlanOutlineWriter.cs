using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// The blocks of a plan document being written, in one language, and the wording helpers every section uses: texts,
/// lists, money, headings, labelled lines. The sections (<see cref="PlanOutlineBuilder"/>, <see cref="TacticsOutline"/>,
/// <see cref="ControlOutline"/>) add to it in SOSTAC order.
/// </summary>
internal sealed class PlanOutlineWriter(Language language, string? currency)
{
    private readonly List<PlanBlock> _blocks = [];

    public Language Language { get; } = language;

    /// <summary>The budget's currency code, for amounts; null when the plan has none.</summary>
    public string? Currency { get; } = currency;

    public void Add(PlanBlock block) => _blocks.Add(block);

    public IReadOnlyList<PlanBlock> Blocks => _blocks;

    public string Get(TextKey key) => Texts.Get(Language, key);

    public string Get(DocumentText key) => Texts.Get(Language, key);

    public string Format(TextKey key, params object?[] args) => Texts.Format(Language, key, args);

    public string Format(DocumentText key, params object?[] args) => Texts.Format(Language, key, args);

    public string Platforms(IEnumerable<Platform> platforms) => ObjectiveNames.JoinPlatforms(Language, platforms);

    public string Join(IEnumerable<string?> items) =>
        string.Join(Get(TextKey.ListSeparator), items.Where(i => !string.IsNullOrWhiteSpace(i)));

    public static string Dotted(IEnumerable<string?> parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    public string LeftToRight(string text) => Languages.IsRightToLeft(Language) ? BidiMarks.KeepLeftToRight(text) : text;

    public string Money(decimal amount) =>
        string.IsNullOrWhiteSpace(Currency) ? LocalFormat.Number(Language, amount) : LocalFormat.Currency(Language, amount, Currency);

    public int Heading(SostacStep step)
    {
        Add(PlanBlockKind.Heading, InterviewTexts.StepName(Language, step));
        return _blocks.Count;
    }

    // A step the user has not reached yet says so, rather than leaving a bare heading.
    public void NothingYetSince(int start)
    {
        if (_blocks.Count == start)
        {
            Add(PlanBlockKind.Paragraph, Get(TextKey.PlanSummaryNothingYet));
        }
    }

    public void Labelled(string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Bullet(label, text.Trim());
        }
    }

    public void Bullet(string label, string text) => _blocks.Add(new PlanBlock(PlanBlockKind.Bullet, text, label));

    public void Add(PlanBlockKind kind, string text) => _blocks.Add(new PlanBlock(kind, text));
}
