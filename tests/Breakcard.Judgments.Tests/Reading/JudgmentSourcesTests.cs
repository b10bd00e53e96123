using System.Text;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Tests.Reading;

public sealed class JudgmentSourcesTests
{
    private const string Judgment = "四川省成都市金牛区人民法院\n刑事判决书\n（2022）川0106刑初1号\n被告人刘某，男。\n";

    [Fact]
    public void FromBytes_Gbk_DecodesChinese()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(Judgment);

        var doc = Assert.Single(JudgmentSources.FromBytes("a.txt", bytes)).Document!;

        Assert.Equal(Judgment, doc.Text);
    }

    [Fact]
    public void FromBytes_Utf8WithBom_DropsTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Judgment)).ToArray();

        Assert.Equal(Judgment, Assert.Single(JudgmentSources.FromBytes("a.txt", bytes)).Document!.Text);
    }

    [Fact]
    public void FromString_TwoJudgmentsAndATitleLine_SplitsAtHeadersKeepingTitles()
    {
        var text = "刘某帮助信息网络犯罪活动罪一审刑事判决书\n" + Judgment + "\n宋某帮助信息网络犯罪活动罪一审刑事判决书\n" + Judgment.Replace("1号", "2号", StringComparison.Ordinal);

        var docs = JudgmentSources.FromString("batch.txt", text).Select(r => r.Document!).ToList();

        Assert.Equal(["batch.txt#1", "batch.txt#2"], docs.Select(d => d.Source));
        Assert.StartsWith("刘某帮助", docs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("宋某帮助", docs[1].Text, StringComparison.Ordinal);
        Assert.Equal(7, docs[1].Line); // line 6 is the blank line between them
    }

    [Fact]
    public void HtmlText_EntitiesBlocksAndScripts_BecomePlainLines()
    {
        var html = "<html><head><title>x</title><script>var a='<div>';</script></head><body><div>第一段&nbsp;&ldquo;引号&rdquo;</div><p>&#65288;2022&#65289;</p>a<br/>b<!-- note --></body></html>";

        var text = HtmlText.ToText(html);

        Assert.Equal(["第一段\u00a0“引号”", "（2022）", "a", "b"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void FromString_JsonWrapperWithRecordList_ReadsEachRecord()
    {
        var json = """{"code":0,"data":[{"全文":"甲"},{"全文":"乙"}]}""";

        var docs = JudgmentSources.FromString("x.json", json).Select(r => r.Document!).ToList();

        Assert.Equal(["x.json#1", "x.json#2"], docs.Select(d => d.Source));
        Assert.Equal(["甲", "乙"], docs.Select(d => d.Text));
    }

    [Fact]
    public void FromString_SplitFieldsRecord_AssemblesSectionsWithMarkers()
    {
        var json = """{"案号":"（2022）川0106刑初1号","法院名称":"某法院","当事人":["被告人刘某，男。"],"本院查明":"刘某出售银行卡。","本院认为":"被告人刘某构成犯罪。","裁判结果":"被告人刘某犯帮助信息网络犯罪活动罪，免予刑事处罚。"}""";

        var doc = Assert.Single(JudgmentSources.FromString("r.json", json)).Document!;

        Assert.Equal("某法院\n刑事判决书\n（2022）川0106刑初1号\n被告人刘某，男。\n经审理查明：刘某出售银行卡。\n本院认为，被告人刘某构成犯罪。\n判决如下：\n被告人刘某犯帮助信息网络犯罪活动罪，免予刑事处罚。\n", doc.Text);
        Assert.Equal("（2022）川0106刑初1号", doc.CaseNumber);
    }
}
