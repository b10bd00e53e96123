using System.Numerics;
using BenchmarkDotNet.Attributes;
using Breakcard.Detection.State;

namespace Breakcard.Benchmarks.Detection;

/// <summary>
/// A shard engine's local-slot store over a stream (ADR 0436): entities get slots in first-touch
/// order while the state of those already held is read and written, as a shard's engine does. One
/// operation is one access. The workload is of the order of one kind of a bench shard's entities
/// (ADR 0335; 384–420 accounts per shard on the Cluster tests' city of half the bench's people):
/// 1,500 entities, each first touched at an even spread over 60,000 accesses, the other accesses
/// to entities already held (a skewed choice: a few are busy).
/// <see cref="Paged"/> is the store as committed (pages given as slots fill, never copied);
/// <see cref="Doubling"/> is the local-slot store before ADR 0436 (split arrays that double),
/// kept here to measure against. Each invocation (60,000 accesses) starts from an empty store, as each run of
/// <c>cluster bench</c> starts its shards.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(15)]
[Config(typeof(Graph.GraphBenchmarkConfig))]
public class LocalSlotStoreBenchmarks
{
    private const int Accesses = 60_000;
    private const int Entities = 1_500;
    private int[] _order = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_261_125);
        var index = Enumerable.Range(0, Entities).Select(_ => random.Next(0, 200_000)).Distinct().ToArray();
        _order = new int[Accesses];
        var held = 0;
        for (var i = 0; i < Accesses; i++)
        {
            if (held < index.Length && i >= (long)held * Accesses / index.Length)
            {
                _order[i] = index[held++];
                continue;
            }

            var r = random.NextDouble();
            _order[i] = index[(int)(r * r * held)];
        }
    }

    /// <summary>The store as committed: local slots in pages.</summary>
    [Benchmark(OperationsPerInvoke = Accesses)]
    public long Paged()
    {
        var store = new ShardedStore<AccountState>(4, AccountState.Empty, 0, EntitySlots.Local);
        long sum = 0;
        foreach (var e in _order)
        {
            ref var s = ref store[e];
            s.InCount++;
            sum += s.InCount;
        }

        return sum;
    }

    /// <summary>The local-slot store before ADR 0436, for comparison.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Accesses)]
    public long Doubling()
    {
        var store = new DoublingStore<AccountState>(4, AccountState.Empty);
        long sum = 0;
        foreach (var e in _order)
        {
            ref var s = ref store[e];
            s.InCount++;
            sum += s.InCount;
        }

        return sum;
    }

    // ShardedStore's local slots as they were at main c2eb326 (ADR 0335, 0378): slot i in array
    // i mod S at i / S, arrays that double from 16. The map is the same SlotTable.
    private sealed class DoublingStore<T>(int shards, T empty) where T : struct
    {
        private readonly T[][] _shards = Enumerable.Range(0, shards).Select(_ => Filled(16, empty)).ToArray();
        private readonly int _shift = BitOperations.Log2((uint)shards);
        private readonly int _mask = shards - 1;
        private readonly SlotTable _slotOf = new();
        private int[] _entityOf = [];
        private int _count;

        public ref T this[int index]
        {
            get
            {
                var slot = _slotOf.Find(index, _entityOf);
                if (slot < 0)
                {
                    slot = NewSlot(index);
                }

                var shard = _shards[slot & _mask];
                var at = slot >> _shift;
                if ((uint)at >= (uint)shard.Length)
                {
                    shard = Grow(slot & _mask, at);
                }

                return ref shard[at];
            }
        }

        private static T[] Filled(int length, T value)
        {
            var a = new T[length];
            Array.Fill(a, value);
            return a;
        }

        private int NewSlot(int index)
        {
            var slot = _count;
            if (slot >= _entityOf.Length)
            {
                Array.Resize(ref _entityOf, Math.Max(16, _entityOf.Length * 2));
            }

            _entityOf[slot] = index;
            _slotOf.Add(index, slot, _entityOf);
            _count = slot + 1;
            return slot;
        }

        private T[] Grow(int shard, int slot)
        {
            var old = _shards[shard];
            var bigger = new T[Math.Max(slot + 1, old.Length * 2)];
            old.CopyTo(bigger, 0);
            Array.Fill(bigger, empty, old.Length, bigger.Length - old.Length);
            _shards[shard] = bigger;
            return bigger;
        }
    }
}
