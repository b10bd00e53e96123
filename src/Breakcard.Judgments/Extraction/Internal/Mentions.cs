namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Finds where a judgment names its defendants, so that facts and circumstances can be given to
/// the right one. A name counts as a defendant mention only when it is not part of a longer
/// masked name (刘某 inside 刘某某 or 王某甲) and is not preceded by another role (被害人刘某,
/// 证人刘某, 辩护人刘某). Defendants are numbered by their order in the judgment; a set of
/// defendants is a bit mask (judgments with more than 64 defendants keep the first 64).
/// </summary>
internal sealed class Mentions
{
    public const int MaxDefendants = 64;

    private static readonly string[] OtherRoles =
        ["被害人", "证人", "辩护人", "代理人", "检察员", "检察官", "审判员", "书记员", "民警", "被骗人", "报案人", "法定代理人"];

    private static readonly string[] Collective =
        ["二被告人", "两被告人", "三被告人", "四被告人", "五被告人", "六被告人", "上述被告人", "各被告人", "被告人均", "诸被告人", "全体被告人", "前述被告人", "众被告人", "上列被告人", "本案被告人"];

    private readonly string[] _names;
    private readonly int[] _byLength; // defendant indices, longest name first

    public Mentions(IReadOnlyList<string> names)
    {
        _names = [.. names.Take(MaxDefendants)];
        _byLength = [.. Enumerable.Range(0, _names.Length).OrderByDescending(i => _names[i].Length)];
        All = _names.Length == MaxDefendants ? ulong.MaxValue : (1UL << _names.Length) - 1;
    }

    /// <summary>Every defendant.</summary>
    public ulong All { get; }

    public int Count => _names.Length;

    /// <summary>True when the text speaks of all defendants together (二被告人, 上述被告人, …).</summary>
    public static bool IsCollective(ReadOnlySpan<char> text)
    {
        foreach (var c in Collective)
        {
            if (text.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The defendant whose name starts exactly at <paramref name="at"/>, or -1; <paramref name="length"/> is the name's length.</summary>
    public int At(ReadOnlySpan<char> text, int at, out int length)
    {
        length = 0;
        foreach (var d in _byLength)
        {
            var name = _names[d];
            if (!text[at..].StartsWith(name))
            {
                continue;
            }

            var end = at + name.Length;
            if (end < text.Length && IsMaskContinuation(text[end]))
            {
                continue; // 刘某 inside 刘某某, 王某 inside 王某甲: a different person
            }

            if (HasOtherRoleBefore(text, at))
            {
                return -1;
            }

            length = name.Length;
            return d;
        }

        return -1;
    }

    /// <summary>All defendant mentions in <paramref name="text"/>, in order.</summary>
    public List<(int Defendant, int Start, int Length)> Find(ReadOnlySpan<char> text)
    {
        var found = new List<(int, int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!StartsAnyName(text[i]))
            {
                continue;
            }

            var d = At(text, i, out var length);
            if (d >= 0)
            {
                found.Add((d, i, length));
                i += length - 1;
            }
        }

        return found;
    }

    private bool StartsAnyName(char c)
    {
        foreach (var n in _names)
        {
            if (n.Length > 0 && n[0] == c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMaskContinuation(char c) => c is '某' or '甲' or '乙' or '丙' or '丁' or '戊' or '己' or '庚' or '辛';

    private static bool HasOtherRoleBefore(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at];
        foreach (var role in OtherRoles)
        {
            if (before.EndsWith(role))
            {
                return true;
            }
        }

        return false;
    }
}
