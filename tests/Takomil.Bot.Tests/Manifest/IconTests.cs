namespace Takomil.Bot.Tests.Manifest;

public sealed class IconTests
{
    [ManifestFact(Needs.Bash)]
    public async Task ColorIcon_Packaged_Is192By192Opaque()
    {
        using var build = await PackageBuild.BuildAsync();

        var icon = PngImage.Decode(build.ReadEntryBytes("color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(Enumerable.Range(0, icon.Width * icon.Height), i => Assert.Equal(255, icon.Rgba[(i * 4) + 3]));
    }

    [ManifestFact(Needs.Bash)]
    public async Task OutlineIcon_Packaged_Is32By32WhiteOnTransparent()
    {
        using var build = await PackageBuild.BuildAsync();

        var icon = PngImage.Decode(build.ReadEntryBytes("outline.png"));

        Assert.Empty(OutlineIconRules.Problems(icon));
    }

    [Fact]
    public void OutlineRules_GreyPixelOnTransparent_IsReported()
    {
        var rgba = WhiteMarkOnTransparent();
        rgba[(((5 * 32) + 5) * 4) + 0] = 0x80;

        var problems = OutlineIconRules.Problems(new PngImage(32, 32, hasAlpha: true, rgba));

        Assert.Contains(problems, p => p.StartsWith("pixel (5,5) is #80FFFF", StringComparison.Ordinal));
    }

    [Fact]
    public void OutlineRules_OpaqueBackground_IsReported()
    {
        var rgba = Enumerable.Repeat((byte)255, 32 * 32 * 4).ToArray();

        var problems = OutlineIconRules.Problems(new PngImage(32, 32, hasAlpha: true, rgba));

        Assert.Contains(problems, p => p.StartsWith("no transparent pixel", StringComparison.Ordinal));
    }

    [Fact]
    public void OutlineRules_WrongSize_IsReported()
    {
        var problems = OutlineIconRules.Problems(new PngImage(1, 1, hasAlpha: true, [255, 255, 255, 0]));

        Assert.Contains(problems, p => p.StartsWith("size is 1×1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decode_CorruptedChunk_FailsOnCrc()
    {
        var png = await File.ReadAllBytesAsync(Path.Combine(RepoLayout.ManifestsDir, "outline.png"));
        png[40] ^= 0xFF;

        var error = Assert.Throws<InvalidDataException>(() => PngImage.Decode(png));

        Assert.StartsWith("Bad CRC", error.Message, StringComparison.Ordinal);
    }

    [ManifestFact(Needs.Bash)]
    public async Task MakeIcons_Regenerated_MatchesCommittedPixels()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "takomil-icons-" + Guid.NewGuid().ToString("N"));
        try
        {
            var script = Path.Combine(RepoLayout.ManifestsDir, "make-icons.py");
            var result = await ScriptRunner.RunAsync("python3", [script, outDir]);
            Assert.True(result.ExitCode == 0, result.Stderr);

            foreach (var name in new[] { "color.png", "outline.png" })
            {
                var committed = PngImage.Decode(await File.ReadAllBytesAsync(Path.Combine(RepoLayout.ManifestsDir, name)));
                var regenerated = PngImage.Decode(await File.ReadAllBytesAsync(Path.Combine(outDir, name)));
                Assert.Equal(committed.Rgba, regenerated.Rgba);
            }
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    // A 32x32 white square mark in the middle of a transparent field: passes the rules as it stands.
    private static byte[] WhiteMarkOnTransparent()
    {
        var rgba = new byte[32 * 32 * 4];
        for (var i = 0; i < 32 * 32; i++)
        {
            int x = i % 32, y = i / 32;
            rgba[i * 4] = rgba[(i * 4) + 1] = rgba[(i * 4) + 2] = 255;
            rgba[(i * 4) + 3] = x is >= 4 and < 28 && y is >= 4 and < 28 ? (byte)255 : (byte)0;
        }

        Assert.Empty(OutlineIconRules.Problems(new PngImage(32, 32, hasAlpha: true, rgba)));
        return rgba;
    }
}
