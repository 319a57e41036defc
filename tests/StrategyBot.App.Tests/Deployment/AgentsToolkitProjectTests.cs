using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using StrategyBot.App.Tests.Manifest;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>m365agents.yml against the toolkit's published schema, and its steps against the files they use.</summary>
public sealed class AgentsToolkitProjectTests
{
    private const string BotId = "3d4c5b6a-7e8f-4a0b-9c1d-2e3f4a5b6c7d";
    private const string TeamsAppId = "9e8d7c6b-5a49-4838-a726-15f4e3d2c1b0";

    [Fact]
    public void Yaml_AsCommitted_MatchesToolkitSchema()
    {
        var errors = AgentsToolkitProject.Validate(AgentsToolkitProject.ReadYaml());

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Yaml_MisspelledActionParameter_FailsToolkitSchema()
    {
        var yaml = File.ReadAllText(AgentsToolkitProject.YamlPath)
            .Replace("artifactFolder:", "artifactFolders:", StringComparison.Ordinal);

        var errors = AgentsToolkitProject.Validate(YamlJson.Parse(yaml)!);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Yaml_EveryPlaceholder_IsDefinedInTheDevEnvironment()
    {
        var environment = AgentsToolkitProject.ReadEnvironment("dev");
        var used = AgentsToolkitProject.Placeholders(File.ReadAllText(AgentsToolkitProject.YamlPath))
            .Union(AgentsToolkitProject.Placeholders(File.ReadAllText(Path.Combine(BicepCli.Infra, "azure.parameters.json"))));

        Assert.All(used, name => Assert.True(environment.ContainsKey(name), $"{name} is not in infra/env/.env.dev"));
        Assert.Equal("./infra/env", (string?)AgentsToolkitProject.ReadYaml()["environmentFolderPath"]);
    }

    [Fact]
    public async Task Yaml_ProvisionedValuesItReads_AreOutputsOfTheTemplate()
    {
        var outputs = (await BicepCli.BuildAsync(Path.Combine(BicepCli.Infra, "main.bicep"), CancellationToken.None))["outputs"]!.AsObject();
        var environment = AgentsToolkitProject.ReadEnvironment("dev");

        foreach (var name in new[] { "BOT_ID", "BOT_ENDPOINT", "BOT_DOMAIN", "BOT_AZURE_APP_SERVICE_RESOURCE_ID" })
        {
            Assert.True(outputs.ContainsKey(name), $"{name} is not an output of infra/main.bicep");
            Assert.True(environment.ContainsKey(name), $"{name} is not in infra/env/.env.dev");
        }
    }

    [Fact]
    public async Task ParametersFile_ExpandedWithDevEnvironment_FitsTheTemplateParameters()
    {
        var template = await BicepCli.BuildAsync(Path.Combine(BicepCli.Infra, "main.bicep"), CancellationToken.None);
        var declared = template["parameters"]!.AsObject();
        var text = AgentsToolkitProject.Expand(
            await File.ReadAllTextAsync(Path.Combine(BicepCli.Infra, "azure.parameters.json")),
            AgentsToolkitProject.ReadEnvironment("dev"));

        var given = JsonNode.Parse(text)!["parameters"]!.AsObject();

        Assert.DoesNotContain(given, parameter => !declared.ContainsKey(parameter.Key));
        Assert.Empty(declared.Where(parameter => parameter.Value!["defaultValue"] is null && !given.ContainsKey(parameter.Key)).Select(parameter => parameter.Key));
        var prefix = (string)given["namePrefix"]!["value"]!;
        Assert.InRange(prefix.Length, (int)declared["namePrefix"]!["minLength"]!, (int)declared["namePrefix"]!["maxLength"]!);
        Assert.Matches("^[a-z0-9]+$", prefix);
        Assert.Contains((string?)given["appServiceSku"]!["value"], declared["appServiceSku"]!["allowedValues"]!.AsArray().Select(value => (string?)value));
        Assert.True((int)given["instanceCount"]!["value"]! >= (int)declared["instanceCount"]!["minValue"]!);
    }

    [Fact]
    public void Yaml_ArmDeploy_UsesTheTemplateAndBicepVersionTheTestsCheck()
    {
        var step = Assert.Single(AgentsToolkitProject.Steps(AgentsToolkitProject.ReadYaml(), "provision", "arm/deploy"));
        var template = Assert.Single(step["with"]!["templates"]!.AsArray());
        var packages = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        var bicepVersion = packages.Descendants("PackageVersion")
            .Single(package => (string?)package.Attribute("Include") == "Azure.Bicep.CommandLine.linux-x64")
            .Attribute("Version")!.Value;

        Assert.Equal("./infra/main.bicep", (string?)template!["path"]);
        Assert.Equal("./infra/azure.parameters.json", (string?)template["parameters"]);
        Assert.Equal($"v{bicepVersion}", (string?)step["with"]!["bicepCliVersion"]);
    }

    [Fact]
    public async Task Yaml_PackageStep_ZipsManifestWithTheProvisionedBotIdAndTeamsAppId()
    {
        var document = AgentsToolkitProject.ReadYaml();
        var step = Assert.Single(AgentsToolkitProject.Steps(document, "provision", "script"));
        var values = new Dictionary<string, string>(AgentsToolkitProject.ReadEnvironment("dev"))
        {
            ["BOT_ID"] = BotId,
            ["TEAMS_APP_ID"] = TeamsAppId,
        };
        var environment = step["env"]!.AsObject().ToDictionary(
            variable => variable.Key,
            variable => (string?)AgentsToolkitProject.Expand((string)variable.Value!, values));
        environment["HOME"] = null;
        using var sandbox = new PackagingSandbox();
        environment["HOME"] = sandbox.Home;

        var run = await CommandLine.RunAsync("bash", ["-c", (string)step["with"]!["run"]!], environment, sandbox.Root, CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        var update = Assert.Single(AgentsToolkitProject.Steps(document, "provision", "teamsApp/update"));
        var packagePath = Path.Combine(sandbox.Root, AgentsToolkitProject.Expand((string)update["with"]!["appPackagePath"]!, values));
        using var package = ZipFile.OpenRead(packagePath);
        var manifest = PackagingSandbox.ReadManifest(package);
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        var validation = SchemaValidator.ValidateTeamsManifest(manifest);
        Assert.True(validation.IsValid, validation.ToString());
    }

    [Fact]
    public void Yaml_Deploy_PublishesTheAppAndZipDeploysThatFolderToTheProvisionedApp()
    {
        var document = AgentsToolkitProject.ReadYaml();
        var publish = (string)Assert.Single(AgentsToolkitProject.Steps(document, "deploy", "cli/runDotnetCommand"))["with"]!["args"]!;
        var deploy = Assert.Single(AgentsToolkitProject.Steps(document, "deploy", "azureAppService/zipDeploy"))["with"]!;
        var arguments = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("publish", arguments[0]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, arguments[1])), arguments[1]);
        Assert.Equal("Release", arguments[Array.IndexOf(arguments, "--configuration") + 1]);
        Assert.Equal((string?)deploy["artifactFolder"], arguments[Array.IndexOf(arguments, "--output") + 1]);
        Assert.Equal("${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}", (string?)deploy["resourceId"]);
    }
}
