namespace Breakcard.Simulation.Judgments;

/// <summary>A basic people's court that tries first-instance cases, with the names its judgments use.</summary>
/// <param name="Name">Full name, for example "四川省成都市金牛区人民法院".</param>
/// <param name="Code">Case-number court code, for example "川0106".</param>
/// <param name="Prosecutor">The procuratorate at the same level, for example "成都市金牛区人民检察院".</param>
/// <param name="Police">The public security bureau, for example "成都市公安局金牛区分局".</param>
/// <param name="AppealCourt">The intermediate court appeals go to.</param>
/// <param name="ProsecutorAbbreviation">The prefix of the procuratorate's indictment numbers (成金检刑诉).</param>
/// <param name="Detention">The detention centre (看守所).</param>
public sealed record Court(string Name, string Code, string Prosecutor, string Police, string AppealCourt, string ProsecutorAbbreviation, string Detention);

/// <summary>
/// The courts synthetic judgments come from, split so that the held-out corpus comes from courts
/// (and phrasings) the extractor was never developed on.
/// </summary>
public static class Courts
{
    /// <summary>Courts of the development corpus (Chengdu districts, where the source paper's sample comes from, and nearby).</summary>
    public static IReadOnlyList<Court> Development { get; } =
    [
        new("四川省成都市金牛区人民法院", "川0106", "成都市金牛区人民检察院", "成都市公安局金牛区分局", "四川省成都市中级人民法院", "成金检刑诉", "成都市看守所"),
        new("四川省成都市武侯区人民法院", "川0107", "成都市武侯区人民检察院", "成都市公安局武侯区分局", "四川省成都市中级人民法院", "成武检刑诉", "成都市看守所"),
        new("四川省成都市成华区人民法院", "川0108", "成都市成华区人民检察院", "成都市公安局成华区分局", "四川省成都市中级人民法院", "成华检刑诉", "成都市看守所"),
        new("四川省成都市锦江区人民法院", "川0104", "成都市锦江区人民检察院", "成都市公安局锦江区分局", "四川省成都市中级人民法院", "成锦检刑诉", "成都市看守所"),
        new("四川省达州市通川区人民法院", "川1702", "达州市通川区人民检察院", "达州市公安局通川区分局", "四川省达州市中级人民法院", "通检刑诉", "达州市看守所"),
        new("重庆市渝北区人民法院", "渝0112", "重庆市渝北区人民检察院", "重庆市公安局渝北区分局", "重庆市第一中级人民法院", "渝北检刑诉", "重庆市渝北区看守所"),
    ];

    /// <summary>Courts of the held-out corpus (other provinces, other house styles).</summary>
    public static IReadOnlyList<Court> HeldOut { get; } =
    [
        new("广东省东莞市第一人民法院", "粤1971", "东莞市第一市区人民检察院", "东莞市公安局", "广东省东莞市中级人民法院", "东一检刑诉", "东莞市第一看守所"),
        new("浙江省宁波市鄞州区人民法院", "浙0212", "宁波市鄞州区人民检察院", "宁波市公安局鄞州分局", "浙江省宁波市中级人民法院", "甬鄞检刑诉", "宁波市鄞州区看守所"),
        new("河南省洛阳市西工区人民法院", "豫0303", "洛阳市西工区人民检察院", "洛阳市公安局西工分局", "河南省洛阳市中级人民法院", "西工检刑诉", "洛阳市看守所"),
        new("福建省厦门市思明区人民法院", "闽0203", "厦门市思明区人民检察院", "厦门市公安局思明分局", "福建省厦门市中级人民法院", "思检刑诉", "厦门市看守所"),
    ];
}
