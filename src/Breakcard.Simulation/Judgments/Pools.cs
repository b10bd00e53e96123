namespace Breakcard.Simulation.Judgments;

/// <summary>Word pools for synthetic case facts: names, places, nicknames.</summary>
internal static class Pools
{
    /// <summary>Common surnames (single-character), roughly by frequency.</summary>
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "廖",
    ];

    public static readonly string[] GivenCharacters =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "斌", "宇",
        "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "欢", "佳", "婷", "丽", "静", "敏", "燕", "艳", "娟", "霞",
        "芳", "娜", "倩", "雪", "琳", "晶", "颖", "露", "瑶", "怡", "梅", "玲", "红", "兰", "萍", "莉", "雯", "欣", "悦", "琴",
    ];

    public static readonly string[] Birthplaces =
    [
        "四川省成都市", "四川省南充市", "四川省巴中市", "四川省达州市", "四川省资阳市", "四川省眉山市", "四川省宜宾市", "四川省绵阳市",
        "四川省广安市", "四川省凉山彝族自治州", "重庆市万州区", "重庆市合川区", "贵州省毕节市", "云南省昭通市", "甘肃省天水市",
        "河南省周口市", "湖南省邵阳市", "陕西省汉中市", "广东省湛江市", "江西省赣州市",
    ];

    public static readonly string[] MinorityEthnicities = ["彝族", "藏族", "羌族", "回族", "土家族", "苗族", "满族", "壮族"];

    public static readonly string[] Upstreams = ["阿杰", "老K", "小李", "阿明", "强哥", "飞哥", "老王", "阿华", "小周", "大熊"];

    public static readonly string[] Schools = ["某某职业技术学院", "某某大学", "某某职业技术学校", "某某中学", "某某学院"];

    public static readonly string[] Banks =
        ["中国农业银行", "中国建设银行", "中国工商银行", "中国银行", "招商银行", "中国邮政储蓄银行", "兴业银行", "平安银行", "中国民生银行", "成都农商银行"];

    public static readonly string[] PriorCharges = ["盗窃罪", "诈骗罪", "寻衅滋事罪", "故意伤害罪", "帮助信息网络犯罪活动罪"];

    /// <summary>Compound surnames: the masked form keeps both characters.</summary>
    public static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容"];
}
