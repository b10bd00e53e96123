using Breakcard.Screening.Internal;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Normalisation;

/// <summary>
/// Normalises job ads and profile texts against the ways such ads evade filters, in three passes:
/// <list type="number">
/// <item>characters: compatibility forms (full-width, circled, mathematical) to plain, lower case,
/// Cyrillic/Greek look-alikes to Latin, traditional to simplified, word emoji (💳 → 卡), and
/// removal of spaces, punctuation, symbols, emoji and zero-width characters between characters;</item>
/// <item>words: disguised spellings of the key vocabulary to canonical words — homophones
/// (薇信, 祖卡), look-alikes (徽信), split characters (银彳亍卡), pinyin whole or mixed
/// (yinhangka, yin行卡) and abbreviations (yhk, zfb, vx) — greedy, longest first;</item>
/// <item>terms: the vocabulary found in the result, each with its concepts.</item>
/// </list>
/// Every normalised character keeps the span of the original text it came from. Thread safe;
/// allocation is a few arrays per text.
/// </summary>
public sealed class TextNormaliser
{
    private readonly ScreeningLexicon _lexicon;

    /// <summary>A normaliser over <paramref name="lexicon"/>.</summary>
    public TextNormaliser(ScreeningLexicon lexicon)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>A normaliser over the shipped lexicon.</summary>
    public static TextNormaliser Default { get; } = new(ScreeningLexicon.Default);

    /// <summary>The lexicon in use.</summary>
    public ScreeningLexicon Lexicon => _lexicon;

    /// <summary>Normalises <paramref name="text"/>.</summary>
    public NormalisedText Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (chars, words) = FoldBuffer.Rent();
        var original = text;
        var shown = ShownText.Of(original); // a container (subtitle file, HTML source, escaped export …) read as the text it shows (ADR 457, 465)
        text = shown?.Text ?? original;
        _lexicon.Chars.Fold(text, chars);
        shown?.MarkBreaks(chars);
        if (text.Contains('\u202E', StringComparison.Ordinal))
        {
            BidiOverride.Reorder(text, chars);
        }

        EmojiBetweenLetters.Drop(text, chars); // a heart planted inside an English word (c❤a❤r❤d) is no 心 (ADR 442)
        PinyinAnnotations.Drop(text, chars); // 银(yín)行(háng)卡(kǎ): the characters, their bracketed pinyin not between them (ADR 479)
        ScreenshotChrome.Drop(text, chars); // a screenshot's status bar and unread count are the phone's numbers (ADR 449)
        TopicTagRuns.Drop(text, chars, _lexicon); // rows of topic labels are not the post's words (ADR 425)
        ZhuyinCharacters.Read(text, chars, words, _lexicon); // a zhuyin syllable among Chinese characters read as its character (ADR 455)
        VerticalColumns.Restore(text, chars, words, _lexicon); // a clause laid out in columns read down them (ADR 455)
        ReversedClauses.Restore(text, chars); // a clause written backwards whose note says so (ADR 425)
        AcrosticLines.Restore(text, chars, words); // a word written down the lines' first characters, where its note stands (ADR 434)
        SpelledOut.Collapse(chars);
        DropStrays(chars);
        FoldWords(chars, words);
        var terms = FindTerms(words);
        if (FrameLines.Drop(text, words, terms)) // the writer's own payout and a call to join frame the body (ADR 432)
        {
            terms = FindTerms(words);
        }

