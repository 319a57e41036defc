using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;

namespace StrategyBot.Bench.Seeder;

/// <summary>
/// Gives N users the plan of one real interview and a check-in that is due, using the app's own TableStateStore,
/// TurnState and ScheduleIndexTable, so the rows are exactly what the bot writes.
/// Phase 1 writes each user's scope (plan, profile, conversation reference, "checkins" with a slot that has already
/// passed). Nothing is due until phase 2 writes the index rows, all for one instant T0 chosen from phase 1's pace so
/// that the last row is in before T0: at T0 every user falls due at once, as at 09:00 on a Monday.
/// </summary>
internal sealed class CheckInSeeder(SeederOptions options)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new StorageMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var storageOptions = new StorageOptions { ConnectionString = options.Storage };
        var tables = StorageClientFactory.Create(storageOptions);
        var store = new TableStateStore(tables.GetTableClient(storageOptions.StateTable), metrics, NullLogger<TableStateStore>.Instance);
        var index = new ScheduleIndexTable(tables.GetTableClient(storageOptions.ScheduleTable), metrics, new CheckInOptions().IndexShards);

        var template = await store.LoadAsync(
            StateScope.ForUser(options.TemplateTenant.ToLowerInvariant(), options.TemplateUser.ToLowerInvariant()), cancellationToken);
        var plan = TurnState.Of(template).Plan;
        var profile = TurnState.Of(template).Profile;
        var bot = TurnState.Of(template).Reference?.Bot;
        if (CheckInInputs.PlanKpis(plan).Count == 0 || bot is null)
        {
            throw new InvalidOperationException("The template user has no plan with KPIs (or no conversation reference): run the interview first.");
        }

        var now = TimeProvider.System.GetUtcNow();
        var slotTime = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var slot = new WeeklySlot(slotTime.DayOfWeek, TimeOnly.FromTimeSpan(slotTime.TimeOfDay), "Etc/UTC");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };

        var phase1 = Stopwatch.StartNew();
        await Parallel.ForAsync(0, options.Users, parallel, async (i, token) =>
        {
            var (tenant, user, conversation) = options.Identity(i);
            var state = new StateSet(StateScope.ForUser(tenant, user), []);
            var typed = TurnState.Of(state);
            typed.SavePlan(plan);
            typed.UpdateProfile(_ => profile);
            typed.SaveReference(new ConversationReference
            {
                ServiceUrl = options.ServiceUrl.ToString(),
                ChannelId = "msteams",
                Conversation = new ConversationAccount { Id = conversation, TenantId = tenant, ConversationType = "personal" },
                TenantId = tenant,
                User = new ChannelAccount { Id = "29:" + conversation, AadObjectId = user },
                Bot = bot,
                Locale = "en-US",
            });

            // The slot passed at the top of this minute; the scheduler only looks once the index row says so.
            TurnState.Of(state).UpdateCheckIns(_ => new CheckInState { Slot = slot, NextSlotUtc = slotTime, IndexedDueUtc = slotTime });
            await store.SaveAsync(state, token);
        });
        phase1.Stop();

        var due = TimeProvider.System.GetUtcNow() + (phase1.Elapsed * 1.5) + options.DueMargin;
        due = new DateTimeOffset(due.UtcTicks - (due.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        Console.WriteLine($"DUE {due:O}");
        var phase2 = Stopwatch.StartNew();
        await Parallel.ForAsync(0, options.Users, parallel, async (i, token) =>
        {
            var (tenant, user, _) = options.Identity(i);
            await index.SetAsync(StateScope.ForUser(tenant, user), due, token);
        });
        phase2.Stop();

        var overrun = Math.Max(0, (TimeProvider.System.GetUtcNow() - due).TotalSeconds);
        Console.WriteLine($"SEEDED {options.Users} {phase1.Elapsed.TotalSeconds:0.0} {phase2.Elapsed.TotalSeconds:0.0} {overrun:0.0}");
    }
}
