using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>One request seen by a <see cref="RecordingHttpHandler"/>.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string? Body)
{
    /// <summary>The body parsed as a JSON object (null when there is none).</summary>
    public JsonObject? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body) as JsonObject;

    /// <summary>The escaped path and query, exactly as sent on the wire.</summary>
    public string PathAndQuery => Uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
}
