using System.Collections.Frozen;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// Province-level administrative division codes (GB/T 2260), the first two digits of a resident
/// identity number and of the region part of a unified social credit code.
/// </summary>
public static class ProvinceCodes
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["11"] = "北京", ["12"] = "天津", ["13"] = "河北", ["14"] = "山西", ["15"] = "内蒙古",
        ["21"] = "辽宁", ["22"] = "吉林", ["23"] = "黑龙江",
        ["31"] = "上海", ["32"] = "江苏", ["33"] = "浙江", ["34"] = "安徽", ["35"] = "福建", ["36"] = "江西", ["37"] = "山东",
        ["41"] = "河南", ["42"] = "湖北", ["43"] = "湖南", ["44"] = "广东", ["45"] = "广西", ["46"] = "海南",
        ["50"] = "重庆", ["51"] = "四川", ["52"] = "贵州", ["53"] = "云南", ["54"] = "西藏",
        ["61"] = "陕西", ["62"] = "甘肃", ["63"] = "青海", ["64"] = "宁夏", ["65"] = "新疆",
        ["71"] = "台湾", ["81"] = "香港", ["82"] = "澳门",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the first two characters are a province-level code.</summary>
    public static bool IsKnown(ReadOnlySpan<char> code) =>
        code.Length >= 2 && Names.ContainsKey(code[..2].ToString());

    /// <summary>The province's short Chinese name, or null for an unknown code.</summary>
    public static string? NameOf(ReadOnlySpan<char> code) =>
        code.Length >= 2 && Names.TryGetValue(code[..2].ToString(), out var name) ? name : null;
}
