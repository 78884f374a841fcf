using System.IO.Compression;

namespace Takomil.Reports.Docx;

/// <summary>
/// System.IO.Packaging stamps every zip entry with the current local time. Copying the entries, in their order,
/// with one fixed timestamp makes the same report the same bytes.
/// </summary>
internal static class DocxPackageNormalizer
{
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output, DateTimeOffset stamp)
    {
        var when = stamp < DosEpoch ? DosEpoch : new DateTimeOffset(stamp.UtcDateTime.Ticks - (stamp.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = when;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
