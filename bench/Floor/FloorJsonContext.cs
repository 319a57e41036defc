using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyBot.Bench.Floor;

/// <summary>Source-generated (de)serialisation: the floor pays no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorActivity))]
[JsonSerializable(typeof(FloorReply))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;
