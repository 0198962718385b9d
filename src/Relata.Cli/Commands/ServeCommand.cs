using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Relata.Web.Hosting;

namespace Relata.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "TCP port to listen on.", DefaultValueFactory = _ => RelataServerOptions.DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = "Address to bind (default 127.0.0.1, this machine only); any other address requires --token.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"Bearer token every request must carry (or ${RelataServerOptions.TokenEnvironmentVariable}); required off loopback.",
        };
        var maxMb = new Option<int>("--max-upload-mb") { Description = "Largest upload accepted, in megabytes.", DefaultValueFactory = _ => 10 };
        var command = new Command("serve", "Serve the workbench and the HTTP API over the store (open the printed URL in a browser).")
        {
            port, host, token, maxMb,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (KnowledgeAccess.Load(parse) is not { } kb) return ExitCodes.Usage;
            string db = Path.GetFullPath(parse.GetValue(GlobalOptions.Db)!);
            var options = new RelataServerOptions
            {
                Db = db,
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                Token = parse.GetValue(token) is { Length: > 0 } t ? t : Environment.GetEnvironmentVariable(RelataServerOptions.TokenEnvironmentVariable),
                MaxUploadBytes = parse.GetValue(maxMb) * 1024L * 1024L,
                KnowledgeBase = kb,
            };
            if (options.Problem() is { } problem)
            {
                Output.Error("relata serve: " + problem);
                return ExitCodes.Usage;
            }
            bool existed = File.Exists(db);
            await using var app = RelataWebApp.Create(options);
            try
            {
                await app.StartAsync(cancellation);
            }
            catch (IOException e)
            {
                Output.Error($"relata serve: cannot listen on {options.Url} ({e.Message}); try another --port");
                return ExitCodes.Usage;
            }
            var pool = app.Services.GetRequiredService<StorePool>();
            int documents = pool.Read(s => s.ListDocuments(1, 0).Total);
            Console.Out.WriteLine($"Relata workbench for {db}{(existed ? "" : " (new, empty store)")}: {documents} documents.");
            if (documents == 0) Console.Out.WriteLine("  The store is empty: run `relata demo` first, or upload documents on the Corpus page.");
            if (options.RequiresToken)
            {
                Console.Out.WriteLine($"Every request must carry the token: \"Authorization: Bearer <token>\" (browsers: open the URL below once).");
                Console.Out.WriteLine(options.IsLoopback ? "Listening on this machine only." : $"Listening on {options.Host}: reachable from other machines.");
                Console.Out.WriteLine($"Open {options.Url}?token={Uri.EscapeDataString(options.Token!)}");
            }
            else
            {
                Console.Out.WriteLine("Listening on this machine only (127.0.0.1); no token needed.");
                Console.Out.WriteLine($"Open {options.Url}");
            }
            Console.Out.WriteLine($"API: {options.Url}api/…  OpenAPI: {options.Url}openapi.json   Ctrl+C stops.");
            // Ends on Ctrl+C (the command's cancellation) or SIGTERM (the host's lifetime).
            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
