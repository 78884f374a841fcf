using Takomil.Bot.Tests.Inspections.Support;

namespace Takomil.Bot.Tests.Models.Support;

/// <summary>The real bot in Development with the golden sample seeded: HOK-014 in stage Inspecting, led by Dilnoza.</summary>
public sealed class ModelsHost : InspectionsHost
{
    public ModelsHost()
        : base(goldenSample: true)
    {
    }
}
