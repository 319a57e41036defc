using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>"My objectives" through the real turn pipeline: what the search pane lists, and the card each result inserts.</summary>
public sealed class MyObjectivesSearchTests
{
    private readonly PipelineHost _host = new();

    [Fact]
    public async Task Search_NoObjectivesYet_SaysHowToAddOne()
    {
        var answer = await _host.SearchAsync(null);

        Assert.Equal(Texts.Get(Language.English, MessageExtensionText.SearchNoObjectives), answer.Message);
    }

    [Fact]
    public async Task Search_InitialRun_ListsEveryObjectiveWithItsPreview()
    {
        await SeedAsync();

        var answer = await _host.SearchAsync(null);

        Assert.Equal(3, answer.Results.Count);
        Assert.Equal("Grow Instagram reach to 50,000 by June 2027", (string?)answer.Results[0]["preview"]!["content"]!["title"]);
        Assert.All(answer.Results, result => Assert.True(SchemaValidator.ValidateAdaptiveCard(result["content"]!).IsValid));
    }

    [Theory]
    [InlineData("INSTAGRAM", "Instagram reach")]
    [InlineData("instagram reach", "Instagram reach")]
    [InlineData("دسترسی", "Instagram reach")]
    [InlineData("dépenses", "LinkedIn leads")]
    [InlineData("DEPENSES", "LinkedIn leads")]
    [InlineData("Leads", "LinkedIn leads")]
    public async Task Search_WordsInAnyCaseOrAccentOrLanguage_FindTheObjective(string query, string expected)
    {
        await SeedAsync();

        var answer = await _host.SearchAsync(query);

        var result = Assert.Single(answer.Results);
        Assert.Contains(expected, (string?)result["preview"]!["content"]!["title"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("۵۰۰۰")]
    [InlineData("كاهش")]
    public async Task Search_PersianDigitsAndArabicLetterForms_FindThePersianObjective(string query)
    {
        await SeedAsync();

        var answer = await _host.SearchAsync(query);

        var result = Assert.Single(answer.Results);
        Assert.Contains("هزینه", (string?)result["preview"]!["content"]!["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSoWithTheWordsSearched()
    {
        await SeedAsync();

        var answer = await _host.SearchAsync("tiktok");

        Assert.Equal(Texts.Format(Language.English, MessageExtensionText.SearchNoMatch, "tiktok"), answer.Message);
    }

    [Fact]
    public async Task Search_ObjectiveWithKpisAndACheckIn_CardShowsWhereEachKpiStands()
    {
        await SeedAsync(withKpi: true);
        var week = IsoWeek.FromDate(DateOnly.FromDateTime(_host.Time.GetUtcNow().UtcDateTime));
        await _host.History.SaveAsync(PipelineHost.Scope, new CheckInRecord
        {
            PlanId = "plan",
            Week = week,
            Numbers = new WeeklyNumbers { Reach = 30000 },
        }, CancellationToken.None);

        var answer = await _host.SearchAsync("reach");

        var text = ExtensionAnswer.AllText(answer.Results[0]["content"]);
        Assert.Contains("Progress", text, StringComparison.Ordinal);
        Assert.Contains("Reach: ", text, StringComparison.Ordinal);
        Assert.Contains("30,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ObjectiveWithoutKpis_CardSaysKpisComeInControl()
    {
        await SeedAsync();

        var answer = await _host.SearchAsync("linkedin");

        Assert.Contains(
            Texts.Get(Language.English, MessageExtensionText.ProgressNoKpis), ExtensionAnswer.AllText(answer.Results.Single()["content"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PersianUser_PersianRightToLeftCards()
    {
        await SeedAsync();

        var answer = await _host.SearchAsync("اینستاگرام", locale: "fa-IR");

        var card = answer.Results[0]["content"]!.AsObject();
        Assert.True((bool?)card["rtl"]);
        Assert.Contains("پیشرفت", ExtensionAnswer.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SecondPage_SkipsWhatTeamsAlreadyShowed()
    {
        await SeedAsync();
        var value = new JsonObject
        {
            ["commandId"] = MessageExtensionCommands.MyObjectives,
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = MessageExtensionCommands.SearchParameter, ["value"] = "" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 2, ["count"] = 25 },
        };

        var answer = await _host.InvokeAsync(BotFramework.Protocol.MessagingExtensionInvokes.Query, value);

        Assert.Contains("هزینه", (string?)Assert.Single(answer.Results)["preview"]!["content"]!["title"], StringComparison.Ordinal);
    }

    private Task SeedAsync(bool withKpi = false) => _host.SeedPlanAsync(plan =>
    {
        plan = plan with
        {
            Objectives =
            [
                .. plan.Objectives,
                new Objective
                {
                    Id = "objective-1",
                    Text = "Grow Instagram reach to 50,000 by June 2027",
                    Metric = ObjectiveMetric.Reach,
                    Platform = Platform.Instagram,
                    Target = 50000,
                    Deadline = new DateOnly(2027, 6, 30),
                },
                new Objective { Id = "objective-2", Text = "More LinkedIn leads: cut dépenses per lead", Metric = ObjectiveMetric.Leads },
                new Objective { Id = "objective-3", Text = "کاهش هزینهٔ هر سرنخ به ۵۰۰۰ تومان" },
            ],
        };
        return !withKpi ? plan : plan with
        {
            StartDate = new DateOnly(2026, 11, 2),
            Control = plan.Control.WithKpiTarget(new KpiTarget
            {
                ObjectiveId = "objective-1",
                KpiId = KpiIds.Reach,
                Platform = Platform.Instagram,
                Baseline = 20000,
                Target = 50000,
                Deadline = new DateOnly(2027, 6, 30),
            }),
        };
    });
}
