using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// Reads the trace JSON that <c>breakcard trace</c> writes (<c>breakcard-trace/1</c>,
/// docs/tracing.md) and checks every field a clue relies on. A trace is one document: the first
/// bad field rejects the whole file with file, line and field, so nothing of a bad trace is
/// imported. Read by name, not through the Graph assembly (the case system does not depend on the
/// tracer, ADR 0088). Only forward traces are accepted: in a backward trace the far layers are
/// the victims' own accounts, which must not become clues. Thread safe (no state).
/// </summary>
public static class TraceFileReader
{
    /// <summary>The format this reader understands.</summary>
    public const string Format = "breakcard-trace/1";

    /// <summary>Largest file read (a chain worth raising clues from is far smaller).</summary>
    public const int MaxBytes = 64 << 20;

    /// <summary>Most accounts in a trace: beyond this it is a sweep of the city, not a chain.</summary>
    public const int MaxAccounts = 10_000;

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">The file is missing, too large or not a valid forward trace; the error names file, line and field.</exception>
    public static TraceFileRead ReadFile(string path, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        source ??= path;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InvalidInputException(new InputError(source, null, null, "the trace file does not exist"));
        }

        if (info.Length > MaxBytes)
        {
            throw new InvalidInputException(new InputError(source, null, null, $"{info.Length:N0} bytes; a trace file is at most {MaxBytes:N0}"));
        }

