using Xunit.Abstractions;
using Xunit.Sdk;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>Marks a test class whose tests need a real PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact shared by the SQLite and PostgreSQL test classes. In a <see cref="RequiresPostgresAttribute"/> class
/// without the binaries it is reported as skipped, with the reason — or as failed when
/// TAKOMIL_REQUIRE_POSTGRES=1 — never silently passed.
/// </summary>
[XunitTestCaseDiscoverer("Takomil.Storage.Tests.Infrastructure.StorageFactDiscoverer", "Takomil.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPostgres && !PostgresBinaries.TryLocate(out var reason))
        {
            if (PostgresBinaries.Required)
            {
                return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod,
                    $"TAKOMIL_REQUIRE_POSTGRES=1 but {reason}")];
            }
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        }
        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
