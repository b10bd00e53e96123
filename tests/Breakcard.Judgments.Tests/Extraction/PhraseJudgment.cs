using System.Text;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;

namespace Breakcard.Judgments.Tests.Extraction;

/// <summary>
/// A minimal first-instance judgment around given findings of fact, for tests of one phrase at a
/// time: header, one 被告人 paragraph per name, the findings, a reasoning and one result item each.
/// </summary>
internal static class PhraseJudgment
{
    public static JudgmentRecord Extract(string facts, params string[] names)
    {
        var sb = new StringBuilder();
        sb.Append("四川省成都市武侯区人民法院\n刑事判决书\n（2022）川0107刑初100号\n\n公诉机关成都市武侯区人民检察院。\n\n");
        foreach (var name in names)
        {
            sb.Append("被告人").Append(name).Append("，男，1995年1月1日出生，汉族，初中文化，无业，住成都市武侯区。因涉嫌犯帮助信息网络犯罪活动罪于2022年3月1日被刑事拘留。\n\n");
        }

        sb.Append("成都市武侯区人民检察院指控被告人").Append(string.Join('、', names)).Append("犯帮助信息网络犯罪活动罪，于2022年4月1日向本院提起公诉。\n\n");
        sb.Append("经审理查明：").Append(facts).Append("\n\n上述事实，有银行交易明细、被告人供述等证据证实，足以认定。\n\n");
        sb.Append("本院认为，被告人").Append(string.Join('、', names)).Append("明知他人利用信息网络实施犯罪，为其犯罪提供帮助，情节严重，其行为均已构成帮助信息网络犯罪活动罪。判决如下：\n\n");
        var item = 0;
        foreach (var name in names)
        {
            sb.Append(++item).Append("、被告人").Append(name).Append("犯帮助信息网络犯罪活动罪，判处有期徒刑八个月，并处罚金人民币五千元。\n");
        }

        sb.Append("\n审判员　李某\n\n二〇二二年五月十八日\n\n书记员　王某\n");
        var result = JudgmentExtractor.Extract(new JudgmentDocument("phrase.txt", sb.ToString()));
        return result.Record ?? throw new InvalidOperationException("the phrase judgment was not extracted");
    }

    /// <summary>"张某=own_cards+payment_settlement;李某=" for the record's defendants, in order.</summary>
    public static string Conduct(JudgmentRecord record) =>
        string.Join(';', record.Defendants.Select(d => d.Name + "=" + (d.Conduct is { } c ? string.Join('+', JudgmentVocabulary.ToTexts(c)) : "?")));
}
