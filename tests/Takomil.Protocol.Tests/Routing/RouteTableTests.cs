using Microsoft.Extensions.DependencyInjection;
using Takomil.Protocol.Activities;
using Takomil.Protocol.Hosting;
using Takomil.Protocol.Routing;

namespace Takomil.Protocol.Tests.Routing;

public sealed class RouteTableTests
{
    private sealed class HelpHandler : ICommandHandler
    {
        public IReadOnlyCollection<string> Keywords => ["help", "yordam", "помощь"];
        public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class OtherHelpHandler : ICommandHandler
    {
        public IReadOnlyCollection<string> Keywords => ["status", "HELP"];
        public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class TwoWordHandler : ICommandHandler
    {
        public IReadOnlyCollection<string> Keywords => ["my tasks"];
        public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ApproveAction : ICardActionHandler
    {
        public string Verb => "plan.approve";
        public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Message("ok"));
    }

    private sealed class AnotherApproveAction : ICardActionHandler
    {
        public string Verb => "plan.approve";
        public Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, CardInvocation action, CancellationToken cancellationToken) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Message("ok"));
    }

    private static (RouteTable Table, ServiceProvider Services) Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        return (new RouteTable(provider.GetServices<HandlerRegistration>(), provider.GetRequiredService<IServiceScopeFactory>()), provider);
    }

    [Fact]
    public void Constructor_SameKeywordInTwoHandlers_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(s => s.AddCommand<HelpHandler>().AddCommand<OtherHelpHandler>()));
        Assert.Contains("HELP", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(HelpHandler), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherHelpHandler), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameVerbInTwoHandlers_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(s => s.AddCardAction<ApproveAction>().AddCardAction<AnotherApproveAction>()));
        Assert.Contains("plan.approve", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KeywordWithSpace_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Build(s => s.AddCommand<TwoWordHandler>()));
    }

    [Fact]
    public void Constructor_SameHandlerRegisteredTwice_IsNotADuplicate()
    {
        var (table, provider) = Build(s => s.AddCommand<HelpHandler>().AddCommand<HelpHandler>());
        using (provider) Assert.Equal(3, table.Keywords.Count);
    }

    [Theory]
    [InlineData("help", "")]
    [InlineData("HELP", "")]
    [InlineData("/help", "")]
    [InlineData("help!", "")]
    [InlineData("Помощь  please now", "please now")]
    [InlineData("yordam\tnew", "new")]
    public void TryMatchCommand_KnownWord_ReturnsHandlerAndArguments(string text, string expectedArguments)
    {
        var (table, provider) = Build(s => s.AddCommand<HelpHandler>());
        using (provider)
        using (var scope = provider.CreateScope())
        {
            Assert.True(table.TryMatchCommand(text, scope.ServiceProvider, out var handler, out var arguments));
            Assert.IsType<HelpHandler>(handler);
            Assert.Equal(expectedArguments, arguments);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("helpme")]
    [InlineData("please help")]
    public void TryMatchCommand_NotACommand_ReturnsFalse(string text)
    {
        var (table, provider) = Build(s => s.AddCommand<HelpHandler>());
        using (provider)
        using (var scope = provider.CreateScope())
        {
            Assert.False(table.TryMatchCommand(text, scope.ServiceProvider, out _, out _));
        }
    }

    [Fact]
    public void TryMatchVerb_IsCaseSensitiveAndExact()
    {
        var (table, provider) = Build(s => s.AddCardAction<ApproveAction>());
        using (provider)
        using (var scope = provider.CreateScope())
        {
            Assert.True(table.TryMatchVerb("plan.approve", scope.ServiceProvider, out _));
            Assert.False(table.TryMatchVerb("Plan.Approve", scope.ServiceProvider, out _));
            Assert.False(table.TryMatchVerb("plan.approve ", scope.ServiceProvider, out _));
        }
    }
}