        return Read(File.ReadAllBytes(path), source);
    }

    /// <summary>Reads and checks a trace held in <paramref name="json"/> (UTF-8); <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidInputException">Not a valid forward trace; the error names line and field.</exception>
    public static TraceFileRead Read(byte[] json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(new InputError(source, e.LineNumber + 1, null, "not valid JSON: " + e.Message.Split(" Path:", 2)[0]), e);
        }

        using (document)
        {
            try
            {
                return Parse(document.RootElement, source, json);
            }
            catch (FieldException e)
            {
                var line = e.Field is null ? null : JsonLineLocator.LineOf(json, e.Field) ?? JsonLineLocator.LineOf(json, Parent(e.Field));
                throw new InvalidInputException(new InputError(source, line, e.Field, e.Message));
            }
        }
    }

    private static TraceFileRead Parse(JsonElement root, string source, byte[] json)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException(null, "a trace file is a JSON object");
        }

        var format = Text(root, "format", 64);
        if (format != Format)
        {
            throw new FieldException("format", $"'{format}' is not a trace this version reads ({Format}, written by breakcard trace)");
        }

        var direction = Text(root, "direction", 16);
        if (direction != "forward")
        {
            throw new FieldException("direction", direction == "backward"
                ? "a backward trace ends at the victims' own accounts; raise clues from a forward trace (breakcard trace --direction forward from the victim's transfer)"
                : "must be \"forward\"");
        }

        var rule = Text(root, "rule", 32);
        var start = Object(Property(root, "start"), "start");
        var transactions = Array(start, "transactions", "start").Select((t, i) => StringValue(t, $"start.transactions[{i}]", 64)).ToImmutableArray();
        var total = Money.FromFen(Long(root, "total_fen", ""));
        var transfers = ReadTransfers(root);

        var layers = Array(root, "layers", "");
        var accounts = ImmutableArray.CreateBuilder<TracedAccount>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < layers.Count; i++)
        {
            var path = $"layers[{i}]";
            var layer = Object(layers[i], path);
            var number = (int)Long(layer, "layer", path + ".", max: 64);
            if (number != i)
            {
                throw new FieldException(path + ".layer", string.Create(CultureInfo.InvariantCulture, $"layers are numbered 0, 1, 2, … in order; expected {i}, found {number}"));
            }

            var nodes = Array(layer, "accounts", path);
            if (nodes.Count == 0)
            {
                throw new FieldException(path + ".accounts", "a layer has at least one account");
            }

            for (var j = 0; j < nodes.Count; j++)
            {
                var node = Account(nodes[j], $"{path}.accounts[{j}]", number, transfers);
                var key = node.Party.Account?.Reveal() ?? node.Party.CashPoint!;
                if (!seen.TryAdd(key, number))
                {
                    throw new FieldException($"{path}.accounts[{j}].account", string.Create(CultureInfo.InvariantCulture,
                        $"the account is already in layer {seen[key]}; a trace names each account once"));
                }

                accounts.Add(node);
                if (accounts.Count > MaxAccounts)
                {
                    throw new FieldException("layers", $"more than {MaxAccounts:N0} accounts: a sweep, not a chain; trace from one transaction or narrow --max-hops / --min-amount");
                }
            }
        }

        if (layers.Count < 2)
        {
            throw new FieldException("layers", "the trace reached no account beyond its start; there is no chain to raise clues from");
        }

        var all = accounts.ToImmutable();
        var reference = "TR-" + Convert.ToHexStringLower(SHA256.HashData(json))[..16];
        var chain = new ChainContent(reference, transactions.Length == 1 ? transactions[0] : null, total,
            [.. all.Where(a => a.Layer > 0).GroupBy(a => a.Layer).Select(g => new ChainLayer(g.Key, [.. g.Select(a => new ChainNode(a.Party, a.Received))]))]);
        if (chain.Problem() is { } problem)
        {
            throw new FieldException("layers", problem);
        }

        return new TraceFileRead(source, reference, rule, transactions, total, all, chain);
    }

    private static TracedAccount Account(JsonElement element, string path, int layer, Transfers transfers)
    {
        var node = Object(element, path);
        var prefix = path + ".";
        var text = Text(node, "account", 64, prefix);
        if (!Party.TryParse(text, out var party, out var error))
        {
            throw new FieldException(prefix + "account", $"not a valid card or account number or cash point: {error}");
        }

        var received = Money.FromFen(Long(node, "amount_fen", prefix));
        var passed = Money.FromFen(Long(node, "passed_fen", prefix));
        var share = node.TryGetProperty("share", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetDouble(out var d) && d is >= 0 and <= 1.000001
            ? d : throw new FieldException(prefix + "share", "must be a number from 0 to 1");
        var stop = OptionalText(node, "stop", 32, prefix);
        var flags = Array(node, "flags", path).Select((f, i) => StringValue(f, $"{prefix}flags[{i}]", 32)).ToImmutableArray();
        var holders = Array(node, "holders", path);
        string? holderRef = null, holderKind = null;
        Identifier? holderName = null;
        if (holders.Count > 0)
        {
            var holder = Object(holders[0], prefix + "holders[0]");
            holderRef = Text(holder, "id", 64, prefix + "holders[0].");
            holderKind = OptionalText(holder, "kind", 16, prefix + "holders[0].");
            if (holderKind == "person" && OptionalText(holder, "name", 64, prefix + "holders[0].") is { } name)
            {
                holderName = Identifier.TryParse(IdentifierKind.PersonName, name, out var n, out var nameError)
                    ? n : throw new FieldException(prefix + "holders[0].name", $"not a person's name: {nameError}");
            }
        }

        var firstTime = Text(node, "first_time", 40, prefix);
        var into = party!.Account is null ? [] : transfers.Into.GetValueOrDefault(text, []);
        var cash = Money.FromFen(transfers.CashOut.GetValueOrDefault(text));
        return new TracedAccount(party, layer, received, passed, cash, share, stop, flags, holderRef, holderKind, holderName, firstTime,
            [.. into.Take(ClueDraft.MaxListLength)]);
    }

    // The traced transfers: into each account (the clue's evidence) and out of it to cash points.
    private static Transfers ReadTransfers(JsonElement root)
    {
        var result = new Transfers(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        if (!root.TryGetProperty("transfers", out var transfers) || transfers.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        var items = transfers.ValueKind == JsonValueKind.Array ? transfers : throw new FieldException("transfers", "must be an array");
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = $"transfers[{i++}]";
            var t = Object(item, path);
            var from = Text(t, "from", 64, path + ".");
            var to = Text(t, "to", 64, path + ".");
            var id = Text(t, "transaction", 64, path + ".");
            var traced = Long(t, "traced_fen", path + ".");
            if (!result.Into.TryGetValue(to, out var list))
            {
                result.Into[to] = list = [];
            }

            list.Add(id);
            if (CashPoints.IsCash(to))
            {
                var sum = result.CashOut.GetValueOrDefault(from);
                result.CashOut[from] = traced <= long.MaxValue - sum ? sum + traced : throw new FieldException(path + ".traced_fen", "the traced amounts out of the account add up to more than a fen count can hold");
            }
        }

        return result;
    }

    private sealed record Transfers(Dictionary<string, List<string>> Into, Dictionary<string, long> CashOut);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : path;
    }

    private static JsonElement Property(JsonElement o, string name, string prefix = "") =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : throw new FieldException(prefix + name, "is required");

    private static JsonElement Object(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Object ? e : throw new FieldException(path, "must be an object");

    private static List<JsonElement> Array(JsonElement o, string name, string parent)
    {
        var path = parent.Length == 0 ? name : parent + "." + name;
        var v = o.TryGetProperty(name, out var p) && p.ValueKind != JsonValueKind.Null ? p : throw new FieldException(path, "is required");
        return v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : throw new FieldException(path, "must be an array");
    }

    private static string StringValue(JsonElement e, string path, int max) =>
        e.ValueKind == JsonValueKind.String && e.GetString() is { } s && s.Trim().Length > 0 && s.Length <= max
            ? s : throw new FieldException(path, $"must be a text of 1 to {max} characters");

    private static string Text(JsonElement o, string name, int max, string prefix = "") =>
        OptionalText(o, name, max, prefix) ?? throw new FieldException(prefix + name, "is required");

    private static string? OptionalText(JsonElement o, string name, int max, string prefix = "") =>
        !o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null : StringValue(v, prefix + name, max);

    private static long Long(JsonElement o, string name, string prefix, long max = long.MaxValue)
    {
        var v = Property(o, name, prefix);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n >= 0 && n <= max
            ? n : throw new FieldException(prefix + name, max == long.MaxValue ? "must be a whole number, not negative" : $"must be a whole number from 0 to {max}");
    }

    private sealed class FieldException(string? field, string message) : Exception(message)
    {
        public string? Field { get; } = field;
    }
}
