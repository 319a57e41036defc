using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Tests.MessageExtensions;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// "Save as goal", "New goal" and "My objectives" end to end: StrategyBot as a real process on Azurite, invoked through
/// the real Microsoft 365 Agents Playground's invoke route the way a Teams client invokes a message extension
/// (docs/playground.md#message-extension-invokes), in English and in Persian. The Playground has no manifest, so the
/// tests send the command ids the manifest declares; TeamsManifestTests keeps the two in step.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class MessageExtensionPlaygroundTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);

    public static TheoryData<Language> Languages => new() { Language.English, Language.Persian };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task SaveAsGoal_OnAMessage_DialogFromTheSmartCheckThenSavedWithAConfirmationCard(Language language)
    {
        await using var session = await SessionAsync(language);
        var message = language == Language.Persian
            ? "<p>هدف فصل بعد: افزایش دنبال‌کنندگان اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان خرداد ۱۴۰۶</p>"
            : "<p>Next quarter: grow Instagram followers from 2,000 to 5,000 by 30 June 2027</p>";

        var dialog = await FetchAsync(session, MessageExtensionCommands.SaveAsGoal, message);
        var card = AssertDialog(dialog, language);
        Assert.Equal("Followers", Value(card, GoalFields.Metric));
        Assert.Equal("Instagram", Value(card, GoalFields.Platform));
        Assert.Equal(Digits(language, "5000"), Value(card, GoalFields.Target));
        Assert.NotNull(ExtensionAnswer.TextOf(card, "newPlanNote"));

        var saved = await SubmitAsync(session, MessageExtensionCommands.SaveAsGoal, card, changes: null);

        AssertConfirmation(saved, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task NewGoal_FromTheComposeBox_ProblemNextToTheMissingDeadlineThenSaved(Language language)
    {
        await using var session = await SessionAsync(language);
        var typed = new Dictionary<string, string?>
        {
            [GoalFields.Text] = language == Language.Persian ? "دنبال‌کنندگان بیشتر در اینستاگرام" : "More Instagram followers",
            [GoalFields.Metric] = "Followers",
            [GoalFields.Platform] = "Instagram",
            [GoalFields.Baseline] = Digits(language, "2000"),
            [GoalFields.Target] = Digits(language, "5000"),
        };

        var empty = AssertDialog(await FetchAsync(session, MessageExtensionCommands.NewGoal, messageHtml: null), language);
        Assert.All(ExtensionAnswer.Inputs(empty), input => Assert.Null((string?)input["value"]));
        var again = AssertDialog(await SubmitAsync(session, MessageExtensionCommands.NewGoal, empty, typed), language);
        Assert.NotNull(ExtensionAnswer.TextOf(again, GoalFields.Problem(GoalFields.Deadline)));
        Assert.All(typed, field => Assert.Equal(field.Value, Value(again, field.Key)));

        var saved = await SubmitAsync(session, MessageExtensionCommands.NewGoal, again, new Dictionary<string, string?> { [GoalFields.Deadline] = "2027-06-30" });

        AssertConfirmation(saved, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task MyObjectives_AfterTwoSavedGoals_InitialRunListsBothAndAWordFindsOne(Language language)
    {
        await using var session = await SessionAsync(language);
        var search = await QueryAsync(session, null);
        Assert.Equal(Texts.Get(language, MessageExtensionText.SearchNoObjectives), new ExtensionAnswer(search).Message);
        foreach (var goal in language == Language.Persian
            ? new[] { "افزایش دنبال‌کنندگان اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان خرداد ۱۴۰۶", "۵۰۰ سرنخ جدید از لینکدین تا پایان اسفند ۱۴۰۵" }
            : ["Grow Instagram followers from 2,000 to 5,000 by 30 June 2027", "500 new leads from LinkedIn by the end of March 2027"])
        {
            var dialog = AssertDialog(await FetchAsync(session, MessageExtensionCommands.SaveAsGoal, goal), language);
            await SubmitAsync(session, MessageExtensionCommands.SaveAsGoal, dialog, new Dictionary<string, string?>
            {
                // Whatever the SMART check could not read, the user fills in, as in the dialog.
                [GoalFields.Baseline] = Value(dialog, GoalFields.Baseline) ?? Digits(language, "100"),
                [GoalFields.Target] = Value(dialog, GoalFields.Target) ?? Digits(language, "500"),
                [GoalFields.Deadline] = Value(dialog, GoalFields.Deadline) ?? "2027-03-20",
            });
        }

        var all = new ExtensionAnswer(await QueryAsync(session, null));
        var found = new ExtensionAnswer(await QueryAsync(session, language == Language.Persian ? "لینکدین" : "LINKEDIN"));
        var none = new ExtensionAnswer(await QueryAsync(session, "tiktok"));

        Assert.Equal(2, all.Results.Count);
        var result = Assert.Single(found.Results);
        var card = result["content"]!.AsObject();
        AssertValidCard(card, language);
        Assert.Contains(Texts.Get(language, MessageExtensionText.ProgressHeading), ExtensionAnswer.AllText(card), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)result["preview"]?["content"]?["title"]));
        Assert.Equal(Texts.Format(language, MessageExtensionText.SearchNoMatch, "tiktok"), none.Message);
    }

    [Fact]
    public async Task Invoke_MalformedThroughThePlayground_AnsweredWithAMessageNot502()
    {
        await using var session = await SessionAsync(Language.English);

        var answer = await session.Client.InvokeMessageExtensionAsync(MessagingExtensionInvokes.SubmitAction, JsonValue.Create("goal: more reach")!);

        Assert.Equal(Texts.Get(Language.English, MessageExtensionText.Malformed), new ExtensionAnswer(answer).Message);
    }

    private async Task<PlaygroundSession> SessionAsync(Language language)
    {
        var session = await fixture.StartPlaygroundAsync();
        try
        {
            if (language == Language.Persian)
            {
                // The Playground always sends en-US; the language command is how a user picks Persian.
                await session.Client.SendTextAsync("language");
                await session.Client.WaitForMessageAsync(
                    m => m.AllText().Contains(Texts.Get(Language.Persian, TextKey.LanguageSwitched), StringComparison.Ordinal), _timeout);
                await session.Client.WaitForIdleAsync(_timeout);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static Task<JsonObject> FetchAsync(PlaygroundSession session, string commandId, string? messageHtml)
    {
        var value = new JsonObject { ["commandId"] = commandId, ["commandContext"] = messageHtml is null ? "compose" : "message" };
        if (messageHtml is not null)
        {
            value["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = messageHtml } };
        }

        return session.Client.InvokeMessageExtensionAsync(MessagingExtensionInvokes.FetchTask, value);
    }

    private static Task<JsonObject> SubmitAsync(PlaygroundSession session, string commandId, JsonObject card, IReadOnlyDictionary<string, string?>? changes) =>
        session.Client.InvokeMessageExtensionAsync(MessagingExtensionInvokes.SubmitAction, new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = commandId == MessageExtensionCommands.SaveAsGoal ? "message" : "compose",
            ["data"] = ExtensionAnswer.Submission(card, changes),
        });

    private static Task<JsonObject> QueryAsync(PlaygroundSession session, string? text) =>
        session.Client.InvokeMessageExtensionAsync(MessagingExtensionInvokes.Query, new JsonObject
        {
            ["commandId"] = MessageExtensionCommands.MyObjectives,
            ["parameters"] = new JsonArray(text is null
                ? new JsonObject { ["name"] = "initialRun", ["value"] = "true" }
                : new JsonObject { ["name"] = MessageExtensionCommands.SearchParameter, ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        });

    private static JsonObject AssertDialog(JsonObject body, Language language)
    {
        var answer = new ExtensionAnswer(body);
        var card = answer.DialogCard;
        Assert.True(card is not null, body.ToJsonString());
        AssertValidCard(card, language);
        Assert.All(ExtensionAnswer.Inputs(card), input => Assert.False(string.IsNullOrWhiteSpace((string?)input["label"])));
        return card;
    }

    private static void AssertConfirmation(JsonObject body, Language language)
    {
        var answer = new ExtensionAnswer(body);
        var result = answer.Results.Count == 1 ? answer.Results[0] : throw new Xunit.Sdk.XunitException(body.ToJsonString());
        var card = result["content"]!.AsObject();
        AssertValidCard(card, language);
        Assert.Equal(Texts.Get(language, MessageExtensionText.SavedTitle), ExtensionAnswer.TextOf(card, "title"));
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)result["preview"]?["contentType"]);
    }

    private static void AssertValidCard(JsonObject card, Language language)
    {
        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
        Assert.Equal(language == Language.Persian, (bool?)card["rtl"]);
    }

    private static string? Value(JsonObject card, string inputId) =>
        (string?)ExtensionAnswer.Inputs(card).Single(input => (string?)input["id"] == inputId)["value"];

    private static string Digits(Language language, string latin) => language == Language.Persian ? PersianDigits.ToPersian(latin) : latin;
}
