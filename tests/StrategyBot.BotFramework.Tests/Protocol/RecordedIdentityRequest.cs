namespace StrategyBot.BotFramework.Tests.Protocol;

internal sealed record RecordedIdentityRequest(string Header, string ApiVersion, string Resource, string ClientId);
