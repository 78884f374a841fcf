using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Takomil.Bot.Approvals;
using Takomil.Bot.Tests.Approvals.Support;
using Takomil.Bot.Tests.Inspections.Support;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Approvals;
using Takomil.Domain.Inspections;
using Takomil.Storage;
using Takomil.Storage.Approvals;
using Takomil.Storage.Inspections;
using Takomil.Storage.Tests.Infrastructure;

namespace Takomil.Bot.Tests.Approvals;

/// <summary>
/// Fifty approvers decide at once, each clicking twice — once through each of two bot instances — on one real
/// PostgreSQL: every decision is recorded exactly once, the stage advances exactly once, the Commission is asked
/// exactly once, and the audit chain verifies.
/// </summary>
[Collection(PostgresServerGroup.Name)]
public sealed class TwoInstanceConcurrencyTests(PostgresServer server)
{
    private const int Approvers = 50;

    [PostgresFact]
    public async Task FiftyApproversWithDuplicateClicksOnTwoInstances_EachDecisionOnce_StageAdvancesOnce_AuditVerifies()
    {
        var admin = await server.GetConnectionStringAsync();
        var name = $"takomil_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        // Both hosts share one process and so one pool; keep it well under the server's 100 connections.
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 }.ToString();
        try
        {
            using var a = Host(connection, "a-");
            using var b = Host(connection, "b-");
            using var clientA = a.CreateClient();
            using var clientB = b.CreateClient();
            await RunAsync(a, b, clientA, clientB);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task RunAsync(TakomilFactory a, TakomilFactory b, HttpClient clientA, HttpClient clientB)
    {
        var chat = Chat.Group("two-instances");
        var approvers = Enumerable.Range(1, Approvers).Select(ApprovalWorld.Approver).ToList();
        var commissioner = ApprovalWorld.Approver(99);
        var id = await ApprovalWorld.ReadyAsync(a.Services, "DXA-001", chat, approvers, [commissioner]);
        var hash = await HashAsync(a.Services, id);
        var submit = chat.Click(Person.Dilnoza, ApprovalVerbs.Submit, new { inspectionId = id.ToString(), hash });
        Assert.Contains("submitted", await PostAsync(clientA, submit), StringComparison.Ordinal);
        string groupCard;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            groupCard = (await scope.ServiceProvider.GetRequiredService<ApprovalCards>().ForInspectionAsync(id, default)).Single(c => c.UserId is null).ActivityId;
        }
        a.Connector.Clear();
        b.Connector.Clear();

        var data = new { inspectionId = id.ToString(), stage = nameof(ApprovalStage.WorkingGroup), hash };
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clicks = approvers.SelectMany(p => new[] { (p, clientA), (p, clientB) }).Select(async click =>
        {
            var activity = chat.Click(click.p, ApprovalVerbs.Approve, data);
            activity.ReplyToId = groupCard;
            await go.Task;
            return await PostAsync(click.Item2, activity);
        }).ToList();
        go.SetResult();
        var answers = await Task.WhenAll(clicks);

        Assert.Equal(Approvers, answers.Count(t => t.Contains("Your decision is recorded: Approve.", StringComparison.Ordinal)));
        Assert.Equal(Approvers, answers.Count(t => t.Contains("You already decided on this version", StringComparison.Ordinal)));
        Assert.Single(answers, t => t.Contains("The working group endorsed the plan", StringComparison.Ordinal));

        await using var check = a.Services.CreateAsyncScope();
        var sp = check.ServiceProvider;
        var process = (await sp.GetRequiredService<ApprovalRepository>().FindAsync(id, default))!;
        Assert.Equal(Approvers, process.Decisions.Count);
        Assert.Equal(Approvers, process.Decisions.Select(d => d.ApproverId).Distinct().Count());
        Assert.Equal((ApprovalState.InReview, ApprovalStage.Commission), (process.State, process.CurrentStage));
        var inspection = (await sp.GetRequiredService<InspectionRepository>().FindAsync(id, default))!;
        Assert.Equal(InspectionStage.PlanEndorsedByWorkingGroup, inspection.Stage);
        Assert.Single(inspection.History, h => h.Trigger == InspectionTrigger.EndorsePlan);
        var db = sp.GetRequiredService<TakomilDbContext>();
        var subject = $"inspection:{id}";
        Assert.Equal(Approvers, await db.AuditEntries.CountAsync(e => e.Action == "approval.decide" && e.Subject == subject));
        Assert.True((await sp.GetRequiredService<AuditTrail>().VerifyAsync(default)).IsIntact);
        var commissionRequests = a.Connector.Sent.Concat(b.Connector.Sent)
            .Count(s => s.Conversation!.Id != chat.ConversationId && VisibleHas(s, "Republican Commission"));
        Assert.Equal(1, commissionRequests);
        Assert.Contains(a.Connector.Updated.Concat(b.Connector.Updated), u => u.ActivityId == groupCard);
    }

    private static TakomilFactory Host(string connection, string prefix)
    {
        var factory = new TakomilFactory();
        factory.Settings["Database:Provider"] = "PostgreSql";
        factory.Settings["Database:ConnectionString"] = connection;
        factory.Connector.IdPrefix = prefix;
        return factory;
    }

    private static async Task<string> HashAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<InspectionRepository>().FindAsync(id, default))!.CurrentPlan.Hash;
    }

    private static async Task<string> PostAsync(HttpClient client, Takomil.Protocol.Activities.Activity activity)
    {
        using var content = ActivityFactory.ToContent(activity);
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return body.GetProperty("value").GetRawText();
    }

    private static bool VisibleHas(Takomil.Protocol.Activities.Activity activity, string text) =>
        (activity.Attachments ?? []).Any(x => x.Content is JsonElement e && e.GetRawText().Contains(text, StringComparison.Ordinal));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
