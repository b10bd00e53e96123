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

    public static string Describe(NormalisedText text, PatternMatches matches)
    {
        var sb = new StringBuilder(128);
        foreach (var h in matches.Hits)
        {
            sb.Append(h.Negated ? "quoted_" : "hit_").Append(h.Pattern.Id.Replace('-', '_')).Append(' ');
        }

        foreach (var c in AllConcepts)
        {
            if ((matches.LiveConcepts & c) != 0)
            {
                sb.Append("c_").Append(c).Append(' ');
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
