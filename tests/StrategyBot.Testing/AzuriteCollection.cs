namespace StrategyBot.Testing;

/// <summary>
/// The name of the xUnit collection that shares one <see cref="AzuriteFixture"/>. xUnit 2 only finds collection
/// definitions in the test assembly itself, so each test project that uses it declares
/// <c>[CollectionDefinition(AzuriteCollection.Name)] public sealed class AzuriteCollectionDefinition : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// once, and its test classes say <c>[Collection(AzuriteCollection.Name)]</c>.
/// </summary>
public static class AzuriteCollection
{
    public const string Name = "Azurite";
}
