using System.Text.Json;
using Azure.Data.Tables;
using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.Storage;

/// <summary>
/// A weekly check-in as a CheckIns row: PartitionKey = the escaped user scope, RowKey = the ISO week ("2027-W10").
/// The numbers travel as one JSON property because decimals have no exact Table type.
/// </summary>
internal static class CheckInRecordEntity
{
    private const string PlanIdProperty = "PlanId";
    private const string NumbersProperty = "Numbers";
    private const string SkippedProperty = "Skipped";
    private const string SkipReasonProperty = "SkipReason";
    private const string SubmittedAtProperty = "SubmittedAt";

    public static TableEntity FromDomain(StateScope scope, CheckInRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(TableKeys.Partition(scope), record.Week.ToString())
        {
            [PlanIdProperty] = record.PlanId,
            [NumbersProperty] = JsonSerializer.Serialize(record.Numbers, CheckInJsonContext.Default.WeeklyNumbers),
            [SkippedProperty] = record.Skipped,
            [SubmittedAtProperty] = record.SubmittedAt,
        };
        if (record.SkipReason is { Length: > 0 } reason)
        {
            entity[SkipReasonProperty] = reason;
        }

        return entity;
    }

    public static CheckInRecord? ToDomain(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!IsoWeek.TryParse(entity.RowKey, out var week))
        {
            return null;
        }

        WeeklyNumbers numbers;
        try
        {
            numbers = entity.GetString(NumbersProperty) is { Length: > 0 } json
                ? JsonSerializer.Deserialize(json, CheckInJsonContext.Default.WeeklyNumbers) ?? new WeeklyNumbers()
                : new WeeklyNumbers();
        }
        catch (JsonException)
        {
            numbers = new WeeklyNumbers();
        }

        return new CheckInRecord
        {
            PlanId = entity.GetString(PlanIdProperty) ?? string.Empty,
            Week = week,
            Numbers = numbers,
            Skipped = entity.GetBoolean(SkippedProperty) ?? false,
            SkipReason = entity.GetString(SkipReasonProperty),
            SubmittedAt = entity.GetDateTimeOffset(SubmittedAtProperty) ?? default,
        };
    }
}
