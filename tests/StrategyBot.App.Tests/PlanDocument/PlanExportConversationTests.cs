using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.PlanDocument;

/// <summary>"export my plan" as a user goes through it: the consent card, Allow (a real PUT to a loopback upload endpoint), Decline, and a group chat.</summary>
public sealed class PlanExportConversationTests : IAsyncLifetime
{
    private readonly ConversationHarness _harness;
    private readonly PlanExportTurnHandler _handler;
    private readonly ServiceProvider _services;
    private readonly List<(string? Authorization, string? ContentRange, byte[] Body)> _uploads = [];
    private WebApplication _uploadServer = null!;

    public PlanExportConversationTests()
    {
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        PlanExportTurnHandler? handler = null;
        _harness = new ConversationHarness(async (turn, state, cancellationToken) =>
        {
            var language = Languages.FromLocale(turn.Activity.Locale);
            if (turn.Activity.Type == ActivityTypes.Invoke)
            {
                await handler!.HandleConsentAsync(turn, state, language, cancellationToken);
                return;
            }

            await handler!.TryHandleMessageAsync(turn, state, language, cancellationToken);
        });
        var time = _harness.Time;
        var links = new ExportLinks(
            new EphemeralDataProtectionProvider(), time, Options.Create(new PrivacyOptions { PublicBaseUrl = new Uri("https://bot.example/") }));
        var uploader = new PlanFileUploader(
            _services.GetRequiredService<IHttpClientFactory>(), new HostingEnvironment { EnvironmentName = "Development" }, NullLogger<PlanFileUploader>.Instance);
        handler = new PlanExportTurnHandler(new PlanDocuments(new InMemoryCheckInHistory(), time), uploader, links, NullLogger<PlanExportTurnHandler>.Instance);
        _handler = handler;
    }

