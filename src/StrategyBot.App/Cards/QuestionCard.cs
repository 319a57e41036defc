using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// A question with one input, for prompts where structure helps (choices, numbers, dates, longer text). The card
/// also says the answer can be typed, and the typed path must keep working: Teams mobile renders cards up to 1.2
/// only (docs/bot-protocol.md#adaptive-cards). The submit sends {"action":"answer","promptId":…,"answer":…}.
/// </summary>
public static class QuestionCard
{
    // More options than this would push an expanded radio list past one phone screen.
    private const int MaxExpandedChoices = 5;

    private static readonly Dictionary<QuestionInputKind, string> InputIds = new()
    {
        [QuestionInputKind.Choice] = "choiceAnswer",
        [QuestionInputKind.Number] = "numberAnswer",
        [QuestionInputKind.Date] = "dateAnswer",
        [QuestionInputKind.Text] = "textAnswer",
    };

    /// <summary>The filled card; wrap it with <c>Attachment.AdaptiveCard</c>.</summary>
    public static JsonObject Build(QuestionCardContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.PromptId);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Question);
        if (content.Input == QuestionInputKind.Choice && content.Choices.Count == 0)
        {
            throw new ArgumentException("A choice question needs at least one choice.", nameof(content));
        }

        var filler = new CardFiller(CardTemplates.Get(CardTemplates.Question)).SetText("question", content.Question);
        if (string.IsNullOrWhiteSpace(content.HelpLine))
        {
            filler.Remove("helpLine");
        }
        else
        {
            filler.SetText("helpLine", content.HelpLine);
        }

        var inputId = InputIds[content.Input];
        foreach (var other in InputIds.Values.Where(id => id != inputId))
        {
            filler.Remove(other);
        }

        FillInput(filler, inputId, content, language);
        // Every input gets a label (screen readers announce it; the renderer warns without one). The question itself
        // stays a TextBlock above it, because Teams mobile renders cards up to 1.2, which has no labels.
        filler.Set(inputId, "label", Texts.Get(language, TextKey.QuestionAnswerLabel));
        filler.SetId(inputId, CardActions.AnswerField)
            .SetText("typeHint", Texts.Get(language, TextKey.QuestionTypeHint))
            .SetTitle("submit", Texts.Get(language, TextKey.QuestionSubmitButton))
            .SetData("submit", new JsonObject
            {
                [CardActions.ActionField] = CardActions.Answer,
                [CardActions.PromptIdField] = content.PromptId,
            });
        return filler.Finish(language, FallbackText(content, language));
    }

    private static void FillInput(CardFiller filler, string id, QuestionCardContent content, Language language)
    {
        if (content.IsRequired)
        {
            filler.SetErrorMessage(id, Texts.Get(language, TextKey.QuestionAnswerRequired));
        }
        else
        {
            filler.Set(id, "isRequired", false).Element(id).Remove("errorMessage");
        }

        var input = filler.Element(id);
        switch (content.Input)
        {
            case QuestionInputKind.Choice:
                var compact = content.Choices.Count > MaxExpandedChoices;
                filler.SetChoices(id, content.Choices).Set(id, "style", compact ? "compact" : "expanded");
                if (content.AllowMultiple)
                {
                    input["isMultiSelect"] = true;
                }

                if (compact && !content.AllowMultiple)
                {
                    filler.SetPlaceholder(id, Texts.Get(language, TextKey.QuestionChoicePlaceholder));
                }

                filler.SetValue(id, content.CurrentValue);
                break;
            case QuestionInputKind.Number:
                SetOptional(input, "min", content.Min);
                SetOptional(input, "max", content.Max);
                if (decimal.TryParse(content.CurrentValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    filler.SetValue(id, number);
                }

                SetPlaceholder(filler, id, content.Placeholder);
                break;
            case QuestionInputKind.Date:
                SetOptional(input, "min", content.EarliestDate);
                SetOptional(input, "max", content.LatestDate);
                if (DateOnly.TryParseExact(content.CurrentValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    filler.SetValue(id, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                break;
            default:
                input["maxLength"] = content.MaxLength;
                input["isMultiline"] = content.Multiline;
                filler.SetValue(id, content.CurrentValue);
                SetPlaceholder(filler, id, content.Placeholder);
                break;
        }
    }

    private static void SetOptional(JsonObject input, string property, decimal? value)
    {
        if (value is { } number)
        {
            input[property] = number;
        }
    }

    private static void SetOptional(JsonObject input, string property, DateOnly? value)
    {
        if (value is { } date)
        {
            input[property] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    private static void SetPlaceholder(CardFiller filler, string id, string? placeholder)
    {
        if (string.IsNullOrWhiteSpace(placeholder))
        {
            filler.Element(id).Remove("placeholder");
        }
        else
        {
            filler.SetPlaceholder(id, placeholder);
        }
    }

    // Clients that cannot render the card show this instead, so it has to carry the whole question: the options,
    // numbered so "2" works as a typed answer, and the hint that typing is fine.
    private static string FallbackText(QuestionCardContent content, Language language)
    {
        var builder = new StringBuilder(content.Question);
        if (!string.IsNullOrWhiteSpace(content.HelpLine))
        {
            builder.Append('\n').Append(content.HelpLine);
        }

        if (content.Input == QuestionInputKind.Choice)
        {
            for (var i = 0; i < content.Choices.Count; i++)
            {
                builder.Append('\n').Append(LocalFormat.Number(language, i + 1)).Append(". ").Append(content.Choices[i].Title);
            }
        }

        return builder.Append('\n').Append(Texts.Get(language, TextKey.QuestionTypeHint)).ToString();
    }
}
