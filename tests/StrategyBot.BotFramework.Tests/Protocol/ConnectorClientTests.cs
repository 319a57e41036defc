using System.Net;
using System.Net.Http.Headers;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReplyToActivityAsync_OpaqueIds_AreEscapedAsSinglePathSegments()
    {
        using var harness = new ConnectorHarness();

        var result = await harness.Client.ReplyToActivityAsync(
            ServiceUrl, "19:abc@thread.v2;messageid=1/2?x#y", "1:2/3", new Activity { Text = "hi" }, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("smba.trafficmanager.net", request.Uri.Host);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.v2%3Bmessageid%3D1%2F2%3Fx%23y/activities/1%3A2%2F3", request.PathAndQuery);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("1:2/3", request.Json!["replyToId"]!.GetValue<string>());
        Assert.Equal("reply-1", result.Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_DebugLogging_HttpClientFactoryLogsNothing()
    {
        using var harness = new ConnectorHarness();

        await harness.Client.ReplyToActivityAsync(ServiceUrl, "conv", "1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Single(harness.Connector.Requests);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Category?.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea//")]
    public async Task SendToConversationAsync_ServiceUrlWithOrWithoutSlash_PostsToActivities(string serviceUrl)
    {
        using var harness = new ConnectorHarness();

        await harness.Client.SendToConversationAsync(serviceUrl, "a:1", new Activity { Text = "hi" }, CancellationToken.None);

        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(harness.Connector.Requests).PathAndQuery);
    }

    [Fact]
    public async Task UpdateActivityAsync_ReplacesWithPut()
    {
        using var harness = new ConnectorHarness();

        await harness.Client.UpdateActivityAsync(ServiceUrl, "a:1", "card-7", new Activity { Text = "updated" }, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("/emea/v3/conversations/a%3A1/activities/card-7", request.PathAndQuery);
        Assert.Equal("card-7", request.Json!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPagedMembersAsync_FirstPage_GetsWithPageSizeAndNoBody()
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(
            HttpStatusCode.OK,
            """{"members":[{"id":"29:a","name":"Ada","aadObjectId":"AAD-1","userRole":"user"}],"continuationToken":"page-2"}""");

        var page = await harness.Client.GetPagedMembersAsync(ServiceUrl, "19:abc@thread.tacv2;messageid=9", null, 100, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D9/pagedmembers?pageSize=100", request.PathAndQuery);
        Assert.True(string.IsNullOrEmpty(request.Body));
        var member = Assert.Single(page.Members!);
        Assert.Equal(("29:a", "Ada", "AAD-1"), (member.Id, member.Name, member.AadObjectId));
        Assert.Equal("page-2", page.ContinuationToken);
    }

    [Fact]
    public async Task GetPagedMembersAsync_ContinuationToken_IsEscapedIntoTheQuery()
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(HttpStatusCode.OK, """{"members":[]}""");

        var page = await harness.Client.GetPagedMembersAsync(ServiceUrl, "19:g@thread.v2", "a+b/c=", 50, CancellationToken.None);

        Assert.Equal(
            "/emea/v3/conversations/19%3Ag%40thread.v2/pagedmembers?pageSize=50&continuationToken=a%2Bb%2Fc%3D",
            Assert.Single(harness.Connector.Requests).PathAndQuery);
        Assert.Empty(page.Members!);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsTeamsOneToOneShape()
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(HttpStatusCode.Created, """{"id":"a:new-chat","activityId":"act-1","serviceUrl":"https://smba.trafficmanager.net/amer/"}""");
        var parameters = ConversationParameters.ForPersonalChat(Activities.BotId, Activities.UserAadObjectId, Activities.TenantId);

        var result = await harness.Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        var body = Assert.Single(harness.Connector.Requests).Json!;
        Assert.Equal("/emea/v3/conversations", harness.Connector.Requests[0].PathAndQuery);
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal(Activities.BotId, body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(Activities.UserAadObjectId, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(Activities.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal(Activities.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("a:new-chat", result.Id);
        Assert.Equal("act-1", result.ActivityId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", result.ServiceUrl);
    }

    [Fact]
    public async Task SendToConversationAsync_Reference_AddressesProactiveMessage()
    {
        using var harness = new ConnectorHarness();
        var reference = ConversationReference.FromActivity(Activities.Message("earlier"));

        await harness.Client.SendToConversationAsync(reference, new Activity { Text = "Weekly check-in" }, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("/emea/v3/conversations/a%3A1personal-chat-id/activities", request.PathAndQuery);
        Assert.Equal(Activities.BotId, request.Json!["from"]!["id"]!.GetValue<string>());
        Assert.Equal(Activities.UserId, request.Json["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsExactlyThatLongThenRetries()
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        var call = harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Text = "hi" }, CancellationToken.None);
        var delay = await harness.ElapseRetryDelayAsync(1);
        var result = await call.WaitAsync(Patience);

        Assert.Equal(TimeSpan.FromSeconds(3), delay);
        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.Equal("reply-2", result.Id);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMaxRetryDelay_FailsWithoutWaiting()
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(harness.Connector.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task SendAsync_Other4xx_IsNotRetriedAndSurfacesTheError(HttpStatusCode status)
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(
            status,
            """{"error":{"code":"ConversationBlockedByUser","subCode":"MessageWritesBlocked","message":"blocked"}}""",
            r => r.Headers.Add("X-Correlating-OperationId", "corr-42"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Single(harness.Connector.Requests);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Equal("MessageWritesBlocked", error.SubCode);
        Assert.Equal("corr-42", error.CorrelationId);
        Assert.Equal(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, error.IsConversationUnavailable);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1050 && r.Message.Contains("corr-42", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientFailureThenSuccess_Succeeds(HttpStatusCode status)
    {
        using var harness = new ConnectorHarness();
        harness.Connector.Enqueue(status);

        var call = harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None);
        await harness.ElapseRetryDelayAsync(1);
        var result = await call.WaitAsync(Patience);

        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.Equal("reply-2", result.Id);
    }

    [Fact]
    public async Task SendAsync_Persistent5xx_StopsAfterMaxRetryAttempts()
    {
        using var harness = new ConnectorHarness(new Dictionary<string, string?> { ["Bot:MaxRetryAttempts"] = "3", ["Bot:MaxRetryDelay"] = "00:00:10" });
        for (var i = 0; i < 10; i++)
        {
            harness.Connector.Enqueue(HttpStatusCode.ServiceUnavailable);
        }

        var call = harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None);
        var delays = new List<TimeSpan>();
        for (var retry = 1; retry <= 3; retry++)
        {
            delays.Add(await harness.ElapseRetryDelayAsync(retry));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => call.WaitAsync(Patience));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, harness.Connector.Requests.Count);
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task SendAsync_NetworkFailure_SurfacesAsConnectorException()
    {
        using var harness = new ConnectorHarness(new Dictionary<string, string?> { ["Bot:MaxRetryAttempts"] = "0" });
        harness.Connector.EnqueueFailure(new HttpRequestException("connection reset"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.Equal("NetworkError", error.ErrorCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    public async Task SendAsync_AllowListedServiceUrl_CarriesBotToken(string serviceUrl)
    {
        using var harness = new ConnectorHarness();

        await harness.Client.SendToConversationAsync(serviceUrl, "a:1", new Activity(), CancellationToken.None);

        Assert.Equal("Bearer " + FakeConnectorTokenSource.Token, Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlVouchedBySignedActivity_CarriesBotToken()
    {
        using var harness = new ConnectorHarness();
        harness.TrustedServiceUrls.Vouch("https://connector.contoso.example/bots/");

        await harness.Client.SendToConversationAsync("https://connector.contoso.example/bots", "a:1", new Activity(), CancellationToken.None);

        Assert.Equal("Bearer " + FakeConnectorTokenSource.Token, Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://169.254.169.254/metadata")]
    public async Task SendAsync_UntrustedServiceUrl_IsRefusedWithoutAnyRequestOrToken(string serviceUrl)
    {
        using var harness = new ConnectorHarness();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(serviceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
        Assert.Equal(0, harness.Tokens.Requests);
    }

    [Fact]
    public async Task SendAsync_NoAppIdAndLoopbackTarget_SendsWithoutToken()
    {
        using var harness = new ConnectorHarness(withAppId: false);

        await harness.Client.SendToConversationAsync("http://127.0.0.1:56150/_connector", "a:1", new Activity(), CancellationToken.None);

        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
        Assert.Equal(0, harness.Tokens.Requests);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://10.0.0.4/bots")]
    [InlineData("http://connector.contoso.example/bots")]
    public async Task SendAsync_StoredReferenceToAnInternalOrPlainHttpServiceUrl_IsRefusedWithoutAnyRequestOrToken(string serviceUrl)
    {
        // A proactive send reads the service URL from a stored conversation reference, not from a live activity.
        using var harness = new ConnectorHarness(environment: "Production");
        harness.TrustedServiceUrls.Vouch(serviceUrl);
        var reference = new ConversationReference { ServiceUrl = serviceUrl, Conversation = new ConversationAccount { Id = "a:1" } };

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(reference.ServiceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
        Assert.Equal(0, harness.Tokens.Requests);
    }

    [Fact]
    public async Task SendAsync_NoAppIdAndTeamsTarget_IsRefused()
    {
        using var harness = new ConnectorHarness(withAppId: false);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(ServiceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public async Task SendAsync_InvalidServiceUrl_IsRefused(string serviceUrl)
    {
        using var harness = new ConnectorHarness();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(serviceUrl, "a:1", new Activity(), CancellationToken.None));

        Assert.Equal("InvalidServiceUrl", error.ErrorCode);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task SendAsync_SameServiceUrlForManyReplies_AddressesEachAndStillRefusesABadOne()
    {
        using var harness = new ConnectorHarness();

        await harness.Client.SendToConversationAsync("https://smba.trafficmanager.net/apac/", "a:1", new Activity(), CancellationToken.None);
        await harness.Client.SendToConversationAsync("https://smba.trafficmanager.net/apac/", "a:2", new Activity(), CancellationToken.None);
        var first = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync("https://user@smba.trafficmanager.net/apac/", "a:3", new Activity(), CancellationToken.None));
        var again = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync("https://user@smba.trafficmanager.net/apac/", "a:3", new Activity(), CancellationToken.None));

        Assert.Equal(
            ["/apac/v3/conversations/a%3A1/activities", "/apac/v3/conversations/a%3A2/activities"],
            harness.Connector.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(("InvalidServiceUrl", "InvalidServiceUrl"), (first.ErrorCode, again.ErrorCode));
    }
}
