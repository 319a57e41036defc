using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// A form card: several related questions in one card, saved with Action.Execute (verb "form", data {action,
/// promptId}; docs/bot-protocol.md#universal-actions). The bot answers the invoke with the same card, problems marked
/// under their fields and every value kept, or with <see cref="Saved"/>. Inputs are not required on the client: the
/// server says which field is missing, so the valid fields of a half-filled card are saved at once.
/// </summary>
public static class FormCard
{
    private const int MaxExpandedChoices = 5;

    public static JsonObject Build(FormCardContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.PromptId);
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.Form)).SetText("title", content.Title);
        if (string.IsNullOrWhiteSpace(content.Intro))
        {
            filler.Remove("intro");
        }
        else
        {
            filler.SetText("intro", content.Intro);
        }

        if (content.ProblemSummary is { } summary)
        {
            filler.SetText("problemSummary", summary);
        }
        else
        {
            filler.Remove("problemSummary");
        }

        filler.Repeat("field", content.Fields, (row, field, _) => FillField(row, field));
        filler.SetTitle("save", content.SaveTitle).SetData("save", new JsonObject
        {
            [CardActions.ActionField] = CardActions.Form,
            [CardActions.PromptIdField] = content.PromptId,
        });
        return filler.Finish(language, content.FallbackText ?? FallbackText(content));
    }

    /// <summary>The compact view that replaces a saved form: its title, an optional note, and each field's answer.</summary>
    public static JsonObject Saved(string title, string? note, IEnumerable<(string Label, string Value)> facts, Language language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var shown = facts.ToList();
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.FormSaved)).SetText("title", title);
        if (note is null)
        {
            filler.Remove("note");
        }
        else
        {
            filler.SetText("note", note);
        }

        filler.SetFacts("facts", shown);
        return filler.Finish(language, title + "\n" + string.Join('\n', shown.Select(f => f.Label + ": " + f.Value)));
    }

    private static void FillField(CardFiller row, FormCardField field)
    {
        var template = row.Element("input");
        var input = Input(field);
        var siblings = (JsonArray)template.Parent!;
        siblings[siblings.IndexOf(template)] = input;
        row.SetId(field.Id, field.Id);
        if (field.Problem is { } problem)
        {
            row.SetText("problem", problem);
        }
        else
        {
            row.Remove("problem");
        }
    }

    private static JsonObject Input(FormCardField field)
    {
        var input = new JsonObject { ["id"] = field.Id, ["label"] = CardText.RepairUtf16(field.Label) };
        switch (field.Input)
        {
            case QuestionInputKind.Choice:
                input["type"] = "Input.ChoiceSet";
                input["style"] = field.Choices.Count > MaxExpandedChoices || field.AllowMultiple ? "compact" : "expanded";
                input["wrap"] = true;
                input["choices"] = new JsonArray([.. field.Choices.Select(c => (JsonNode)new JsonObject
                {
                    ["title"] = CardText.RepairUtf16(c.Title),
                    ["value"] = CardText.RepairUtf16(c.Value),
                })]);
                if (field.AllowMultiple)
                {
                    input["isMultiSelect"] = true;
                }

                SetValue(input, field.Value);
                break;
            case QuestionInputKind.Number:
                input["type"] = "Input.Number";
                SetNumber(input, "min", field.Min);
                SetNumber(input, "max", field.Max);
                if (decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    input["value"] = number;
                }

                SetPlaceholder(input, field.Placeholder);
                break;
            case QuestionInputKind.Date:
                input["type"] = "Input.Date";
                if (field.EarliestDate is { } earliest)
                {
                    input["min"] = earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                if (DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    input["value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                break;
            default:
                input["type"] = "Input.Text";
                input["maxLength"] = field.MaxLength;
                input["isMultiline"] = field.Multiline;
                SetValue(input, field.Value);
                SetPlaceholder(input, field.Placeholder);
                break;
        }

        return input;
    }

    private static void SetValue(JsonObject input, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = CardText.RepairUtf16(value);
        }
    }

    private static void SetNumber(JsonObject input, string property, decimal? value)
    {
        if (value is { } number)
        {
            input[property] = number;
        }
    }

    private static void SetPlaceholder(JsonObject input, string? placeholder)
    {
        if (!string.IsNullOrWhiteSpace(placeholder))
        {
            input["placeholder"] = CardText.RepairUtf16(placeholder);
        }
    }

    // Clients that cannot render the card show this: the fields in order, so the typed path still makes sense.
    private static string FallbackText(FormCardContent content)
    {
        var builder = new StringBuilder(content.Title);
        foreach (var field in content.Fields)
        {
            builder.Append('\n').Append("- ").Append(field.Label);
        }

        if (!string.IsNullOrWhiteSpace(content.Intro))
        {
            builder.Append('\n').Append(content.Intro);
        }

        return builder.ToString();
    }
}
