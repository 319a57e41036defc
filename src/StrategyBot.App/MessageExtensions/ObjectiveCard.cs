using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// One objective as a compact card (cards/objective-card.json): the confirmation "Save as goal" puts into the compose
/// box, and each "My objectives" result. It may be posted into a team chat, so it shows the goal and nothing private
/// besides it: no plan details, no notes meant for the user alone. Pure: no I/O.
/// </summary>
internal static class ObjectiveCard
{
    /// <summary>The card that confirms a saved goal.</summary>
    public static JsonObject Saved(Objective objective, Language language) =>
        Fill(objective, Texts.Get(language, MessageExtensionText.SavedTitle), progress: null, language);

    /// <summary>A search result: the objective and, under it, where each of its KPIs stands.</summary>
    public static JsonObject Result(Objective objective, IReadOnlyList<string> progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Fill(objective, title: null, progress, language);
    }

    /// <summary>The target line ("Target: 14,400 by 30 June 2027"), also the result's preview text; null when neither is known.</summary>
    public static string? TargetLine(Objective objective, Language language)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var target = ObjectiveFormat.Target(language, objective);
        return (target.Length > 0, objective.Deadline) switch
        {
            (true, { } deadline) => Texts.Format(language, MessageExtensionText.TargetBy, target, deadline),
            (true, null) => Texts.Format(language, MessageExtensionText.TargetOnly, target),
            (false, { } deadline) => Texts.Format(language, MessageExtensionText.DeadlineOnly, deadline),
            _ => null,
        };
    }

    private static JsonObject Fill(Objective objective, string? title, IReadOnlyList<string>? progress, Language language)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var goal = CardText.Escape(objective.Text);
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.ObjectiveCard)).SetText("goal", "🎯 " + goal);
        if (title is null)
        {
            filler.Remove("title");
        }
        else
        {
            filler.SetText("title", title);
        }

        if (TargetLine(objective, language) is { } line)
        {
            filler.SetText("target", line);
        }
        else
        {
            filler.Remove("target");
        }

        if (objective.Smart is { } smart)
        {
            filler.SetText("badges", Texts.Format(language, MessageExtensionText.Badges, SmartVerdict.Badges(smart)));
        }
        else
        {
            filler.Remove("badges");
        }

        if (progress is null)
        {
            filler.Remove("progressHeading").Remove("progressRow");
        }
        else
        {
            filler.SetText("progressHeading", Texts.Get(language, MessageExtensionText.ProgressHeading))
                .Repeat("progressRow", progress, (row, text, _) => row.SetText("progressRow", text));
        }

        return filler.Finish(language, Texts.Format(language, MessageExtensionText.FallbackObjective, goal));
    }
}
