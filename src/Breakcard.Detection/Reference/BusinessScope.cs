namespace Breakcard.Detection.Reference;

/// <summary>
/// Reads a company's registered business scope (经营范围) for one question: does the business
/// normally take payments from members of the public? A retailer, restaurant, courier or letting
/// agent receiving many remittances from individuals is ordinary; a consultancy or trading shell
/// receiving them is the PBOC 2006 Art. 11(3) signal ("company accounts often receiving
/// remittances unrelated to their business").
/// </summary>
public static class BusinessScope
{
    private static readonly string[] ConsumerFacingTerms =
    [
        "零售", "餐饮", "超市", "便利店", "百货", "商店", "门店", "外卖", "食品", "服装",
        "物流", "快递", "配送", "租赁", "物业", "房地产经纪", "住宿", "酒店", "旅游", "美容", "美发",
        "健身", "教育", "培训", "医疗", "诊所", "药", "电子商务", "网上销售", "生活服务", "家政", "维修",
        "retail", "restaurant", "catering", "grocery", "store", "shop", "logistics", "courier", "delivery",
        "rental", "letting", "property management", "hotel", "travel", "education", "training", "clinic",
        "pharmacy", "e-commerce", "household services",
    ];

    /// <summary>True when the scope text names a consumer-facing business.</summary>
    public static bool IsConsumerFacing(string? scope)
    {
        if (string.IsNullOrWhiteSpace(scope))
        {
            return false;
        }

        foreach (var term in ConsumerFacingTerms)
        {
            if (scope.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
