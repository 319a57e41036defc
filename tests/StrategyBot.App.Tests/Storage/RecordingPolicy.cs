using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace StrategyBot.App.Tests.Storage;

/// <summary>Records "METHOD path" of every request a TableClient sends, so a test can see which kind of call it was.</summary>
internal sealed class RecordingPolicy : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public override void OnSendingRequest(HttpMessage message) =>
        _requests.Enqueue($"{message.Request.Method} {Uri.UnescapeDataString(message.Request.Uri.Path)}");
}
