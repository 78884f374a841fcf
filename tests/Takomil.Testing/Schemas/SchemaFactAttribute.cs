namespace Takomil.Testing.Schemas;

/// <summary>A fact that is reported as skipped, with the reason, when the shared schemas are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (TestAssets.SchemasDirectory is null)
        {
            Skip = "Official schemas unavailable: " + TestAssets.SchemasReason;
        }
    }
}

/// <summary>A theory that is reported as skipped, with the reason, when the shared schemas are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SchemaTheoryAttribute : TheoryAttribute
{
    public SchemaTheoryAttribute()
    {
        if (TestAssets.SchemasDirectory is null)
        {
            Skip = "Official schemas unavailable: " + TestAssets.SchemasReason;
        }
    }
}
