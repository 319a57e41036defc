using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Cross-field rules of <see cref="BotFrameworkOptions"/>, each failure saying exactly what to fix.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.HasNoCredentials)
        {
            if (!Guid.TryParse(options.AppId, out _))
            {
                failures.Add("Bot:AppId must be the Microsoft App ID of the Azure Bot (a GUID), or empty for local development with the Playground.");
            }

            if (options.AppType == BotAppType.UserAssignedMSI)
            {
                if (!string.IsNullOrEmpty(options.AppSecret))
                {
                    failures.Add("Bot:AppSecret must be empty when Bot:AppType is UserAssignedMSI: tokens come from the managed identity; remove the secret from the settings.");
                }
            }
            else if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                failures.Add("Bot:AppSecret is required when Bot:AppId is set; set it with user-secrets or the Bot__AppSecret environment variable, never in appsettings.");
            }
        }

        if (!Enum.IsDefined(options.AppType))
        {
            failures.Add("Bot:AppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (options.HasNoCredentials && options.AppType == BotAppType.UserAssignedMSI)
        {
            failures.Add("Bot:AppId is required when Bot:AppType is UserAssignedMSI; set it to the client id of the bot's user-assigned managed identity.");
        }

        if (!string.IsNullOrWhiteSpace(options.AppId) && options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Bot:TenantId is required when Bot:AppType is SingleTenant; set it to the Entra tenant id of the bot's app registration.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && options.TenantId.AsSpan().IndexOfAny("/?#\\ ") >= 0)
        {
            failures.Add("Bot:TenantId must be a tenant id or domain such as contoso.onmicrosoft.com, without slashes or spaces.");
        }

        RequireHttps(failures, "Bot:OpenIdMetadataUrl", options.OpenIdMetadataUrl, allowLoopbackHttp: true);
        RequireHttps(failures, "Bot:AuthorityHost", options.AuthorityHost, allowLoopbackHttp: false);
        if (!Uri.TryCreate(options.TokenIssuer, UriKind.Absolute, out _))
        {
            failures.Add($"Bot:TokenIssuer ('{options.TokenIssuer}') must be an absolute URI such as https://api.botframework.com.");
        }

        for (var i = 0; i < options.TrustedServiceUrls.Count; i++)
        {
            var prefix = options.TrustedServiceUrls[i];
            if (ServiceUrls.Normalize(prefix) is null || !prefix.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"Bot:TrustedServiceUrls:{i} ('{prefix}') must be an absolute https URL prefix such as https://smba.trafficmanager.net/.");
            }
            else if (InternalAddresses.IsInternalHost(new Uri(prefix.Trim())))
            {
                failures.Add($"Bot:TrustedServiceUrls:{i} ('{prefix}') names localhost or a loopback, private, link-local or metadata address; the bot's token must never go there.");
            }
        }

        if (options.RestrictServiceUrls && options.TrustedServiceUrls.Count == 0)
        {
            failures.Add("Bot:RestrictServiceUrls is true but Bot:TrustedServiceUrls is empty, so every activity would be refused; list the channel's service URL prefixes or turn strict mode off.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttps(List<string> failures, string key, string? value, bool allowLoopbackHttp)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (allowLoopbackHttp && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            return;
        }

        failures.Add(allowLoopbackHttp
            ? $"{key} ('{value}') must be an absolute https URL (http only for a loopback test server)."
            : $"{key} ('{value}') must be an absolute https URL.");
    }
}
