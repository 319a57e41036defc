using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.MessageExtensions;

/// <summary>"My objectives": the search command.</summary>
internal sealed partial class MessageExtensionHandler
{
    /// <summary>Teams lists 25 results a page; asking for more gets this many.</summary>
    public const int MaxResults = 25;

    private async Task<InvokeResponse> QueryAsync(
        TurnContext turn, StateSet state, UserProfile profile, Language language, CancellationToken cancellationToken)
    {
        if (!MessagingExtensionQuery.TryRead(turn.Activity.Value, out var query))
        {
            return Malformed(turn, "no commandId", compose: true, language);
        }

        if (query.CommandId != MessageExtensionCommands.MyObjectives)
        {
            return UnknownCommand(turn, compose: true, language);
        }

        var plan = MessageExtensionPlan.Read(state);
        if (plan.Objectives.Count == 0)
        {
            return Answered(turn, query.CommandId, "no objectives",
                InvokeResponse.Compose(MessagingExtensionResult.Message(Texts.Get(language, MessageExtensionText.SearchNoObjectives))));
        }

        var words = query.IsInitialRun ? "" : query.Parameters.GetValueOrDefault(MessageExtensionCommands.SearchParameter, "").Trim();
        var found = ObjectiveSearch.Find(plan, words);
        if (found.Count == 0)
        {
            var shown = words.Length > 50 ? words[..50] + "…" : words;
            return Answered(turn, query.CommandId, "no match",
                InvokeResponse.Compose(MessagingExtensionResult.Message(Texts.Format(language, MessageExtensionText.SearchNoMatch, shown))));
        }

        var page = found.Skip(query.Skip).Take(Math.Min(query.Count ?? MaxResults, MaxResults)).ToList();
        var standings = await StandingsAsync(state, plan, Today(turn, profile), page.Select(p => p.Objective.Id), cancellationToken);
        var results = page.Select(p => MessagingExtensionAttachment.AdaptiveCard(
            ObjectiveCard.Result(p.Objective, ObjectiveProgress.Lines(plan, p.Objective, standings, language), language),
            Preview(p.Objective.Text),
            ObjectiveCard.TargetLine(p.Objective, language)));
        return Answered(turn, query.CommandId, "results", InvokeResponse.Compose(MessagingExtensionResult.Result(results)));
    }

    // The check-ins' history is read only when a listed objective has KPIs: most searches cost no storage call.
    private async Task<IReadOnlyList<KpiStanding>> StandingsAsync(
        StateSet state, Domain.Planning.MarketingPlan plan, DateOnly today, IEnumerable<string> objectiveIds, CancellationToken cancellationToken)
    {
        var listed = objectiveIds.ToHashSet(StringComparer.Ordinal);
        if (!plan.Control.KpiTargets.Any(t => listed.Contains(t.ObjectiveId)))
        {
            return [];
        }

        var week = IsoWeek.FromDate(today);
        var records = await history.GetRangeAsync(state.Scope, plan.Id, week.AddWeeks(1 - KpiStandings.ChartWeeks), week, cancellationToken);
        return KpiStandings.Evaluate(plan, records, week);
    }
}
