using System.Globalization;
using System.Net;
using System.Text;

namespace Breakcard.Cli.Reporting;

/// <summary>
/// A self-contained HTML report (no scripts, no external assets; images are files beside it) that
/// each demo stage adds a section to. Every piece of text is HTML-encoded.
/// </summary>
public sealed class HtmlReport(string title)
{
    private readonly List<ReportSection> _sections = [];

    /// <summary>The sections added so far, in order.</summary>
    public IReadOnlyList<ReportSection> Sections => _sections;

    /// <summary>Adds a section and returns it for filling in.</summary>
    public ReportSection Add(string id, string sectionTitle)
    {
        var section = new ReportSection(id, sectionTitle);
        _sections.Add(section);
        return section;
    }

    /// <summary>Renders the report.</summary>
    public string Render(DateTimeOffset generatedAt)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n")
          .Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"meta\">Generated ")
          .Append(E(generatedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)))
          .Append(" · all data synthetic</p>\n<nav>");
        foreach (var s in _sections)
        {
            sb.Append("<a href=\"#").Append(E(s.Id)).Append("\">").Append(E(s.Title)).Append("</a> ");
        }

        sb.Append("</nav></header>\n<main>\n");
        foreach (var s in _sections)
        {
            RenderSection(sb, s);
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Renders and writes the report to <paramref name="path"/>.</summary>
    public async Task WriteAsync(string path, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, Render(generatedAt), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }

    private static void RenderSection(StringBuilder sb, ReportSection s)
    {
        sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(E(s.Title)).Append("</h2>\n");
        if (s.Lead is not null)
        {
            sb.Append("<p>").Append(E(s.Lead)).Append("</p>\n");
        }

        if (s.Figures.Count > 0)
        {
            sb.Append("<dl class=\"figures\">");
            foreach (var (label, value) in s.Figures)
            {
                sb.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");
            }

            sb.Append("</dl>\n");
        }

        foreach (var t in s.Tables)
        {
            sb.Append("<table>\n<caption>").Append(E(t.Caption)).Append("</caption>\n<thead><tr>");
            foreach (var h in t.Header)
            {
                sb.Append("<th>").Append(E(h)).Append("</th>");
            }

            sb.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in t.Rows)
            {
                sb.Append("<tr>");
                foreach (var cell in row)
                {
                    sb.Append("<td>").Append(E(cell)).Append("</td>");
                }

                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        foreach (var (path, caption) in s.Images)
        {
            sb.Append("<figure><img src=\"").Append(E(path)).Append("\" alt=\"").Append(E(caption))
              .Append("\"><figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");
        }

        foreach (var note in s.Notes)
        {
            sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }

        sb.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2330; background: #f6f7f9; }
        header { background: #1d2330; color: #fff; padding: 1.2rem 2rem; }
        header h1 { margin: 0 0 .3rem; font-size: 1.5rem; }
        header .meta { margin: 0 0 .6rem; opacity: .75; font-size: .85rem; }
        nav a { color: #9cc3ff; margin-right: 1rem; text-decoration: none; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
        section { background: #fff; border-radius: 8px; padding: 1rem 1.5rem; margin: 1.2rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
        h2 { margin-top: .2rem; font-size: 1.2rem; }
        dl.figures { display: flex; flex-wrap: wrap; gap: .8rem; }
        dl.figures div { background: #eef2f8; border-radius: 6px; padding: .5rem .8rem; min-width: 9rem; }
        dt { font-size: .75rem; color: #566; } dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .85rem; width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid #e3e6ea; padding: .3rem .5rem; text-align: left; }
        th { background: #f0f2f5; }
        figure img { max-width: 100%; }
        .note { color: #566; font-size: .85rem; }

        """;
}
