using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace PartnershipRules.Engine;

/// <summary>
/// Streams a batch through an evaluation function: up to a window of items in flight on the thread pool, results
/// returned in input order as soon as each is ready, so memory stays bounded by the window whatever the batch size.
/// </summary>
internal static class BatchEvaluator
{
    public static IEnumerable<TResult> Run<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> evaluate, BatchEvaluationOptions options, CancellationToken cancellationToken)
    {
        if (options.MaxDegreeOfParallelism == 1)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return evaluate(item, cancellationToken);
            }

            yield break;
        }

        using var slots = new SemaphoreSlim(options.MaxDegreeOfParallelism);
        var pending = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (pending.Count >= options.Window)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }

                pending.Enqueue(Start(item, evaluate, slots, cancellationToken));
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // An abandoned or failed batch still waits for the evaluations it started, so none outlives it.
            Drain(pending);
        }
    }

    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items,
        Func<TItem, CancellationToken, TResult> evaluate,
        BatchEvaluationOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(options.MaxDegreeOfParallelism);
        var pending = new Queue<Task<TResult>>();
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (pending.Count >= options.Window)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }

                pending.Enqueue(Start(item, evaluate, slots, cancellationToken));
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            Drain(pending);
        }
    }

    private static Task<TResult> Start<TItem, TResult>(TItem item, Func<TItem, CancellationToken, TResult> evaluate, SemaphoreSlim slots, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return evaluate(item, cancellationToken);
                }
                finally
                {
                    slots.Release();
                }
            },
            cancellationToken);

    private static void Drain<TResult>(Queue<Task<TResult>> pending)
    {
        foreach (var task in pending)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // Already reported to the caller, or the batch was abandoned: nothing more to say.
            }
        }
    }
}
