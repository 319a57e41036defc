using StrategyBot.App.Localization;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// The plan document's content in one language, written once and rendered by both writers, so the Word and the
/// Markdown versions have the same sections in the same words.
/// </summary>
internal sealed record PlanOutline(Language Language, string Title, IReadOnlyList<PlanBlock> Blocks);
