using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Detection;
using Breakcard.Detection.Reference;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// Issue 9's "numbering gap" measured apart from the engines (ADR 0477): a profile attributed the
/// gateway's numbering ≈ 0.17 µs per event more than the single engine's own look-ups of the same
/// identifiers (ADR 0397, 0445), in the same code. Here both run alone over the bench's stream, no
/// engine, no shard: the single's look-ups (each event's identifiers interned into the reference
/// data in <c>MonitorSession</c>'s order) and the gateway's key log (<see cref="StreamKeyLog"/>: the
/// same look-ups plus its record of what is new, taken per batch), in alternate runs, each on fresh
/// reference data built before its clock. With the in-process row's own reading of its numbering
/// (<see cref="InProcessShardedRun.NumberingCpu"/>) it says whether the gap is the code's or the run's.
/// A second pair runs the gateway's loop without shards — numbering and sequencing event by event,
/// as before ADR 0477, and a batch numbered in one pass then sequenced (<see cref="BatchIntake"/>).
/// </summary>
internal static class NumberingBench
{
    /// <summary>The row: medians of <paramref name="runs"/> alternate runs of each, µs CPU per event.</summary>
    public static string Row(List<WireEvent> events, BenchReference reference, int batch, int shards, int runs)
    {
        var single = new List<double>();
        var log = new List<double>();
        var interleaved = new List<double>();
        var batched = new List<double>();
        // One untimed run of each first: the first timed run would otherwise carry the JIT of whichever goes first.
        Measure(events, reference, data => LookUps(events, data));
        Measure(events, reference, data => KeyLog(events, data, batch));
        Measure(events, reference, data => Sequenced(events, data, batch, shards, false));
        Measure(events, reference, data => Sequenced(events, data, batch, shards, true));
        for (var r = 0; r < runs; r++)
        {
            // The gateway's loop without its shards: numbering and sequencing event by event (before
            // ADR 0477), and the batch numbered in one pass, then sequenced (BatchIntake), alternating.
            if (r % 2 == 0)
            {
                interleaved.Add(Measure(events, reference, data => Sequenced(events, data, batch, shards, false)));
                batched.Add(Measure(events, reference, data => Sequenced(events, data, batch, shards, true)));
            }
            else
            {
                batched.Add(Measure(events, reference, data => Sequenced(events, data, batch, shards, true)));
                interleaved.Add(Measure(events, reference, data => Sequenced(events, data, batch, shards, false)));
            }

            // Alternate which goes first, so neither always follows the other's garbage.
            if (r % 2 == 0)
            {
                single.Add(Measure(events, reference, data => LookUps(events, data)));
                log.Add(Measure(events, reference, data => KeyLog(events, data, batch)));
            }
            else
            {
                log.Add(Measure(events, reference, data => KeyLog(events, data, batch)));
                single.Add(Measure(events, reference, data => LookUps(events, data)));
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"numbering alone (no engine, {runs} alternate runs each): the single's look-ups {ClusterBenchCommand.Median(single):0.000} µs CPU per event, the gateway's key log {ClusterBenchCommand.Median(log):0.000} (runs: {string.Join(" / ", single.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))}; {string.Join(" / ", log.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))}); numbered and sequenced, no shards: event by event {ClusterBenchCommand.Median(interleaved):0.000}, batch by batch {ClusterBenchCommand.Median(batched):0.000} (runs: {string.Join(" / ", interleaved.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))}; {string.Join(" / ", batched.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))})");
    }

    private static double Measure(List<WireEvent> events, BenchReference reference, Func<ReferenceData, long> run)
    {
        var data = reference.Build(reference.AsOf);
        var start = ProcessCost.Now();
        var checksum = run(data);
        var cost = ProcessCost.Now().Since(start);
        // Every identifier of the stream is numbered: the sum of the indexes is not zero on any city with events.
        return checksum == 0 && events.Count > 0 ? throw new InvalidOperationException("nothing was numbered") : cost.CpuMicros(events.Count);
    }

    // The single engine's look-ups (MonitorSession.Process's order; transactions of no amount are refused before).
    private static long LookUps(List<WireEvent> events, ReferenceData data)
    {
        long sum = 0;
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case WireKind.Transaction when e.Value > 0:
                    sum += data.InternAccount(e.A) + data.InternAccount(e.B);
                    break;
                case WireKind.Call:
                    sum += data.InternPhone(e.A) + data.InternPhone(e.B) + (e.Device is { } cd ? data.Devices.Intern(cd) : -1) + (e.Place is { Length: > 0 } cc ? data.Cells.Intern(cc) : -1);
                    break;
                case WireKind.Sms:
                    sum += data.InternPhone(e.B) + data.InternPhone(e.A) + (e.Device is { } sd ? data.Devices.Intern(sd) : -1) + (e.Place is { Length: > 0 } sc ? data.Cells.Intern(sc) : -1);
                    break;
                case WireKind.Login:
                    sum += data.InternAccount(e.A) + data.Devices.Intern(e.Device ?? string.Empty) + (e.Place is { } ip ? data.Ips.Intern(ip) : -1);
                    break;
            }
        }

        return sum;
    }

    private static long Sequenced(List<WireEvent> events, ReferenceData data, int batch, int shards, bool batched)
    {
        var keys = new StreamKeyLog(data);
        var sequencer = new StreamSequencer(LocalIndicators.Apply(DetectionOptions.Default), new ShardOwnership(data, shards), _ => { });
        var intake = new BatchIntake(keys, sequencer, batch);
        long sum = 0, sequence = 0;
        foreach (var e in events)
        {
            if (batched)
            {
                intake.Add(e);
                if (intake.Pending == batch)
                {
                    intake.Release();
                    sum += Released(sequencer, keys);
                }
            }
            else
            {
                sequencer.Add(e, sequence++, keys.Add(e));
                if (sequence % batch == 0)
                {
                    sum += Released(sequencer, keys);
                }
            }
        }

        intake.Release();
        sequencer.Flush();
        return sum + Released(sequencer, keys);
    }

    private static long Released(StreamSequencer sequencer, StreamKeyLog keys) =>
        sequencer.Take().Sum(items => (long)items.Count) + keys.Take().Texts.Length;

    private static long KeyLog(List<WireEvent> events, ReferenceData data, int batch)
    {
        var keys = new StreamKeyLog(data);
        long sum = 0, inBatch = 0;
        foreach (var e in events)
        {
            var refs = keys.Add(e);
            sum += refs.A + refs.B + refs.Device + refs.Place;
            if (++inBatch == batch)
            {
                sum += keys.Take().Texts.Length;
                inBatch = 0;
            }
        }

        return sum + keys.Take().Texts.Length;
    }
}
