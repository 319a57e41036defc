using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>What a waiting question leaves on the stored dialog stack, and stacks stored by an earlier deploy.</summary>
public sealed partial class PlanInterviewDialogTests
{
    [Fact]
    public async Task StoredStack_CardQuestionWaits_HoldsNoCardAndHelpSendsTheSameCardAgain()
    {
        var bot = InterviewHarness.Create();
        var log = new List<HarnessTurn>();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties", "Sara"], log);
        var asked = log[^1].Replies[^1];

        var stack = (await bot.StateAsync()).Get(DialogRunner.StackDocumentName)!.ToJsonString();
        var help = await bot.SendAsync("help");

        Assert.DoesNotContain("AdaptiveCard", stack, StringComparison.Ordinal);
        Assert.Equal(ReplyAssert.Card(asked)!.ToJsonString(), ReplyAssert.Card(help.Replies[^1])?.ToJsonString());
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fa-IR")]
    public async Task StoredStack_PromptSavedWithTheCardInItsOptions_AsksAgainAndTakesTheAnswer(string locale)
    {
        var english = locale == "en-US";
        var bot = InterviewHarness.Create(locale: locale);
        var log = new List<HarnessTurn>();
        await InterviewScript.AnswerAllAsync(bot, english ? ["hi", "A bakery", "Cakes", "Parties", "Sara"] : ["سلام", .. PlanAnswers.SituationPersian[..4]], log);
        var asked = log[^1].Replies[^1];
        await StoreInTheOldShapeAsync(bot, asked);

        var help = await bot.SendAsync(english ? "help" : "راهنما");
        var retry = await bot.SendAsync(english ? "purple" : "بنفش");
        await bot.SendAsync(english ? "25-34" : "۲۵ تا ۳۴");

        Assert.Equal(ReplyAssert.Card(asked)!.ToJsonString(), ReplyAssert.Card(help.Replies[^1])?.ToJsonString());
        retry.Says(english ? "Please pick one of the options" : "لطفاً یکی از گزینه‌ها را انتخاب کنید").AssertNoMoreReplies();
        Assert.Equal("25-34", (await bot.PlanAsync()).Situation.Personas.Single().AgeBand);
    }

    // Before the question moved out of the prompt's options, the options held the whole question activity (the card
    // included) and no locale of their own; a stack saved then may still wait in storage after a deploy.
    private static async Task StoreInTheOldShapeAsync(ConversationHarness bot, Activity asked)
    {
        var state = await bot.StateAsync();
        var document = state.Get(DialogRunner.StackDocumentName)!;
        var prompt = TopPrompt((JsonArray)document["stack"]!);
        var options = (JsonObject)prompt["state"]!["options"]!;
        Assert.True(((JsonObject)prompt["state"]!).Remove("prompt"));
        Assert.True(options.Remove("locale"));
        var question = DialogJson.ToObject(asked, "question");
        question.Remove("suggestedActions");
        options["prompt"] = question;
        state.Set(DialogRunner.StackDocumentName, document);
        await bot.Store.SaveAsync(state, CancellationToken.None);
    }

    private static JsonObject TopPrompt(JsonArray stack)
    {
        var top = (JsonObject)stack[^1]!;
        return top["stack"] is JsonArray { Count: > 0 } inner ? TopPrompt(inner) : top;
    }
}
