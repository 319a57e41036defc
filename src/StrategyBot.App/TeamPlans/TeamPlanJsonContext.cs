using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategyBot.App.TeamPlans;

/// <summary>Source-generated JSON for the team plan documents and the membership index; enums as names.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TeamPlan))]
[JsonSerializable(typeof(TeamConversation))]
[JsonSerializable(typeof(TeamMembership))]
internal sealed partial class TeamPlanJsonContext : JsonSerializerContext;