        // Spans stay in the shown text, whose line ends and marks the readings consult; reasons map them to what was posted (ADR 465).
        return new NormalisedText(original, shown, words, terms);
    }

    /// <summary>
    /// Drops a lone Latin letter or digit standing between two Chinese characters that are adjacent
    /// in some key word (出x租, 公o户, 验8证码): a stray character planted to break the word. The next
    /// character is marked as separated, so the word counts as disguised. A digit before a numeral
    /// unit (每1万) is an amount and stays.
    /// </summary>
    private void DropStrays(FoldBuffer text)
    {
        var kept = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var c = text.Chars[i];
            if (i > 0 && i + 1 < text.Count && char.IsAsciiLetterOrDigit(c)
                && _lexicon.IsKeyBigram(text.Chars[i - 1], text.Chars[i + 1])
                && !(char.IsAsciiDigit(c) && NumeralUnits.Contains(text.Chars[i + 1], StringComparison.Ordinal)))
            {
                text.Flags[i + 1] |= FoldBuffer.SeparatorBefore;
                continue;
            }

            if (kept != i)
            {
                text.Chars[kept] = c;
                text.Start[kept] = text.Start[i];
                text.End[kept] = text.End[i];
                text.Flags[kept] = text.Flags[i];
                text.Kinds[kept] = text.Kinds[i];
            }

            kept++;
        }

        text.Count = kept;
    }

    private const string NumeralUnits = "十百千万亿元块角毛个点";

    private void FoldWords(FoldBuffer input, FoldBuffer output)
    {
        var trie = _lexicon.FoldTrie;
        var entries = _lexicon.FoldEntries;
        var i = 0;
        var copied = 0; // input before this is in output; what lies between it and i is copied as is
        var afterLatinKey = false; // run-together pinyin: the key just matched ended in a letter
        while (i < input.Count)
        {
            if (!trie.StartsAny(input.Chars[i]))
            {
                // No key starts here, so Segment would find none (its first step from the root fails): the character is copied
                // with its run, as for any unmatched one, without the call (ADR 476).
                afterLatinKey = false;
                i++;
                continue;
            }

            var (length, payload) = Segment(trie, input, i, _lexicon.FoldFlags, afterLatinKey);
            afterLatinKey = payload >= 0 && char.IsAsciiLetter(input.Chars[i + length - 1]);
            if (payload < 0 || entries[payload].Identity)
            {
                // Identity entries only protect a word from being split by a variant: copied as is, with the character pass's
                // kind (an emoji pun's character stays marked to its term, ADR 454) — in one block with the run around them,
                // before the next variant's canonical word (ADR 461; it was one Add per character).
                i = payload < 0 ? i + 1 : i + length;
                continue;
            }

            output.CopyFrom(input, copied, i);

            var entry = entries[payload];
            var start = input.Start[i];
            var end = input.End[i + length - 1];
            var separated = false;
            for (var k = i + 1; k < i + length; k++)
            {
                // A clause read back from its backwards writing (ADR 425) has its characters' sources in reverse order.
                start = Math.Min(start, input.Start[k]);
                end = Math.Max(end, input.End[k - 1]);
                // The space between two English words is no separator planted in a word (bank acct → bank account, ADR 425).
                separated |= (input.Flags[k] & FoldBuffer.SeparatorBefore) != 0 && !IsLatinWordBreak(input, k);
            }

            var kind = entry.Kind == FoldKind.Pinyin && SyllablesFromZhuyin(input, i, length) ? FoldKind.Spelling : entry.Kind;
            kind = kind.IsDisguise() || !HasRebus(input, i, length) ? kind : FoldKind.Rebus;
            var flags = (byte)(input.Flags[i] | (kind.IsDisguise() ? FoldBuffer.Disguised : 0));
            for (var k = 0; k < entry.Canonical.Length; k++)
            {
                var f = k == 0 ? flags : (byte)((separated ? FoldBuffer.SeparatorBefore : 0) | (flags & FoldBuffer.Disguised));
                output.Add(entry.Canonical[k], start, end, f, (byte)kind);
            }

            i += length;
            copied = i;
        }

        output.CopyFrom(input, copied, input.Count);
    }

    private static bool HasRebus(FoldBuffer input, int from, int length)
    {
        for (var k = from; k < from + length; k++)
        {
            if (input.Kinds[k] == CharFolder.RebusKind)
            {
                return true;
            }
        }

        return false;
    }

    // Pinyin whose letters all came from zhuyin (ㄨㄟ信) is the word spelled in a phonetic script, not disguised (ADR 293).
    private static bool SyllablesFromZhuyin(FoldBuffer input, int from, int length)
    {
        var any = false;
        for (var k = from; k < from + length; k++)
        {
            if (char.IsAsciiLetter(input.Chars[k]))
            {
                if (input.Kinds[k] != CharFolder.ZhuyinKind)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    private List<TermMatch> FindTerms(FoldBuffer text)
    {
        var trie = _lexicon.TermTrie;
        var terms = _lexicon.TermEntries;
        var found = new List<TermMatch>();
        var i = 0;
        while (i < text.Count)
        {
            if (!trie.StartsAny(text.Chars[i]))
            {
                i++; // no term starts with this character (ADR 476: Segment's first step would fail)
                continue;
            }

            var (length, payload) = Segment(trie, text, i, _lexicon.TermFlags, false);
            if (payload < 0)
            {
                i++;
                continue;
            }

            var fold = FoldKind.Canonical;
            var rebus = false;
            var spaced = false;
            for (var k = i; k < i + length; k++)
            {
                // An emoji pun is the weakest disguise: any other in the term is its fold (ADR 454).
                rebus |= text.Kinds[k] == CharFolder.RebusKind;
                fold = text.Kinds[k] == CharFolder.RebusKind ? fold : (FoldKind)Math.Max((int)fold, text.Kinds[k]);
                spaced |= k > i && (text.Flags[k] & FoldBuffer.SeparatorBefore) != 0
                    && (!IsLatinWordBreak(text, k) || (text.Flags[k] & FoldBuffer.Disguised) != 0);
            }

            found.Add(new TermMatch(i, length, terms[payload], rebus && !fold.IsDisguise() ? FoldKind.Rebus : fold, spaced));
            i += length;
        }

        return found;
    }

    // "bank card": the space between two English words is not a disguise — unless the letters were spelled out one by one
    // (b for boy, a as in apple …; SpelledOut marks them), which is.
    private static bool IsLatinWordBreak(FoldBuffer text, int k) =>
        char.IsAsciiLetter(text.Chars[k]) && char.IsAsciiLetter(text.Chars[k - 1]) && k >= 2 && char.IsAsciiLetter(text.Chars[k - 2])
        && k + 1 < text.Count && char.IsAsciiLetter(text.Chars[k + 1]);

    /// <summary>
    /// Greedy longest match with one step of look-ahead: when a longer key starts inside the match
    /// and reaches past it, the match is cut short before it ("收银行卡" is 收 + 银行卡, not
    /// 收银 + 行卡), so an ordinary word cannot swallow the start of a risky one.
    /// </summary>
    private static (int Length, int Payload) Segment(CharTrie trie, FoldBuffer text, int from, byte[] flags, bool wordStart)
    {
        var (length, payload) = LongestMatch(trie, text, from, flags, int.MaxValue, wordStart);
        for (var j = from + 1; payload >= 0 && j < from + length; j++)
        {
            var (inner, innerPayload) = LongestMatch(trie, text, j, flags, int.MaxValue, false);
            if (innerPayload >= 0 && inner > length && j + inner > from + length)
            {
                return LongestMatch(trie, text, from, flags, j - from, wordStart);
            }
        }

        return (length, payload);
    }

    /// <summary>
    /// True when a whole key starts at <paramref name="from"/>: run-together pinyin ("shougouqq号",
    /// "yinhangchuxuka") ends one word where the next known word begins.
    /// </summary>
    private static bool StartsKey(CharTrie trie, FoldBuffer text, int from)
    {
        var node = CharTrie.Root;
        for (var j = from; j < text.Count && trie.TryStep(node, text.Chars[j], out node); j++)
        {
            if (trie.PayloadAt(node) >= 0 && j > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest key of at most <paramref name="maxLength"/> characters starting at <paramref name="from"/>.</summary>
    private static (int Length, int Payload) LongestMatch(CharTrie trie, FoldBuffer text, int from, byte[] flags, int maxLength, bool wordStart)
    {
        var bestLength = 0;
        var bestPayload = -1;
        var node = CharTrie.Root;
        var spaced = false;
        var startsWord = wordStart || from == 0 || !char.IsAsciiLetter(text.Chars[from - 1]) || (text.Flags[from] & FoldBuffer.SeparatorBefore) != 0;
        for (var j = from; j < text.Count && j - from < maxLength && trie.TryStep(node, text.Chars[j], out node); j++)
        {
            spaced |= j > from && (text.Flags[j] & FoldBuffer.SeparatorBefore) != 0;
            var payload = trie.PayloadAt(node);
            if (payload < 0)
            {
                continue;
            }

            var f = flags[payload];
            var endsWord = j + 1 == text.Count || !char.IsAsciiLetter(text.Chars[j + 1]) || (text.Flags[j + 1] & FoldBuffer.SeparatorBefore) != 0
                || ((f & ScreeningLexicon.LatinEndFlag) != 0 && StartsKey(trie, text, j + 1));
            if ((startsWord || (f & ScreeningLexicon.LatinStartFlag) == 0)
                && (endsWord || (f & ScreeningLexicon.LatinEndFlag) == 0)
                && !(spaced && (f & ScreeningLexicon.DecoyFlag) != 0))
            {
                bestLength = j - from + 1;
                bestPayload = payload;
            }
        }

        return (bestLength, bestPayload);
    }
}
