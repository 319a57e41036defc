namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>Tests that set the process-wide managed identity environment variables run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ManagedIdentityEnvironment
{
    public const string Name = "Managed identity environment";
}
