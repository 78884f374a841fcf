using Microsoft.EntityFrameworkCore;

namespace Takomil.Storage.Tests.Infrastructure;

/// <summary>Runs one action on several contexts of one database at once, as separate requests or instances would.</summary>
public static class Concurrently
{
    public static async Task<T[]> OnSeparateContextsAsync<T>(this TestDatabase database, int count, Func<TakomilDbContext, int, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(action);
        // Every context connects first and then waits for the same signal, so the actions overlap as much as they can.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var ready = new CountdownEvent(count);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await db.Database.OpenConnectionAsync();
            ready.Signal();
            await go.Task;
            return await action(db, i);
        })).ToArray();
        await Task.Run(() => ready.Wait(TimeSpan.FromMinutes(1)));
        go.SetResult();
        return await Task.WhenAll(tasks);
    }
}
