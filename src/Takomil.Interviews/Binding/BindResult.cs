using Takomil.Domain.Common;

namespace Takomil.Interviews;

/// <summary>What applying an interview's values did: domain refusals (in <see cref="Outcome"/>), conflicts, and how many items changed.</summary>
public sealed record BindResult(Outcome Outcome, IReadOnlyList<BindConflict> Conflicts, int Applied);

/// <summary>A value that differs from what another official already gave; it was not written.</summary>
public sealed record BindConflict(string Path, string ExistingDisplay, Guid? ExistingOfficialId, string NewDisplay, Guid? NewOfficialId);
