using System.Text.Json;
using System.Text.Json.Serialization;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.CheckIns;

/// <summary>Source-generated JSON for the check-in document and the numbers stored per week; enums as names.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckInState))]
[JsonSerializable(typeof(WeeklyNumbers))]
internal sealed partial class CheckInJsonContext : JsonSerializerContext;
