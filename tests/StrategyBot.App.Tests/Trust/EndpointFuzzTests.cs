using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// 10,000 generated bodies against the whole app (Program in memory, anonymous Playground mode, in-memory state):
/// realistic Teams traffic from sixty users, the same mutated and corrupted, wrong JSON kinds, huge and deeply
/// nested bodies. None may get a 500, no turn may fail, and the host must still answer afterwards. The seed is
/// fixed, so a failure names a case that replays.
/// </summary>
[Trait("Category", "Trust")]
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Seed = 20270301;
    public const int Cases = 10_000;

    private static readonly HashSet<int> Allowed = [200, 400, 401, 413];

    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(storage: null, metadataUrl: null, new Dictionary<string, string?>
        {
            // The fuzz explores the pipeline; the rate limit has its own tests and would refuse most of this traffic.
            ["RateLimiting:PermitLimit"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:StrategyBot"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        },
        services => services.AddHttpClient(BotFramework.Protocol.ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new DiscardingConnector()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_TenThousandGeneratedActivities_NoneAnswers500AndNoTurnFails()
    {
        var generator = new FuzzActivities(Seed, TrustUser.AnonymousServiceUrl, users: 60);
        var statistics = new FuzzStatistics();
        var unexpected = new List<string>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases; i++)
        {
            var fuzzCase = generator.Next();
            var started = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(fuzzCase.Body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await _host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            var status = (int)response.StatusCode;
            statistics.Record(fuzzCase, status, Stopwatch.GetElapsedTime(started));
            if (!Allowed.Contains(status) && unexpected.Count < 10)
            {
                unexpected.Add($"seed {Seed} case {fuzzCase.Number} ({fuzzCase.Kind}) answered {status}: {fuzzCase.Preview()}");
            }
        }

        output.WriteLine($"{statistics} in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed})");
        var failures = _host.Logs.GetSnapshot()
            .Where(r => r.Id.Id is 103 or 104 or 1030 or 1041)
            .Select(r => $"{r.Id}: {r.Message} {r.Exception?.GetType().Name}: {r.Exception?.Message}")
            .Distinct()
            .Take(10)
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
        Assert.True(failures.Count == 0, "Turns failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        Assert.Equal(Cases, statistics.Cases);
        Assert.True(statistics.Count(200) > Cases / 3, statistics.ToString());
        Assert.True(statistics.Count(400) > Cases / 10, statistics.ToString());
        Assert.True(statistics.Count(413) > 0, statistics.ToString());
        var after = new TrustUser("tenant-after", "29:after", "after-fuzz", "a:after") { ServiceUrl = TrustUser.AnonymousServiceUrl };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _host.PostAsync(after.Message("hi"))).StatusCode);
        Assert.NotNull((await _host.StateAsync(after)).Get(Conversation.TurnState.ProfileDocument));
    }
}
