using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Legal.Control;
using Breakcard.Legal.Discipline;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Limits;
using Breakcard.Legal.Sources;

namespace Breakcard.Cases.Evaluation;

/// <summary>
/// The version of the legal rules an evaluation was made under, stored with it: the latest
/// effective date among the encoded documents, and a fingerprint of the rule set — every
/// criterion, presumption, listing ground, control measure and limit with its citation, date and
/// label, plus the module version id of the compiled rules (a deterministic build changes it
/// exactly when the rules' code changes). Two evaluations with the same version were made by the
/// same rules; a different version means something may have changed (ADR 0084).
/// </summary>
public static class LegalRulesVersion
{
    private static readonly Lazy<string> Value = new(Compute);

    /// <summary>For example "2025-07-28/3f9a1c2b7d10".</summary>
    public static string Current => Value.Value;

    private static string Compute()
    {
        var sb = new StringBuilder();
        foreach (var d in LegalDocuments.All)
        {
            Line(sb, "document", d.Number, d.EffectiveFrom, d.Standing.ToString());
        }

        foreach (var c in LegalEvaluator.Criteria)
        {
            Line(sb, "criterion", c.Id, c.Source.EffectiveFrom, c.Source.Citation + "|" + c.Source.Label + "|" + c.Title);
        }

        foreach (var (indicator, (source, text)) in KnowledgePresumptions.Catalog.OrderBy(p => p.Key))
        {
            Line(sb, "presumption", indicator.ToString(), source.EffectiveFrom, source.Citation + "|" + source.Label + "|" + text);
        }

        foreach (var g in DisciplinaryRules.Grounds)
        {
            Line(sb, "listing", g.Ground.ToString(), g.Source.EffectiveFrom, g.Years.ToString(CultureInfo.InvariantCulture) + "|" + g.Source.Citation);
        }

        foreach (var m in ControlMeasureCatalog.All)
        {
            Line(sb, "measure", $"{m.Actor}/{m.Kind}", m.Basis.EffectiveFrom, m.Trigger + "|" + m.Basis.Citation);
        }

        foreach (var l in AccountLimits.All)
        {
            Line(sb, "limit", l.Item.ToString(), l.Source.EffectiveFrom, l.Maximum.ToString(CultureInfo.InvariantCulture) + "|" + l.Source.Label);
        }

        sb.Append("module|").Append(typeof(LegalEvaluator).Module.ModuleVersionId.ToString("N"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        var latest = LegalDocuments.All.Max(d => d.EffectiveFrom);
        return latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + Convert.ToHexStringLower(hash)[..12];
    }

    private static void Line(StringBuilder sb, string kind, string id, DateOnly from, string rest) =>
        sb.Append(kind).Append('|').Append(id).Append('|').Append(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('|').Append(rest).Append('\n');
}
