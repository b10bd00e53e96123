namespace Breakcard.Core.Identifiers;

/// <summary>Masking helpers shared by the identifier types.</summary>
public static class Masking
{
    /// <summary>Placeholder printed for an identifier that was never assigned (a default struct).</summary>
    public const string Unassigned = "(unassigned)";

    /// <summary>
    /// Keeps <paramref name="keepStart"/> leading and <paramref name="keepEnd"/> trailing characters
    /// and replaces the rest with '*'. Values too short to keep both ends are fully starred.
    /// </summary>
    public static string KeepEnds(string value, int keepStart, int keepEnd)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Create(value.Length, (value, keepStart, keepEnd), static (span, state) =>
        {
            var (v, start, end) = state;
            v.AsSpan(0, start).CopyTo(span);
            span[start..(v.Length - end)].Fill('*');
            v.AsSpan(v.Length - end).CopyTo(span[(v.Length - end)..]);
        });
    }
}
