using System.Text.Json.Nodes;
using StrategyBot.App.Localization;
using StrategyBot.App.MessageExtensions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>The message extension's cards as users meet them: the filled dialog, the dialog with problems, a search result.</summary>
internal static class RenderingGoals
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static JsonObject Dialog(Language language)
    {
        var review = Review(new GoalForm { Text = Text(language) }, language);
        return GoalDialogCard.Build(GoalForm.FromObjective(review.Draft, language), review, showProblems: false, startsPlan: true, Today, language);
    }

    public static JsonObject DialogWithProblems(Language language)
    {
        var form = new GoalForm
        {
            Text = language == Language.Persian ? "دنبال‌کنندگان بیشتر" : "More followers",
            Metric = "Followers",
            Target = language == Language.Persian ? "خیلی زیاد" : "a lot",
        };
        return GoalDialogCard.Build(form, Review(form, language), showProblems: true, startsPlan: false, Today, language);
    }

    public static JsonObject Result(Language language)
    {
        var review = Review(new GoalForm { Text = Text(language) }, language);
        string[] progress = [Texts.Get(language, MessageExtensionText.ProgressNoKpis)];
        return ObjectiveCard.Result(review.Draft, progress, language);
    }

    private static GoalReview Review(GoalForm form, Language language) =>
        GoalChecker.Review(form, new SmartContext { Today = Today, Language = Languages.Code(language) }, language);

    private static string Text(Language language) => language == Language.Persian
        ? "افزایش دنبال‌کنندگان اینستاگرام از ۲۰۰۰ به ۵۰۰۰ تا پایان خرداد ۱۴۰۶ با هفته‌ای سه ریلز"
        : "Grow Instagram followers from 2,000 to 5,000 by 30 June 2027 with three reels a week";
}
