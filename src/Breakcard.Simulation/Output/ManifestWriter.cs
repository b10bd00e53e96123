using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Output;

/// <summary>
/// manifest.json: generator and version, seed and options, counts, ground-truth totals per
/// typology, buffering, and the SHA-256 of every file. Nothing time-dependent goes in, so the
/// manifest is as reproducible as the files it lists.
/// </summary>
internal static class ManifestWriter
{
    public static void Write(string path, WorldSummary summary, string version)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var o = summary.Options;
        json.WriteStartObject();
        json.WriteString("generator", "breakcard-simulation");
        json.WriteString("version", version);
        json.WriteNumber("seed", o.Seed);
        json.WriteStartObject("options");
        json.WriteNumber("people", o.People);
        json.WriteNumber("days", o.Days);
        json.WriteString("start", o.Start.ToString(EventSchema.DateFormat, System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("format", OutputFormats.NameOf(o.Format));
        json.WriteString("time_zone", "+08:00");
        json.WriteEndObject();

        json.WriteStartObject("counts");
        json.WriteNumber("people", summary.People);
        json.WriteNumber("companies", summary.Companies);
        json.WriteNumber("accounts", summary.Accounts);
        json.WriteNumber("phones", summary.Phones);
        json.WriteNumber("devices", summary.Devices);
        json.WriteNumber("rings", summary.Rings);
        json.WriteNumber("aiders", summary.Aiders);
        json.WriteNumber("convicted", summary.Convicted);
        json.WriteNumber("victims", summary.Victims);
        json.WriteNumber("positive_accounts", summary.PositiveAccounts);
        json.WriteNumber("transactions", summary.Transactions);
        json.WriteNumber("calls", summary.Calls);
        json.WriteNumber("sms", summary.Sms);
        json.WriteNumber("logins", summary.Logins);
        json.WriteNumber("labelled_events", summary.LabelledEvents);
        json.WriteEndObject();

        json.WriteStartObject("typologies");
        foreach (var t in Enum.GetValues<Typology>())
        {
            if (t == Typology.None)
            {
                continue;
            }

            json.WriteStartObject(EventSchema.Snake(t));
            json.WriteNumber("entities", summary.TypologyEntities.GetValueOrDefault(t));
            json.WriteNumber("events", summary.TypologyEvents.GetValueOrDefault(t));
            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartObject("buffering");
        json.WriteNumber("max_events_per_day", summary.MaxEventsPerDay);
        json.WriteNumber("max_pending_actions", summary.MaxPendingActions);
        json.WriteNumber("day_batches_in_flight", WorldSimulator.BatchesInFlight);
        json.WriteEndObject();

        json.WriteStartArray("files");
        foreach (var f in summary.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", f.Path);
            json.WriteNumber("bytes", f.Bytes);
            json.WriteNumber("rows", f.Rows);
            json.WriteString("sha256", f.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
