namespace Takomil.Bot.Tests.Manifest;

/// <summary>What a manifest test needs from the machine; see <see cref="ManifestFactAttribute"/>.</summary>
[Flags]
public enum Needs
{
    None = 0,

    /// <summary>bash and python3, to run manifests/build-package.sh (python3 is its zip fallback).</summary>
    Bash = 1,

    /// <summary>The shared copy of the official schema: shared/schemas/teams-manifest-1.22.json.</summary>
    SharedSchema = 2,

    /// <summary>The schemas shipped by @microsoft/app-manifest under tests/js/node_modules.</summary>
    NpmSchemas = 4,
}
