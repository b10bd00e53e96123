using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 415: in English "rent" is a verb (rent out your card, rent us your account) and a noun (their own rent, the rent, my
// monthly rent). A counter clerk's sheet (buying one money order for their own rent with their own debit card) names the
// customer's bill, not a card rented out. Right after a possessive or a determiner the word is the noun: it trades nothing.
public sealed partial class PatternContext
{
    // The words that make the "rent" after them a noun (normalised text: lower case, no spaces).
    private static readonly string[] RentDeterminers = ["own", "my", "your", "their", "his", "her", "our", "the", "this", "next", "monthly", "back"];

    private static Concept ReadRentNoun(string s, TermMatch t, Concept concepts)
    {
        if ((concepts & Concept.RentOut) == 0 || t.Length != 4 || string.CompareOrdinal(s, t.Start, "rent", 0, 4) != 0)
        {
            return concepts;
        }

        // "rent out" and "rented" are longer terms; a letter right after makes another word (rental is a decoy, renting a verb).
        if (t.End < s.Length && s.AsSpan(t.End).StartsWith("out", StringComparison.Ordinal))
        {
            return concepts;
        }

        foreach (var d in RentDeterminers)
        {
            if (t.Start >= d.Length && string.CompareOrdinal(s, t.Start - d.Length, d, 0, d.Length) == 0)
            {
                return concepts & ~Concept.RentOut;
            }
        }

        return concepts;
    }
}
