using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Takomil.Bot.Tests.Inspections.Support;

/// <summary>
/// Lets a test make someone else's change at the worst moment: armed with an edit, it runs that edit (in its own
/// scope, through the real unit of work) just before the bot's transaction that <c>when</c> picks begins — after
/// the bot loaded what it changes and before it saves. Fires once.
/// </summary>
public sealed class ConcurrentEdit : DbTransactionInterceptor
{
    private (Func<DbContext, bool> When, Func<Task> Edit)? _pending;

    public void Arm(Func<DbContext, bool> when, Func<Task> edit) => _pending = (when, edit);

    public bool Fired { get; private set; }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_pending is { } pending && eventData.Context is { } context && pending.When(context))
        {
            _pending = null;
            Fired = true;
            await pending.Edit();
        }
        return result;
    }
}
