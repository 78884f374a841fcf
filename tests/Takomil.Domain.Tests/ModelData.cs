using Takomil.Domain.Common;
using Takomil.Domain.Models;

namespace Takomil.Domain.Tests;

internal static class ModelData
{
    public static Procedure Step(string key, Provenance p, params string[] predecessors) =>
        new(key, $"Step {key}", new Participant(ParticipantKind.Agency, "Registry"), "clerk", ProcedureKind.Manual,
            ["application"], ["receipt"], [], new TimeLimit(1, TimeUnit.WorkingDays), Amount.Zero,
            predecessors, null, $"What happens in {key}", [], p);

    public static IEnumerable<Procedure> LinearSteps(Provenance p, params string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return i == 0 ? Step(keys[i], p) : Step(keys[i], p, keys[i - 1]);
        }
    }
}
