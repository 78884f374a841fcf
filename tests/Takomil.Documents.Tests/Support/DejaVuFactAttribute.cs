using Takomil.Documents.Rendering;

namespace Takomil.Documents.Tests.Support;

/// <summary>A fact skipped, with the reason, when Debian's DejaVu Sans (fonts-dejavu-core) is not installed.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class DejaVuFactAttribute : FactAttribute
{
    public DejaVuFactAttribute()
    {
        if (!File.Exists(FontSource.DefaultPath))
        {
            Skip = FontSource.DefaultPath + " missing (apt-get install fonts-dejavu-core)";
        }
    }
}
