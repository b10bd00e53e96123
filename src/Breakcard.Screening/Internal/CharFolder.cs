using System.Globalization;
using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Character-level folding, the first pass of normalisation: compatibility forms to plain
/// (NFKC: full-width, circled, mathematical letters), lower case, Latin diacritics and Cyrillic or
/// Greek look-alikes to ASCII, traditional to simplified, a few emoji that stand for words
/// (💳 → 卡, ❤ → 心, ✈ → 飞机), and removal of everything that is not a letter or digit (spaces,
/// punctuation, symbols, emoji, zero-width characters) while remembering where it was removed.
/// Thread safe after construction (its tables are read-only).
/// </summary>
/// <remarks>
/// Implementation note: every BMP character's outcome is precomputed into one 64K-entry table, so
/// folding costs one array read per character; only surrogate pairs take a slower path.
/// </remarks>
internal sealed class CharFolder
{
    // Characters written between the characters of a word to break filters. They are letters in
    // Unicode (CJK strokes, katakana), so the letter test alone would keep them.
    private const string SeparatorLetters = "丨丿丶乀乁亅ノヽㄧ〆";
    private const string SentenceBreaks = "。！？；!?;\n\r…｡";
    private const string ClauseBreaks = "，,：:";

    private static readonly Dictionary<char, char> LatinLookalikes = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['ё'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y',
        ['х'] = 'x', ['к'] = 'k', ['м'] = 'm', ['т'] = 't', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ν'] = 'v', ['ο'] = 'o', ['α'] = 'a', ['κ'] = 'k',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ι'] = 'i', ['ε'] = 'e', ['η'] = 'n',
    };

    // Capitals that look like a Latin capital whose small letter does not (Cyrillic В, Н; Greek Β, Η, Ζ, Μ, Ν, Υ): read
    // before lower-casing, which would make в, н, β, η … of them (RMВ, Наnd over; ADR 385).
    private static readonly Dictionary<char, char> CapitalLookalikes = new()
    {
        ['\u0412'] = 'b', ['\u041D'] = 'h', ['\u0392'] = 'b', ['\u0397'] = 'h', ['\u0396'] = 'z', ['\u039C'] = 'm', ['\u039D'] = 'n',
        ['\u03A5'] = 'y',
    };

    // Characters that occur in ordinary text almost only as stand-ins for the key character.
    private static readonly Dictionary<char, char> GlobalFolds = new()
    {
        ['咔'] = '卡', ['佧'] = '卡', ['胩'] = '卡', ['単'] = '单', ['発'] = '发', ['￥'] = '¥',
    };

    // Martian-script (火星文) forms of function words — rare characters written for the common one they look or sound like
    // (硪 莪 for 我, 芣 吥 for 不, 沵 伱 for 你, 旳 嘚 for 的, 婹 for 要, 唻 婡 for 来 …): folded one for one here, so that every
    // reading, every term and the model's tokens see the plain word (ADR 434; before, only ADR 352's readings folded them, on
    // their own copy of the text). Function words only: a key word's look-alike (鉲, 嶶) is a variant in variants.tsv, read as
    // a disguise. Each listed character is rare in ordinary writing; 茬 (找茬) and 哆 (哆嗦) are not listed.
    private static readonly Dictionary<char, char> MartianForms = new()
    {
        ['硪'] = '我', ['莪'] = '我', ['芣'] = '不', ['吥'] = '不', ['甪'] = '用', ['嘚'] = '的', ['旳'] = '的', ['媞'] = '是',
        ['昰'] = '是', ['伱'] = '你', ['沵'] = '你', ['莋'] = '做', ['庅'] = '么', ['恏'] = '好', ['兲'] = '天', ['呿'] = '去',
        ['菿'] = '到', ['箌'] = '到', ['洅'] = '再', ['芐'] = '下', ['丅'] = '下', ['侑'] = '有', ['洧'] = '有', ['尛'] = '小',
        ['弌'] = '一', ['叻'] = '了', ['孒'] = '了', ['俬'] = '私', ['訫'] = '信', ['婹'] = '要', ['唻'] = '来', ['婡'] = '来',
        ['僦'] = '就', ['仩'] = '上', ['啝'] = '和',

        // ADR 455: forms round 27's misses kept (佷 很, 吔 也, 呮 只, 噵 道, 莈 没, 苡 以, 弍 二, 弎 三), each as rare in ordinary
        // writing as those above.
        ['佷'] = '很', ['吔'] = '也', ['呮'] = '只', ['噵'] = '道', ['莈'] = '没', ['苡'] = '以', ['弍'] = '二', ['弎'] = '三',
    };

    private static readonly Dictionary<int, string> WordEmoji = new()
    {
        [0x1F4B3] = "卡", // credit card
        [0x1F4F1] = "手机", // mobile phone
        [0x1F3E6] = "银行", // bank
        [0x1F427] = "qq", // penguin: QQ
        [0x1F6E9] = "飞机", // small airplane: Telegram
        [0x2708] = "飞机", // airplane: Telegram ("纸✈")
        [0x2764] = "心", // heart: 微❤ = 微信
        [0x2665] = "心",
        [0x260E] = "电话",
    };

    // U+1F191..U+1F19A: 🆑 🆒 🆓 🆔 🆕 🆖 🆗 🆘 🆙 🆚.
    private static readonly string[] SquaredWords = ["cl", "cool", "free", "id", "new", "ng", "ok", "sos", "up", "vs"];

    private readonly string?[] _bmp = new string?[65536];
    private readonly byte[] _breaks = new byte[65536];

    /// <summary>Builds the tables from a traditional → simplified map.</summary>
    public CharFolder(IReadOnlyDictionary<char, char> traditionalToSimplified)
    {
        ArgumentNullException.ThrowIfNull(traditionalToSimplified);
        for (var i = 0; i < 65536; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            _bmp[i] = FoldBmp(c, traditionalToSimplified);
            _breaks[i] = SentenceBreaks.Contains(c, StringComparison.Ordinal) ? (byte)(FoldBuffer.SentenceBefore | FoldBuffer.ClauseBefore)
                : ClauseBreaks.Contains(c, StringComparison.Ordinal) ? FoldBuffer.ClauseBefore : (byte)0;
        }
    }

    /// <summary>
    /// The letter a digit stands for inside a Latin word (b4nk, c4rd, T3l3gr4m, r3n7): a digit with
    /// letters on both sides, or ending a word of at least two letters before it. Digits in numbers
    /// and in handles with several digits in a row (ok6416) are left alone.
    /// </summary>
    private string? Leet(string text, int i)
    {
        var letter = _bmp[text[i]] switch { "0" => "o", "1" => "i", "3" => "e", "4" => "a", "5" => "s", "7" => "t", _ => null };
        if (letter is null || !IsLatinLetter(text, i - 1))
        {
            return null;
        }

        return IsLatinLetter(text, i + 1) || (IsLatinLetter(text, i - 2) && !IsLatinLetterOrDigit(text, i + 1)) ? letter : null;
    }

    /// <summary>
    /// The length of a number written partly in digit look-alike letters (O for 0, l or I for 1, Z for 2, S for
    /// 5, B for 8: l3BOOOO4Z67, 日结3OO, IOOO元) starting a Latin token at <paramref name="i"/>, or 0. The
    /// whole token must be digits and look-alikes, with two look-alikes or more; and either a look-alike after
    /// a digit in a token that begins with a digit or holds two digits (B2B, ISO9001, 90s stay words), or
    /// no digit at all and a money unit right after (IOOO元). ADR 293.
    /// </summary>
    private int DigitLetterNumber(string text, int i)
    {
        var end = i;
        int digits = 0, letters = 0;
        var letterAfterDigit = false;
        while (end < text.Length && _bmp[text[end]] is [var f] && f is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            if (f is >= '0' and <= '9')
            {
                digits++;
            }
            else if (DigitOf(f) != '\0')
            {
                letters++;
                letterAfterDigit |= digits > 0;
            }
            else
            {
                return 0;
            }

            end++;
        }

        if (letters < 2 || end - i < 3)
        {
            return 0;
        }

        if (digits > 0)
        {
            return letterAfterDigit && (digits >= 2 || _bmp[text[i]] is [>= '0' and <= '9']) ? end - i : 0;
        }

        return end < text.Length && text[end] is '元' or '块' or '米' ? end - i : 0;
    }

    private static char DigitOf(char folded) => folded switch
    {
        >= '0' and <= '9' => folded,
        'o' => '0', 'l' or 'i' => '1', 'z' => '2', 's' => '5', 'b' => '8',
        _ => '\0',
    };

    private bool IsLatinLetter(string text, int i) => i >= 0 && i < text.Length && _bmp[text[i]] is [>= 'a' and <= 'z'];

    private bool IsLatinLetterOrDigit(string text, int i) => i >= 0 && i < text.Length && _bmp[text[i]] is [(>= 'a' and <= 'z') or (>= '0' and <= '9')];

    /// <summary>
    /// The kind given to letters read from zhuyin: a spelling in a script, like traditional characters, so the words pass
    /// reads the pinyin they make without counting it as a disguise (ADR 293).
    /// </summary>
    internal const byte ZhuyinKind = (byte)Lexicon.FoldKind.Spelling;

    /// <summary>The kind given to a character read from an emoji pun (手🐔卡): kept through the words pass to the term (ADR 454).</summary>
    internal const byte RebusKind = (byte)Lexicon.FoldKind.Rebus;

    /// <summary>Folds <paramref name="text"/> into <paramref name="output"/> (appending).</summary>
    public void Fold(string text, FoldBuffer output)
    {
        byte pending = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (Bopomofo.IsSymbol(c) && Bopomofo.RunLength(text, i) is > 0 and var run)
            {
                // Zhuyin reads as pinyin (ㄨㄟ信 = wei信): a writer's spelling, not a symbol (ADR 293).
                var end = i + run;
                while (i < end)
                {
                    var start = i;
                    var pinyin = Bopomofo.NextSyllable(text, ref i, end);
                    for (var k = 0; k < pinyin.Length; k++)
                    {
                        output.Add(pinyin[k], start, i, k == 0 ? pending : (byte)0, ZhuyinKind);
                    }

                    pending = 0;
                }

                continue;
            }

            if (i == 0 || !IsLatinLetterOrDigit(text, i - 1))
            {
                var number = DigitLetterNumber(text, i);
                for (var k = 0; k < number; k++)
                {
                    output.Add(DigitOf(_bmp[text[i + k]]![0]), i + k, i + k + 1, k == 0 ? pending : (byte)0);
                }

                if (number > 0)
                {
                    pending = 0;
                    i += number;
                    continue;
                }
            }

            int width;
            string? folded;
            byte breaks;
            byte kind = 0;
            if (!char.IsSurrogate(c))
            {
                width = 1;
                folded = _bmp[c];
                breaks = _breaks[c];
                if (folded is [>= '0' and <= '9'])
                {
                    folded = Leet(text, i) ?? folded;
                }

                if (c is '.' or '．')
                {
                    // A period ends a sentence only before a space or the end; "银.行.卡" is a separator.
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    breaks = char.IsWhiteSpace(next) ? (byte)(FoldBuffer.SentenceBefore | FoldBuffer.ClauseBefore) : (byte)0;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                folded = FoldSupplementary(codePoint);
                breaks = 0;
                if (folded is null && RebusEmoji.Read(text, i, codePoint) is { } sound)
                {
                    folded = sound; // 手🐔卡: the emoji stands in a character's place (ADR 449)
                    kind = RebusKind; // a disguise only where an offer is read (ADR 454)
                }
            }
            else
            {
                // A lone surrogate is malformed text: drop it like a symbol.
                width = 1;
                folded = null;
                breaks = 0;
            }

            if (folded is null)
            {
                pending |= (byte)(FoldBuffer.SeparatorBefore | breaks);
            }
            else
            {
                for (var k = 0; k < folded.Length; k++)
                {
                    output.Add(folded[k], i, i + width, k == 0 ? pending : (byte)0, kind);
                }

                pending = 0;
            }

            i += width;
        }
    }

    /// <summary>Folds a vocabulary string the same way, without offsets (for building the lexicon).</summary>
    public string FoldPlain(string text)
    {
        var buffer = new FoldBuffer();
        Fold(text, buffer);
        return new string(buffer.Chars, 0, buffer.Count);
    }

    private static string? FoldBmp(char c, IReadOnlyDictionary<char, char> t2s)
    {
        if (SeparatorLetters.Contains(c, StringComparison.Ordinal) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
        {
            return null; // unassigned code points (and non-characters, which NFKC rejects) carry no text
        }

        if (WordEmoji.TryGetValue(c, out var word))
        {
            return word;
        }

        if (GlobalFolds.TryGetValue(c, out var global) || MartianForms.TryGetValue(c, out global))
        {
            return global.ToString();
        }

        if (NegativeCircledNumber(c) is { } number)
        {
            return number;
        }

        var compat = c.ToString().Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(compat.Length);
        foreach (var d in compat)
        {
            var e = FoldLetter(d, t2s);
            if (e != '\0')
            {
                sb.Append(e);
            }
        }

        return sb.Length == 0 ? null : string.Intern(sb.ToString());
    }

    private static char FoldLetter(char c, IReadOnlyDictionary<char, char> t2s)
    {
        if (GlobalFolds.TryGetValue(c, out var global) || MartianForms.TryGetValue(c, out global))
        {
            return global;
        }

        if (c == '¥')
        {
            return c; // kept: a price is evidence ("¥800一张")
        }

        var isLetterOrDigit = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;
        if (!isLetterOrDigit || SeparatorLetters.Contains(c, StringComparison.Ordinal))
        {
            return '\0';
        }

        if (CapitalLookalikes.TryGetValue(c, out var capital))
        {
            return capital;
        }

        c = char.ToLowerInvariant(c);
        if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
        {
            var basic = c.ToString().Normalize(NormalizationForm.FormD)[0];
            if (char.IsAsciiLetter(basic))
            {
                c = char.ToLowerInvariant(basic);
            }
        }

        if (LatinLookalikes.TryGetValue(c, out var latin))
        {
            return latin;
        }

        return t2s.TryGetValue(c, out var simplified) ? simplified : c;
    }

    // Negative and sans-serif circled numbers (➊⓿⓿, ❶, ⓫, ⓵) have no compatibility decomposition, unlike ①: without
    // this they were removed as symbols and an amount written in them vanished (➋⓿⓿⓿ read as nothing; ADR 260).
    private static string? NegativeCircledNumber(char c) => c switch
    {
        '\u24FF' => "0",
        >= '\u2776' and <= '\u277F' => (c - 0x2776 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= '\u2780' and <= '\u2789' => (c - 0x2780 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= '\u278A' and <= '\u2793' => (c - 0x278A + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= '\u24EB' and <= '\u24F4' => (c - 0x24EB + 11).ToString(System.Globalization.CultureInfo.InvariantCulture),
        >= '\u24F5' and <= '\u24FE' => (c - 0x24F5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? FoldSupplementary(int codePoint)
    {
        if (WordEmoji.TryGetValue(codePoint, out var word))
        {
            return word;
        }

        // Hearts 💓..💝 stand for 心 (微💗 = 微信).
        if (codePoint is >= 0x1F493 and <= 0x1F49D)
        {
            return "心";
        }

        // ADR 433: squared Latin words (🆔 ID, 🆙 UP, 🆗 OK, 🆕 NEW …) read as their letters, as the squared capitals below.
        if (codePoint is >= 0x1F191 and <= 0x1F19A)
        {
            return SquaredWords[codePoint - 0x1F191];
        }

        // Regional indicators 🇦..🇿 and squared or circled Latin capitals (🄰, 🅐, 🅰) read as letters.
        foreach (var first in (ReadOnlySpan<int>)[0x1F1E6, 0x1F130, 0x1F150, 0x1F170])
        {
            if (codePoint >= first && codePoint < first + 26)
            {
                return ((char)('a' + (codePoint - first))).ToString();
            }
        }

        var rune = new Rune(codePoint);
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.OtherLetter)
        {
            return rune.ToString(); // CJK extension B and later: kept as written
        }

        if (Rune.IsLetterOrDigit(rune))
        {
            // Mathematical alphanumerics (𝐯𝐱) and similar: compatibility-decompose to plain letters.
            var plain = rune.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
            return plain.Length == 1 && char.IsLetterOrDigit(plain[0]) ? plain : rune.ToString();
        }

        return null; // emoji and other symbols: removed like separators
    }
}
