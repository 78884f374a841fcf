using Takomil.Bot.Cards;
using Takomil.Bot.Inspections;
using Takomil.Bot.Localization;
using Takomil.Bot.Models.Cards;
using Takomil.Documents.Diagrams;
using Takomil.Domain.Models;
using Takomil.Protocol.Routing;

namespace Takomil.Bot.Models.Commands;

/// <summary>
/// <c>model [code] [asis|tobe]</c>: the model card — diagram, description of every procedure (p. 12), BPMN/SVG/PNG
/// files. Without a kind word the as-is model is shown.
/// </summary>
public sealed class ModelCommand(
    Texts texts, InspectionTargets targets, ModelWorkspaces workspaces, DiagramFiles diagrams, ModelCard card,
    ReasonTexts reasons, InspectionReplies replies) : ICommandHandler
{
    public IReadOnlyCollection<string> Keywords => texts.Keywords("Cmd.Model.Keywords");

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        var (kind, reference) = Parse(arguments);
        var target = await targets.FindAsync(turn, reference, cancellationToken).ConfigureAwait(false);
        if (target is null) return;
        var culture = turn.Culture();
        var language = Languages.Of(culture);
        var workspace = await workspaces.LoadAsync(target.Inspection, cancellationToken).ConfigureAwait(false);
        var model = kind == ProcessModelKind.AsIs ? workspace.AsIs : workspace.ToBe;
        if (model is null || model.Procedures.Count == 0)
        {
            await replies.SayAsync(turn, kind == ProcessModelKind.AsIs ? "Model.NoAsIs" : "Model.NoToBe", cancellationToken).ConfigureAwait(false);
            return;
        }
        var serviceName = workspace.Service.Name.For(language);
        var issues = ProcessGraph.StructuralIssues(model.Procedures);
        ModelCardView view;
        if (issues.Count > 0)
        {
            // A broken order has no diagram and no execution order: say what is wrong, list the steps as recorded.
            var problem = texts.Format("Model.Broken", culture, reasons.Describe(issues[0], culture));
            view = new ModelCardView(serviceName, workspace.Service.Code, model, [.. model.Procedures.Select(p => p.Title)], null, problem);
        }
        else
        {
            var description = ProcedureDescriber.Describe(model.Procedures, language);
            var title = $"{workspace.Service.Code} — {texts.Get(kind == ProcessModelKind.AsIs ? "Model.FileAsIs" : "Model.FileToBe", culture)}";
            var baseName = $"{workspace.Service.Code}-{(kind == ProcessModelKind.AsIs ? "asis" : "tobe")}-r{model.Revision}";
            var links = await diagrams.PublishAsync(model, language, title, baseName, description, cancellationToken).ConfigureAwait(false);
            view = new ModelCardView(serviceName, workspace.Service.Code, model, description, links, null);
        }
        await turn.SendCardAsync(card.Build(view, culture), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The kind word (any language, anywhere in the words) and the rest as the inspection reference.</summary>
    private (ProcessModelKind Kind, string Reference) Parse(string arguments)
    {
        var toBe = texts.Keywords("Model.ToBeWords").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var asIs = texts.Keywords("Model.AsIsWords").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kind = ProcessModelKind.AsIs;
        var rest = new List<string>();
        foreach (var word in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (toBe.Contains(word)) kind = ProcessModelKind.ToBe;
            else if (asIs.Contains(word)) kind = ProcessModelKind.AsIs;
            else rest.Add(word);
        }
        return (kind, string.Join(' ', rest));
    }
}
