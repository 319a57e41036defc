namespace StrategyBot.App.Tests.TeamPlans;

/// <summary>A member of the test conversations: Teams id, Entra object id and name.</summary>
internal sealed record TeamPerson(string Id, string AadObjectId, string Name);
