using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>One Azurite for every test class in this assembly marked [Collection(AzuriteCollection.Name)].</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
