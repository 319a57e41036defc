using System.Text;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// "my plans" in the 1:1 chat: the personal plan and every team plan the user owns or edits, read from the user's own
/// index rows (one partition read, no scan of team plans).
/// </summary>
internal sealed class MyPlans(ITeamMembershipIndex index)
{
    public async Task<bool> TryHandleAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        var text = turn.Activity.GetTextWithoutRecipientMention()?.Trim().TrimEnd('.', '!', '?', '؟').ToLowerInvariant();
        if (text is not ("my plans" or "list my plans" or "برنامه‌های من" or "برنامه های من"))
        {
            return false;
        }

        var memberships = await index.ListAsync(state.Scope, cancellationToken);
        var reply = new StringBuilder()
            .AppendLine(TeamTexts.MyPlansHeading(language))
            .AppendLine()
            .AppendLine(TeamTexts.MyPersonalPlan(language));
        foreach (var membership in memberships.OrderBy(m => m.Since))
        {
            reply.AppendLine().AppendLine(TeamTexts.MyTeamPlan(language, membership.ConversationName, membership.Role));
        }

        if (memberships.Count == 0)
        {
            reply.AppendLine().AppendLine(TeamTexts.NoTeamPlans(language));
        }

        turn.SendText(reply.ToString().TrimEnd());
        return true;
    }
}
