using System.Globalization;
using Breakcard.Simulation.Internal;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Postal addresses, derived from a key (a household, a company's office, a shell factory's
/// rented room), so they are stable without being stored. Roads are real Chengdu road names;
/// numbers are invented.
/// </summary>
internal static class Addresses
{
    private static readonly string[] Roads =
    [
        "人民南路", "蜀都大道", "天府大道", "建设路", "双林路", "府青路", "星辉西路", "金府路", "营门口路", "光华大道",
        "武侯大道", "科华北路", "玉林路", "芳草街", "桐梓林路", "龙舟路", "东风路", "红光大道", "航空港大道", "驿都大道",
        "新都大道", "蜀汉路", "一环路北三段", "二环路东二段", "沙湾路", "抚琴西路", "青龙街", "红星路", "春熙路", "交子大道",
    ];

    /// <summary>Colleges with their campus district (region index found by code).</summary>
    public static readonly (string Name, string DistrictCode)[] Campuses =
    [
        ("四川大学江安校区", "510116"), ("电子科技大学清水河校区", "510117"), ("西南交通大学犀浦校区", "510117"),
        ("西南民族大学航空港校区", "510116"), ("成都理工大学", "510108"), ("四川师范大学成龙校区", "510112"),
        ("成都职业技术学院", "510107"), ("四川城市职业学院", "510112"), ("成都工业职业技术学院", "510114"),
        ("四川交通职业技术学院", "510115"),
    ];

    /// <summary>Region index of campus <paramref name="campus"/>.</summary>
    public static int CampusDistrict(int campus)
    {
        for (var i = 0; i < Regions.All.Count; i++)
        {
            if (Regions.All[i].Code == Campuses[campus].DistrictCode)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Campus district missing from the region table.");
    }

    /// <summary>A residential address: road, number, building, unit, room.</summary>
    public static string Home(ulong key, int district)
    {
        var h = Hashing.Mix(key, 0x484F4D45);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix(district)}{Roads[(int)(h % (ulong)Roads.Length)]}{(h >> 8) % 300 + 1}号{(h >> 20) % 30 + 1}栋{(h >> 28) % 4 + 1}单元{(h >> 32) % 30 + 1}{(h >> 40) % 6 + 1:00}室");
    }

    /// <summary>A dormitory address on a campus.</summary>
    public static string Dormitory(int campus, ulong key)
    {
        var h = Hashing.Mix(key, 0x444F524D);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix(CampusDistrict(campus))}{Campuses[campus].Name}学生公寓{h % 40 + 1}舍{(h >> 8) % 6 + 1}{(h >> 16) % 40 + 1:00}室");
    }

    /// <summary>An office address: road, number, floor, room.</summary>
    public static string Office(ulong key, int district)
    {
        var h = Hashing.Mix(key, 0x4F464643);
        var floor = (h >> 20) % 30 + 1;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix(district)}{Roads[(int)(h % (ulong)Roads.Length)]}{(h >> 8) % 300 + 1}号{floor}层{floor}{(h >> 32) % 20 + 1:00}室");
    }

    private static string Prefix(int district)
    {
        var name = Regions.All[district].Name;
        return name.StartsWith("成都市", StringComparison.Ordinal) ? name : "四川省" + name;
    }
}
