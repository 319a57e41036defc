using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// Small cards that are broken on purpose, one way each, so <see cref="CardRendererTests"/> can show that the
/// renderer notices: a check that never finds anything would pass the real cards for the wrong reason.
/// </summary>
internal static class RendererProbeCards
{
    public const string Plain = "probe-plain";
    public const string WideColumn = "probe-wide-column";
    public const string UnwrappedText = "probe-unwrapped-text";
    public const string MaxLines = "probe-max-lines";
    public const string TooManyButtons = "probe-too-many-buttons";
    public const string RemoteImage = "probe-remote-image";
    public const string RightToLeft = "probe-rtl";

    public const string RemoteImageUrl = "https://example.com/logo.png";

    private const string Sentence = "A sentence long enough to need more than one line on any phone, so that cutting it shows.";

    public static IEnumerable<CardRenderRequest> All()
    {
        var phone = CardRenderRequest.PhoneWidth;
        yield return new(Plain, Card(Text("Plain card")), phone);
        yield return new(WideColumn, Card(new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(new JsonObject { ["type"] = "Column", ["width"] = "600px", ["items"] = new JsonArray(Text(Sentence)) }),
        }), phone);
        yield return new(UnwrappedText, Card(new JsonObject { ["type"] = "TextBlock", ["text"] = Sentence, ["wrap"] = false }), phone);
        yield return new(MaxLines, Card(new JsonObject { ["type"] = "TextBlock", ["text"] = Sentence + " " + Sentence, ["wrap"] = true, ["maxLines"] = 1 }), phone);
        yield return new(TooManyButtons, Card(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray([.. Enumerable.Range(1, 8).Select(i => (JsonNode)new JsonObject { ["type"] = "Action.Submit", ["title"] = $"Button {i}" })]),
        }), phone);
        yield return new(RemoteImage, Card(Text("Logo:"), new JsonObject { ["type"] = "Image", ["url"] = RemoteImageUrl }), phone);
        var rtl = Card(Text("سلام، این یک کارت راست‌به‌چپ است."));
        rtl["rtl"] = true;
        yield return new(RightToLeft, rtl, phone);
    }

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonObject Card(params JsonObject[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray([.. body]),
    };
}
