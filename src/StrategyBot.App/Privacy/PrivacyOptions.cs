using System.ComponentModel.DataAnnotations;
using System.Net;

namespace StrategyBot.App.Privacy;

/// <summary>Settings of the privacy commands (section "Privacy"), validated at startup.</summary>
public sealed class PrivacyOptions : IValidatableObject
{
    public const string Section = "Privacy";

    /// <summary>
    /// The bot's public address as users' browsers reach it, for example https://strategybot.azurewebsites.net/.
    /// Download links of "export my data" start with it. Unset, a local run uses the address it listens on.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a download link works.</summary>
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long "delete my data" waits for its yes.</summary>
    public TimeSpan DeleteConfirmationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { } url)
        {
            var isLoopback = url.IsAbsoluteUri && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)));
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && isLoopback)))
            {
                yield return new ValidationResult(
                    "Privacy:PublicBaseUrl must be an absolute https address such as https://strategybot.azurewebsites.net/ " +
                    "(plain http only for localhost): download links carry personal data.",
                    [nameof(PublicBaseUrl)]);
            }
        }

        if (ExportLinkLifetime < TimeSpan.FromMinutes(1) || ExportLinkLifetime > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Privacy:ExportLinkLifetime must be between 00:01:00 and 01:00:00.", [nameof(ExportLinkLifetime)]);
        }

        if (DeleteConfirmationTimeout < TimeSpan.FromMinutes(1) || DeleteConfirmationTimeout > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult(
                "Privacy:DeleteConfirmationTimeout must be between 00:01:00 and 1.00:00:00.", [nameof(DeleteConfirmationTimeout)]);
        }
    }
}
