namespace StrategyBot.App.Tests.Rendering;

/// <summary>Every rendering test class shares one <see cref="RenderedCards"/>: one browser run for all cards.</summary>
[CollectionDefinition(Name)]
public sealed class RenderingCollection : ICollectionFixture<RenderedCards>
{
    public const string Name = "Rendering";
}
