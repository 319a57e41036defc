using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;

namespace StrategyBot.App.Storage;

/// <summary>Builds the one <see cref="TableServiceClient"/> the app shares; it is thread-safe and pools connections.</summary>
internal static class StorageClientFactory
{
    public static TableServiceClient Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new TableClientOptions
        {
            // The SDK's own default handler (no redirects, no cookies), with each response body read into one buffer
            // before the SDK sees it (BufferedResponseHandler).
            Transport = new HttpClientTransport(new HttpClient(new BufferedResponseHandler
            {
                InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false },
            })
            {
                // As the SDK's default client: its pipeline applies the retry policy's network timeout.
                Timeout = Timeout.InfiniteTimeSpan,
            }),
        };

        // A turn has 15 s before Teams redelivers it; fail within a few seconds so the bot can still apologise
        // ("couldn't save that, please send it again") instead of retrying past the deadline.
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(
                options.ServiceUri ?? throw new InvalidOperationException("Set Storage:ConnectionString or Storage:ServiceUri."),
                new DefaultAzureCredential(),
                clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }
}
