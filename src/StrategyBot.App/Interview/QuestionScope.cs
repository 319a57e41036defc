using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>
/// What a question sees while it is asked or answered: the turn, the plan, the user's language and today, the loop
/// item, and the flow's memo (working values a step keeps between its questions, such as the KPIs just picked).
/// </summary>
internal sealed class QuestionScope
{
    private static readonly System.Buffers.SearchValues<char> NameEnds = System.Buffers.SearchValues.Create(",،—–:(;؛\n");

    private readonly JsonObject _flowValues;

    public QuestionScope(DialogContext context, MarketingPlan plan, Language language, int item, DateOnly today, bool editing, JsonObject flowValues)
    {
        Context = context;
        _flowValues = flowValues;
        Plan = plan;
        Language = language;
        Item = item;
        Today = today;
        Editing = editing;
    }

    /// <summary>The turn: its activity, the user's other documents, and a way to say something before the next question.</summary>
    public DialogContext Context { get; }

    /// <summary>The plan as this scope's answer has changed it so far (the turn's shared view until then).</summary>
    public MarketingPlan Plan { get; private set; }

    /// <summary>The answer's change to the plan: a new plan made from the one it has; the flow stores it once the answer is in.</summary>
    public void Update(Func<MarketingPlan, MarketingPlan> change) => Plan = change(Plan);

    /// <summary>The answer's change to the Situation: a new value made from the one the plan has.</summary>
    public void UpdateSituation(Func<Situation, Situation> change) => Plan = Plan with { Situation = change(Plan.Situation) };

    /// <summary>The answer's change to the Strategy.</summary>
    public void UpdateStrategy(Func<Strategy, Strategy> change) => Plan = Plan with { Strategy = change(Plan.Strategy) };

    /// <summary>The answer's change to the Tactics.</summary>
    public void UpdateTactics(Func<Tactics, Tactics> change) => Plan = Plan with { Tactics = change(Plan.Tactics) };

    /// <summary>The answer's change to Control.</summary>
    public void UpdateControl(Func<Domain.Planning.Control, Domain.Planning.Control> change) => Plan = Plan with { Control = change(Plan.Control) };

    /// <summary>Persisted with the flow and restored by "back"; keep it small.</summary>
    public JsonObject Memo => _flowValues[QuestionFlow.MemoKey] as JsonObject ?? (JsonObject)(_flowValues[QuestionFlow.MemoKey] = new JsonObject())!;

    public Language Language { get; }

    /// <summary>The index of the persona, competitor, platform or action the question is about.</summary>
    public int Item { get; }

    public DateOnly Today { get; }

    /// <summary>True when the user came here with "edit": every answer is shown so it can be kept.</summary>
    public bool Editing { get; }

    public string Text(InterviewText key, params object?[] args) => Texts.Format(Language, key, args);

    public string Text(FormText key, params object?[] args) => Texts.Format(Language, key, args);

    /// <summary>Says a line before whatever comes next (the next question, or the end of the step).</summary>
    public void Say(string text) => InterviewTurn.Say(Context, Language, text);

    /// <summary>The same scope about another loop item.</summary>
    public QuestionScope At(int item) => new(Context, Plan, Language, item, Today, Editing, _flowValues);

    public string Number(decimal value) => LocalFormat.Number(Language, value);

    public string PlatformName(Platform platform) => ObjectiveNames.Platform(Language, platform);

    public string PlatformNames(IEnumerable<Platform> platforms) => ObjectiveNames.JoinPlatforms(Language, platforms);

    /// <summary>Items joined the way the language lists them: "a, b, c" or "الف، ب، ج".</summary>
    public string List(IEnumerable<string> items) => string.Join(Texts.Get(Language, TextKey.ListSeparator), items);

    /// <summary>
    /// How to refer to a persona or competitor in a question: the name before any description ("Busy Sara" of
    /// "Busy Sara, a working mum"), made safe to show.
    /// </summary>
    public static string ShortName(string? name)
    {
        var text = name ?? string.Empty;
        var cut = text.AsSpan().IndexOfAny(NameEnds);
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && (cut < 0 || dash < cut))
        {
            cut = dash;
        }

        var shortName = cut > 0 ? text[..cut].Trim() : text.Trim();
        return Quote(shortName.Length == 0 ? text : shortName, 40);
    }

    /// <summary>User text made safe to show inside our own message and shortened to <paramref name="maxLength"/>.</summary>
    public static string Quote(string? userText, int maxLength = 60) => CardText.Escape(userText, maxLength);
}
