using Azure.Data.Tables;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>
/// One in-memory Azurite shared by a test collection. Tests stay apart by using their own table names
/// (<see cref="NewTableName"/>) or scopes, never by clearing shared tables. Set STRATEGYBOT_TEST_STORAGE to a
/// connection string to run the same tests against another Table endpoint instead.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ExternalStorageVariable = "STRATEGYBOT_TEST_STORAGE";

    private AzuriteProcess? _azurite;
    private string? _connectionString;

    /// <summary>The connection string of the running emulator (or of the external endpoint).</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The Azurite fixture has not started.");

    /// <summary>A client for the emulator with the SDK's default options.</summary>
    public TableServiceClient CreateServiceClient() => new(ConnectionString);

    /// <summary>A table name no other test uses: letters and digits, starting with <paramref name="prefix"/>.</summary>
    public static string NewTableName(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var name = prefix + Guid.NewGuid().ToString("N");
        return name.Length > 63 ? name[..63] : name;
    }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalStorageVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _connectionString = external;
            return;
        }

        _azurite = await AzuriteProcess.StartAsync();
        _connectionString = _azurite.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
