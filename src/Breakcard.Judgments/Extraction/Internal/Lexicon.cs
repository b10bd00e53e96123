using System.Collections.Frozen;
using Breakcard.Core.People;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>
/// Words judgments use for demographics, mapped to Breakcard's categories. Lists are ordered:
/// the first entry whose word occurs in a clause wins, so more specific words come first
/// (专科 before 大学, 银行 before 员工).
/// </summary>
internal static class Lexicon
{
    /// <summary>The 56 officially recognised ethnic groups, without the 族 suffix.</summary>
    public static readonly FrozenSet<string> Ethnicities = new[]
    {
        "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Education words in matching order.</summary>
    public static readonly (string Word, Education Level)[] EducationWords =
    [
        ("研究生", Education.Postgraduate), ("硕士", Education.Postgraduate), ("博士", Education.Postgraduate),
        ("专科", Education.JuniorCollege), ("大专", Education.JuniorCollege), ("高职", Education.JuniorCollege),
        ("本科", Education.Bachelor), ("大学", Education.Bachelor),
        ("高中", Education.SeniorHigh), ("中专", Education.SeniorHigh), ("职高", Education.SeniorHigh),
        ("技校", Education.SeniorHigh), ("中技", Education.SeniorHigh), ("职中", Education.SeniorHigh), ("中职", Education.SeniorHigh),
        ("初中", Education.JuniorHigh),
        ("小学", Education.PrimaryOrNone), ("文盲", Education.PrimaryOrNone), ("未受教育", Education.PrimaryOrNone),
    ];

    /// <summary>Occupation words in matching order.</summary>
    public static readonly (string Word, Occupation Category)[] OccupationWords =
    [
        ("学生", Occupation.Student), ("在读", Occupation.Student), ("在校", Occupation.Student),
        ("退休", Occupation.Retired),
        ("无业", Occupation.Unemployed), ("无固定职业", Occupation.Unemployed), ("无职业", Occupation.Unemployed),
        ("无固定工作", Occupation.Unemployed), ("无正当职业", Occupation.Unemployed), ("待业", Occupation.Unemployed),
        ("社会闲散", Occupation.Unemployed),
        ("农民工", Occupation.Employee), ("零工", Occupation.Employee), ("临时工", Occupation.Employee), ("杂工", Occupation.Employee),
        ("农民", Occupation.Farmer), ("务农", Occupation.Farmer), ("村民", Occupation.Farmer), ("农村居民", Occupation.Farmer),
        ("银行", Occupation.BankInsider), ("信用社", Occupation.BankInsider), ("支付公司", Occupation.BankInsider), ("支付机构", Occupation.BankInsider),
        ("营业厅", Occupation.TelecomInsider), ("移动公司", Occupation.TelecomInsider), ("联通公司", Occupation.TelecomInsider),
        ("电信公司", Occupation.TelecomInsider), ("通信公司", Occupation.TelecomInsider), ("通讯公司", Occupation.TelecomInsider),
        ("运营商", Occupation.TelecomInsider),
        ("程序员", Occupation.TechEmployee), ("软件", Occupation.TechEmployee), ("科技", Occupation.TechEmployee),
        ("信息技术", Occupation.TechEmployee), ("网络公司", Occupation.TechEmployee), ("工程师", Occupation.TechEmployee),
        ("IT", Occupation.TechEmployee),
        ("公务员", Occupation.PublicSector), ("事业单位", Occupation.PublicSector), ("教师", Occupation.PublicSector),
        ("机关", Occupation.PublicSector), ("村委", Occupation.PublicSector),
        ("个体", Occupation.SelfEmployed), ("经商", Occupation.SelfEmployed), ("自由职业", Occupation.SelfEmployed),
        ("商户", Occupation.SelfEmployed), ("店主", Occupation.SelfEmployed), ("老板", Occupation.SelfEmployed), ("经营", Occupation.SelfEmployed),
        ("法定代表人", Occupation.SelfEmployed), ("股东", Occupation.SelfEmployed), ("微商", Occupation.SelfEmployed), ("网店", Occupation.SelfEmployed), ("开店", Occupation.SelfEmployed),
        ("务工", Occupation.Employee), ("打工", Occupation.Employee), ("工人", Occupation.Employee), ("职员", Occupation.Employee),
        ("员工", Occupation.Employee), ("服务员", Occupation.Employee), ("司机", Occupation.Employee), ("驾驶员", Occupation.Employee),
        ("厨师", Occupation.Employee), ("保安", Occupation.Employee), ("销售", Occupation.Employee), ("快递", Occupation.Employee),
        ("外卖", Occupation.Employee), ("骑手", Occupation.Employee), ("客服", Occupation.Employee), ("店员", Occupation.Employee), ("收银", Occupation.Employee), ("配送", Occupation.Employee),
        ("文员", Occupation.Employee), ("会计", Occupation.Employee), ("出纳", Occupation.Employee), ("工作人员", Occupation.Employee),
        ("业务员", Occupation.Employee), ("主播", Occupation.Employee), ("技工", Occupation.Employee), ("电工", Occupation.Employee),
        ("焊工", Occupation.Employee), ("学徒", Occupation.Employee), ("经理", Occupation.Employee), ("务工人员", Occupation.Employee),
        ("装修", Occupation.Employee), ("木工", Occupation.Employee), ("瓦工", Occupation.Employee), ("保洁", Occupation.Employee), ("理发", Occupation.Employee),
        ("美发", Occupation.Employee), ("搬运", Occupation.Employee), ("装卸", Occupation.Employee), ("导购", Occupation.Employee), ("营业员", Occupation.Employee),
        ("网管", Occupation.Employee), ("代驾", Occupation.Employee), ("保姆", Occupation.Employee), ("维修", Occupation.Employee), ("修理", Occupation.Employee),
        ("普工", Occupation.Employee), ("操作工", Occupation.Employee), ("仓管", Occupation.Employee), ("护士", Occupation.Employee), ("中介", Occupation.Employee),
        ("上班", Occupation.Employee), ("工作", Occupation.Employee),
    ];

    /// <summary>First matching entry, or null.</summary>
    public static TValue? Match<TValue>(ReadOnlySpan<char> clause, (string Word, TValue Value)[] table) where TValue : struct
    {
        foreach (var (word, value) in table)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
