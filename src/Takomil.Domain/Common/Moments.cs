namespace Takomil.Domain.Common;

/// <summary>
/// Instants are kept in UTC at microsecond precision: PostgreSQL's timestamptz keeps no more, and a value
/// that changes on a database round trip would break equality and the audit hash.
/// </summary>
public static class Moments
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
