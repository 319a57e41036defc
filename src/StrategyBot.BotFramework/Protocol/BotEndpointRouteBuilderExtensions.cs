using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> to the bot: authenticates the channel, reads the activity and runs the registered
    /// <see cref="IBot"/>. Other methods get 405 from routing. Requires <c>AddBotFramework</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        return endpoints
            .MapPost(pattern, (RequestDelegate)(httpContext =>
                httpContext.RequestServices.GetRequiredService<BotRequestHandler>().HandleAsync(httpContext)))
            .WithDisplayName("Bot Framework messages");
    }
}
