using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Takomil.Storage;

/// <summary>
/// Stores an instant as its UTC ticks (SQLite has no date type). Unlike EF's DateTimeOffsetToBinaryConverter, which
/// drops everything below 0.1 ms, this keeps the microseconds <c>Moments.Normalize</c> keeps, so an audit entry's
/// instant reads back exactly as it was hashed. Ticks still compare and sort in SQL.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
