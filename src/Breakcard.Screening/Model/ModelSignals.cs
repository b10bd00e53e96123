using System.Text;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Model;

/// <summary>
/// The explicit analysis of a text as words for the model: which patterns were found (live or
/// only quoted in a warning), which concepts occur outside warnings, and whole-text facts. The
/// model learns how much each is worth next to the character n-grams; these features carry over
/// to phrasings the n-grams never saw, because the lexicon folds them to the same concepts.
/// </summary>
internal static class ModelSignals
{
    private static readonly Concept[] AllConcepts = [.. Enum.GetValues<Concept>().Where(c => c != Concept.None)];

    // The words "c_BankCard ", ... once: formatting an enum value per concept per screened text allocated (ADR 382).
    private static readonly string[] ConceptWords = [.. AllConcepts.Select(c => "c_" + c + " ")];

    public static string Describe(NormalisedText text, PatternMatches matches)
    {
        var sb = new StringBuilder(128);
        foreach (var h in matches.Hits)
        {
            sb.Append(h.Negated ? "quoted_" : "hit_");
            foreach (var ch in h.Pattern.Id)
            {
                sb.Append(ch == '-' ? '_' : ch);
            }

            sb.Append(' ');
        }

        for (var k = 0; k < AllConcepts.Length; k++)
        {
            if ((matches.LiveConcepts & AllConcepts[k]) != 0)
            {
                sb.Append(ConceptWords[k]);
            }
        }

        if (matches.Disguised)
        {
            sb.Append("disguised ");
        }

        sb.Append(matches.IsWarningNotice ? "notice " : "").Append(matches.HasOffer ? "offer " : "").Append("bias");
        return sb.ToString();
    }
}
