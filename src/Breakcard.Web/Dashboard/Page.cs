using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Breakcard.Web.Dashboard;

/// <summary>One server-rendered page: the layout (navigation, language switch, user), HTML-encoded text helpers and the anti-forgery token for forms.</summary>
internal sealed class Page
{
    private readonly StringBuilder _body = new();
    private readonly HttpContext _http;

    public Page(HttpContext http, string titleKey)
    {
        _http = http;
        Lang = http.Request.Cookies.TryGetValue("lang", out var l) && l == "zh" ? "zh" : "en";
        TitleKey = titleKey;
    }

    public string Lang { get; }

    public string TitleKey { get; }

    public string T(string key) => Texts.Get(key, Lang);

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public Page Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    public Page H(string tag, string text, string? cls = null)
    {
        _body.Append('<').Append(tag).Append(cls is null ? "" : $" class=\"{cls}\"").Append('>').Append(E(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    public string Token()
    {
        var tokens = _http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(_http);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    /// <summary>A table with encoded cells; cells starting with "\u0001" are raw HTML.</summary>
    public Page Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? id = null)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return H("p", T("none"), "muted");
        }

        _body.Append(id is null ? "<table>" : $"<table id=\"{id}\">").Append("<thead><tr>");
        foreach (var h in headers)
        {
            _body.Append("<th>").Append(E(h)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        foreach (var r in list)
        {
            _body.Append("<tr>");
            foreach (var c in r)
            {
                _body.Append("<td>").Append(c.StartsWith('\u0001') ? c[1..] : E(c)).Append("</td>");
            }

            _body.Append("</tr>");
        }

        _body.Append("</tbody></table>");
        return this;
    }

    public static string RawCell(string html) => "\u0001" + html;

    public static string Link(string href, string text) => RawCell($"<a href=\"{E(href)}\">{E(text)}</a>");

    public IResult Result(int status = 200)
    {
        var user = _http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html lang=\"").Append(Lang == "zh" ? "zh-CN" : "en").Append("\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(E(T(TitleKey))).Append(" · ").Append(E(T("app"))).Append("</title>")
          .Append("<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script></head><body>")
          .Append("<header><a class=\"brand\" href=\"/\">").Append(E(T("app"))).Append("</a><nav>");
        if (user is not null)
        {
            foreach (var (href, key) in new[] { ("/", "overview"), ("/alerts", "alerts"), ("/clues", "clues"), ("/cases", "cases"), ("/trace", "trace"), ("/links", "links"), ("/listings", "listings"), ("/review", "review"), ("/judgments", "judgments"), ("/screening", "screening") })
            {
                sb.Append("<a href=\"").Append(href).Append("\">").Append(E(T(key))).Append("</a>");
            }
        }

        sb.Append("</nav><div class=\"who\">");
        var back = E(_http.Request.Path + _http.Request.QueryString);
        sb.Append("<a id=\"lang-en\" href=\"/lang/en?back=").Append(back).Append("\">EN</a> · <a id=\"lang-zh\" href=\"/lang/zh?back=").Append(back).Append("\">中文</a>");
        if (user is not null)
        {
            sb.Append(" · <span id=\"user\">").Append(E(user)).Append("</span> <form method=\"post\" action=\"/logout\" class=\"inline\">").Append(Token())
              .Append("<button>").Append(E(T("logout"))).Append("</button></form>");
        }

        sb.Append("</div></header><main><h1>").Append(E(T(TitleKey))).Append("</h1>").Append(_body).Append("</main></body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
