using StrategyBot.App;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Hosting;
using StrategyBot.App.Interview;
using StrategyBot.App.PlanDocument;
using StrategyBot.App.Privacy;
using StrategyBot.App.RateLimiting;
using StrategyBot.App.Storage;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework;
using StrategyBot.BotFramework.Protocol;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddBotFramework(builder.Configuration)
    .AddStorage(builder.Configuration)
    .AddCheckIns(builder.Configuration)
    .AddInterview()
    .AddStrategyBot()
    .AddTeamPlans()
    .AddPrivacy(builder.Configuration)
    .AddPlanDocument()
    .AddUserRateLimiting(builder.Configuration)
    .AddTelemetry(builder.Configuration);

var app = builder.Build();

app.MapBotEndpoint("/api/messages");
app.MapPrivacyExport();
app.MapPlanDocument();
app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
