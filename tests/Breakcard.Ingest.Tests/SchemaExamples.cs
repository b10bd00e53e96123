namespace Breakcard.Ingest.Tests;

/// <summary>The JSON Lines examples of docs/data-format.md, with a Luhn-valid IMEI (the document's 868914031234564 fails its check digit).</summary>
internal static class SchemaExamples
{
    public const string Jsonl = """
        {"type":"transaction","id":"T000000001","time":"2024-03-01T08:15:30+08:00","debit":"6222021001234567894","credit":"6217001234567890123","amount_fen":123450,"channel":"transfer","memo":"房租"}
        {"type":"call","id":"C000000001","time":"2024-03-01T08:16:02+08:00","caller":"13812345678","callee":"13998765432","duration_s":35,"cell_id":"510104-0012","device_id":"868914031234563"}
        {"type":"sms","id":"S000000001","time":"2024-03-01T08:16:10+08:00","sender":"1069012345","receiver":"13812345678","kind":"verification_code","cell_id":"510104-0012","device_id":null}
        {"type":"login","id":"L000000001","time":"2024-03-01T08:17:00+08:00","account":"6222021001234567894","device_id":"868914031234563","ip":"171.88.12.34"}

        """;
}
