namespace Breakcard.Screening.Patterns;

// ADR 383: a flat leased in one's own name and handed to a crew. A nominee tenant (挂名租客, 挂名租房) lends the name to a
// lease, not to a company: it is no legal representative, so it is no corporate account. What it lends is premises and the
// internet line in the reader's name (宽带以你名义办) for others whose use of them the reader is told not to ask about
// (屋里做什么别问), for pay: technical support — internet access and a place to work from — read by `technical-support`.
// 挂名 says it by itself (the name on the lease, someone else inside); a line in the reader's name is a tenant's own broadband
// too, so there the waiver decides: a letting agent's tenant signs, lives in the flat and is told nothing of the kind.
public sealed partial class PatternContext
{
    // What a nominee of a lease is named as, right after 挂名 (挂名租客, 挂名租房的, 挂名承租人).
    private static readonly string[] LeaseWords = ["租客", "租房", "租户", "承租", "房客", "租一套", "租两套", "租公寓", "租房子"];

    // The reader's own name or identity beside the line (宽带以你名义拉, 用你身份证办宽带, 宽带你名下办, 也用你名字办).
    private static readonly string[] ReadersName = ["你名", "你的名", "你本人", "你身份证", "你的身份证", "你实名"];

    // How far from 宽带 the reader's name may stand: the clause that opens the line (以你名义拉千兆宽带 is six before it).
    private const int NameReach = 8;

    /// <summary>True when nominee term <paramref name="index"/> is followed at once by a tenancy (挂名租客): a nominee of a lease.</summary>
    internal bool IsNomineeOfLease(int index)
    {
        var s = Text.Text;
        var end = Terms[index].End;
        foreach (var w in LeaseWords)
        {
            if (end + w.Length <= s.Length && string.CompareOrdinal(s, end, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when term <paramref name="index"/> lends premises to others: a nominee of a lease (挂名租客 — the name on the lease,
    /// someone else in the flat), or an internet line in the reader's name (宽带以你名义办) in a text that tells the reader not
    /// to ask what is done there. The caller has already required pay and no licensed hiring; the waiver, read over the whole
    /// text, is read only once 宽带 stands by the reader's name.
    /// </summary>
    internal bool IsPremisesLent(int index)
    {
        var t = Terms[index];
        if (t.Has(Lexicon.Concept.Nominee))
        {
            return IsNomineeOfLease(index);
        }

        if (t.Term.Text != "宽带")
        {
            return false;
        }

        // Martian forms of the function words (沵名下, 芣甪管) folded one for one, as ADR 352's readings do.
        var plain = FraudHelpReadings.Plain(this);
        return NamesReaderNear(plain, t.Start, t.End) && ConductReadings.PurposeUnaskedIn(plain);
    }

    private static bool NamesReaderNear(string s, int start, int end)
    {
        var from = Math.Max(0, start - NameReach);
        var to = Math.Min(s.Length, end + NameReach);
        foreach (var name in ReadersName)
        {
            if (s.IndexOf(name, from, to - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
