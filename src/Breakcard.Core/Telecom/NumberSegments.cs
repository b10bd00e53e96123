using System.Collections.Frozen;

namespace Breakcard.Core.Telecom;

/// <summary>
/// Mobile number segments (号段): the first three digits of an 11-digit mainland number and the
/// operator each is allocated to (MIIT allocations; virtual-operator segments listed separately).
/// </summary>
public static class NumberSegments
{
    private static readonly FrozenDictionary<int, MobileOperator> Segments = Build();

    /// <summary>Every allocated three-digit segment.</summary>
    public static IReadOnlyCollection<int> All => Segments.Keys;

    /// <summary>The operator of a three-digit segment, or null when the segment is not allocated.</summary>
    public static MobileOperator? OperatorOf(int segment) =>
        Segments.TryGetValue(segment, out var op) ? op : null;

    /// <summary>The segments allocated to one operator, ascending.</summary>
    public static IReadOnlyList<int> Of(MobileOperator op) =>
        Segments.Where(kv => kv.Value == op).Select(kv => kv.Key).Order().ToArray();

    private static FrozenDictionary<int, MobileOperator> Build()
    {
        var map = new Dictionary<int, MobileOperator>();
        void Add(MobileOperator op, params int[] segments)
        {
            foreach (var s in segments)
            {
                map.Add(s, op);
            }
        }

        Add(MobileOperator.ChinaMobile, 134, 135, 136, 137, 138, 139, 147, 148, 150, 151, 152, 157, 158, 159,
            172, 178, 182, 183, 184, 187, 188, 195, 197, 198);
        Add(MobileOperator.ChinaUnicom, 130, 131, 132, 145, 146, 155, 156, 166, 175, 176, 185, 186, 196);
        Add(MobileOperator.ChinaTelecom, 133, 149, 153, 173, 174, 177, 180, 181, 189, 190, 191, 193, 199);
        Add(MobileOperator.ChinaBroadnet, 192);
        Add(MobileOperator.Virtual, 162, 165, 167, 170, 171);
        return map.ToFrozenDictionary();
    }
}
