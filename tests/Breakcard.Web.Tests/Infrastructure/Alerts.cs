using Breakcard.Core.Identifiers;
using Breakcard.Detection.Alerts;
using Breakcard.Web.Monitoring;

namespace Breakcard.Web.Tests.Infrastructure;

/// <summary>Alerts with hand-chosen risks, put straight into a host's alert book.</summary>
public static class Alerts
{
    /// <summary>A Luhn-valid card number ending in the serial.</summary>
    public static string Card(int serial)
    {
        var payload = "62220200" + serial.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        return payload + Checksums.LuhnCheck(payload);
    }

    public static AlertRecord Add(AlertBook book, string id, string entity, int risk, string institution = "bank-a") =>
        book.Add(new Alert
        {
            AlertId = id,
            EntityKind = "account",
            Entity = entity,
            EntityMasked = entity[..6] + new string('*', entity.Length - 10) + entity[^4..],
            Time = "2025-03-01T10:00:00+08:00",
            Risk = risk,
            Band = risk >= 90 ? 4 : risk >= 80 ? 3 : risk >= 65 ? 2 : 1,
            Model = "points",
            Reasons =
            [
                new AlertReason { Code = "PASS_THROUGH", Name = "pass-through", Strength = 80, Points = 30, Source = "test" },
                new AlertReason { Code = "FAN_IN", Name = "fan-in", Strength = 60, Points = 20, Source = "test" },
            ],
            Evidence = [new AlertEvidence { EventId = "T1", Sequence = 1, Time = "2025-03-01T09:50:00+08:00", Type = "transaction", Direction = "in", AmountFen = 5_000_00, Counterparty = Card(999) }],
            LegalBasis = ["Anti-Fraud Law Art. 18"],
            ControlMeasure = risk >= 80 ? ControlMeasure.RestrictNonCounter : ControlMeasure.Reverify,
        }, institution);
}
