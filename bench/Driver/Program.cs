using System.Globalization;
using StrategyBot.Bench;

// Figures in the results file use '.' decimals and no grouping surprises, whatever the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return await BenchProgram.RunAsync(args);
