using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 19's held-out disguise, development since round 20, <see cref="Evasion.SpelledCharacters"/>: one key word spelled out character by character, each
/// character named by a common word that holds it, the way a character is spelled aloud on the phone (银行卡 → 金银的银、行走的行、
/// 卡片的卡; in English letter by letter, card → c as in cat, a as in apple, r as in rose, d as in dog). A reader who has heard
/// characters spelled so writes the word down at once; a filter finds each character only inside a word that is not the key
/// word, and never two of them side by side.
/// </summary>
internal static class SpelledCharacters
{
    /// <summary>
    /// How a character is spelled: a common word that holds it, then 的 and the character (金银的银). Every character of the Chinese
    /// key words of <see cref="EvasionTables.RiskyWords"/> and <see cref="EvasionTables.OrdinaryWords"/> has one; none holds a key
    /// word of either list (流 is spelled by 河流, not 流水; 银 by 金银, not 银行) or a digit.
    /// </summary>
    internal static readonly Dictionary<char, string> Glosses = new()
    {
        ['一'] = "一二的一", ['付'] = "付出的付", ['代'] = "代表的代", ['件'] = "文件的件", ['份'] = "年份的份", ['佣'] = "佣人的佣",
        ['信'] = "相信的信", ['借'] = "借书的借", ['储'] = "储存的储", ['公'] = "公园的公", ['兼'] = "兼顾的兼", ['出'] = "出门的出",
        ['分'] = "分数的分", ['利'] = "顺利的利", ['刷'] = "牙刷的刷", ['单'] = "简单的单", ['卡'] = "卡片的卡", ['号'] = "号召的号",
        ['名'] = "名字的名", ['四'] = "四季的四", ['垫'] = "坐垫的垫", ['套'] = "手套的套", ['宝'] = "宝贝的宝", ['实'] = "诚实的实",
        ['对'] = "对错的对", ['微'] = "微笑的微", ['户'] = "窗户的户", ['手'] = "手表的手", ['接'] = "接力的接", ['支'] = "支持的支",
        ['收'] = "收获的收", ['日'] = "日出的日", ['机'] = "飞机的机", ['款'] = "款式的款", ['水'] = "喝水的水", ['流'] = "河流的流",
        ['用'] = "用心的用", ['电'] = "电灯的电", ['盾'] = "矛盾的盾", ['短'] = "长短的短", ['码'] = "号码的码", ['租'] = "租金的租",
        ['类'] = "人类的类", ['系'] = "关系的系", ['结'] = "结果的结", ['网'] = "渔网的网", ['职'] = "职业的职", ['联'] = "联想的联",
        ['脸'] = "笑脸的脸", ['蓄'] = "蓄水的蓄", ['行'] = "行走的行", ['记'] = "日记的记", ['证'] = "证明的证", ['话'] = "说话的话",
        ['账'] = "记账的账", ['购'] = "购物的购", ['走'] = "走路的走", ['跑'] = "跑步的跑", ['身'] = "身体的身", ['转'] = "转身的转",
        ['返'] = "返回的返", ['金'] = "金子的金", ['银'] = "金银的银", ['验'] = "考验的验",
    };

    /// <summary>How a letter is spelled in English (c as in cat); same rules as <see cref="Glosses"/>.</summary>
    internal static readonly Dictionary<char, string> EnglishGlosses = new()
    {
        ['a'] = "a as in apple", ['b'] = "b as in boy", ['c'] = "c as in cat", ['d'] = "d as in dog", ['e'] = "e as in egg",
        ['f'] = "f as in fish", ['g'] = "g as in goat", ['h'] = "h as in hat", ['i'] = "i as in ice", ['j'] = "j as in jam",
        ['k'] = "k as in kite", ['l'] = "l as in lion", ['m'] = "m as in moon", ['n'] = "n as in nose", ['o'] = "o as in orange",
        ['p'] = "p as in pen", ['q'] = "q as in queen", ['r'] = "r as in rose", ['s'] = "s as in sun", ['t'] = "t as in tea",
        ['u'] = "u as in umbrella", ['v'] = "v as in van", ['w'] = "w as in water", ['x'] = "x as in x-ray", ['y'] = "y as in yellow",
        ['z'] = "z as in zoo",
    };

    /// <summary>What stands between two spelled characters.</summary>
    internal static readonly string[] Joins = ["、", "，", " "];

    /// <summary><paramref name="text"/> with one occurrence of <paramref name="words"/> spelled out; unchanged when none can be.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var sites = KeyWordSites.All(text, words.Where(Spellable));
        if (sites.Count == 0)
        {
            return text;
        }

        var (at, word) = random.Pick(sites);
        var latin = KeyWordSites.IsLatin(word);
        var spelled = string.Join(latin ? ", " : random.Pick(Joins), word.Select(c => latin ? EnglishGlosses[char.ToLowerInvariant(c)] : Glosses[c]));
        return new StringBuilder(text).Remove(at, word.Length).Insert(at, spelled).ToString();
    }

    /// <summary>A Chinese word of two to five characters that all have a gloss, or one English word of three letters or more.</summary>
    internal static bool Spellable(string word) =>
        (word.Length is >= 2 and <= 5 && word.All(Glosses.ContainsKey))
        || (word.Length >= 3 && word.All(c => char.IsAsciiLetter(c)));
}
