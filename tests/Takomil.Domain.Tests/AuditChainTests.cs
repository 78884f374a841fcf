using Takomil.Domain.Audit;

namespace Takomil.Domain.Tests;

public class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            previous = AuditChain.Next(previous, Scenario.Now.AddMinutes(i), $"official:{i}", "inspection.fire",
                "inspection:42", $$"""{"trigger":"Start","n":{{i}}}""");
            entries.Add(previous);
        }
        return entries;
    }

    [Fact]
    public void Verify_UntouchedChain_Intact()
    {
        var chain = Chain(5);
        var result = AuditChainVerifier.Verify(chain);
        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(chain[^1].Hash, result.LastHash);
        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
    }

    [Fact]
    public void Verify_EditedPayload_FirstBadEntryNamedAsHashMismatch()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { PayloadJson = """{"n":2,"trigger":"Cancel"}""" };

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal((3L, AuditFault.HashMismatch), (result.FirstBadSequence, result.Fault));
    }

    [Fact]
    public void Verify_EditedEntryWithRecomputedHash_CaughtByTheNextLink()
    {
        var chain = Chain(5);
        var forged = chain[1] with { Actor = "official:mallory" };
        chain[1] = forged with { Hash = AuditChain.ComputeHash(forged) };

        var result = AuditChainVerifier.Verify(chain);

        Assert.Equal((3L, AuditFault.BrokenLink), (result.FirstBadSequence, result.Fault));
    }

    [Fact]
    public void Verify_RemovedEntry_DetectedAtTheEntryAfterTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var result = AuditChainVerifier.Verify(chain);

        Assert.Equal((4L, AuditFault.SequenceGap), (result.FirstBadSequence, result.Fault));
    }

    [Fact]
    public void Verify_ReorderedEntries_Detected()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChainVerifier.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3L, result.FirstBadSequence);
    }

    [Fact]
    public void Verify_ReorderedWithSequencesRenumbered_DetectedAsHashMismatch()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var result = AuditChainVerifier.Verify(chain);

        Assert.Equal((2L, AuditFault.HashMismatch), (result.FirstBadSequence, result.Fault));
    }

    [Fact]
    public void Next_PayloadKeyOrderAndWhitespace_DoNotChangeTheHash()
    {
        var a = AuditChain.Next(null, Scenario.Now, "x", "y", "z", """{ "b": 1, "a": [ {"d":2,"c":3} ] }""");
        var b = AuditChain.Next(null, Scenario.Now, "x", "y", "z", """{"a":[{"c":3,"d":2}],"b":1}""");
        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal("""{"a":[{"c":3,"d":2}],"b":1}""", a.PayloadJson);
    }

    [Fact]
    public void ComputeHash_SubMicrosecondTicksAndOffset_Normalised()
    {
        var at = new DateTimeOffset(2025, 3, 3, 14, 0, 0, TimeSpan.FromHours(5)).AddTicks(7);
        var entry = AuditChain.Next(null, at, "x", "y", "z", "{}");
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(0, entry.At.Ticks % 10);
        Assert.Equal(entry.Hash, AuditChain.ComputeHash(entry with { At = entry.At.ToOffset(TimeSpan.FromHours(5)) }));
    }

    [Fact]
    public void ComputeHash_FieldBoundaryShift_ChangesTheHash()
    {
        var a = AuditChain.Next(null, Scenario.Now, "ab", "c", "s", "{}");
        var b = AuditChain.Next(null, Scenario.Now, "a", "bc", "s", "{}");
        Assert.NotEqual(a.Hash, b.Hash);
    }
}