    public async Task InitializeAsync()
    {
        _uploadServer = LoopbackWebServer.Create();
        _uploadServer.MapPut("/upload/{id}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            _uploads.Add((context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers.ContentRange.FirstOrDefault(), body.ToArray()));
            return Results.Created();
        });
        await _uploadServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _uploadServer.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task ExportMyPlan_EnglishPersonalChat_OffersAWordFileByConsentCard()
    {
        await SeedPlanAsync(persian: false);

        var turn = await _harness.SendAsync("export my plan");

        var consent = ConsentCard(turn);
        Assert.EndsWith(".docx", consent.Name, StringComparison.Ordinal);
        Assert.Contains("Word", (string?)consent.Content!["description"], StringComparison.Ordinal);
        Assert.True((long)consent.Content!["sizeInBytes"]! > 1000);
        Assert.Equal("Word", (string?)consent.Content!["acceptContext"]!["planDocument"]);
        Assert.Contains(turn.Texts, t => t?.Contains("export my plan as markdown", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ExportMyPlan_PersianCommand_OffersThePersianDocument()
    {
        _harness.Locale = "fa-IR";
        await SeedPlanAsync(persian: true);

        var turn = await _harness.SendAsync("خروجی برنامه");

        var consent = ConsentCard(turn);
        Assert.Equal("fa", (string?)consent.Content!["acceptContext"]!["language"]);
        Assert.Equal(Texts.Format(Language.Persian, DocumentText.ConsentDescription, "Word"), (string?)consent.Content!["description"]);
    }

    [Fact]
    public async Task ExportMyPlanAsMarkdown_OffersAMarkdownFile()
    {
        await SeedPlanAsync(persian: false);

        var turn = await _harness.SendAsync("export my plan as markdown");

        Assert.EndsWith(".md", ConsentCard(turn).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMyPlan_NoPlanYet_SaysSoWithoutACard()
    {
        var turn = await _harness.SendAsync("export my plan");

        turn.AssertReply(Texts.Get(Language.English, DocumentText.NothingToExport)).AssertNoMoreReplies();
    }

    [Fact]
    public async Task ConsentAccepted_PersianDocumentIsPutToTheUploadUrlWithoutATokenThenShownAsAFileCard()
    {
        _harness.Locale = "fa-IR";
        await SeedPlanAsync(persian: true);
        var consent = ConsentCard(await _harness.SendAsync("خروجی برنامه"));

        var turn = await _harness.SendActivityAsync(ConsentAnswer("accept", consent, LoopbackWebServer.Address(_uploadServer) + "/upload/1"));

        var upload = Assert.Single(_uploads);
        Assert.Null(upload.Authorization);
        Assert.Equal($"bytes 0-{upload.Body.Length - 1}/{upload.Body.Length}", upload.ContentRange);
        using (var document = WordprocessingDocument.Open(new MemoryStream(upload.Body), isEditable: false))
        {
            Assert.Contains("۱۱٬۰۰۰", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        var info = Assert.Single(turn.Replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal(FileConsent.InfoCardType, info.ContentType);
        Assert.Equal("https://contoso.example/plan.docx", info.ContentUrl);
        Assert.Equal("item-1", (string?)info.Content!["uniqueId"]);
    }

    [Fact]
    public async Task ConsentDeclined_FriendlyLineAndDownloadLinksForBothFormats()
    {
        await SeedPlanAsync(persian: false);
        var consent = ConsentCard(await _harness.SendAsync("export my plan"));

        var turn = await _harness.SendActivityAsync(ConsentAnswer("decline", consent, uploadUrl: null));

        Assert.Empty(_uploads);
        var card = Assert.Single(turn.Replies.SelectMany(r => r.Attachments ?? [])).Content!;
        Assert.Contains(Texts.Get(Language.English, DocumentText.Declined), Strings(card));
        var urls = card["actions"]!.AsArray().Select(a => (string?)a!["url"]).ToList();
        Assert.Collection(
            urls,
            url => Assert.StartsWith("https://bot.example/api/plan-document/docx/en/", url, StringComparison.Ordinal),
            url => Assert.StartsWith("https://bot.example/api/plan-document/md/en/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsentAccepted_PlainHttpToAnotherHost_NothingIsSentAndLinksAreOffered()
    {
        await SeedPlanAsync(persian: false);
        var consent = ConsentCard(await _harness.SendAsync("export my plan"));

        var turn = await _harness.SendActivityAsync(ConsentAnswer("accept", consent, "http://upload.example/upload/1"));

        Assert.Empty(_uploads);
        Assert.Contains(Texts.Get(Language.English, DocumentText.UploadFailed), Strings(turn.Replies.Single().Attachments!.Single().Content!));
    }

    [Fact]
    public async Task ExportMyPlan_GroupChat_DownloadLinksInsteadOfAConsentCard()
    {
        await SeedPlanAsync(persian: false);

        var turn = await _harness.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "export my plan",
            Conversation = new ConversationAccount { Id = "group-1", ConversationType = "groupChat", IsGroup = true, TenantId = "tenant-1" },
        });

        var attachment = Assert.Single(turn.Replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal(2, attachment.Content!["actions"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("export my data")]
    [InlineData("خروجی اطلاعات من")]
    [InlineData("my plan")]
    public void Parse_OtherCommands_AreNotThePlanExport(string text)
    {
        var format = PlanExportCommands.Parse(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Null(format);
    }

    [Theory]
    [InlineData("Export my plan", "Word")]
    [InlineData("plan document", "Word")]
    [InlineData("خروجی برنامه", "Word")]
    [InlineData("خروجی برنامه ام", "Word")]
    [InlineData("export my plan as Markdown", "Markdown")]
    [InlineData("خروجی برنامه مارک داون", "Markdown")]
    public void Parse_ExportCommandVariants_GiveTheirFormat(string text, string expected)
    {
        var format = PlanExportCommands.Parse(new Activity { Type = ActivityTypes.Message, Text = text });

        Assert.Equal(expected, format?.ToString());
    }

    private static List<string> Strings(JsonNode node) => node switch
    {
        JsonObject json => [.. json.SelectMany(p => p.Value is null ? [] : Strings(p.Value))],
        JsonArray array => [.. array.SelectMany(item => item is null ? [] : Strings(item))],
        JsonValue value when value.TryGetValue(out string? text) => [text],
        _ => [],
    };

    private async Task SeedPlanAsync(bool persian)
    {
        var state = await _harness.Store.LoadAsync(_harness.Scope, CancellationToken.None);
        TurnState.Of(state).SavePlan(SamplePlans.CoffeeShop(persian));
        await _harness.Store.SaveAsync(state, CancellationToken.None);
    }

    private static Attachment ConsentCard(HarnessTurn turn) =>
        Assert.Single(turn.Replies.SelectMany(r => r.Attachments ?? []), a => a.ContentType == FileConsent.ConsentCardType);

    private static Activity ConsentAnswer(string action, Attachment consent, string? uploadUrl)
    {
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = consent.Content![action == "accept" ? "acceptContext" : "declineContext"]!.DeepClone(),
        };
        if (uploadUrl is not null)
        {
            value["uploadInfo"] = new JsonObject
            {
                ["name"] = consent.Name,
                ["uploadUrl"] = uploadUrl,
                ["contentUrl"] = "https://contoso.example/plan.docx",
                ["uniqueId"] = "item-1",
                ["fileType"] = "docx",
            };
        }

        return new Activity { Type = ActivityTypes.Invoke, Name = FileConsent.InvokeName, Value = value };
    }
}
