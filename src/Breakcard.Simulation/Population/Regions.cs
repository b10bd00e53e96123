namespace Breakcard.Simulation.Population;

/// <summary>Where a region sits relative to the simulated city.</summary>
internal enum RegionKind : byte
{
    /// <summary>A district or county-level city of Chengdu (the city simulated).</summary>
    ChengduDistrict = 1,

    /// <summary>A Sichuan prefecture that sends migrant workers to Chengdu (达州, 宜宾, 南充, …),
    /// where "fellow villager" recruitment happens.</summary>
    SichuanSending = 2,

    /// <summary>Another province.</summary>
    OtherProvince = 3,
}

/// <summary>A county-level administrative division (GB/T 2260 code) and its Chinese name.</summary>
internal sealed record Region(string Code, string Name, RegionKind Kind, double Weight);

/// <summary>
/// Household-registration regions of the simulated population. Residents all live in Chengdu's
/// districts; their home regions (户籍, the first six digits of the identity number) are Chengdu,
/// the Sichuan prefectures that send workers to Chengdu (Dazhou and Yibin are, after Chengdu, the
/// prefectures with the most cases in the province — source paper §2.1) and other provinces.
/// Weights are relative within a kind.
/// </summary>
internal static class Regions
{
    public static IReadOnlyList<Region> All { get; } =
    [
        new("510104", "成都市锦江区", RegionKind.ChengduDistrict, 9),
        new("510105", "成都市青羊区", RegionKind.ChengduDistrict, 9),
        new("510106", "成都市金牛区", RegionKind.ChengduDistrict, 12),
        new("510107", "成都市武侯区", RegionKind.ChengduDistrict, 12),
        new("510108", "成都市成华区", RegionKind.ChengduDistrict, 11),
        new("510112", "成都市龙泉驿区", RegionKind.ChengduDistrict, 7),
        new("510113", "成都市青白江区", RegionKind.ChengduDistrict, 3),
        new("510114", "成都市新都区", RegionKind.ChengduDistrict, 8),
        new("510115", "成都市温江区", RegionKind.ChengduDistrict, 5),
        new("510116", "成都市双流区", RegionKind.ChengduDistrict, 8),
        new("510117", "成都市郫都区", RegionKind.ChengduDistrict, 7),
        new("510118", "成都市新津区", RegionKind.ChengduDistrict, 2),
        new("510181", "都江堰市", RegionKind.ChengduDistrict, 3),
        new("510182", "彭州市", RegionKind.ChengduDistrict, 3),
        new("510185", "简阳市", RegionKind.ChengduDistrict, 4),
        new("511702", "达州市通川区", RegionKind.SichuanSending, 8),
        new("511722", "宣汉县", RegionKind.SichuanSending, 6),
        new("511502", "宜宾市翠屏区", RegionKind.SichuanSending, 8),
        new("511302", "南充市顺庆区", RegionKind.SichuanSending, 7),
        new("511902", "巴中市巴州区", RegionKind.SichuanSending, 5),
        new("511602", "广安市广安区", RegionKind.SichuanSending, 5),
        new("513401", "西昌市", RegionKind.SichuanSending, 4),
        new("510703", "绵阳市涪城区", RegionKind.SichuanSending, 5),
        new("510502", "泸州市江阳区", RegionKind.SichuanSending, 5),
        new("511002", "内江市市中区", RegionKind.SichuanSending, 4),
        new("510302", "自贡市自流井区", RegionKind.SichuanSending, 3),
        new("511102", "乐山市市中区", RegionKind.SichuanSending, 4),
        new("512002", "资阳市雁江区", RegionKind.SichuanSending, 4),
        new("510802", "广元市利州区", RegionKind.SichuanSending, 3),
        new("500101", "重庆市万州区", RegionKind.OtherProvince, 6),
        new("520102", "贵阳市南明区", RegionKind.OtherProvince, 3),
        new("530102", "昆明市五华区", RegionKind.OtherProvince, 2),
        new("620102", "兰州市城关区", RegionKind.OtherProvince, 1),
        new("411302", "南阳市宛城区", RegionKind.OtherProvince, 2),
        new("430102", "长沙市芙蓉区", RegionKind.OtherProvince, 2),
        new("610102", "西安市新城区", RegionKind.OtherProvince, 2),
        new("420102", "武汉市江岸区", RegionKind.OtherProvince, 2),
        new("450102", "南宁市兴宁区", RegionKind.OtherProvince, 1),
        new("360102", "南昌市东湖区", RegionKind.OtherProvince, 1),
    ];

    /// <summary>Indices of the Chengdu districts (where everyone lives), in table order.</summary>
    public static int[] ChengduDistricts { get; } = IndicesOf(RegionKind.ChengduDistrict);

    /// <summary>Indices of the Sichuan sending regions.</summary>
    public static int[] SichuanSending { get; } = IndicesOf(RegionKind.SichuanSending);

    /// <summary>Indices of the other provinces' regions.</summary>
    public static int[] OtherProvinces { get; } = IndicesOf(RegionKind.OtherProvince);

    /// <summary>Weights of the regions in <paramref name="indices"/>, for weighted picking.</summary>
    public static double[] WeightsOf(int[] indices) => Array.ConvertAll(indices, i => All[i].Weight);

    private static int[] IndicesOf(RegionKind kind)
    {
        var list = new List<int>();
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Kind == kind)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }
}
