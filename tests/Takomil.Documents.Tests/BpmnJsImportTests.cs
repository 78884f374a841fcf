using Takomil.Documents.Diagrams;
using Takomil.Documents.Tests.Support;
using Takomil.Domain.Common;
using Xunit.Abstractions;

namespace Takomil.Documents.Tests;

public sealed class BpmnJsImportTests(ITestOutputHelper output)
{
    [BpmnViewerFact]
    public async Task ImportXml_RealisticModel_NoWarningsAndEveryElementDrawn()
    {
        var layout = DiagramLayoutBuilder.Build(TestModels.Realistic(), UiLanguage.UzLatn, "Qurilishga ruxsatnoma berish");
        var xml = BpmnWriter.Write(layout);

        var result = await BpmnJsViewer.ImportAsync("realistic-bpmn-js", xml, (int)layout.Width + 40, (int)layout.Height + 40);
        output.WriteLine("screenshot: " + result.ScreenshotPath);

        Assert.Null(result.Error);
        Assert.Empty(result.Warnings);
        var expected = layout.Lanes.Select(l => l.Id).Concat(layout.Shapes.Select(s => s.Id)).Concat(layout.Edges.Select(e => e.Id)).Append("Participant_1");
        Assert.Empty(expected.Except(result.Drawn));
    }
}
