using Microsoft.Extensions.Options;
using Takomil.Analysis;
using Takomil.Bot.Conversation;
using Takomil.Bot.Models;
using Takomil.Bot.Models.Actions;
using Takomil.Bot.Models.Cards;
using Takomil.Bot.Models.Commands;
using Takomil.Bot.Models.Seeding;
using Takomil.Protocol.Hosting;

namespace Takomil.Bot.Extensions;

public static class ModelServiceExtensions
{
    /// <summary>
    /// Models, analysis, measures, comparison and report in chat: options (sections <c>Analysis</c>, validated on start,
    /// and <c>Diagrams</c>), cards, the commands <c>model</c>, <c>analysis</c>, <c>compare</c>, <c>report</c>, the
    /// measure verbs and the golden-sample seed of Development. Call after <c>AddTakomilInspections()</c>.
    /// </summary>
    public static IServiceCollection AddTakomilModels(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration("Analysis").ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnalysisOptions>, AnalysisOptionsValidator>();
        services.AddOptions<DiagramOptions>().BindConfiguration(DiagramOptions.SectionName);
        services.AddOptions<GoldenSampleSeedOptions>().BindConfiguration(GoldenSampleSeedOptions.SectionName);

        services.AddSingleton<ModelTexts>().AddSingleton<ComparisonChart>();
        services.AddSingleton<ModelCard>().AddSingleton<AnalysisCard>().AddSingleton<ComparisonCard>().AddSingleton<ReportCard>();
        services.AddScoped<InspectionTargets>().AddScoped<ModelWorkspaces>().AddScoped<DiagramFiles>().AddScoped<AnalysisCards>();
        services.AddScoped<MeasureDecider>().AddScoped<ReportBuilder>();

        services.AddCommand<ModelCommand>().AddSingleton(new HelpEntry("Cmd.Model.Usage", "Cmd.Model.Description", 60));
        services.AddCommand<AnalysisCommand>().AddSingleton(new HelpEntry("Cmd.Analysis.Usage", "Cmd.Analysis.Description", 70));
        services.AddCommand<CompareCommand>().AddSingleton(new HelpEntry("Cmd.Compare.Usage", "Cmd.Compare.Description", 80));
        services.AddCommand<ReportCommand>().AddSingleton(new HelpEntry("Cmd.Report.Usage", "Cmd.Report.Description", 90));
        services.AddCardAction<AcceptMeasureAction>();
        services.AddCardAction<RejectMeasureAction>();

        services.AddScoped<GoldenSampleSeed>();
        services.AddHostedService<GoldenSampleSeeder>();
        return services;
    }
}
