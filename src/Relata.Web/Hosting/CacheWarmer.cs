using Relata.Store;
using Relata.Web.Api;

namespace Relata.Web.Hosting;

/// <summary>
/// Computes the lists the corpus page opens with (all actors with their counts, the busiest pairs) in the background
/// once the server has started, so the first visitor of a large store does not wait for them.
/// </summary>
public sealed class CacheWarmer(IServiceProvider services, ILogger<CacheWarmer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                // Resolved here, not injected: a store that cannot be opened must not stop the server from starting.
                var pool = services.GetRequiredService<StorePool>();
                var cache = services.GetRequiredService<AnalysisCache>();
                ActorsApi.AllActors(pool, cache);
                cache.Json("dyads?limit=12", () => pool.Read(s => s.Dyads(new FactFilter(), 12)).Select(ApiDyad.From).ToList());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning("warming the caches failed: {Message}", e.Message);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
