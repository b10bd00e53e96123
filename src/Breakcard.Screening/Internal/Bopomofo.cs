using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Reads zhuyin (注音, bopomofo, U+3105–U+3129) as toneless Hanyu pinyin, syllable by syllable:
/// ㄨㄟ信 → wei信, 银行ㄎㄚ → 银行ka, ㄕㄡ款 → shou款. The words pass then reads the pinyin as it reads
/// any pinyin written in Latin letters (every mix of characters and syllables of the key words).
/// Thread safe (static tables only).
/// </summary>
/// <remarks>
/// Implementation note (ADR 293): the table is the standard correspondence of the 37 symbols, not a
/// list of disguised words, so any word written in zhuyin reads as its pinyin. Tone marks (ˊˇˋ˙) are
/// not letters and are removed as symbols by the character pass. A lone ㄧ between Chinese characters
/// is a stroke separator (it looks like 一), as before; it is read as a vowel only inside a run of
/// zhuyin that holds another symbol.
/// </remarks>
internal static class Bopomofo
{
    private const string Initials = "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ";
    private static readonly string[] InitialPinyin =
        ["b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s"];

    private const string Finals = "ㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦ";
    private static readonly string[] FinalPinyin = ["a", "o", "e", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"];

    /// <summary>Whether <paramref name="c"/> is a zhuyin symbol.</summary>
    public static bool IsSymbol(char c) => c is >= '\u3105' and <= '\u3129';

    /// <summary>
    /// The length of the zhuyin run starting at <paramref name="start"/>, or 0 when it is not one to read
    /// (not a symbol, or a lone ㄧ, the stroke separator).
    /// </summary>
    public static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsSymbol(text[end]))
        {
            end++;
        }

        return end - start == 1 && text[start] == 'ㄧ' ? 0 : end - start;
    }

    /// <summary>
    /// Reads the syllable that starts at <paramref name="i"/> inside a run ending at <paramref name="end"/>,
    /// advances <paramref name="i"/> past it and returns its pinyin.
    /// </summary>
    public static string NextSyllable(string text, ref int i, int end)
    {
        var initial = Initials.IndexOf(text[i], StringComparison.Ordinal);
        if (initial >= 0)
        {
            i++;
        }

        var medial = i < end ? text[i] switch { 'ㄧ' => 'i', 'ㄨ' => 'u', 'ㄩ' => 'v', _ => '\0' } : '\0';
        if (medial != '\0')
        {
            i++;
        }

        var final = i < end ? Finals.IndexOf(text[i], StringComparison.Ordinal) : -1;
        if (final >= 0)
        {
            i++;
        }

        return Syllable(initial, medial, final);
    }

    private static string Syllable(int initial, char medial, int final)
    {
        var ini = initial >= 0 ? InitialPinyin[initial] : "";
        var fin = final >= 0 ? FinalPinyin[final] : "";
        if (medial == '\0')
        {
            // ㄓ ㄔ ㄕ ㄖ ㄗ ㄘ ㄙ alone carry the empty rhyme -i (ㄓ = zhi, ㄙ = si).
            return fin.Length == 0 ? (initial >= 14 ? ini + "i" : ini) : ini + fin;
        }

        var sb = new StringBuilder(6);
        if (ini.Length == 0)
        {
            // Without an initial, the medial is written y / w / yu (ㄧㄢ = yan, ㄨㄟ = wei, ㄩㄥ = yong).
            return (medial, fin) switch
            {
                ('i', "") => "yi", ('i', "en") => "yin", ('i', "eng") => "ying", ('i', "ou") => "you", ('i', _) => "y" + fin,
                ('u', "") => "wu", ('u', "eng") => "weng", ('u', _) => "w" + fin,
                (_, "") => "yu", (_, "eng") => "yong", (_, "an") => "yuan", (_, "en") => "yun", _ => "yu" + fin,
            };
        }

        sb.Append(ini);
        sb.Append((medial, fin) switch
        {
            ('i', "") => "i", ('i', "en") => "in", ('i', "eng") => "ing", ('i', "ou") => "iu", ('i', _) => "i" + fin,
            ('u', "") => "u", ('u', "ei") => "ui", ('u', "en") => "un", ('u', "eng") => "ong", ('u', "o") => "uo", ('u', _) => "u" + fin,
            // ㄩ after j, q, x is written u (ㄑㄩㄣ = qun); after n, l it is ü, written v (ㄌㄩ = lv).
            (_, "") => ini is "j" or "q" or "x" or "y" ? "u" : "v",
            (_, "eng") => "iong",
            (_, "en") => ini is "j" or "q" or "x" ? "un" : "vn",
            (_, "an") => "uan",
            _ => (ini is "j" or "q" or "x" ? "u" : "v") + fin,
        });
        return sb.ToString();
    }
}
