using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>infra/main.bicep, compiled and linted by the real Bicep CLI, and the ARM JSON it produces.</summary>
public sealed class InfraTemplateTests
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private static readonly Lazy<Task<JsonObject>> _template =
        new(() => BicepCli.BuildAsync(Path.Combine(BicepCli.Infra, "main.bicep"), CancellationToken.None));

    [Fact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var run = await BicepCli.RunAsync(["lint", "main.bicep"], CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(BicepCli.Diagnostics(run));
    }

    [Fact]
    public async Task Lint_TemplateWithUnusedParameter_IsReported()
    {
        var folder = Directory.CreateTempSubdirectory("strategybot-bicep-");
        try
        {
            File.Copy(Path.Combine(BicepCli.Infra, "bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var file = Path.Combine(folder.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param unused string\nparam location string = 'westeurope'\noutput where string = location\n");

            var run = await BicepCli.RunAsync(["lint", file], CancellationToken.None);

            Assert.Contains(BicepCli.Diagnostics(run), line => line.Contains("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Build_Parameters_NamePrefixLocationInstanceCountAndSku()
    {
        var template = await _template.Value;

        var parameters = template["parameters"]!.AsObject();
        Assert.All(["namePrefix", "location", "instanceCount", "appServiceSku"], name => Assert.True(parameters.ContainsKey(name), name));
        Assert.Equal(1, (int)parameters["instanceCount"]!["minValue"]!);
        Assert.Contains("B1", parameters["appServiceSku"]!["allowedValues"]!.AsArray().Select(value => (string?)value));
    }

    [Fact]
    public async Task Build_StorageAccount_SharedKeyOffHttpsOnlyTls12()
    {
        var storage = Resource(await _template.Value, "Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
    }

    [Fact]
    public async Task Build_RoleAssignment_GrantsIdentityTableDataContributorOnStorage()
    {
        var template = await _template.Value;
        var assignment = Resource(template, "Microsoft.Authorization/roleAssignments");

        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"], StringComparison.Ordinal);
        var properties = assignment["properties"]!;
        Assert.Equal(
            $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{StorageTableDataContributor}')]",
            WithVariables(template, (string?)properties["roleDefinitionId"]));
        AssertReferences(properties["principalId"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".principalId]");
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
    }

    [Fact]
    public async Task Build_WebApp_HttpsOnlyTls12AlwaysOnHealthCheckAndUserAssignedIdentity()
    {
        var template = await _template.Value;
        var site = Resource(template, "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var plan = Resource(template, "Microsoft.Web/serverfarms");
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("[parameters('instanceCount')]", (string?)plan["sku"]!["capacity"]);
    }

    [Fact]
    public async Task Build_AppSettings_ManagedIdentityAndNoSecret()
    {
        var settings = AppSettings(await _template.Value);

        Assert.Equal("UserAssignedMSI", (string?)settings["Bot__AppType"]);
        AssertReferences(settings["Bot__AppId"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".clientId]");
        AssertReferences(settings["Bot__TenantId"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".tenantId]");
        AssertReferences(settings["AZURE_CLIENT_ID"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".clientId]");
        AssertReferences(settings["Storage__ServiceUri"], "Microsoft.Storage/storageAccounts", ".primaryEndpoints.table]");
        Assert.DoesNotContain(settings, setting =>
            setting.Key.Contains("Secret", StringComparison.OrdinalIgnoreCase)
            || setting.Key == "Storage__ConnectionString"
            || ((string?)setting.Value ?? "").Contains("listKeys", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Build_AppSettings_InsightsWiredToTheExporterSettingTheAppReads()
    {
        var settings = AppSettings(await _template.Value);

        AssertReferences(settings["Telemetry__AzureMonitorConnectionString"], "Microsoft.Insights/components", ".ConnectionString]");
        Assert.False(settings.ContainsKey("APPLICATIONINSIGHTS_CONNECTION_STRING"));
    }

    [Fact]
    public async Task Build_AppSettings_EveryAppKeyIsInTheSampleSettings()
    {
        var settings = AppSettings(await _template.Value);
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "appsettings.sample.json")))!;

        foreach (var name in settings.Select(setting => setting.Key).Where(name => name.Contains("__", StringComparison.Ordinal)))
        {
            var node = name.Split("__").Aggregate((JsonNode?)sample, (parent, key) => parent?[key]);
            Assert.True(node is not null, $"{name} is not a key of appsettings.sample.json");
        }
    }

    [Fact]
    public async Task Build_AzureBot_UserAssignedMsiWithIdentityClientIdTenantAndEndpoint()
    {
        var bot = Resource(await _template.Value, "Microsoft.BotService/botServices")["properties"]!;

        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        AssertReferences(bot["msaAppId"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".clientId]");
        AssertReferences(bot["msaAppTenantId"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".tenantId]");
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string?)bot["msaAppMSIResourceId"], StringComparison.Ordinal);
        var endpoint = (string?)bot["endpoint"] ?? "";
        Assert.StartsWith("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites'", endpoint, StringComparison.Ordinal);
        Assert.EndsWith(".defaultHostName)]", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_TeamsChannel_Enabled()
    {
        var channel = Resource(await _template.Value, "Microsoft.BotService/botServices/channels")["properties"]!;

        Assert.Equal("MsTeamsChannel", (string?)channel["channelName"]);
        Assert.True((bool)channel["properties"]!["isEnabled"]!);
    }

    [Fact]
    public async Task Build_Outputs_BotIdAndEndpoint()
    {
        var outputs = (await _template.Value)["outputs"]!;

        AssertReferences(outputs["BOT_ID"]!["value"], "Microsoft.ManagedIdentity/userAssignedIdentities", ".clientId]");
        AssertReferences(outputs["BOT_ENDPOINT"]!["value"], "Microsoft.BotService/botServices", ".endpoint]");
        Assert.StartsWith("[resourceId('Microsoft.Web/sites'", (string?)outputs["BOT_AZURE_APP_SERVICE_RESOURCE_ID"]!["value"], StringComparison.Ordinal);
    }

    private static JsonObject Resource(JsonObject template, string type)
    {
        var matches = template["resources"]!.AsArray()
            .Select(resource => resource!.AsObject())
            .Where(resource => (string?)resource["type"] == type)
            .ToList();
        Assert.True(matches.Count == 1, $"expected one {type}, found {matches.Count}");
        return matches[0];
    }

    private static Dictionary<string, JsonNode?> AppSettings(JsonObject template) =>
        Resource(template, "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(setting => (string)setting!["name"]!, setting => setting!["value"]);

    // Inlines variables('name') where the variable is a plain string, as ARM would.
    private static string WithVariables(JsonObject template, string? expression)
    {
        var result = expression ?? "";
        foreach (var (name, value) in template["variables"]!.AsObject())
        {
            if (value?.GetValueKind() == System.Text.Json.JsonValueKind.String && !((string)value!).StartsWith('['))
            {
                result = result.Replace($"variables('{name}')", $"'{(string)value!}'", StringComparison.Ordinal);
            }
        }

        return result;
    }

    // An ARM expression such as [reference(resourceId('Microsoft.X/y', ...), '2023-01-31').clientId].
    private static void AssertReferences(JsonNode? value, string resourceType, string propertySuffix)
    {
        var expression = (string?)value ?? "";
        Assert.StartsWith("[reference(", expression, StringComparison.Ordinal);
        Assert.Contains($"'{resourceType}'", expression, StringComparison.Ordinal);
        Assert.EndsWith(propertySuffix, expression, StringComparison.Ordinal);
    }
}
