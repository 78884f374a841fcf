using System.Globalization;
using Takomil.Bot.Inspections.Cards;
using Takomil.Bot.Localization;
using Takomil.Domain.Access;
using Takomil.Domain.Agencies;
using Takomil.Domain.Common;
using Takomil.Domain.Facts;
using Takomil.Domain.Inspections;

namespace Takomil.Bot.Tests.Inspections;

/// <summary>What p. 11 still lacks, in words, from the domain's own completeness report.</summary>
public sealed class FactGapTextsTests
{
    private static readonly FactGapTexts Gaps = new(new Texts());
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Describe_EmptySheet_SaysNothingIsRecordedAndNamesTheStatisticsYears()
    {
        var completeness = new FactSheet(Guid.NewGuid(), 2026).Completeness();

        Assert.Equal("nothing recorded yet", Gaps.Describe(completeness[FactSection.LegalActs], English));
        Assert.Equal("missing: statistics for 2023, statistics for 2024, statistics for 2025", Gaps.Describe(completeness[FactSection.Statistics], English));
    }

    [Fact]
    public void Describe_PartlyFilledSections_NamesEachMissingFieldAndItsEntry()
    {
        var sheet = PartlyFilled();
        var completeness = sheet.Completeness();

        Assert.Equal("missing: number (entry 1), date adopted (entry 1), articles (entry 1)", Gaps.Describe(completeness[FactSection.LegalActs], English));
        Assert.Equal("missing: the agency that provides the service, units (entry 1)", Gaps.Describe(completeness[FactSection.Agencies], English));
        Assert.Equal("не хватает: кем выдаётся (запись 1), система, где хранится (запись 1), образец (запись 1)",
            Gaps.Describe(completeness[FactSection.InputDocuments], CultureInfo.GetCultureInfo("ru")));
        Assert.Equal("yetishmaydi: egasi (1-yozuv)", Gaps.Describe(completeness[FactSection.InformationSystems], CultureInfo.GetCultureInfo("uz-Latn")));
        // No path the domain reports here falls through to its raw spelling.
        Assert.All(completeness.AllMissing, m => Assert.DoesNotContain("\\[", Gaps.Item(m, English), StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_ManyGaps_ShowsThreeAndCountsTheRest()
    {
        var section = new SectionCompleteness(FactSection.LegalActs,
            [.. Enumerable.Range(0, 5).Select(i => Refusal.Of(ReasonCodes.FactMissing, ("path", $"legalActs[{i}].title")))]);

        Assert.Equal("missing: title (entry 1), title (entry 2), title (entry 3) and 2 more", Gaps.Describe(section, English));
    }

    [Fact]
    public void Item_UnknownPathShape_ShowsThePathEscaped()
    {
        var text = Gaps.Item(Refusal.Of(ReasonCodes.FactMissing, ("path", "newThing[0].odd_field")), English);

        Assert.Equal("newThing\\[0\\].odd\\_field", text);
    }

    [Fact]
    public void Describe_CompleteSection_SaysSo()
    {
        Assert.Equal("✓ toʻliq", Gaps.Describe(new SectionCompleteness(FactSection.Appeals, []), CultureInfo.GetCultureInfo("uz-Latn")));
    }

    private static FactSheet PartlyFilled()
    {
        var inspectionId = Guid.NewGuid();
        var member = Guid.NewGuid();
        var actor = new Actor(member, SystemRole.None, new HashSet<WorkingGroupRole> { WorkingGroupRole.Member }, inspectionId, InspectionStage.Inspecting);
        var made = Provenance.FromEdit(member, DateTimeOffset.UtcNow);
        var sheet = new FactSheet(inspectionId, 2026);
        Assert.True(sheet.Put(actor, new LegalAct(Guid.NewGuid(), "Oila kodeksi", null, null, [], made)).IsSuccess);
        Assert.True(sheet.Put(actor, new ParticipatingAgency(Guid.NewGuid(), null, "FHDYo boʻlimi", AgencyParticipation.Participant, [], made)).IsSuccess);
        Assert.True(sheet.PutInput(actor, new DocumentFact(Guid.NewGuid(), "Ariza", null, true, null, null, made)).IsSuccess);
        Assert.True(sheet.Put(actor, new InformationSystemFact(Guid.NewGuid(), "FHDYo AT", null, [], made)).IsSuccess);
        return sheet;
    }
}
