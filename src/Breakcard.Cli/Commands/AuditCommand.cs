using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Breakcard.Cases.Audit;
using Breakcard.Cli.Commands.Cases;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard audit verify|checkpoint|log</c>: walk the hash-chained audit log and name the first
/// bad entry; export the head as an outside checkpoint (to catch a log and head rewritten
/// together); read your institution's entries.
/// </summary>
public static class AuditCommand
{
    /// <summary>Schema id of checkpoint files.</summary>
    public const string CheckpointSchema = "breakcard.audit.checkpoint/1";

    /// <summary>Builds the <c>audit</c> command group.</summary>
    public static Command Create(CliContext cli)
    {
        var store = CaseCli.StoreOption();
        var user = CaseCli.AsOption();
        return new Command("audit", "The audit log: verify the chain, export a checkpoint, read entries.")
        {
            store, user, Verify(cli, store, user), Checkpoint(cli, store, user), Log(cli, store, user),
        };
    }

    private static Command Verify(CliContext cli, Option<string> store, Option<string?> user)
    {
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "A checkpoint taken earlier with 'audit checkpoint', kept outside the store." };
        var command = new Command("verify", "Walk the chain; name the first edited, deleted, reordered or truncated entry.") { checkpoint };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var outside = parse.GetValue(checkpoint) is { } file ? await ReadCheckpointAsync(file, ct) : null;
            var result = await s.System.Audit.VerifyAsync(s.Caller, outside, ct);
            var scope = outside is null ? "against the stored head" : $"against the stored head and the checkpoint of {outside.Count:N0} entries";
            if (result.Valid)
            {
                s.Cli.Console.MarkupLineInterpolated($"audit log intact: {result.EntriesChecked:N0} entries, chain and hashes verified {scope}; last hash {result.LastHash[..16]}…");
                return ExitCodes.Ok;
            }

            s.Cli.Console.MarkupLineInterpolated($"[red]audit log NOT intact[/]: {result.TotalProblems:N0} problem(s) in {result.EntriesChecked:N0} entries ({scope})");
            s.Cli.Console.MarkupLineInterpolated($"first bad entry: {result.First!.Sequence:N0} ({CaseCli.Snake(result.First.Kind)}): {result.First.Message}");
            foreach (var p in result.Problems.Skip(1).Take(9))
            {
                s.Cli.Console.MarkupLineInterpolated($"  then entry {p.Sequence:N0} ({CaseCli.Snake(p.Kind)}): {p.Message}");
            }

            return ExitCodes.IntegrityFailure;
        });
        return command;
    }

    private static Command Checkpoint(CliContext cli, Option<string> store, Option<string?> user)
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write; keep it outside the store (another system, write-once media, another party).", Required = true };
        var command = new Command("checkpoint", "Write the log's head (count and last hash) to a file, to verify against later.") { output };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var head = await s.System.Audit.CheckpointAsync(s.Caller, ct);
            var file = parse.GetValue(output)!;
            var json = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["schema"] = CheckpointSchema,
                ["count"] = head.Count,
                ["last_hash"] = head.LastHash,
                ["taken_at"] = s.Cli.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            await File.WriteAllTextAsync(file.FullName, json + "\n", ct);
            s.Cli.Console.MarkupLineInterpolated($"checkpoint of {head.Count:N0} entries written to {file.FullName}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Log(CliContext cli, Option<string> store, Option<string?> user)
    {
        var from = new Option<long>("--from") { Description = "First sequence.", DefaultValueFactory = _ => 1 }.InRange(1, long.MaxValue);
        var limit = new Option<int>("--limit") { Description = "Most entries.", DefaultValueFactory = _ => 100 }.InRange(1, 10_000);
        var command = new Command("log", "Your institution's audit entries.") { from, limit };
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("seq", "time", "actor", "action", "subject", "details");
            foreach (var e in await s.System.Audit.EntriesAsync(s.Caller, parse.GetValue(from), parse.GetValue(limit), ct))
            {
                table.AddRow(e.Sequence.ToString(CultureInfo.InvariantCulture), CaseRender.Time(e.At), Markup.Escape(e.Actor), Markup.Escape(e.Action), Markup.Escape(e.Subject), Markup.Escape(e.Details));
            }

            s.Cli.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<AuditCheckpoint> ReadCheckpointAsync(FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new InvalidInputException(new InputError(file.ToString(), null, null, "the checkpoint file does not exist"));
        }

        try
        {
            using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(file.FullName, ct));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String || schema.GetString() != CheckpointSchema)
            {
                throw Bad(file, "schema", $"expected \"{CheckpointSchema}\"");
            }

            if (!root.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt64(out var n) || n < 0)
            {
                throw Bad(file, "count", "must be a whole number of entries, 0 or more");
            }

            if (!root.TryGetProperty("last_hash", out var hash) || hash.ValueKind != JsonValueKind.String || !AuditHasher.IsHash(hash.GetString()))
            {
                throw Bad(file, "last_hash", "must be 64 lower-case hex digits");
            }

            return new AuditCheckpoint(n, hash.GetString()!);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(new InputError(file.ToString(), (ex.LineNumber ?? 0) + 1, null, "not JSON"), ex);
        }
    }

    private static InvalidInputException Bad(FileInfo file, string field, string reason) => new(new InputError(file.ToString(), null, field, reason));
}
