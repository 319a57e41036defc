using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

public sealed class StorageOptionsTests
{
    private const string ValidConnectionString = "UseDevelopmentStorage=true";

    [Fact]
    public void Validate_ConnectionStringOnly_UsesDefaultTableNames()
    {
        var options = Bind(new() { ["Storage:ConnectionString"] = ValidConnectionString });

        Assert.Equal(["BotState", "CheckIns", "CheckInSchedule"], options.TableNames);
        Assert.Equal(5, options.StartupAttempts);
    }

    [Fact]
    public void Validate_NothingConfigured_SaysWhichSettingToSet()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind([]));

        Assert.Contains("Storage:ConnectionString is not set", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__ConnectionString", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UseDevelopmentStorage=true", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionStringAndServiceUri_AsksForOne()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Storage:ConnectionString"] = ValidConnectionString,
            ["Storage:ServiceUri"] = "https://acct.table.core.windows.net/",
        }));

        Assert.Contains("not both", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_DoesNotEchoIt()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Storage:ConnectionString"] = "AccountName=x;AccountKey=s3cr3t!!" }));

        Assert.Contains("not a valid storage connection string", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttpServiceUri_IsRejected()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Storage:ServiceUri"] = "http://acct.table.core.windows.net/" }));

        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpsServiceUri_BuildsAClientForThatAccount()
    {
        var options = Bind(new() { ["Storage:ServiceUri"] = "https://acct.table.core.windows.net/" });

        var client = StorageClientFactory.Create(options);

        Assert.Equal("acct", client.AccountName);
        Assert.Equal(new Uri("https://acct.table.core.windows.net/"), client.Uri);
    }

    [Theory]
    [InlineData("StateTable", "ab")]
    [InlineData("StateTable", "1Table")]
    [InlineData("CheckInsTable", "Check-Ins")]
    [InlineData("ScheduleTable", "Schedule_Index")]
    [InlineData("ScheduleTable", "T123456789012345678901234567890123456789012345678901234567890123")]
    public void Validate_BadTableName_NamesTheSettingAndTheRule(string setting, string value)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Storage:ConnectionString"] = ValidConnectionString,
            [$"Storage:{setting}"] = value,
        }));

        Assert.Contains($"Storage:{setting} \"{value}\" is not a valid table name", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 to 63 letters and digits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReservedTableName_IsRejected()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Storage:ConnectionString"] = ValidConnectionString,
            ["Storage:StateTable"] = "Tables",
        }));

        Assert.Contains("reserves", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoSettingsSameTableIgnoringCase_IsRejected()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Storage:ConnectionString"] = ValidConnectionString,
            ["Storage:CheckInsTable"] = "botstate",
        }));

        Assert.Contains("more than one", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    public void Validate_StartupAttemptsOutOfRange_IsRejected(string attempts)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Storage:ConnectionString"] = ValidConnectionString,
            ["Storage:StartupAttempts"] = attempts,
        }));

        Assert.Contains("StartupAttempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AzuriteFixtureConnectionString_IsAccepted()
    {
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:10002/{AzuriteProcess.AccountName};";

        var options = Bind(new() { ["Storage:ConnectionString"] = connectionString });

        Assert.Equal(AzuriteProcess.AccountName, StorageClientFactory.Create(options).AccountName);
    }

    private static StorageOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<StorageOptions>>().Value;
    }
}
