using System.Text.Json.Nodes;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>The first card a user sees: what the coach does, what they will get, and where to start.</summary>
public static class WelcomeCard
{
    private static readonly TextKey[] Benefits =
    [
        TextKey.WelcomeBenefitPlan,
        TextKey.WelcomeBenefitSmart,
        TextKey.WelcomeBenefitCheckIns,
        TextKey.WelcomeBenefitResume,
    ];

    /// <summary>The filled card; wrap it with <c>Attachment.AdaptiveCard</c>.</summary>
    public static JsonObject Build(Language language)
    {
        string Text(TextKey key) => Texts.Get(language, key);

        var showPlan = Text(TextKey.WelcomeShowPlanButton);
        var toggle = new JsonObject
        {
            [CardActions.ActionField] = CardActions.Language,
            [CardActions.LanguageField] = Languages.Code(Languages.Toggle(language)),
        };

        return new CardFiller(CardTemplates.Get(CardTemplates.Welcome))
            .SetText("title", Text(TextKey.WelcomeTitle))
            .SetText("pitch", Text(TextKey.WelcomePitch))
            .SetText("benefitsHeading", Text(TextKey.WelcomeBenefitsHeading))
            .Repeat("benefit", Benefits, (row, key, _) => row.SetText("benefit", "✓ " + Text(key)))
            .SetTitle("start", Text(TextKey.WelcomeStartButton))
            .SetTitle("showPlan", showPlan)
            .SetTitle("showPlanFallback", showPlan)
            .SetTitle("help", Text(TextKey.WelcomeHelpButton))
            .SetTitle("language", Text(TextKey.LanguageToggleButton))
            .SetData("language", toggle)
            .Finish(language, Text(TextKey.WelcomeFallback));
    }
}
