namespace StrategyBot.App.Storage;

/// <summary>
/// Reads a Table Storage response body into one buffer of its announced Content-Length before the SDK sees it. The SDK
/// buffers every response it did not get as a seekable stream by copying it into a MemoryStream that grows by
/// doubling as the socket hands over pieces (Azure.Core's ResponseBodyPolicy skips a stream that can seek); for the
/// state row's point read that was about 11 KB of garbage per turn for a body of ~7 KB. A response without a length
/// (chunked) or over <see cref="MaxBufferedBytes"/> is left to the SDK as before.
/// </summary>
internal sealed class BufferedResponseHandler : DelegatingHandler
{
    /// <summary>The largest body buffered here: a state row is at most 1 MiB of properties, base64 and JSON framing on top.</summary>
    internal const long MaxBufferedBytes = 2 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength is > 0 and <= MaxBufferedBytes)
        {
            // The SDK passes its network-timeout token down, so a stalled body still times out as it did in its own copy.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
        }

        return response;
    }
}
