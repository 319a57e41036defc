using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.State;

/// <summary>
/// The store contract through a store that leaves <see cref="IStateStore.LoadDocumentsAsync"/> to the interface: wrappers
/// (fault injectors, taps) that forward only the required members still load named documents correctly.
/// </summary>
public sealed class IStateStoreTests : StateStoreContractTests
{
    protected override IStateStore CreateStore() => new WholeScopeStateStore(new InMemoryStateStore());
}
