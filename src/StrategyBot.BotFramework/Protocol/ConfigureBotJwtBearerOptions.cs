using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// JwtBearer settings for channel tokens, following the checklist of docs/bot-protocol.md#inbound-authentication: signature by a key from
/// the Bot Framework OpenID metadata, allowed RSA algorithms only, issuer, audience = app id, lifetime with 5 min skew.
/// The activity-dependent checks (endorsement, serviceurl) run in the endpoint once the body is read.
/// </summary>
internal sealed class ConfigureBotJwtBearerOptions(IOptions<BotFrameworkOptions> botOptions, ILoggerFactory loggerFactory)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != BotAuthenticationDefaults.AuthenticationScheme)
        {
            return;
        }

        var bot = botOptions.Value;
        var logger = loggerFactory.CreateLogger<ConfigureBotJwtBearerOptions>();
        options.MetadataAddress = bot.OpenIdMetadataUrl;
        options.RequireHttpsMetadata = !(Uri.TryCreate(bot.OpenIdMetadataUrl, UriKind.Absolute, out var metadata) && metadata.IsLoopback);
        options.MapInboundClaims = false;
        options.SaveToken = false;
        options.IncludeErrorDetails = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = bot.TokenIssuer,
            ValidateAudience = true,
            ValidAudience = bot.AppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            ValidAlgorithms = AllowedAlgorithms,

            // The endorsement check looks the signing key up by the token's kid, so the kid must name a published key.
            TryAllIssuerSigningKeys = false,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.SecurityToken is JsonWebToken token)
                {
                    context.HttpContext.Items[ChannelCaller.SigningKeyIdItem] = token.SigningKey?.KeyId ?? token.Kid;
                }

                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                FrameworkLog.TokenRejected(logger, context.Exception.GetType().Name, context.Exception.Message);
                return Task.CompletedTask;
            },
        };
    }
}
