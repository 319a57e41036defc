namespace StrategyBot.Testing;

/// <summary>One token request the fake identity endpoint received.</summary>
public sealed record RecordedIdentityRequest(string Header, string ApiVersion, string Resource, string ClientId);
