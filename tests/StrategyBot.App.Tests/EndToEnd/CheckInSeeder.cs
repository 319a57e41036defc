using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// Gives a Playground user who has installed the app a finished plan with KPIs and a weekly check-in slot that fell
/// due this very minute, through the app's own storage types (as bench/Seeder does), so the rows are exactly what the
/// bot writes. Nothing else is touched: the bot's own scheduler finds the index row on its next poll and sends the
/// card proactively to the conversation reference the install turn stored. No clock hook, no test endpoint.
/// </summary>
internal sealed class CheckInSeeder(EndToEndFixture fixture)
{
    /// <summary>The plan's currency, so the result card's money KPIs are recognisable.</summary>
    public const string Currency = "USD";

    private const int MaxAttempts = 3;

    /// <summary>
    /// Seeds the plan, the language and the check-in schedule of the Playground user <paramref name="user"/>, with the
    /// slot in <paramref name="zoneId"/> at the current minute, and indexes it due now; returns the slot's UTC time.
    /// Call it after the install turn: it writes under the stored ETag, reloading if a turn saved in between.
    /// </summary>
    public async Task<DateTimeOffset> SeedDueCheckInAsync(PlaygroundUser user, Language language, string zoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var metrics = StorageTestKit.NewMetrics();
        var store = new TableStateStore(
            new TableClient(fixture.StorageConnectionString, fixture.StateTable), metrics, NullLogger<TableStateStore>.Instance);
        var index = new ScheduleIndexTable(
            new TableClient(fixture.StorageConnectionString, fixture.ScheduleTable), metrics, EndToEndFixture.IndexShards);

        // The same key the bot builds from the Playground's activities: tenant and Entra object id, lower-cased.
        var scope = StateScope.ForUser(PlaygroundConfigFile.TenantId.ToLowerInvariant(), user.AadObjectId.ToLowerInvariant());
        for (var attempt = 1; ; attempt++)
        {
            var state = await store.LoadAsync(scope, cancellationToken);
            if (TurnState.Of(state).Reference is null)
            {
                throw new InvalidOperationException($"The bot has stored no conversation reference for {user.Id}: install the app first.");
            }

            var (slotUtc, due) = Seed(state, language, zoneId);
            try
            {
                await store.SaveAsync(state, cancellationToken);
            }
            catch (StateConflictException) when (attempt < MaxAttempts)
            {
                // An install turn acknowledged early on a slow machine saved after our load: seed on top of its state.
                continue;
            }

            await index.SetAsync(scope, due, cancellationToken);
            return slotUtc;
        }
    }

    /// <summary>Writes the plan, the language and a slot at the current minute into <paramref name="state"/>; returns the slot and the index due time.</summary>
    private static (DateTimeOffset SlotUtc, DateTimeOffset Due) Seed(StateSet state, Language language, string zoneId)
    {
        var now = TimeProvider.System.GetUtcNow();
        var zone = TimeZones.Find(zoneId) ?? throw new ArgumentException($"Unknown zone {zoneId}.", nameof(zoneId));
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var slotLocal = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Offset);
        var slot = new WeeklySlot(slotLocal.DayOfWeek, new TimeOnly(slotLocal.Hour, slotLocal.Minute), zone.Id);

        TurnState.Of(state).SavePlan(FinishedPlan(DateOnly.FromDateTime(local.DateTime), slot, language));
        TurnState.Of(state).UpdateProfile(profile => profile with { LanguageChoice = language, TimeZoneId = zone.Id, TimeZoneConfirmed = true });

        // The slot passed at the top of this minute; the scheduler looks only once the index row says so.
        var due = now.AddSeconds(1);
        TurnState.Of(state).UpdateCheckIns(_ => new CheckInState { Slot = slot, NextSlotUtc = slotLocal.ToUniversalTime(), IndexedDueUtc = due });
        return (slotLocal.ToUniversalTime(), due);
    }

    /// <summary>
    /// A plan that started four weeks ago and runs twelve more: reach 5,000 → 10,000, CTR 1 % → 2 %, CPC 2 → 1 USD,
    /// with the check-in slot the interview's Control step would have stored.
    /// </summary>
    private static MarketingPlan FinishedPlan(DateOnly today, WeeklySlot slot, Language language)
    {
        var deadline = today.AddDays(84);
        return new MarketingPlan
        {
            Id = "e2e-plan",
            Language = language == Language.Persian ? "fa" : "en",
            StartDate = today.AddDays(-28),
            Control = new Control
            {
                KpiTargets = [Target(KpiIds.Reach, 5_000, 10_000, deadline), Target(KpiIds.Ctr, 1, 2, deadline), Target(KpiIds.Cpc, 2, 1, deadline)],
                CheckInDay = slot.Day,
                CheckInTime = slot.Time,
                TimeZoneId = slot.ZoneId,
            },
            Tactics = new Tactics
            {
                PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, PostsPerWeek = 4, Formats = ["reels", "carousels"] }],
                CallsToAction = ["Book a free trial"],
                Budget = new BudgetSplit { CurrencyCode = Currency, Lines = [new BudgetLine { Platform = Platform.Instagram, Percent = 100 }] },
            },
        };
    }

    private static KpiTarget Target(string kpiId, decimal baseline, decimal target, DateOnly deadline) => new()
    {
        ObjectiveId = "o1",
        KpiId = kpiId,
        Baseline = baseline,
        Target = target,
        Deadline = deadline,
    };
}
