using System.Text;
using System.Text.Json;

namespace StrategyBot.Bench.Interview;

/// <summary>A one-line view of a reply activity (its text, card texts and buttons), for explore output and errors.</summary>
internal static class ReplyText
{
    public static string Summarise(string? body)
    {
        if (body is null)
        {
            return "(body not kept)";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var line = new StringBuilder();
            Collect(document.RootElement, line);
            var text = line.ToString().Replace('\n', ' ');
            return text.Length > 400 ? text[..400] + "…" : text;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    private static void Collect(JsonElement element, StringBuilder line)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title")
                    {
                        line.Append(property.Name == "title" ? "[" : string.Empty).Append(property.Value.GetString())
                            .Append(property.Name == "title" ? "] " : " / ");
                    }
                    else if (property.Name is not ("from" or "recipient" or "conversation"))
                    {
                        Collect(property.Value, line);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, line);
                }

                break;
        }
    }
}
