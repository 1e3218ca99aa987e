using System.Threading.Channels;

namespace DutyGraph.Graph.Datasets;

/// <summary>
/// Reads a sequence ahead on another thread, in chunks, so that parsing a file and writing
/// its rows use both cores. The sequence is read once, in order; an exception in it is
/// thrown to the consumer; stopping early or cancelling stops the reader.
/// </summary>
public static class Prefetch
{
    private const int ChunkSize = 1024;

    public static IEnumerable<T> Ahead<T>(IEnumerable<T> source, CancellationToken ct, int chunks = 16)
    {
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(chunks) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<T>(ChunkSize);
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count == ChunkSize)
                    {
                        await channel.Writer.WriteAsync(chunk, stop.Token);
                        chunk = new List<T>(ChunkSize);
                    }
                }
                if (chunk.Count > 0)
                {
                    await channel.Writer.WriteAsync(chunk, stop.Token);
                }
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            while (channel.Reader.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    foreach (var item in chunk)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
