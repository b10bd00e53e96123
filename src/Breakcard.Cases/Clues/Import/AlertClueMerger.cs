using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// Merges alerts into clues: monitoring re-alerts an entity each time its risk moves up a band, so
/// the alerts about one subject become one clue. The leading alert (highest risk, then latest,
/// then first in the file) gives the clue its id reference, risk and proposed measure; reasons are
/// the union by code (strongest explanation kept), evidence the union of event ids. Pure.
/// </summary>
public static class AlertClueMerger
{
    /// <summary>
    /// One clue per subject, highest risk first (then latest alert, then subject), keeping at most
    /// <paramref name="top"/> when given and only subjects whose risk reaches <paramref name="minRisk"/>.
    /// </summary>
    public static IReadOnlyList<AlertClue> Merge(IEnumerable<ImportedAlert> alerts, int minRisk = 0, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var clues = alerts.GroupBy(a => a.Subject)
            .Select(g => g.OrderByDescending(a => a.Risk).ThenByDescending(a => a.Time).ThenBy(a => a.Line).ToList())
            .Where(g => g[0].Risk >= minRisk)
            .OrderByDescending(g => g[0].Risk).ThenByDescending(g => g[0].Time).ThenBy(g => g[0].Subject.Reveal(), StringComparer.Ordinal)
            .Select(Clue);
        return top is { } n ? [.. clues.Take(Math.Max(0, n))] : [.. clues];
    }

    private static AlertClue Clue(List<ImportedAlert> group)
    {
        var lead = group[0];
        var reasons = group.SelectMany(a => a.Reasons.Select(r => (Alert: a, Reason: r)))
            .GroupBy(x => x.Reason.Code, StringComparer.Ordinal)
            .Select(g => g.First().Reason) // group is ordered by risk, so the leading alert's wording wins
            .Take(ClueDraft.MaxListLength).ToImmutableArray();
        var evidence = group.SelectMany(a => a.EvidenceEventIds).Distinct(StringComparer.Ordinal).Take(ClueDraft.MaxListLength).ToImmutableArray();
        var merged = group.Skip(1).Select(a => a.AlertId).Take(ClueDraft.MaxListLength).ToImmutableArray();
        var draft = ClueDraft.FromAlert(lead.AlertId, lead.Subject, lead.HolderRef, lead.Risk, reasons, evidence, Summary(group)) with
        {
            ProposedMeasure = lead.Measure,
            MergedAlertIds = merged,
        };
        return new AlertClue(draft, [.. group.Select(a => a.AlertId)], [.. group.Select(a => a.Line)]);
    }

    // The summary says in words what monitoring saw; identifiers only masked.
    private static string Summary(List<ImportedAlert> group)
    {
        var lead = group[0];
        var first = group.Min(a => a.Time);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Monitoring alert {lead.AlertId} ({lead.Model} model): risk {lead.Risk}, band {lead.Band} at {lead.Time:yyyy-MM-dd HH:mm zzz}");
        if (group.Count > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; {group.Count} alerts since {first:yyyy-MM-dd HH:mm zzz} merged");
        }

        sb.Append(". Reasons: ").Append(string.Join(", ", lead.Reasons.Select(r => r.Code)));
        if (lead.Linked is { } linked)
        {
            sb.Append(". ").Append(linked);
        }

        sb.Append(". Proposed measure: ").Append(lead.Measure.Code);
        if (lead.LegalBasis.Length > 0)
        {
            sb.Append(". Basis: ").Append(string.Join("; ", lead.LegalBasis));
        }

        var text = sb.Append('.').ToString();
        return text.Length <= 2000 ? text : text[..1997] + "...";
    }
}
