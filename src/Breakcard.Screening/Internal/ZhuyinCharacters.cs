using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Reads a zhuyin syllable written among Chinese characters as the character it stands for (ADR 455): 民生ㄎㄚ → 民生卡,
/// 款要马上付出去，别留在ㄎㄚ里 → 卡里, ㄓㄨㄢ到你卡上 → 转到. The character pass reads zhuyin as pinyin (ADR 293) and the words
/// pass folds that pinyin only inside a listed key word (ㄨㄟ信 → 微信), so a syllable standing alone for one character of a
/// word not on the list (民生卡, 卡里, 收个款) stayed Latin letters that no reading of Chinese text sees. The table holds the
/// syllables of the characters the offers are written with — what is handed over (卡 号 账 户), moved (款 钱 转 收 付) and
/// paid (佣 结) and where to talk (微 信 群 聊 私) — each with its readings in order; a syllable with more than one takes the
/// reading that makes a pair of a key word with the character before or after it, else the first. Only a run of syllables
/// next to a Chinese character is read: a lone initial (ㄉ for 的, ㄅ for 吧, as written in Taiwan) is no syllable of the
/// table, and zhuyin among Latin letters (yhㄎㄚ) stays pinyin for the words pass.
/// </summary>
internal static class ZhuyinCharacters
{
    private static readonly Dictionary<string, string> Readings = new(StringComparer.Ordinal)
    {
        ["ka"] = "卡", ["kuan"] = "款", ["qian"] = "钱", ["zhuan"] = "转赚", ["shou"] = "收手", ["fu"] = "付副",
        ["xin"] = "信薪心", ["wei"] = "微", ["qun"] = "群", ["liao"] = "聊", ["si"] = "私", ["hao"] = "号好",
        ["zhang"] = "账张", ["hu"] = "户", ["yin"] = "银", ["zu"] = "租", ["jie"] = "结接", ["jia"] = "加价家",
        ["yong"] = "佣用", ["ma"] = "码吗妈", ["zheng"] = "证", ["mi"] = "密", ["yan"] = "验", ["dai"] = "贷代",
        ["jian"] = "兼", ["zhi"] = "职支",
    };

    /// <summary>Replaces, in <paramref name="folded"/>, the pinyin of each zhuyin syllable among Chinese characters by its character.</summary>
    public static void Read(string original, FoldBuffer folded, FoldBuffer scratch, ScreeningLexicon lexicon)
    {
        var any = false;
        for (var i = 0; i < folded.Count && !any; i++)
        {
            any = folded.Kinds[i] == CharFolder.ZhuyinKind && Bopomofo.IsSymbol(original[folded.Start[i]]);
        }

        if (!any)
        {
            return;
        }

        scratch.Count = 0;
        Span<char> syllable = stackalloc char[8];
        for (var i = 0; i < folded.Count;)
        {
            if (!IsZhuyin(original, folded, i))
            {
                scratch.Add(folded.Chars[i], folded.Start[i], folded.End[i], folded.Flags[i], folded.Kinds[i]);
                i++;
                continue;
            }

            // The run of syllables from i, and whether a Chinese character stands right before or after it.
            var runEnd = i;
            while (runEnd < folded.Count && IsZhuyin(original, folded, runEnd))
            {
                runEnd++;
            }

            var amongChinese = (i > 0 && IsChinese(folded.Chars[i - 1]) && (folded.Flags[i] & FoldBuffer.SentenceBefore) == 0)
                || (runEnd < folded.Count && IsChinese(folded.Chars[runEnd]) && (folded.Flags[runEnd] & FoldBuffer.SentenceBefore) == 0);
            for (var s = i; s < runEnd;)
            {
                var e = s + 1;
                while (e < runEnd && folded.Start[e] == folded.Start[s])
                {
                    e++;
                }

                var length = Math.Min(e - s, syllable.Length);
                folded.Chars.AsSpan(s, length).CopyTo(syllable);
                if (amongChinese && e - s <= syllable.Length && Readings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(syllable[..length], out var characters))
                {
                    var before = scratch.Count > 0 ? scratch.Chars[scratch.Count - 1] : '\0';
                    var after = e < folded.Count ? folded.Chars[e] : '\0';
                    scratch.Add(Choose(characters, before, after, lexicon), folded.Start[s], folded.End[s], folded.Flags[s], folded.Kinds[s]);
                }
                else
                {
                    for (var k = s; k < e; k++)
                    {
                        scratch.Add(folded.Chars[k], folded.Start[k], folded.End[k], folded.Flags[k], folded.Kinds[k]);
                    }
                }

                s = e;
            }

            i = runEnd;
        }

        folded.Count = 0;
        for (var i = 0; i < scratch.Count; i++)
        {
            folded.Add(scratch.Chars[i], scratch.Start[i], scratch.End[i], scratch.Flags[i], scratch.Kinds[i]);
        }

        scratch.Count = 0;
    }

    private static bool IsZhuyin(string original, FoldBuffer f, int i) =>
        f.Kinds[i] == CharFolder.ZhuyinKind && char.IsAsciiLetter(f.Chars[i]) && Bopomofo.IsSymbol(original[f.Start[i]]);

    private static bool IsChinese(char c) => c is >= '\u3400' and <= '\u9FFF';

    // The reading that makes a pair of a key word with a neighbour, else the first.
    private static char Choose(string characters, char before, char after, ScreeningLexicon lexicon)
    {
        foreach (var c in characters)
        {
            if (lexicon.IsKeyBigram(before, c) || lexicon.IsKeyBigram(c, after))
            {
                return c;
            }
        }

        return characters[0];
    }
}
