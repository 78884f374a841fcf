using Takomil.Bot.Cli;
using Takomil.Bot.Extensions;
using Takomil.Bot.Files;
using Takomil.Protocol.Auth;
using Takomil.Protocol.Connector;
using Takomil.Protocol.Hosting;
using Takomil.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddTakomilStorage(builder.Configuration)
    .AddBotAuthentication(builder.Configuration)
    .AddBotConnector(builder.Configuration)
    .AddBotProtocol(builder.Configuration)
    .AddTakomilBot()
    .AddTakomilInspections()
    .AddTakomilApprovals()
    .AddTakomilExecution(builder.Configuration)
    .AddTakomilModels()
    .AddTakomilInterviews(builder.Configuration)
    .AddTakomilScheduling(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();
if (await app.RunCommandAsync(args)) return; // `migrate`, `verify-audit`: see docs/storage.md
await app.InitializeDatabaseAsync();
app.MapBotMessages();
app.MapPublishedFiles();
app.MapHealthChecks("/healthz");
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
