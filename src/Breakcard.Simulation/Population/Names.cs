using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Chinese personal names: a surname drawn by (approximate) national frequency, and a one- or
/// two-character given name from gendered character lists. Names repeat, as real names do.
/// </summary>
internal static class Names
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
    ];

    private static readonly string MaleChars = "伟强磊军洋勇杰涛明超斌浩鹏宇辉刚健俊峰林波文博成志翔飞龙建平鑫晨凯旭阳东海豪川";
    private static readonly string FemaleChars = "芳娜敏静丽艳娟霞秀英慧玲婷雪琳颖倩佳欣梅月晶燕蓉萍红莉琴丹璐瑶怡诗雨思";

    /// <summary>A name for a person of <paramref name="gender"/>.</summary>
    public static string Next(SeededRandom random, Gender gender)
    {
        // Zipf-like surname choice: the commonest surnames are far more frequent.
        var u = random.NextDouble();
        var surname = Surnames[(int)(u * u * Surnames.Length)];
        var chars = gender == Gender.Male ? MaleChars : FemaleChars;
        var first = chars[random.NextInt(chars.Length)];
        return random.Chance(0.7)
            ? string.Concat(surname, first.ToString(), chars[random.NextInt(chars.Length)].ToString())
            : surname + first;
    }
}
