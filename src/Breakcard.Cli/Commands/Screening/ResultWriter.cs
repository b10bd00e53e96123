using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Breakcard.Screening.Scoring;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>Output formats of <c>breakcard screen ads</c>.</summary>
internal enum ResultFormat
{
    /// <summary>One tab-separated line per ad: id, score, band, action, reasons.</summary>
    Text,

    /// <summary>One JSON object per ad.</summary>
    Jsonl,

    /// <summary>CSV with a header.</summary>
    Csv,
}

/// <summary>Writes screening results; every reason quotes the original phrase and names its legal basis.</summary>
internal sealed class ResultWriter(TextWriter output, ResultFormat format)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable; output is not embedded in HTML
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private bool _headerWritten;

    public void Write(string id, ScreeningResult result)
    {
        switch (format)
        {
            case ResultFormat.Jsonl:
                output.WriteLine(JsonSerializer.Serialize(ToJson(id, result), Json));
                break;
            case ResultFormat.Csv:
                if (!_headerWritten)
                {
                    output.WriteLine("id,score,band,action,model_probability,pattern_evidence,conducts,reasons");
                    _headerWritten = true;
                }

                output.WriteLine(string.Join(',',
                    Csv(id), result.Score.ToString(CultureInfo.InvariantCulture), Snake(result.Band), Snake(result.Action),
                    result.ModelProbability?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
                    result.PatternEvidence.ToString("0.0000", CultureInfo.InvariantCulture),
                    Csv(string.Join(';', result.Conducts.Select(Snake))), Csv(ReasonsLine(result))));
                break;
            default:
                output.WriteLine(string.Join('\t', id, result.Score.ToString(CultureInfo.InvariantCulture), Snake(result.Band), Snake(result.Action), ReasonsLine(result)));
                break;
        }
    }

    /// <summary>Reasons on one line: <c>card-trade "出 祖 yhk" [Anti-Fraud Law Art. 31; ...]</c>.</summary>
    public static string ReasonsLine(ScreeningResult result) =>
        string.Join(" | ", result.Reasons.Where(r => r.Kind != ReasonKind.Mitigation || r.Quote.Length > 0 || r.Id == "warning-notice").Select(r =>
        {
            var quote = r.Quote.Length > 0 ? " \u201C" + OneLine(r.Quote) + "\u201D" : "";
            var basis = r.LegalBasis.Count > 0 ? " [" + string.Join("; ", r.LegalBasis.Select(b => b.Citation)) + "]" : "";
            var prefix = r.Kind switch { ReasonKind.Mitigation => "not-offered:", ReasonKind.Model => "", _ => "" };
            var weight = r.Kind == ReasonKind.Model ? string.Create(CultureInfo.InvariantCulture, $" p={r.Weight:0.00}") : "";
            return prefix + r.Id + weight + quote + basis;
        }));

    private static object ToJson(string id, ScreeningResult r) => new
    {
        Id = id,
        r.Score,
        Band = r.Band,
        Action = r.Action,
        r.ModelProbability,
        PatternEvidence = Math.Round(r.PatternEvidence, 4),
        r.Conducts,
        r.IsWarningNotice,
        Reasons = r.Reasons.Select(x => new
        {
            x.Kind,
            x.Id,
            x.Title,
            Quote = x.Quote.Length > 0 ? x.Quote : null,
            Start = x.Quote.Length > 0 ? x.OriginalStart : (int?)null,
            End = x.Quote.Length > 0 ? x.OriginalEnd : (int?)null,
            Weight = Math.Round(x.Weight, 4),
            x.Conduct,
            LegalBasis = x.LegalBasis.Select(b => new { b.Id, b.Citation, Chinese = b.ChineseCitation, InForce = b.InForce.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.SecondarySource }),
            x.Note,
        }),
    };

    private static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
