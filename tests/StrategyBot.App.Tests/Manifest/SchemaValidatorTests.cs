using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>The shared validators themselves: they must reject what Teams would reject, or the other tests prove nothing.</summary>
public sealed class SchemaValidatorTests
{
    private static JsonObject ValidCard() => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Weekly check-in", ["wrap"] = true },
            new JsonObject { ["type"] = "Input.Number", ["id"] = "reach", ["label"] = "Reach", ["isRequired"] = true },
        },
        ["actions"] = new JsonArray
        {
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send", ["data"] = new JsonObject { ["action"] = "checkIn" } },
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Show plan", ["verb"] = "showPlan" },
        },
    };

    private static JsonObject ValidManifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.json")))!.AsObject();

    [Fact]
    public void ValidateAdaptiveCard_ValidCard_IsValid()
    {
        var result = SchemaValidator.ValidateAdaptiveCard(ValidCard());

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void ValidateAdaptiveCard_TeamsFullWidthExtension_IsValid()
    {
        var card = ValidCard();
        card["msteams"] = new JsonObject { ["width"] = "Full" };

        var result = SchemaValidator.ValidateAdaptiveCard(card);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateAdaptiveCard_UnknownMsTeamsKey_IsInvalid()
    {
        var card = ValidCard();
        card["msteams"] = new JsonObject { ["height"] = "Tall" };

        var result = SchemaValidator.ValidateAdaptiveCard(card);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.StartsWith("/msteams/height", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateAdaptiveCard_UnknownElementType_IsInvalid()
    {
        var card = ValidCard();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Carousel", ["pages"] = new JsonArray() });

        var result = SchemaValidator.ValidateAdaptiveCard(card);

        Assert.False(result.IsValid);
        Assert.InRange(result.Errors.Count, 1, SchemaValidator.MaxErrors);
    }

    [Fact]
    public void ValidateAdaptiveCard_UnknownPropertyOnTextBlock_IsInvalid()
    {
        var card = ValidCard();
        card["body"]![0]!["colour"] = "Good";

        var result = SchemaValidator.ValidateAdaptiveCard(card);

        Assert.False(result.IsValid);
        Assert.InRange(result.Errors.Count, 1, SchemaValidator.MaxErrors);
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData(null)]
    public void ValidateAdaptiveCard_VersionTeamsCannotRender_IsInvalid(string? version)
    {
        var card = ValidCard();
        card["version"] = version;

        var result = SchemaValidator.ValidateAdaptiveCard(card);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.StartsWith("/version", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateTeamsManifest_BadBotId_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["bots"]![0]!["botId"] = "not-a-guid";

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.StartsWith("/bots/0/botId", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateTeamsManifest_ShortNameOver30Characters_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["name"]!["short"] = new string('S', 31);

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ValidateTeamsManifest_OtherManifestVersion_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["manifestVersion"] = "1.22";

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.StartsWith("/manifestVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateTeamsManifest_UnknownBotProperty_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["bots"]![0]!["needsCoffee"] = true;

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ValidateTeamsManifest_ComposeCommandInUnknownContext_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["composeExtensions"]![0]!["commands"]![0]!["context"] = new JsonArray("meetingChat");

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, error => error.StartsWith("/composeExtensions/0/commands/0/context", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateTeamsManifest_ComposeCommandTitleOver32Characters_IsInvalid()
    {
        var manifest = ValidManifest();
        manifest["composeExtensions"]![0]!["commands"]![0]!["title"] = new string('T', 33);

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ValidateTeamsManifest_SecondComposeExtension_IsInvalid()
    {
        var manifest = ValidManifest();
        var extensions = manifest["composeExtensions"]!.AsArray();
        extensions.Add(extensions[0]!.DeepClone());

        var result = SchemaValidator.ValidateTeamsManifest(manifest);

        Assert.False(result.IsValid);
    }
}
