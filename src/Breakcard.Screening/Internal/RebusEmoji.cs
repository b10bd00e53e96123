namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 449: an emoji whose name sounds like a character and that stands in a character's place — directly beside a Chinese
/// character, with nothing between — is read as that character (手🐔卡 is 手机卡: 鸡 for 机; 账🥚 is 账单: 蛋 for 单; 🍌通银行 is
/// 交通银行). Dropped as a separator instead, it left its neighbours joined into a word nobody wrote (手卡, a sound-alike of
/// 收卡 "buying cards"), and an honest phone shop read as a card buyer. The character is read as plainly written: honest writers
/// pun with emoji too, so the pun is no evidence of evasion; the conduct is judged on the decoded words (收手🐓卡，一张给150元 is
/// still a card buyer). An emoji beside a space, a digit, a Latin letter or another emoji (🔥手机卡, 🐶 alone) is decoration and is still dropped.
/// One reading each: where an emoji's sound stands for several characters, the one key words use (🐴 码, 🧱 转, 🐷 注).
/// </summary>
internal static class RebusEmoji
{
    private static readonly Dictionary<int, string> Sounds = new()
    {
        [0x1F434] = "码", [0x1F40E] = "码", // horse 马: 验证🐴, 活🐴
        [0x1F414] = "机", [0x1F413] = "机", [0x1F424] = "机", // chicken, rooster, baby chick 鸡: 手🐔, 手🐓
        [0x1F418] = "想", // elephant 象
        [0x1F43B] = "兄", // bear 熊
        [0x1F375] = "查", // tea 茶
        [0x1F95A] = "单", // egg 蛋: 账🥚, 🥚位
        [0x1F437] = "注", [0x1F416] = "注", // pig 猪: 备🐷, 🐷册
        [0x1F986] = "押", // duck 鸭
        [0x1F41F] = "余", // fish 鱼
        [0x1F9A2] = "额", // swan 鹅
        [0x1F48A] = "要", // pill 药
        [0x1F330] = "利", // chestnut 栗
        [0x1F98C] = "录", // deer 鹿: 登🦌
        [0x1F34A] = "诚", // tangerine 橙
        [0x1F9C4] = "算", // garlic 蒜
        [0x1F351] = "套", // peach 桃: 🍑餐
        [0x1F36C] = "躺", // candy 糖
        [0x1F436] = "购", [0x1F415] = "购", // dog 狗: 采🐶, 收🐶
        [0x1F411] = "样", // sheep 羊
        [0x1F34C] = "交", // banana 蕉: 🍌通
        [0x1F9F1] = "转", // brick 砖: 跳🧱, 🧱账
    };

    /// <summary>
    /// The character the emoji <paramref name="codePoint"/> at <paramref name="at"/> (two UTF-16 units) stands for, when it is
    /// a sound-picture written directly beside a Chinese character; null otherwise.
    /// </summary>
    public static string? Read(string text, int at, int codePoint)
    {
        if (!Sounds.TryGetValue(codePoint, out var sound))
        {
            return null;
        }

        var after = at + 2;
        if (after < text.Length && text[after] == '\uFE0F')
        {
            after++; // an emoji presentation selector belongs to the emoji
        }

        return (at > 0 && IsHan(text[at - 1])) || (after < text.Length && IsHan(text[after])) ? sound : null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
