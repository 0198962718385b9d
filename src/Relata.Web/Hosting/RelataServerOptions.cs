using System.Net;
using Relata.Actors;

namespace Relata.Web.Hosting;

/// <summary>How `relata serve` runs: which store, where it listens, and what protects it.</summary>
public sealed record RelataServerOptions
{
    public const string TokenEnvironmentVariable = "RELATA_TOKEN";
    public const int DefaultPort = 5190;
    public const long DefaultMaxUploadBytes = 10L * 1024 * 1024;

    public string Db { get; init; } = "relata.db";
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = DefaultPort;

    /// <summary>Bearer token every request must carry; required when <see cref="Host"/> is not a loopback address.</summary>
    public string? Token { get; init; }

    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;

    /// <summary>The actor knowledge base; null loads the bundled one plus kb/*.yaml beside the store.</summary>
    public ActorKnowledgeBase? KnowledgeBase { get; init; }

    public bool IsLoopback => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public bool RequiresToken => !string.IsNullOrEmpty(Token);

    /// <summary>The one-line reason these options cannot start a server, or null when they can.</summary>
    public string? Problem()
    {
        if (Port is < 0 or > 65535) return $"--port {Port}: not a TCP port";
        if (!IsLoopback && string.IsNullOrEmpty(Token))
            return $"--host {Host} is reachable from other machines: pass --token (or set {TokenEnvironmentVariable}) so every request must carry it";
        if (Token is { Length: > 0 and < 16 }) return "--token: use at least 16 characters";
        if (MaxUploadBytes <= 0) return "the upload limit must be positive";
        return null;
    }

    public string Url => $"http://{(Host.Contains(':') && !Host.StartsWith('[') ? $"[{Host}]" : Host)}:{Port}/";

    /// <summary>Reads the "Relata" configuration section (command line --Relata:Db=…, environment Relata__Db).</summary>
    public static RelataServerOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Relata");
        var defaults = new RelataServerOptions();
        return new RelataServerOptions
        {
            Db = section["Db"] ?? defaults.Db,
            Host = section["Host"] ?? defaults.Host,
            Port = int.TryParse(section["Port"], out int port) ? port : defaults.Port,
            Token = section["Token"] ?? Environment.GetEnvironmentVariable(TokenEnvironmentVariable),
            MaxUploadBytes = long.TryParse(section["MaxUploadBytes"], out long max) ? max : defaults.MaxUploadBytes,
        };
    }
}
