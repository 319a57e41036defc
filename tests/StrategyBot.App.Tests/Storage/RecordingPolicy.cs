using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// Records "METHOD path" of every request a TableClient sends, so a test can see which kind of call it was, and the
/// request bodies, so it can see which properties travelled.
/// </summary>
internal sealed class RecordingPolicy : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(string Request, string Body)> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests.Select(r => r.Request)];

    public IReadOnlyList<string> Bodies => [.. _requests.Select(r => r.Body)];

    public override void OnSendingRequest(HttpMessage message)
    {
        var body = string.Empty;
        if (message.Request.Content is { } content)
        {
            using var buffer = new MemoryStream();
            content.WriteTo(buffer, message.CancellationToken);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }

        _requests.Enqueue(($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}", body));
    }
}
