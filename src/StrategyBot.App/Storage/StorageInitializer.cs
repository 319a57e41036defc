using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace StrategyBot.App.Storage;

/// <summary>
/// Creates the tables before the host starts serving (hosted services start before the server), retrying a few
/// times so a storage emulator that starts a moment after the bot does not fail the run; then fails the host
/// with a message that names the setting to fix.
/// </summary>
internal sealed class StorageInitializer : IHostedService
{
    private static readonly TimeSpan s_firstDelay = TimeSpan.FromSeconds(1);

    private readonly TableServiceClient _client;
    private readonly StorageOptions _options;
    private readonly StorageMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly IHostEnvironment _environment;
    private readonly ILogger<StorageInitializer> _logger;

    public StorageInitializer(
        TableServiceClient client,
        IOptions<StorageOptions> options,
        StorageMetrics metrics,
        TimeProvider timeProvider,
        IHostEnvironment environment,
        ILogger<StorageInitializer> logger)
    {
        _client = client;
        _options = options.Value;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _environment = environment;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_environment.IsDevelopment() && _client.AccountName == "devstoreaccount1")
        {
            Log.DevelopmentStorageOutsideDevelopment(_logger, _environment.EnvironmentName);
        }

        var delay = s_firstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CreateTablesAsync(cancellationToken);
                Log.StorageReady(_logger, _client.Uri, _options.TableNames);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 401 or 403)
            {
                throw Fail(ex, "storage refused the credentials. Check the account key in Storage:ConnectionString, " +
                    "or give the app's managed identity the \"Storage Table Data Contributor\" role when using Storage:ServiceUri.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < _options.StartupAttempts)
            {
                Log.StorageUnreachableRetrying(_logger, ex, _client.Uri, attempt, _options.StartupAttempts, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken);
                delay *= 2;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw Fail(ex, $"it did not answer after {_options.StartupAttempts} attempts. Check Storage:ConnectionString " +
                    "(environment variable Storage__ConnectionString) or Storage:ServiceUri; for a local run start Azurite " +
                    "with scripts/run.sh, which also starts the bot.");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in _options.TableNames)
        {
            _metrics.RecordCall(StorageMetrics.TableCreate);
            await _client.CreateTableIfNotExistsAsync(table, cancellationToken);
        }
    }

    private InvalidOperationException Fail(Exception ex, string reason)
    {
        Log.StorageUnusable(_logger, ex, _client.Uri, reason);
        return new InvalidOperationException($"Table storage at {_client.Uri} is not usable: {reason}", ex);
    }
}
