using Breakcard.Judgments.Numbers;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>A clause (text between commas) and the defendants it speaks about.</summary>
/// <param name="Range">The clause in the normalised text.</param>
/// <param name="Subjects">Bit mask of the defendants who are its subject.</param>
/// <param name="Sentence">Index of the sentence it belongs to.</param>
internal readonly record struct Clause(TextRange Range, ulong Subjects, int Sentence);

/// <summary>
/// Walks a section clause by clause and decides whom each clause is about. Chinese puts the
/// subject first and drops it in following clauses, so a clause that begins with a defendant's
/// name (after connectives such as 后, 并由, 其中, 经查 or a date) makes that defendant the subject,
/// together with any defendants coordinated with it (刘某、宋某; 刘某伙同宋某); a clause about
/// all defendants (二被告人, 上述被告人) makes all of them the subject; any other clause keeps
/// the subject of the clause before it. Names later in a clause are objects, not subjects.
/// </summary>
internal static class ClauseWalker
{
    private static readonly string[] Connectives =
    [
        // Counsel's arguments name the defendant they are about: "对于辩护人提出的被告人X…的意见".
        "辩护人提出的", "辩护人提出", "辩护人关于", "辩护人认为", "辩护意见认为", "辩护人",
        "在此期间", "综合考虑", "经审理查明", "审理查明", "考虑到", "案发后", "归案后", "到案后", "本院认为", "另查明",
        "并由", "后由", "随后", "之后", "此后", "其后", "然后", "其中", "同时", "另外", "此外", "同日", "同月", "同年",
        "次日", "当日", "当天", "经查", "鉴于", "对于", "关于", "期间", "其间", "查明", "被告人", "被告",
        "由", "后", "并", "又", "且", "但", "而", "另", "对", "因", "经", "再",
    ];

    private static readonly string[] Coordinators = ["以及", "伙同", "、", "和", "与", "及", "同", "跟"];

    public static List<Clause> Walk(string text, TextRange section, Mentions mentions, ulong initial = 0)
    {
        var clauses = new List<Clause>(32);
        var subject = mentions.Count == 1 ? mentions.All : initial;
        var previousRange = new TextRange(section.Start, section.Start);
        var sentence = 0;
        var start = section.Start;
        for (var i = section.Start; i <= section.End; i++)
        {
            var end = i == section.End;
            var c = end ? '\n' : text[i];
            var sentenceBreak = c is '。' or '；' or '\n' or '！' or '？';
            if (!sentenceBreak && c is not ('，' or '：'))
            {
                continue;
            }

            if (i > start)
            {
                var range = new TextRange(start, i);
                var clause = range.Of(text);
                subject = SubjectOf(clause, mentions, subject, previousRange.Of(text));
                clauses.Add(new Clause(range, subject, sentence));
                previousRange = range;
            }

            if (sentenceBreak)
            {
                sentence++;
            }

            start = i + 1;
        }

        return clauses;
    }

    /// <summary>"二人", "两人", "三人" opening a clause: the people of that number just named.</summary>
    private static readonly (string Word, int Count)[] Pairs =
    [
        ("该二人", 2), ("上述二人", 2), ("二人", 2), ("两人", 2), ("该三人", 3), ("上述三人", 3), ("三人", 3), ("四人", 4),
    ];

    private static ulong SubjectOf(ReadOnlySpan<char> clause, Mentions mentions, ulong previous, ReadOnlySpan<char> previousClause)
    {
        if (mentions.Count == 1)
        {
            return mentions.All;
        }

        if (Mentions.IsCollective(clause))
        {
            return mentions.All;
        }

        var at = SkipConnectives(clause, mentions);
        foreach (var (word, count) in Pairs)
        {
            if (clause[at..].StartsWith(word))
            {
                // "陈某某找到被告人黄某、林某，二人…": the two just named; with no such list, all
                // defendants when there are that many.
                var previousObjects = Named(previousClause, mentions) & ~previous;
                return System.Numerics.BitOperations.PopCount(previousObjects) == count ? previousObjects
                    : mentions.Count == count ? mentions.All : previous;
            }
        }

        var d = mentions.At(clause, at, out var length);
        if (d >= 0)
        {
            return Coordinated(clause, at + length, mentions, 1UL << d);
        }

        if (previous == 0)
        {
            var found = mentions.Find(clause);
            if (found.Count > 0)
            {
                var (first, start, len) = found[0];
                return Coordinated(clause, start + len, mentions, 1UL << first);
            }
        }

        return previous;
    }

    /// <summary>The defendants named anywhere in a clause.</summary>
    private static ulong Named(ReadOnlySpan<char> clause, Mentions mentions)
    {
        ulong named = 0;
        foreach (var (d, _, _) in mentions.Find(clause))
        {
            named |= 1UL << d;
        }

        return named;
    }

    /// <summary>Adds defendants joined to a subject by 、 和 与 及 伙同 ….</summary>
    private static ulong Coordinated(ReadOnlySpan<char> clause, int at, Mentions mentions, ulong set)
    {
        while (at < clause.Length)
        {
            var matched = false;
            foreach (var joiner in Coordinators)
            {
                if (!clause[at..].StartsWith(joiner))
                {
                    continue;
                }

                var next = at + joiner.Length;
                if (clause[next..].StartsWith("被告人"))
                {
                    next += 3;
                }

                var d = mentions.At(clause, next, out var length);
                if (d >= 0)
                {
                    set |= 1UL << d;
                    at = next + length;
                    matched = true;
                }

                break;
            }

            if (!matched)
            {
                break;
            }
        }

        return set;
    }

    /// <summary>Index after leading connectives and dates ("2021年8月，" is its own clause, "2021年8月被告人…" is not).</summary>
    public static int SkipConnectives(ReadOnlySpan<char> clause, Mentions mentions)
    {
        var at = 0;
        var progressed = true;
        while (progressed && at < clause.Length)
        {
            progressed = false;
            if (mentions.At(clause, at, out _) >= 0)
            {
                break; // a name that begins like a connective (由某, 经某)
            }

            foreach (var word in Connectives)
            {
                if (clause[at..].StartsWith(word))
                {
                    at += word.Length;
                    progressed = true;
                    break;
                }
            }

            if (!progressed && DateReader.TryRead(clause, at, out _, out var dateLength))
            {
                at += dateLength;
                progressed = true;
                // "2021年5月至8月": skip the end of a period too.
                if (clause[at..].StartsWith("至") || clause[at..].StartsWith("到"))
                {
                    at++;
                    var end = clause[at..].IndexOfAny('月', '日');
                    if (end is >= 0 and < 6)
                    {
                        at += end + 1;
                    }
                }

                if (clause[at..].StartsWith("期间") || clause[at..].StartsWith("间") || clause[at..].StartsWith("底") || clause[at..].StartsWith("初"))
                {
                    at += clause[at..].StartsWith("期间") ? 2 : 1;
                }
            }
        }

        return at;
    }
}
