using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 17's held-out disguise, development since round 18, <see cref="Evasion.CommentThread"/>: the ad cut at sentence or line ends into two or three
/// parts — the first stays the post, the others become the poster's own replies under a comments line (楼主：…), with another
/// user's reply before each of them (小鹿：蹲一个后续。) — as posts keep the details out of the text a review reads first and
/// put them in the comments. No character of the ad changes, but its sentences no longer stand together: quoted offers and
/// everyday chatter wrap the whole ad, and line breaks cut inside a word, not between speakers.
/// </summary>
internal static class CommentThread
{
    // A full stop only ends an English sentence after a letter and before a space ("1. " in a numbered list and "1.5" stay).
    private const string Terminators = "。！？；!?";

    /// <summary><paramref name="text"/> as a post and its thread; unchanged when it holds only one sentence or line.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var cuts = Boundaries(text);
        if (cuts.Count == 0)
        {
            return text;
        }

        var chosen = cuts.ToArray();
        random.Shuffle(chosen.AsSpan());
        var parts = chosen.Take(cuts.Count >= 2 && random.Chance(0.5) ? 2 : 1).Order().ToArray();
        var chinese = TextLanguage.IsChinese(text);
        var author = random.Pick(chinese ? EvasionTables.CommentThreadAuthors : EvasionTables.EnglishCommentThreadAuthors);
        var replies = (chinese ? EvasionTables.CommentThreadReplies : EvasionTables.EnglishCommentThreadReplies).ToArray();
        random.Shuffle(replies.AsSpan());

        var sb = new StringBuilder(text.Length + 64);
        sb.Append(Part(text, 0, parts[0])).Append('\n');
        sb.Append(random.Pick(chinese ? EvasionTables.CommentThreadHeaders : EvasionTables.EnglishCommentThreadHeaders));
        for (var i = 0; i < parts.Length; i++)
        {
            var end = i + 1 < parts.Length ? parts[i + 1] : text.Length;
            sb.Append('\n').Append(replies[i]).Append('\n').Append(author).Append(Part(text, parts[i], end));
        }

        return sb.ToString();
    }

    /// <summary>Positions after a sentence end or at a line break with text on both sides.</summary>
    internal static List<int> Boundaries(string text)
    {
        var cuts = new List<int>();
        for (var i = 0; i < text.Length - 1; i++)
        {
            var end = text[i] == '\n' || Terminators.Contains(text[i], StringComparison.Ordinal)
                || (text[i] == '.' && i > 0 && char.IsAsciiLetter(text[i - 1]) && text[i + 1] == ' ');
            if (end && !string.IsNullOrWhiteSpace(text[..(i + 1)].Trim('\n')) && !string.IsNullOrWhiteSpace(text[(i + 1)..])
                && (cuts.Count == 0 || !string.IsNullOrWhiteSpace(text[cuts[^1]..(i + 1)].Trim('\n'))))
            {
                cuts.Add(i + 1);
            }
        }

        return cuts;
    }

    private static string Part(string text, int start, int end) => text[start..end].Trim('\n', ' ');
}
