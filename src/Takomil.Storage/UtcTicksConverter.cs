using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Takomil.Storage;

/// <summary>
/// SQLite has no date type. Stored as UTC ticks (a 64-bit integer), instants compare and sort in SQL, and keep the
/// full tick precision: EF Core's DateTimeOffsetToBinaryConverter cuts below 0.1 ms, which would change an
/// audit entry's time on the round trip and so break its hash. The offset is not kept — Takomil's instants are
/// UTC everywhere (PostgreSQL's timestamptz accepts only UTC offsets too).
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
