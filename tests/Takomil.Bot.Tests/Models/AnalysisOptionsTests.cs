using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Takomil.Analysis;
using Takomil.Bot.Models;
using Takomil.Bot.Tests.Support;

namespace Takomil.Bot.Tests.Models;

/// <summary>Section <c>Analysis</c> binds onto <see cref="AnalysisOptions"/> and is validated at start-up; <c>Diagrams:FontPath</c> is optional.</summary>
public sealed class AnalysisOptionsTests
{
    [Fact]
    public void Configured_Values_AreBound()
    {
        using var factory = new TakomilFactory();
        factory.Settings["Analysis:MaxApplicantVisits"] = "2";
        factory.Settings["Analysis:Scm:TariffUzsPerHour"] = "45000";
        factory.Settings["Analysis:InteragencyRequestTime:Value"] = "2";
        factory.Settings["Diagrams:FontPath"] = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

        var options = factory.Services.GetRequiredService<IOptions<AnalysisOptions>>().Value;

        Assert.Equal(2, options.MaxApplicantVisits);
        Assert.Equal(45_000m, options.Scm.TariffUzsPerHour);
        Assert.Equal(2m, options.InteragencyRequestTime.Value);
        Assert.Equal(AnalysisOptions.Default.MaxSignOffLevels, options.MaxSignOffLevels);
        Assert.Equal("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", factory.Services.GetRequiredService<IOptions<DiagramOptions>>().Value.Image.FontPath);
    }

    [Theory]
    [InlineData("Analysis:HoursPerWorkingDay", "0", "HoursPerWorkingDay")]
    [InlineData("Analysis:Scm:HoursPerVisit", "-1", "Scm.HoursPerVisit")]
    public void Invalid_Value_StopsTheStart_NamingTheField(string key, string value, string field)
    {
        using var factory = new TakomilFactory();
        factory.Settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
