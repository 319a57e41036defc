using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ConnectorResilienceTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.HttpVersionNotSupported, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    public void IsTransient_Status_MatchesTeamsRetryGuidance(HttpStatusCode status, bool expected)
    {
        var transient = ConnectorResilience.IsTransient(status);

        Assert.Equal(expected, transient);
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTimeUntilThatDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 8, 20, 9, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(7));

        var delay = ConnectorResilience.RetryAfter(response, time);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void RetryAfter_NoHeader_IsNullSoBackoffApplies()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var delay = ConnectorResilience.RetryAfter(response, new FakeTimeProvider());

        Assert.Null(delay);
    }

    [Fact]
    public void ShouldRetry_RetryAfterBeyondMaximum_GivesUp()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));

        var retry = ConnectorResilience.ShouldRetry(Outcome.FromResult(response), new FakeTimeProvider(), TimeSpan.FromSeconds(30));

        Assert.False(retry);
    }

    [Fact]
    public void ShouldRetry_TransportFailureOrAttemptTimeout_Retries()
    {
        var time = new FakeTimeProvider();

        var network = ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), time, TimeSpan.FromSeconds(30));
        var timeout = ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), time, TimeSpan.FromSeconds(30));
        var refused = ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new ConnectorException()), time, TimeSpan.FromSeconds(30));

        Assert.True(network);
        Assert.True(timeout);
        Assert.False(refused);
    }
}
