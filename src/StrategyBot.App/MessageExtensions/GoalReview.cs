using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.MessageExtensions;

/// <summary>
/// A goal dialog's values read into an objective and judged: the draft with the SMART assessment applied, and the
/// problems that keep it from being saved, each keyed by the field it belongs next to.
/// </summary>
internal sealed record GoalReview(Objective Draft, SmartAssessment Assessment, IReadOnlyDictionary<string, string> Problems)
{
    /// <summary>The same rule as the interview's: saved once it is measurable and time-bound, and nothing is unreadable.</summary>
    public bool CanSave => Problems.Count == 0 && Assessment.CanSave();
}
