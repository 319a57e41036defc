using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.Privacy;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class ExportCardTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Build_StoredDataWithLink_ValidCardWithOneOpenUrl(Language language)
    {
        var card = ExportCard.Build(SampleData(), new Uri("https://bot.example/api/export/t"), TimeSpan.FromMinutes(10), language);

        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
        Assert.Equal("https://bot.example/api/export/t", (string?)Assert.Single(card["actions"]!.AsArray())!["url"]);
        Assert.Equal(language == Language.Persian, (bool?)card["rtl"]);
    }

    [Fact]
    public void Build_NothingStored_SaysSoAndOffersNoLink()
    {
        var empty = new UserData(TrustUser.Ada.Scope, [], [new UserDataTable("CheckIns", PrivacyText.ItemCheckInHistory, [])], Now);

        var card = ExportCard.Build(empty, new Uri("https://bot.example/api/export/t"), TimeSpan.FromMinutes(10), Language.English);

        Assert.Null(card["actions"]);
        Assert.Contains(Texts.Get(Language.English, PrivacyText.ExportNothingStored), CardStrings.Joined(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownDocumentNameWithMarkup_NameShownInert()
    {
        var data = new UserData(TrustUser.Ada.Scope, [KeyValuePair.Create("[x](https://evil.example)", new JsonObject())], [], Now);

        var text = CardStrings.Joined(ExportCard.Build(data, null, TimeSpan.FromMinutes(10), Language.English));

        Assert.DoesNotContain("[x]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://evil", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteConfirmCard_BothLanguages_ValidWithConfirmAndCancel()
    {
        foreach (var language in new[] { Language.English, Language.Persian })
        {
            var card = DeleteConfirmCard.Build(language);

            Assert.True(SchemaValidator.ValidateAdaptiveCard(card).IsValid);
            var steps = card["actions"]!.AsArray().Select(a => (string?)a!["data"]![PrivacyCommands.StepField]);
            Assert.Equal([DeleteConfirmCard.ConfirmStep, DeleteConfirmCard.CancelStep], steps);
        }
    }

    private static UserData SampleData() => new(
        TrustUser.Ada.Scope,
        [KeyValuePair.Create("plan", new JsonObject { ["id"] = "plan" }), KeyValuePair.Create("profile", new JsonObject())],
        [new UserDataTable("CheckIns", PrivacyText.ItemCheckInHistory, [new JsonObject { ["RowKey"] = "2027-W09" }])],
        Now);
}
