namespace StrategyBot.App.Storage;

/// <summary>
/// Reads every Table Storage response body into one buffer before the SDK sees it. The SDK buffers each response body
/// anyway (Azure.Core's ResponseBodyPolicy, which skips a stream that can seek), by copying it into a MemoryStream that
/// grows by doubling as the socket hands over pieces: for the state row's point read that was ~11 KB of garbage per
/// turn. HttpContent's own buffering fills pooled segments and keeps one array of the body's size. Nothing changes in
/// what is read or when: the SDK read the whole body before returning too, under the same network-timeout token.
/// </summary>
internal sealed class BufferedResponseHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }
}
