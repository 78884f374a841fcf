using Microsoft.Extensions.Options;
using Takomil.Bot.Cards;
using Takomil.Bot.Files;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Domain.Common;
using Takomil.Protocol.Routing;
using Takomil.Reports.Docx;
using Takomil.Reports.Markdown;

namespace Takomil.Bot.Models.Commands;

/// <summary>
/// <c>report [code] [uz-Latn|uz-Cyrl|ru]</c>: the p. 25 report as DOCX and Markdown, published by link. The report's
/// language is the one named, else the user's (English, which the Regulation's documents are not written in, gives
/// Uzbek Latin, the officials' first language).
/// </summary>
public sealed class ReportCommand(
    Texts texts, InspectionTargets targets, ModelWorkspaces workspaces, ReportBuilder builder, FileLinks links, ReportCard card,
    IOptions<FilesOptions> files, TimeProvider time, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Report.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (language, reference) = Parse(arguments ?? string.Empty, turn.Language());
        var target = await targets.FindAsync(turn, reference, cancellationToken).ConfigureAwait(false);
        if (target is null) return;
        var workspace = await workspaces.LoadAsync(target.Inspection, cancellationToken).ConfigureAwait(false);
        if (workspace.AsIs is null || workspace.AsIs.Procedures.Count == 0)
        {
            await replies.SayAsync(turn, "Model.NoAsIs", cancellationToken).ConfigureAwait(false);
            return;
        }
        var content = await builder.BuildAsync(workspace, language, cancellationToken).ConfigureAwait(false);
        byte[] docx;
        using (var stream = new MemoryStream())
        {
            new DocxReportWriter(time).Write(content, stream);
            docx = stream.ToArray();
        }
        var markdown = System.Text.Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(content));
        var code = language.CultureName();
        var name = $"{workspace.Service.Code}-report-{code}";
        var id = workspace.Inspection.Id;
        var docxUrl = await links.PublishAsync(name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, id, cancellationToken).ConfigureAwait(false);
        var mdUrl = await links.PublishAsync(name + ".md", "text/markdown; charset=utf-8", markdown, id, cancellationToken).ConfigureAwait(false);
        var culture = turn.Culture();
        var serviceName = workspace.Service.Name.For(Languages.Of(culture));
        await turn.SendCardAsync(card.Build(workspace.Service.Code, serviceName, code, docxUrl, mdUrl, files.Value.Lifetime, culture), cancellationToken).ConfigureAwait(false);
    }

    private static (UiLanguage Language, string Reference) Parse(string arguments, string turnLanguage)
    {
        UiLanguage? named = null;
        var rest = new List<string>();
        foreach (var word in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = BotLanguages.Parse(word);
            if (parsed is not null && parsed != BotLanguages.English && named is null) named = Of(parsed);
            else rest.Add(word);
        }
        return (named ?? Of(turnLanguage), string.Join(' ', rest));
    }

    private static UiLanguage Of(string language) => language switch
    {
        BotLanguages.UzbekCyrillic => UiLanguage.UzCyrl,
        BotLanguages.Russian => UiLanguage.Ru,
        _ => UiLanguage.UzLatn,
    };
}
