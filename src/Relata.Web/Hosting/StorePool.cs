using System.Collections.Concurrent;
using Relata.Store;
using Relata.Store.Sqlite;

namespace Relata.Web.Hosting;

/// <summary>
/// SQLite connections for concurrent requests: a store is not thread-safe, so each request borrows one.
/// WAL journaling lets readers run beside the single writer; writes are serialised here as well.
/// </summary>
public sealed class StorePool : IDisposable
{
    private const int MaxIdle = 8;
    private readonly ConcurrentBag<IRelataStore> _idle = [];
    private readonly Func<IRelataStore> _open;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public StorePool(Func<IRelataStore> open)
    {
        _open = open;
        Return(_open());
    }

    public static StorePool ForFile(string path) => new(() => SqliteStore.Open(path));

    /// <summary>Changes whenever a document is stored, by this server or by `relata ingest` beside it; caches key on it.</summary>
    public long Generation => Read(s => s.Revision());

    public T Read<T>(Func<IRelataStore, T> read)
    {
        var store = _idle.TryTake(out var idle) ? idle : _open();
        try { return read(store); }
        finally { Return(store); }
    }

    public async Task<T> WriteAsync<T>(Func<IRelataStore, T> write, CancellationToken cancellation)
    {
        await _writer.WaitAsync(cancellation);
        try { return Read(write); }
        finally { _writer.Release(); }
    }

    private void Return(IRelataStore store)
    {
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store)) store.Dispose();
        _writer.Dispose();
    }
}
