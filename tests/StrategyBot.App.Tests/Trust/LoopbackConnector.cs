using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// A Bot Connector on 127.0.0.1 for a bot running as its own process: records every reply and answers 201 with an
/// id, as Teams does. <see cref="Hold"/> makes replies wait, so a test can act while a turn's reply is in flight.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _replies = [];
    private WebApplication? _app;
    private TaskCompletionSource? _hold;
    private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>The service URL to put on activities, for example http://127.0.0.1:50123/connector/.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<JsonObject> Replies
    {
        get
        {
            lock (_lock)
            {
                return [.. _replies];
            }
        }
    }

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        connector._app = LoopbackWebServer.Create();
        connector._app.MapPost("/connector/v3/conversations/{**rest}", (Func<HttpContext, Task<IResult>>)connector.ReceiveAsync);
        await connector._app.StartAsync();
        connector.ServiceUrl = LoopbackWebServer.Address(connector._app) + "/connector/";
        return connector;
    }

    /// <summary>Completes once at least <paramref name="count"/> replies were recorded (a reply may leave after the 200).</summary>
    public Task WaitForRepliesAsync(int count)
    {
        lock (_lock)
        {
            if (_replies.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <summary>From now on replies wait until <see cref="Release"/>; the returned task completes when one arrives.</summary>
    public Task Hold()
    {
        lock (_lock)
        {
            _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _held.Task;
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            _hold?.TrySetResult();
            _hold = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        Task? wait;
        lock (_lock)
        {
            wait = _hold?.Task;
            if (wait is not null)
            {
                _held.TrySetResult();
            }
            else if (body is not null)
            {
                _replies.Add(body);
                foreach (var waiter in _waiters.Where(w => _replies.Count >= w.Count).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }

        if (wait is not null)
        {
            await wait;
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: StatusCodes.Status201Created);
    }
}
