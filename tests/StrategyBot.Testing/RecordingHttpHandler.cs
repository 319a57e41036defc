using System.Net;
using System.Text;

namespace StrategyBot.Testing;

/// <summary>
/// A fake Bot Connector at the HttpMessageHandler level: records every request (method, escaped URL, Authorization,
/// body) and answers from a queue of scripted responses, else 201 with a fresh <c>{"id":…}</c> as Teams does.
/// Nothing leaves the process.
/// </summary>
public sealed class RecordingHttpHandler : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<Func<HttpResponseMessage>> _scripted = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>The requests so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Queues one response: <paramref name="status"/>, an optional JSON body and optional headers (e.g. Retry-After).</summary>
    public RecordingHttpHandler Enqueue(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        lock (_lock)
        {
            _scripted.Enqueue(() =>
            {
                var response = new HttpResponseMessage(status);
                if (json is not null)
                {
                    response.Content = new StringContent(json, Encoding.UTF8, "application/json");
                }

                configure?.Invoke(response);
                return response;
            });
        }

        return this;
    }

    /// <summary>Queues a transport failure, as when the connection is refused or reset.</summary>
    public RecordingHttpHandler EnqueueFailure(Exception exception)
    {
        lock (_lock)
        {
            _scripted.Enqueue(() => throw exception);
        }

        return this;
    }

    /// <summary>Completes when at least <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_lock)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body);

        Func<HttpResponseMessage>? scripted;
        int number;
        List<TaskCompletionSource> due;
        lock (_lock)
        {
            _requests.Add(recorded);
            number = _requests.Count;
            _scripted.TryDequeue(out scripted);
            due = [.. _waiters.Where(w => w.Count <= number).Select(w => w.Signal)];
            _waiters.RemoveAll(w => w.Count <= number);
        }

        foreach (var signal in due)
        {
            signal.TrySetResult();
        }

        var response = scripted?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($$"""{"id":"reply-{{number}}"}""", Encoding.UTF8, "application/json"),
        };
        response.RequestMessage = request;
        return response;
    }
}
