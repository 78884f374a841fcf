using Microsoft.Extensions.Options;
using Takomil.Bot.Inspections;
using Takomil.Bot.Tests.Support;
using Takomil.Domain.Agencies;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>Who holds a ministry-wide role is configuration, checked at start-up and applied on every turn.</summary>
public sealed class InspectionOptionsTests
{
    [Theory]
    [InlineData("29:dilnoza-karimova", true)]
    [InlineData("8:orgid:6a1e2b3c-0001-4d5e-8f90-a1b2c3d4e501", true)]
    [InlineData("6a1e2b3c-0001-4d5e-8f90-a1b2c3d4e501", true)]
    [InlineData("00000000-0000-0000-0000-000000000000", false)]
    [InlineData("Dilnoza Karimova", false)]
    [InlineData("dilnoza", false)]
    [InlineData(":x", false)]
    [InlineData("", false)]
    public void IsPersonId_AcceptsTeamsIdsAndEntraObjectIdsOnly(string id, bool expected)
    {
        Assert.Equal(expected, InspectionOptionsValidator.IsPersonId(id));
    }

    [Fact]
    public void Validate_BadEntries_NamesEachOne()
    {
        var options = new InspectionOptions();
        options.MinistryLeads.Add("29:ok");
        options.MinistryLeads.Add("Dilnoza Karimova");
        options.Administrators.Add(" ");
        options.DevelopmentSeed.Enabled = true;
        options.DevelopmentSeed.Year = 1999;

        var result = new InspectionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Inspections:MinistryLeads:1 = 'Dilnoza Karimova'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Inspections:Administrators:0", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("DevelopmentSeed:Year", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("MinistryLeads:0", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_WithAnInvalidPersonId_FailsToStart()
    {
        using var factory = new TakomilFactory();
        factory.Settings["Inspections:MinistryLeads:0"] = "Dilnoza Karimova";

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Dilnoza Karimova", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grants_ByTeamsIdOrEntraId_WidestRoleWinsAndNothingConfiguredKeepsTheStoredRole()
    {
        var options = new InspectionOptions();
        options.MinistryLeads.Add("29:lead");
        options.MinistryLeads.Add("29:both");
        options.Administrators.Add("6a1e2b3c-0005-4d5e-8f90-a1b2c3d4e505");
        options.Administrators.Add("29:both");
        options.CommissionSecretaries.Add("29:secretary");
        var grants = new SystemRoleGrants(new StaticMonitor(options));

        Assert.Equal(SystemRole.MinistryLead, grants.Configured("29:lead", Guid.Empty));
        Assert.Equal(SystemRole.Administrator, grants.Configured("29:other", Guid.Parse("6a1e2b3c-0005-4d5e-8f90-a1b2c3d4e505")));
        Assert.Equal(SystemRole.Administrator, grants.Configured("29:both", Guid.Empty));
        Assert.Equal(SystemRole.CommissionSecretary, grants.Configured("29:secretary", Guid.Empty));
        Assert.Null(grants.Configured("29:LEAD", Guid.Empty));
        Assert.Null(grants.Configured("29:nobody", Guid.Empty));
    }

    private sealed class StaticMonitor(InspectionOptions value) : IOptionsMonitor<InspectionOptions>
    {
        public InspectionOptions CurrentValue => value;

        public InspectionOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<InspectionOptions, string?> listener) => null;
    }
}
