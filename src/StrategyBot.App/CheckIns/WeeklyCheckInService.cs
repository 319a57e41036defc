using Microsoft.Extensions.Options;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The check-in scheduler: one tick at start (so slots missed while the bot was down go out once, straight away),
/// then one every <see cref="CheckInOptions.PollInterval"/> on a <see cref="PeriodicTimer"/> driven by
/// <see cref="TimeProvider"/>. A tick that fails is logged and the next one starts afresh; nothing is lost because the
/// index row of every unfinished check-in is still there.
/// </summary>
internal sealed class WeeklyCheckInService(
    CheckInDispatcher dispatcher,
    IScheduleIndex index,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<WeeklyCheckInService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.CheckInSchedulerStarted(logger, options.Value.PollInterval, index.Shards);
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            await dispatcher.RunOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Log.CheckInTickFailed(logger, ex);
        }
    }
}
