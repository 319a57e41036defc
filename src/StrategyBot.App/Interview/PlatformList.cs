using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>Platforms as a text argument: joined with their names in the user's language.</summary>
internal sealed record PlatformList(IReadOnlyList<Platform> Platforms);
