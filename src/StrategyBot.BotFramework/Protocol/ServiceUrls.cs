using System.Net;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Service URL normalisation and comparison: one place decides what "the same URL" means.</summary>
internal static class ServiceUrls
{
    /// <summary>
    /// Lower-cased <c>scheme://host[:port]/path/</c> of an absolute http(s) URL, always ending in <c>/</c>;
    /// null for anything else, including URLs with user info, a query or a fragment.
    /// </summary>
    public static string? Normalize(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return Normalize(uri);
    }

    /// <inheritdoc cref="Normalize(string?)"/>
    public static string? Normalize(Uri uri)
    {
        if ((uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return null;
        }

        var origin = uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
        var path = uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped);
        var normalized = path.Length == 0 ? origin + "/" : $"{origin}/{path.TrimEnd('/')}/";
        return normalized.ToLowerInvariant();
    }

    /// <summary>True when both name the same service URL, ignoring case and a trailing slash (botbuilder compares case-insensitively).</summary>
    public static bool AreEquivalent(string? left, string? right)
    {
        var a = Normalize(left);
        return a is not null && string.Equals(a, Normalize(right), StringComparison.Ordinal);
    }

    /// <summary>True for http(s) URLs whose host is a loopback address or <c>localhost</c>.</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        Normalize(serviceUrl) is not null && Uri.TryCreate(serviceUrl!.Trim(), UriKind.Absolute, out var uri) && IsLoopback(uri);

    /// <inheritdoc cref="IsLoopback(string?)"/>
    public static bool IsLoopback(Uri uri) =>
        uri.IsAbsoluteUri
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IsLoopback(address)));

    /// <summary>True for loopback addresses, including IPv4-mapped IPv6 ones.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
