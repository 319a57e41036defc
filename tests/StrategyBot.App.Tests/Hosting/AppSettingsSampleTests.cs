using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Hosting;
using StrategyBot.App.Privacy;
using StrategyBot.App.RateLimiting;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Hosting;

/// <summary>
/// The sample is documentation that must not rot: every key binds to a real option, passes the same validation the
/// app runs at startup, and is explained in the README.
/// </summary>
public sealed class AppSettingsSampleTests
{
    private static readonly Dictionary<string, Type> Sections = new()
    {
        ["Bot"] = typeof(BotFrameworkOptions),
        ["Storage"] = typeof(StorageOptions),
        ["Telemetry"] = typeof(TelemetryOptions),
        ["CheckIns"] = typeof(CheckInOptions),
        ["Privacy"] = typeof(PrivacyOptions),
        ["RateLimiting"] = typeof(UserRateLimitOptions),
    };

    private readonly IConfigurationRoot _sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.sample.json"), optional: false)
        .Build();

    [Fact]
    public void Sample_BotSection_PassesStartupValidation()
    {
        var options = _sample.GetSection("Bot").Get<BotFrameworkOptions>()!;

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, string.Join("; ", result.Failures ?? []));
    }

    [Fact]
    public void Sample_StorageSection_PassesStartupValidation()
    {
        var options = _sample.GetSection("Storage").Get<StorageOptions>()!;
        var errors = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        Assert.True(valid, string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void Sample_CheckInsSection_PassesStartupValidation()
    {
        var options = _sample.GetSection("CheckIns").Get<CheckInOptions>()!;
        var errors = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        Assert.True(valid, string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void Sample_EveryKey_IsAnOptionProperty()
    {
        var unknown = LeafKeys()
            .Where(key => Sections.ContainsKey(key.Section) && Sections[key.Section].GetProperty(key.Name) is null)
            .Select(key => $"{key.Section}:{key.Name}")
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Readme_ExplainsEveryKeyOfTheSample()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        var missing = LeafKeys()
            .Where(key => key.Section != "Logging")
            .Select(key => $"`{key.Section}:{key.Name}`")
            .Where(key => !readme.Contains(key, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    private IEnumerable<(string Section, string Name)> LeafKeys() =>
        _sample.GetChildren().SelectMany(section => section.GetChildren().Select(child => (section.Key, child.Key)));
}
