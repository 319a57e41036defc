using System.Diagnostics;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// The fuzz generator against the whole app on Azurite: what only real Table Storage checks (key characters and
/// lengths, entity sizes, query escaping) must not fail a turn either. Shorter than the in-memory run: every case
/// that gets through costs storage round trips.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class StorageFuzzTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    public const int Seed = 20270302;
    public const int Cases = 2_000;

    private TrustHost _host = null!;

    public Task InitializeAsync()
    {
        _host = TrustHost.Start(azurite.ConnectionString, metadataUrl: null, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimit"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:StrategyBot"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_GeneratedActivitiesAgainstAzurite_NoneAnswers500AndNoTurnFails()
    {
        var generator = new FuzzActivities(Seed, TrustUser.AnonymousServiceUrl, users: 20);
        var statistics = new FuzzStatistics();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases; i++)
        {
            var fuzzCase = generator.Next();
            var started = Stopwatch.GetTimestamp();
            using var content = new ByteArrayContent(fuzzCase.Body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await _host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            statistics.Record(fuzzCase, (int)response.StatusCode, Stopwatch.GetElapsedTime(started));
            Assert.True((int)response.StatusCode is 200 or 400 or 401 or 413, $"seed {Seed} case {fuzzCase.Number} ({fuzzCase.Kind}) answered {(int)response.StatusCode}: {fuzzCase.Preview()}");
        }

        output.WriteLine($"{statistics} in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}, Azurite)");
        var failures = _host.Logs.GetSnapshot()
            .Where(r => r.Id.Id is 103 or 104 or 1030 or 1041)
            .Select(r => $"{r.Id}: {r.Message} {r.Exception?.GetType().Name}: {r.Exception?.Message}")
            .Distinct()
            .Take(10)
            .ToList();
        Assert.True(failures.Count == 0, "Turns failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        Assert.True(statistics.Count(200) > Cases / 3, statistics.ToString());
    }
}
