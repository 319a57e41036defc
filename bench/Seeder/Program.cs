using System.Globalization;
using StrategyBot.Bench.Seeder;

// Seeds N check-in users, all falling due at one instant, through StrategyBot.App's own storage types; see
// CheckInSeeder. Prints "DUE <utc>" and "SEEDED <users> <phase 1 s> <phase 2 s> <overrun s>" for the driver.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = SeederOptions.Parse(args);
await new CheckInSeeder(options).RunAsync(CancellationToken.None);
