namespace Relata.Web.Api;

/// <summary>Timeline, dyad index, network and dossier, from the library's analyses (src/Relata/Analysis).</summary>
public static class AnalysisApi
{
    public static void Map(RouteGroupBuilder api)
    {
    }
}
