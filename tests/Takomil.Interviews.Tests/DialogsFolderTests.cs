namespace Takomil.Interviews.Tests;

public sealed class DialogsFolderTests
{
    [Fact]
    public void Load_ShippedDialogs_AllScriptsValid()
    {
        var library = ScriptLibrary.Load(TestScripts.DialogsFolder);

        string[] expected =
        [
            "p11-legal-acts", "p11-agencies", "p11-cost-terms", "p11-recipients", "p11-input-documents",
            "p11-output-documents", "p11-systems", "p11-statistics", "p11-practice", "p11-appeals", "p13-procedures", "p24-materials",
        ];
        Assert.Equal(expected.Order(), library.Scripts.Select(s => s.Id).Order());
        foreach (var script in library.Scripts)
        {
            Assert.NotEmpty(script.Aliases);
            Assert.True(script.EstimatedMinutes > 0);
            Assert.Equal(64, script.Fingerprint.Length);
            foreach (var language in new[] { "uz-Latn", "uz-Cyrl", "ru", "en" })
            {
                Assert.False(string.IsNullOrWhiteSpace(script.Title(language)));
                Assert.False(string.IsNullOrWhiteSpace(script.Purpose(language)));
            }
        }
    }

    [Fact]
    public void Load_ShippedDialogs_UzbekLatinUsesModifierLettersNotAsciiApostrophes()
    {
        foreach (var file in Directory.EnumerateFiles(TestScripts.DialogsFolder, "*.yaml"))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.Contains("uz-Latn:", StringComparison.Ordinal)))
            {
                var latin = line[(line.IndexOf("uz-Latn:", StringComparison.Ordinal) + 8)..];
                latin = latin[..latin.IndexOf("uz-Cyrl:", StringComparison.Ordinal)];
                Assert.DoesNotContain("o'", latin, StringComparison.Ordinal);
                Assert.DoesNotContain("g'", latin, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Find_KnownAndUnknownId_ReturnsScriptOrNull()
    {
        var library = ScriptLibrary.Load(TestScripts.DialogsFolder);

        Assert.Equal("p13-procedures", library.Find("p13-procedures")?.Id);
        Assert.Null(library.Find("p99-nothing"));
    }
}
