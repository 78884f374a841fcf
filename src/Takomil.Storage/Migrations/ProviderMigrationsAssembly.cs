using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Takomil.Storage.Migrations;

/// <summary>
/// Serves the migrations of the active provider only. Both sets live in this assembly for one context type, each
/// in its own namespace (<see cref="MigrationSets"/>), because SQLite and PostgreSQL need different SQL and
/// different model snapshots. EF Core's own lookup would see both sets; this one sees the provider's. It is used
/// at run time (Migrate) and by <c>dotnet ef</c> alike, so new migrations land beside the right snapshot.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespace;
    private readonly IMigrationsIdGenerator _idGenerator;
    private readonly Lazy<SortedDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IMigrationsIdGenerator idGenerator)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        _contextType = currentContext.Context.GetType();
        _namespace = MigrationSets.NamespaceFor(currentContext.Context.Database);
        _idGenerator = idGenerator;
        _migrations = new(FindMigrations);
        _snapshot = new(FindSnapshot);
    }

    public Assembly Assembly { get; } = typeof(ProviderMigrationsAssembly).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public string? FindMigrationId(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        return _idGenerator.IsValidId(nameOrId)
            ? Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase))
            : Migrations.Keys.FirstOrDefault(id => string.Equals(_idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));
    }

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> OwnTypes<TBase>() =>
        Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(TBase))
            && string.Equals(t.Namespace, _namespace, StringComparison.Ordinal)
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);

    private SortedDictionary<string, TypeInfo> FindMigrations()
    {
        var migrations = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in OwnTypes<Migration>())
        {
            var id = type.GetCustomAttribute<MigrationAttribute>()?.Id
                ?? throw new InvalidOperationException($"Migration {type.FullName} has no [Migration] attribute.");
            migrations.Add(id, type);
        }
        return migrations;
    }

    private ModelSnapshot? FindSnapshot()
    {
        var type = OwnTypes<ModelSnapshot>().SingleOrDefault();
        return type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
    }
}
