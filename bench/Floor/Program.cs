using Azure.Data.Tables;
using StrategyBot.Bench.Floor;

// The floor of a Teams bot turn on this machine: what any bot must at least do for one message. Whatever the real
// bot costs above this is its own overhead, measured in the same run against the same Azurite and fake connector.
var builder = WebApplication.CreateSlimBuilder(args);
var connectionString = builder.Configuration["Storage:ConnectionString"]
    ?? throw new InvalidOperationException("Set Storage:ConnectionString (the bench passes Azurite's).");
var table = new TableServiceClient(connectionString).GetTableClient(builder.Configuration.GetValue<bool>("Floor:LikeBot") ? "FloorStateLikeBot" : "FloorState");
await table.CreateIfNotExistsAsync();

builder.Services.AddSingleton(table);
builder.Services.AddSingleton(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }));
var likeBot = builder.Configuration.GetValue<bool>("Floor:LikeBot");
builder.Services.AddSingleton(sp => new FloorTurn(table, sp.GetRequiredService<HttpClient>(), likeBot));

var app = builder.Build();
app.MapPost("/api/messages", (HttpContext context, FloorTurn turn) => turn.HandleAsync(context));
app.MapGet("/healthz", () => Results.Ok());
await app.RunAsync();
