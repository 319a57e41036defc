using System.Net;
using System.Text;

namespace StrategyBot.App.Tests.Trust;

/// <summary>A Bot Connector that accepts every reply and keeps none: the fuzz sends thousands, and recording them only costs memory.</summary>
internal sealed class DiscardingConnector : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Read it as the real connector would, so serialisation of every reply is still exercised.
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent("""{"id":"fuzz-reply"}""", Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
