using System.Text;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Mapping;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests;

/// <summary>Runs readers over in-memory inputs and collects what they produce.</summary>
internal static class TestInput
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static Result Read(string text, InputFormat format, string source = "in.csv", IngestOptions? options = null) =>
        Read(Utf8(text), format, source, options);

    public static Result Read(byte[] bytes, InputFormat format, string source = "in.csv", IngestOptions? options = null)
    {
        var quarantine = new QuarantineList();
        using var reader = EventReaders.Open(new MemoryStream(bytes), source, format, quarantine, options);
        return Drain(reader, quarantine);
    }

    public static Result Read(string text, ColumnMapping mapping, string source = "in.csv") => Read(Utf8(text), mapping, source);

    public static Result Read(byte[] bytes, ColumnMapping mapping, string source = "in.csv")
    {
        var quarantine = new QuarantineList();
        using var reader = EventReaders.Open(new MemoryStream(bytes), source, mapping, quarantine);
        return Drain(reader, quarantine);
    }

    public static InputError FileError(string text, InputFormat format, string source = "in.csv", IngestOptions? options = null) =>
        FileError(Utf8(text), format, source, options);

    public static InputError FileError(byte[] bytes, InputFormat format, string source = "in.csv", IngestOptions? options = null) =>
        Assert.Throws<InvalidInputException>(() => EventReaders.Open(new MemoryStream(bytes), source, format, new QuarantineList(), options)).Error;

    public static InputError FileError(string text, ColumnMapping mapping, string source = "in.csv") =>
        Assert.Throws<InvalidInputException>(() => EventReaders.Open(new MemoryStream(Utf8(text)), source, mapping, new QuarantineList())).Error;

    public static ColumnMapping Mapping(string json) => ColumnMapping.Parse(json, "map.json");

    public static Result Drain(EventReader reader, QuarantineList quarantine)
    {
        var events = new List<Ingested>();
        while (reader.Read())
        {
            object e = reader.Kind switch
            {
                IngestEventKind.Transaction => reader.Transaction,
                IngestEventKind.Call => reader.Call,
                IngestEventKind.Sms => reader.Sms,
                _ => reader.Login,
            };
            events.Add(new Ingested(reader.Kind, e, reader.Label, reader.Line));
        }

        return new Result(events, quarantine.Records, reader.Counts);
    }

    public sealed record Ingested(IngestEventKind Kind, object Event, EventLabel Label, long Line);

    public sealed record Result(List<Ingested> Events, IReadOnlyList<QuarantinedRecord> Quarantine, IngestCounts Counts)
    {
        public T Single<T>() => (T)Assert.Single(Events).Event;

        public T[] All<T>() => [.. Events.Select(e => (T)e.Event)];

        public QuarantinedRecord SingleRejected() => Assert.Single(Quarantine);
    }
}
