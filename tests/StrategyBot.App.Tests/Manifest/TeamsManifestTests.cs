using System.Text.Json.Nodes;
using StrategyBot.App.MessageExtensions;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>manifest/manifest.json as committed, against the Teams v1.30 schema and the bot's command contract.</summary>
public sealed class TeamsManifestTests
{
    private const string PlaceholderId = "00000000-0000-0000-0000-000000000000";

    private static readonly JsonNode _manifest =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.json")))!;

    [Fact]
    public void Manifest_AgainstSchema130_IsValid()
    {
        var result = SchemaValidator.ValidateTeamsManifest(_manifest);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Manifest_Versions_MatchTheSchemaFile()
    {
        var manifestVersion = (string?)_manifest["manifestVersion"];
        var schemaUrl = (string?)_manifest["$schema"];

        Assert.Equal("1.30", manifestVersion);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", schemaUrl);
    }

    [Fact]
    public void Manifest_Ids_ArePlaceholdersFilledAtPackagingTime()
    {
        var bot = _manifest["bots"]!.AsArray().Single()!;

        Assert.Equal(PlaceholderId, (string?)_manifest["id"]);
        Assert.Equal(PlaceholderId, (string?)bot["botId"]);
    }

    [Fact]
    public void Manifest_Bot_InstallsPersonallyInTeamsAndInGroupChats()
    {
        var bot = _manifest["bots"]!.AsArray().Single()!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.Equal("personal", (string?)_manifest["defaultInstallScope"]);
    }

    [Fact]
    public void Manifest_PersonalCommandList_HasTheSixCommandsWithShortTitlesAndDescriptions()
    {
        var commandList = CommandList("personal");
        var commands = commandList["commands"]!.AsArray().Select(command => command!).ToList();

        Assert.Equal(
            ["start a plan", "show my plan", "my plans", "check in now", "help", "language"],
            commands.Select(command => (string?)command["title"]));
        AssertShort(commands);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void Manifest_TeamAndGroupChatCommandLists_NameTheTeamPlanCommands(string scope)
    {
        var commands = CommandList(scope)["commands"]!.AsArray().Select(command => command!).ToList();

        Assert.Equal(
            ["start a team plan", "fill situation", "show team plan", "add editor", "help"],
            commands.Select(command => (string?)command["title"]));
        AssertShort(commands);
    }

    private static JsonNode CommandList(string scope) =>
        _manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Select(s => (string?)s).SequenceEqual([scope]))!;

    private static void AssertShort(List<JsonNode> commands)
    {
        Assert.All(commands, command => Assert.InRange(((string)command["title"]!).Length, 1, 32));
        Assert.All(commands, command => Assert.InRange(((string?)command["description"])?.Trim().Length ?? 0, 1, 128));
    }

    [Fact]
    public void Manifest_DeveloperUrls_AreHttps()
    {
        var developer = _manifest["developer"]!.AsObject();
        string?[] urls = [(string?)developer["websiteUrl"], (string?)developer["privacyUrl"], (string?)developer["termsOfUseUrl"]];

        Assert.All(urls, url => Assert.Equal(Uri.UriSchemeHttps, new Uri(url!).Scheme));
    }

    [Fact]
    public void Manifest_Icons_AreFilesBesideTheManifest()
    {
        var icons = _manifest["icons"]!;

        Assert.Equal("color.png", (string?)icons["color"]);
        Assert.Equal("outline.png", (string?)icons["outline"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Manifest, "color.png")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Manifest, "outline.png")));
    }

    [Fact]
    public void Manifest_ComposeExtension_IsServedByTheBotWithThePlaceholderId()
    {
        var extension = _manifest["composeExtensions"]!.AsArray().Single()!;

        Assert.Equal(PlaceholderId, (string?)extension["botId"]);
        Assert.Equal("botBased", (string?)extension["composeExtensionType"]);
    }

    [Fact]
    public void Manifest_ComposeExtension_HasTheThreeCommandsTheBotHandles()
    {
        var commands = _manifest["composeExtensions"]![0]!["commands"]!.AsArray().Select(command => command!).ToList();

        Assert.Equal(
            [MessageExtensionCommands.SaveAsGoal, MessageExtensionCommands.NewGoal, MessageExtensionCommands.MyObjectives],
            commands.Select(command => (string?)command["id"]));
        Assert.Equal(["Save as goal", "New goal", "My objectives"], commands.Select(command => (string?)command["title"]));
        Assert.All(commands, command => Assert.False(string.IsNullOrWhiteSpace((string?)command["description"])));
    }

    [Fact]
    public void Manifest_SaveAsGoal_IsAMessageActionThatFetchesItsDialog()
    {
        var command = Command(MessageExtensionCommands.SaveAsGoal);

        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal(["message"], command["context"]!.AsArray().Select(context => (string?)context));
        Assert.True((bool?)command["fetchTask"]);
    }

    [Fact]
    public void Manifest_NewGoal_IsAComposeActionThatFetchesItsDialog()
    {
        var command = Command(MessageExtensionCommands.NewGoal);

        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal(["compose", "commandBox"], command["context"]!.AsArray().Select(context => (string?)context));
        Assert.True((bool?)command["fetchTask"]);
    }

    [Fact]
    public void Manifest_MyObjectives_IsASearchWithOneTextParameterAndAnInitialRun()
    {
        var command = Command(MessageExtensionCommands.MyObjectives);
        var parameter = command["parameters"]!.AsArray().Single()!;

        Assert.Equal("query", (string?)command["type"]);
        Assert.True((bool?)command["initialRun"]);
        Assert.Equal(MessageExtensionCommands.SearchParameter, (string?)parameter["name"]);
        Assert.Equal("text", (string?)parameter["inputType"]);
    }

    private static JsonNode Command(string id) =>
        _manifest["composeExtensions"]![0]!["commands"]!.AsArray().Single(command => (string?)command!["id"] == id)!;
}
