using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

public sealed class EvasionEngineTests
{
    private static readonly string[] Words = ["银行卡", "出租", "微信"];

    [Fact]
    public void Traditional_ConvertsTheWholeText()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡，日结兼职", [Evasion.Traditional], Words, new SeededRandom(1));
        Assert.Equal("出租銀行卡，日結兼職", text);
        Assert.Equal(EvasionSet.Of(Evasion.Traditional), applied);
    }

    [Fact]
    public void FullWidth_ConvertsAsciiLettersAndDigits()
    {
        var (text, _) = EvasionEngine.Apply("日结300 vx", [Evasion.FullWidth], Words, new SeededRandom(1));
        Assert.Equal("日结３００ ｖｘ", text);
    }

    [Fact]
    public void Separators_InterleaveTheCharactersOfAKeyWord()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.Separators], ["银行卡"], new SeededRandom(2));
        Assert.Equal(EvasionSet.Of(Evasion.Separators), applied);
        Assert.Matches("^出租银(.)行\\1卡$", text);
    }

    [Fact]
    public void Abbreviations_ReplaceKnownWords()
    {
        var (text, applied) = EvasionEngine.Apply("收银行卡", [Evasion.Abbreviations], ["银行卡"], new SeededRandom(2));
        Assert.Equal(EvasionSet.Of(Evasion.Abbreviations), applied);
        Assert.True(text is "收yhk" or "收YHK", text);
    }

    [Fact]
    public void Evasion_WithNothingToChange_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教", [Evasion.Homophones, Evasion.Pinyin], Words, new SeededRandom(2));
        Assert.Equal("招聘家教", text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Fact]
    public void Leetspeak_ReplacesLettersWithDigits()
    {
        var (text, applied) = EvasionEngine.Apply("rent your card", [Evasion.Leetspeak], ["card", "rent"], new SeededRandom(3));
        Assert.Equal(EvasionSet.Of(Evasion.Leetspeak), applied);
        Assert.True(text.Contains("c4rd", StringComparison.Ordinal) || text.Contains("r3n7", StringComparison.Ordinal), text);
    }

    [Fact]
    public void LineBreaks_BreakOneKeyWordInside()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.LineBreaks], ["银行卡"], new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.LineBreaks), applied);
        Assert.StartsWith("出租银", text, StringComparison.Ordinal);
        Assert.EndsWith("卡", text, StringComparison.Ordinal);
        Assert.Equal("出租银行卡", text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains('\n', text);
    }

    [Fact]
    public void FillerLetters_PutOneStrayCharacterInsideAChineseWordOnly()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡 rent", [Evasion.FillerLetters], ["银行卡", "rent"], new SeededRandom(5));
        Assert.Equal(EvasionSet.Of(Evasion.FillerLetters), applied);
        Assert.Equal("出租银行卡 rent".Length + 1, text.Length);
        Assert.EndsWith(" rent", text, StringComparison.Ordinal);
        Assert.Matches("^出租银[a-z0-9]?行[a-z0-9]?卡 rent$", text);
    }

    [Theory]
    [InlineData(6UL)]
    [InlineData(7UL)]
    [InlineData(8UL)]
    public void LookalikeCodePoints_SwapCharactersForIdenticalLookingOnesOnly(ulong seed)
    {
        const string original = "用支付宝日结 bank card";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.LookalikeCodePoints], Words, new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.LookalikeCodePoints), applied);
        Assert.Equal(original.Length, text.Length);
        Assert.NotEqual(original, text);
        // Each swap is one of the hand-checked pairs: Kangxi ⽤⽀⽇, Cyrillic а/с/к/о.
        var swapped = AssertOnlySwaps(original, text, [('用', '\u2F64'), ('支', '\u2F40'), ('日', '\u2F47'), ('a', '\u0430'), ('c', '\u0441'), ('o', '\u043E')]);
        Assert.InRange(swapped, 1, 7);
    }

    [Fact]
    public void LookalikeCodePoints_TextWithNothingToSwap_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教", [Evasion.LookalikeCodePoints], Words, new SeededRandom(2));
        Assert.Equal("招聘家教", text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Theory]
    [InlineData(9UL)]
    [InlineData(10UL)]
    [InlineData(11UL)]
    [InlineData(12UL)]
    public void InitialMix_WritesSomeButNotAllCharactersAsPinyinInitials(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.InitialMix], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.InitialMix), applied);
        Assert.Matches("^出租(银|[yY])(行|[hH])(卡|[kK])$", text);
        var letters = text.Count(char.IsAsciiLetter);
        Assert.InRange(letters, 1, 2);
    }

    [Fact]
    public void InitialMix_WritesWeiAsVOrW()
    {
        for (ulong seed = 0; seed < 20; seed++)
        {
            var (text, _) = EvasionEngine.Apply("加微信", [Evasion.InitialMix], ["微信"], new SeededRandom(seed));
            Assert.Matches("^加([vVwW]信|微[xX])$", text);
        }
    }

    [Theory]
    [InlineData(13UL)]
    [InlineData(14UL)]
    [InlineData(15UL)]
    [InlineData(16UL)]
    public void CombiningMarks_PutOneMarkAfterEveryCharacterOfAKeyWord(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.CombiningMarks], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.CombiningMarks), applied);
        Assert.Equal("出租银行卡".Length + 3, text.Length);
        Assert.StartsWith("出租银", text, StringComparison.Ordinal);
        var mark = text[3];
        // Hand-checked: U+0489 combining millions sign, U+0336 long stroke overlay, U+0332 low line,
        // U+20DD enclosing circle, U+FE0F variation selector 16, U+200D zero-width joiner.
        Assert.Contains(mark, new[] { '\u0489', '\u0336', '\u0332', '\u20DD', '\uFE0F', '\u200D' });
        Assert.Equal(string.Concat("出租银", mark, "行", mark, "卡", mark), text);
    }

    [Fact]
    public void CombiningMarks_SkipTheSpaceOfAnEnglishPhrase()
    {
        var (text, applied) = EvasionEngine.Apply("rent bank card", [Evasion.CombiningMarks], ["bank card"], new SeededRandom(3));
        Assert.Equal(EvasionSet.Of(Evasion.CombiningMarks), applied);
        var mark = text[6];
        Assert.Equal(string.Concat("rent b", mark, "a", mark, "n", mark, "k", mark, " c", mark, "a", mark, "r", mark, "d", mark), text);
    }

    [Fact]
    public void CombiningMarks_TextWithoutKeyWords_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教", [Evasion.CombiningMarks], Words, new SeededRandom(2));
        Assert.Equal("招聘家教", text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Theory]
    [InlineData(17UL)]
    [InlineData(18UL)]
    [InlineData(19UL)]
    public void JapaneseForms_WriteCharactersInTheirJapaneseCodePointsOnly(ulong seed)
    {
        const string original = "实名收款账户的对公转账 card";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.JapaneseForms], Words, new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.JapaneseForms), applied);
        Assert.Equal(original.Length, text.Length);
        Assert.NotEqual(original, text);
        // Hand-checked pairs: 实 U+5B9E → 実 U+5B9F, 收 U+6536 → 収 U+53CE, 户 U+6237 → 戸 U+6238,
        // 的 U+7684 → の U+306E (hiragana), 对 U+5BF9 → 対 U+5BFE, 转 U+8F6C → 転 U+8EE2.
        var swapped = AssertOnlySwaps(original, text, [('\u5B9E', '\u5B9F'), ('\u6536', '\u53CE'), ('\u6237', '\u6238'), ('\u7684', '\u306E'), ('\u5BF9', '\u5BFE'), ('\u8F6C', '\u8EE2')]);
        Assert.InRange(swapped, 1, 6);
    }

    [Fact]
    public void JapaneseForms_AlsoReplaceTraditionalCharacters()
    {
        // 對 U+5C0D and 證 U+8B49 (the traditional-script disguise's output) have Japanese forms too.
        var (text, applied) = EvasionEngine.Apply("对公证件", [Evasion.Traditional, Evasion.JapaneseForms], Words, new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.Traditional, Evasion.JapaneseForms), applied);
        Assert.Matches("^(對|対)公(證|証)件$", text);
        Assert.Contains(text, c => c is '\u5BFE' or '\u8A3C');
    }

    [Fact]
    public void JapaneseForms_TextWithNothingToChange_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教", [Evasion.JapaneseForms], Words, new SeededRandom(2));
        Assert.Equal("招聘家教", text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Theory]
    [InlineData(21UL)]
    [InlineData(22UL)]
    [InlineData(23UL)]
    [InlineData(24UL)]
    public void Placeholders_ReplaceExactlyOneCharacterOfAChineseKeyWord(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.Placeholders], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.Placeholders), applied);
        // Hand-checked: 某 U+67D0, ○ U+25CB white circle, □ U+25A1 white square, × U+00D7, ⭕ U+2B55.
        Assert.Matches("^出租(银行[某○□×⭕]|银[某○□×⭕]卡|[某○□×⭕]行卡)$", text);
    }

    [Theory]
    [InlineData(25UL)]
    [InlineData(26UL)]
    [InlineData(27UL)]
    public void Placeholders_StarOneInnerLetterOfAnEnglishKeyWord(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("rent bank card", [Evasion.Placeholders], ["bank card"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.Placeholders), applied);
        // Only a, n (bank) or a, r (card) may go: never a first or last letter, never the space.
        Assert.Contains(text, new[] { "rent b*nk card", "rent ba*k card", "rent bank c*rd", "rent bank ca*d" });
    }

    [Fact]
    public void Placeholders_TextWithoutKeyWords_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教 U盾", [Evasion.Placeholders], ["U盾", "微信"], new SeededRandom(2));
        Assert.Equal("招聘家教 U盾", text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Theory]
    [InlineData(31UL)]
    [InlineData(32UL)]
    [InlineData(33UL)]
    [InlineData(34UL)]
    public void NumberForms_WriteOneNumberDigitByDigitInOneScript(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("日结300，QQ 105", [Evasion.NumberForms], Words, new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.NumberForms), applied);
        // Hand-checked: 3 → ③ U+2462, ➌ U+278C, 叁; 0 → ⓪ U+24EA, ⓿ U+24FF, 零; 1 → ① ➊ 壹; 5 → ⑤ ➎ 伍.
        string[] three = ["③⓪⓪", "➌⓿⓿", "叁零零", "300"];
        string[] oneOFive = ["①⓪⑤", "➊⓿➎", "壹零伍", "105"];
        var match = System.Text.RegularExpressions.Regex.Match(text, "^日结(.+)，QQ (.+)$");
        Assert.True(match.Success, text);
        Assert.Contains(match.Groups[1].Value, three);
        Assert.Contains(match.Groups[2].Value, oneOFive);
        Assert.False(match.Groups[1].Value == "300" && match.Groups[2].Value == "105", text);
    }

    [Fact]
    public void NumberForms_RunBeforeFullWidth_AndTextWithoutDigitsIsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("vx 8", [Evasion.NumberForms, Evasion.FullWidth], Words, new SeededRandom(5));
        Assert.Equal(EvasionSet.Of(Evasion.NumberForms, Evasion.FullWidth), applied);
        Assert.Contains(text, new[] { "ｖｘ ⑧", "ｖｘ ➑", "ｖｘ 捌" });
        var (plain, none) = EvasionEngine.Apply("招聘家教", [Evasion.NumberForms], Words, new SeededRandom(2));
        Assert.Equal("招聘家教", plain);
        Assert.Equal(EvasionSet.Empty, none);
    }

    [Theory]
    [InlineData(41UL)]
    [InlineData(42UL)]
    [InlineData(43UL)]
    [InlineData(44UL)]
    [InlineData(45UL)]
    public void EnglishWords_WriteAKeyWordAsItsEnglish(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡，加微信", [Evasion.EnglishWords], ["银行卡", "微信"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.EnglishWords), applied);
        // Hand-written: the English a Chinese post writes for 银行卡 and 微信; at least one of them is changed.
        var match = System.Text.RegularExpressions.Regex.Match(text, "^出租(银行卡|bank卡|bank card|银行card)，加(微信|WeChat|wechat|Wechat)$");
        Assert.True(match.Success, text);
        Assert.NotEqual("出租银行卡，加微信", text);
    }

    [Fact]
    public void EnglishWords_LeaveVerbsAndSlangAlone()
    {
        // 出租 and 跑分 have no English a Chinese post would write, so nothing changes and nothing is reported.
        var (text, applied) = EvasionEngine.Apply("出租跑分", [Evasion.EnglishWords], ["出租", "跑分"], new SeededRandom(3));
        Assert.Equal("出租跑分", text);
        Assert.Equal(EvasionSet.Empty, applied);
        var (sim, simApplied) = EvasionEngine.Apply("收手机卡", [Evasion.EnglishWords], ["手机卡"], new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.EnglishWords), simApplied);
        Assert.Contains(sim, new[] { "收SIM卡", "收sim卡", "收手机SIM" });
    }

    [Fact]
    public void BidiReversal_StoresAChineseKeyWordBackwardsBetweenOverrideMarks()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.BidiReversal], ["银行卡"], new SeededRandom(7));
        Assert.Equal(EvasionSet.Of(Evasion.BidiReversal), applied);
        // Hand-checked code points: U+202E RIGHT-TO-LEFT OVERRIDE, 卡 U+5361, 行 U+884C, 银 U+94F6, U+202C POP DIRECTIONAL FORMATTING.
        Assert.Equal(new[] { 0x51FA, 0x79DF, 0x202E, 0x5361, 0x884C, 0x94F6, 0x202C }, text.Select(c => (int)c).ToArray());
    }

    [Fact]
    public void BidiReversal_ReversesAnEnglishKeyWordWithItsSpace()
    {
        var (text, applied) = EvasionEngine.Apply("rent bank card", [Evasion.BidiReversal], ["bank card"], new SeededRandom(8));
        Assert.Equal(EvasionSet.Of(Evasion.BidiReversal), applied);
        Assert.Equal("rent \u202Edrac knab\u202C", text);
    }

    [Fact]
    public void BidiReversal_ThenTraditional_ConvertsTheReversedCharacters()
    {
        // Word-level disguises run before the whole-text ones, so 银 inside the reversed word still becomes 銀 (U+9280).
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.BidiReversal, Evasion.Traditional], ["银行卡"], new SeededRandom(9));
        Assert.Equal(EvasionSet.Of(Evasion.BidiReversal, Evasion.Traditional), applied);
        Assert.Equal("出租\u202E卡行\u9280\u202C", text);
    }

    [Fact]
    public void BidiReversal_WithNoKeyWord_ReversesALongNumberButNotAShortOne()
    {
        var (text, applied) = EvasionEngine.Apply("电话13812345678，日结300", [Evasion.BidiReversal], ["银行卡"], new SeededRandom(10));
        Assert.Equal(EvasionSet.Of(Evasion.BidiReversal), applied);
        // Hand-reversed: 13812345678 stored as 87654321831 between U+202E and U+202C; 300 (three digits) is left alone.
        Assert.Equal("电话\u202E87654321831\u202C，日结300", text);
        var (plain, none) = EvasionEngine.Apply("日结300，QQ 1234", [Evasion.BidiReversal], ["银行卡"], new SeededRandom(11));
        Assert.Equal("日结300，QQ 1234", plain);
        Assert.Equal(EvasionSet.Empty, none);
    }

    [Theory]
    [InlineData(51UL)]
    [InlineData(52UL)]
    [InlineData(53UL)]
    public void BidiReversal_UndoneByReadingEachMarkedRunBackwards_GivesTheOriginal(ulong seed)
    {
        const string original = "出租银行卡，加微信，日结兼职";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.BidiReversal], ["银行卡", "微信", "兼职", "日结"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.BidiReversal), applied);
        var restored = System.Text.RegularExpressions.Regex.Replace(text, "\u202E([^\u202C]*)\u202C", m => new string(m.Groups[1].Value.Reverse().ToArray()));
        Assert.Equal(original, restored);
        Assert.InRange(text.Count(c => c == '\u202E'), 1, 3); // one to three key words, as every word-level disguise
        Assert.Equal(text.Count(c => c == '\u202E'), text.Count(c => c == '\u202C'));
    }

    [Theory]
    [InlineData(61UL)]
    [InlineData(62UL)]
    [InlineData(63UL)]
    [InlineData(64UL)]
    [InlineData(65UL)]
    public void Nicknames_ReplaceAKeyWordWithTheNicknamePostsUse(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡，加微信", [Evasion.Nicknames], ["银行卡", "微信"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.Nicknames), applied);
        // Hand-written: the card trade's jargon for 银行卡 and the icon's colour for 微信; at least one of them is changed.
        var match = System.Text.RegularExpressions.Regex.Match(text, "^出租(银行卡|卡料|料子)，加(微信|绿泡泡|绿色软件|绿色聊天软件)$");
        Assert.True(match.Success, text);
        Assert.NotEqual("出租银行卡，加微信", text);
    }

    [Fact]
    public void Nicknames_LeaveWordsWithoutANicknameAlone_AndWriteEnglishOnesInEnglish()
    {
        // 出租 and 兼职 have no nickname in use, so nothing changes and nothing is reported.
        var (text, applied) = EvasionEngine.Apply("出租兼职", [Evasion.Nicknames], ["出租", "兼职"], new SeededRandom(3));
        Assert.Equal("出租兼职", text);
        Assert.Equal(EvasionSet.Empty, applied);
        var (english, englishApplied) = EvasionEngine.Apply("Message me on Telegram", [Evasion.Nicknames], ["Telegram"], new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.Nicknames), englishApplied);
        Assert.Contains(english, new[] { "Message me on the paper plane app", "Message me on the plane app" });
        var (code, _) = EvasionEngine.Apply("把验证码发我", [Evasion.Nicknames], ["验证码"], new SeededRandom(5));
        Assert.Contains(code, new[] { "把那串数字发我", "把短信数字发我" });
    }

    [Fact]
    public void VerticalText_LaysAFourCharacterClauseOutInTwoColumns()
    {
        var (text, applied) = EvasionEngine.Apply("加我微信，日结", [Evasion.VerticalText], ["微信", "日结"], new SeededRandom(7));
        Assert.Equal(EvasionSet.Of(Evasion.VerticalText), applied);
        // Hand-laid: 加我 | 微信, the first column on the right; stored row by row: 微加 / 信我. 日结 (two characters) is too short to lay out.
        Assert.Equal("微加\n信我\n，日结", text);
    }

    [Fact]
    public void VerticalText_PadsTheShortLastColumnWithAnIdeographicSpace()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.VerticalText], ["银行卡"], new SeededRandom(8));
        Assert.Equal(EvasionSet.Of(Evasion.VerticalText), applied);
        // Hand-checked code points: 卡 U+5361, 银 U+94F6, 出 U+51FA, line feed, U+3000, 行 U+884C, 租 U+79DF.
        Assert.Equal(new[] { 0x5361, 0x94F6, 0x51FA, 0x0A, 0x3000, 0x884C, 0x79DF }, text.Select(c => (int)c).ToArray());
    }

    [Fact]
    public void VerticalText_WithNoChineseKeyWordInALongEnoughClause_ChangesNothing()
    {
        var (english, none) = EvasionEngine.Apply("rent your bank card", [Evasion.VerticalText], ["bank card"], new SeededRandom(9));
        Assert.Equal("rent your bank card", english);
        Assert.Equal(EvasionSet.Empty, none);
        var (shortClause, stillNone) = EvasionEngine.Apply("日结，300元", [Evasion.VerticalText], ["日结"], new SeededRandom(10));
        Assert.Equal("日结，300元", shortClause);
        Assert.Equal(EvasionSet.Empty, stillNone);
    }

    [Theory]
    [InlineData(71UL)]
    [InlineData(72UL)]
    [InlineData(73UL)]
    [InlineData(74UL)]
    public void VerticalText_ReadColumnByColumnFromTheRight_GivesTheOriginal_AndNoKeyWordStandsWhole(ulong seed)
    {
        const string clause = "出租你的闲置银行卡每天结算";
        var (text, applied) = EvasionEngine.Apply(clause + "，详聊", [Evasion.VerticalText], ["银行卡", "出租"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.VerticalText), applied);
        var rows = text[..text.IndexOf("\n，", StringComparison.Ordinal)].Split('\n');
        Assert.InRange(rows.Length, 2, 4);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        var read = string.Concat(Enumerable.Range(0, rows[0].Length).Reverse().SelectMany(column => rows.Select(row => row[column])))
            .TrimEnd('\u3000');
        Assert.Equal(clause, read);
        Assert.DoesNotContain("银行卡", text, StringComparison.Ordinal);
        Assert.DoesNotContain("出租", text, StringComparison.Ordinal);
        Assert.EndsWith("\n，详聊", text, StringComparison.Ordinal);
    }

    /// <summary>Asserts that every changed character of <paramref name="text"/> is one of <paramref name="pairs"/>; returns how many changed.</summary>
    private static int AssertOnlySwaps(string original, string text, (char From, char To)[] pairs)
    {
        Assert.Equal(original.Length, text.Length);
        var swapped = 0;
        for (var i = 0; i < original.Length; i++)
        {
            if (text[i] != original[i])
            {
                swapped++;
                Assert.Contains((original[i], text[i]), pairs);
            }
        }

        return swapped;
    }
}
