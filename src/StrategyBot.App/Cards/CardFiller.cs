using System.Globalization;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// Fills a card (or one cloned row of it) by element <c>id</c>. Values go in as JSON nodes, so System.Text.Json
/// escapes them when the card is written; text that came from a user must also go through
/// <see cref="CardText.Escape"/> first, because escaping JSON does not stop markdown. Pure: no I/O.
/// </summary>
public sealed class CardFiller
{
    // Ids given explicitly through SetId; Repeat leaves them alone when it makes cloned ids unique.
    private readonly HashSet<string> _pinnedIds = new(StringComparer.Ordinal);

    public CardFiller(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
    }

    /// <summary>The card or row being filled.</summary>
    public JsonObject Root { get; }

    /// <summary>Whether an element with this id exists.</summary>
    public bool Contains(string id) => CardTree.Find(Root, id) is not null;

    /// <summary>The element with this id; throws when there is none, since that means template and code disagree.</summary>
    public JsonObject Element(string id) =>
        CardTree.Find(Root, id) ?? throw new InvalidOperationException($"The card has no element with id '{id}'.");

    /// <summary>Sets any property of an element.</summary>
    public CardFiller Set(string id, string property, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        Element(id)[property] = value;
        return this;
    }

    /// <summary>Sets a TextBlock's or TextRun's <c>text</c>.</summary>
    public CardFiller SetText(string id, string text) => SetString(id, "text", text);

    /// <summary>Sets an action's <c>title</c>.</summary>
    public CardFiller SetTitle(string id, string title) => SetString(id, "title", title);

    /// <summary>Sets an input's <c>label</c>.</summary>
    public CardFiller SetLabel(string id, string label) => SetString(id, "label", label);

    /// <summary>Sets an input's <c>placeholder</c>.</summary>
    public CardFiller SetPlaceholder(string id, string placeholder) => SetString(id, "placeholder", placeholder);

    /// <summary>Sets an input's <c>errorMessage</c>.</summary>
    public CardFiller SetErrorMessage(string id, string message) => SetString(id, "errorMessage", message);

    /// <summary>Sets a text, date or choice input's initial <c>value</c>; null removes it.</summary>
    public CardFiller SetValue(string id, string? value)
    {
        if (value is null)
        {
            Element(id).Remove("value");
            return this;
        }

        return SetString(id, "value", value);
    }

    /// <summary>Sets an Input.Number's initial <c>value</c>.</summary>
    public CardFiller SetValue(string id, decimal value) => Set(id, "value", JsonValue.Create(value));

    /// <summary>Replaces an action's <c>data</c>. The object is cloned, so the caller's copy stays its own.</summary>
    public CardFiller SetData(string id, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Set(id, "data", data.DeepClone());
    }

    /// <summary>Changes an element's id, for example to give a cloned input the key its value is submitted under.</summary>
    public CardFiller SetId(string id, string newId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newId);
        Element(id)["id"] = newId;
        _pinnedIds.Add(newId);
        return this;
    }

    /// <summary>Replaces a FactSet's facts.</summary>
    public CardFiller SetFacts(string id, IEnumerable<(string Title, string Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var array = new JsonArray();
        foreach (var (title, value) in facts)
        {
            array.Add(new JsonObject
            {
                ["title"] = CardText.RepairUtf16(title),
                ["value"] = CardText.RepairUtf16(value),
            });
        }

        return Set(id, "facts", array);
    }

    /// <summary>Replaces an Input.ChoiceSet's choices.</summary>
    public CardFiller SetChoices(string id, IEnumerable<CardChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var array = new JsonArray();
        foreach (var choice in choices)
        {
            array.Add(new JsonObject
            {
                ["title"] = CardText.RepairUtf16(choice.Title),
                ["value"] = CardText.RepairUtf16(choice.Value),
            });
        }

        return Set(id, "choices", array);
    }

    /// <summary>Removes an element (from its array, or the property that holds it).</summary>
    public CardFiller Remove(string id)
    {
        CardTree.Detach(Element(id));
        return this;
    }

    /// <summary>
    /// Replaces the prototype element with one filled clone per item, in order. Inside <paramref name="fill"/> the
    /// clone's elements keep the prototype's ids; afterwards every id in the clone gets "-{index}" appended (nested
    /// repeats included) so ids stay unique, except ids set with <see cref="SetId"/>, which the caller owns.
    /// No items removes the prototype.
    /// </summary>
    public CardFiller Repeat<T>(string prototypeId, IEnumerable<T> items, Action<CardFiller, T, int> fill)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(fill);
        var prototype = Element(prototypeId);
        if (prototype.Parent is not JsonArray siblings)
        {
            throw new InvalidOperationException($"Element '{prototypeId}' is not in an array, so it cannot be repeated.");
        }

        var position = siblings.IndexOf(prototype);
        var index = 0;
        foreach (var item in items)
        {
            var clone = prototype.DeepClone().AsObject();
            var row = new CardFiller(clone);
            fill(row, item, index);
            CardTree.SuffixIds(clone, row._pinnedIds, "-" + index.ToString(CultureInfo.InvariantCulture));
            _pinnedIds.UnionWith(row._pinnedIds);
            siblings.Insert(position + 1 + index, clone);
            index++;
        }

        siblings.Remove(prototype);
        return this;
    }

    /// <summary>
    /// Final touches every card gets: the designer's <c>$schema</c> dropped, <c>lang</c>, an explicit <c>rtl</c> (so a Persian-UI client does not flip an
    /// English card), and <c>fallbackText</c> for clients that cannot render it. Text alignment is left as designed: with <c>rtl</c> set, renderers read
    /// "left" and "right" as start and end (Adaptive Cards RTL spec, specs/DesignDiscussions/RTL.md), so Persian text starts at the right edge by itself.
    /// </summary>
    public JsonObject Finish(Language language, string fallbackText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallbackText);

        // "$schema" only helps the designer open the template; Teams does not need it in every message.
        Root.Remove("$schema");
        Root["lang"] = Languages.Code(language);
        Root["rtl"] = Languages.IsRightToLeft(language);
        Root["fallbackText"] = CardText.RepairUtf16(fallbackText);

        return Root;
    }

    private CardFiller SetString(string id, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Set(id, property, JsonValue.Create(CardText.RepairUtf16(value)));
    }
}
