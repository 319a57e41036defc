using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace StrategyBot.App.Storage;

/// <summary>For /healthz: is Table Storage reachable, and does the state table exist?</summary>
internal sealed class StorageHealthCheck : IHealthCheck
{
    public const string Name = "storage";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    private readonly TableServiceClient _client;
    private readonly StorageOptions _options;
    private readonly StorageMetrics _metrics;
    private readonly TimeProvider _timeProvider;

    public StorageHealthCheck(TableServiceClient client, IOptions<StorageOptions> options, StorageMetrics metrics, TimeProvider timeProvider)
    {
        _client = client;
        _options = options.Value;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(s_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // Listing one table works on Azure Storage, the Cosmos DB Table API and Azurite alike, and needs only
            // data-plane rights; service properties would need more and are not served by Cosmos DB.
            _metrics.RecordCall(StorageMetrics.HealthCheck);
            var filter = TableServiceClient.CreateQueryFilter($"TableName eq {_options.StateTable}");
            await foreach (var page in _client.QueryAsync(filter, maxPerPage: 1, linked.Token).AsPages())
            {
                return page.Values.Count > 0
                    ? HealthCheckResult.Healthy("Table storage is reachable.")
                    : HealthCheckResult.Unhealthy($"Table storage is reachable but table {_options.StateTable} is missing.");
            }

            return HealthCheckResult.Unhealthy($"Table storage is reachable but table {_options.StateTable} is missing.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage is unreachable.", ex);
        }
    }
}
