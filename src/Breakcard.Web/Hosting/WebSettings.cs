namespace Breakcard.Web.Hosting;

/// <summary>
/// What the host needs to start, bound from configuration: the settings file
/// (<c>breakcard.web.json</c> in the working folder, or <c>--settings FILE</c>), then environment
/// variables with the prefix <c>BREAKCARD_</c> (for example <c>BREAKCARD_STORE</c>), then the
/// command line (<c>--store …</c>). Later sources win.
/// </summary>
public sealed class WebSettings
{
    /// <summary>The case store: a SQLite file path (default <c>breakcard.db</c>) or a PostgreSQL connection string.</summary>
    public string Store { get; set; } = "breakcard.db";

    /// <summary>The credentials file (password hashes and API key hashes); default beside a SQLite store, else <c>breakcard.credentials.json</c>.</summary>
    public string? Credentials { get; set; }

    /// <summary>Seed demo institutions, users, alerts, clues and cases (<c>serve --demo</c>).</summary>
    public bool Demo { get; set; }

    /// <summary>The demo work folder (<c>breakcard demo --out</c>); its <c>monitor/alerts.jsonl</c> and <c>world/</c> are loaded when present.</summary>
    public string DemoFolder { get; set; } = "breakcard-demo";

    /// <summary>Size of the small city simulated when no demo folder exists: people.</summary>
    public int DemoPeople { get; set; } = 3_000;

    /// <summary>Size of the small city simulated when no demo folder exists: days.</summary>
    public int DemoDays { get; set; } = 14;

    /// <summary>Where that small city is kept between runs (default: the temp folder).</summary>
    public string? DemoWorldCache { get; set; }

    /// <summary>Largest request body in bytes for ingest uploads.</summary>
    public long MaxUploadBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Largest request body in bytes for every other request.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests a client may make per second (token bucket, per user); decisions have their own budget.</summary>
    public int RequestsPerSecond { get; set; } = 200;

    /// <summary>Decisions a client may ask per second.</summary>
    public int DecisionsPerSecond { get; set; } = 100_000;

    /// <summary>Login attempts allowed per minute from one address.</summary>
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>How long a resolved user is trusted before the store is asked again (deactivation takes effect within it).</summary>
    public int CallerCacheSeconds { get; set; } = 10;

    /// <summary>Where the live monitor writes its alerts (<c>alerts.jsonl</c>); default a folder beside the store.</summary>
    public string? MonitorFolder { get; set; }

    /// <summary>Institution whose monitor the demo data belongs to.</summary>
    public string DemoBank { get; set; } = "bank-a";

    /// <summary>The key bearer tokens are signed with (HMAC-SHA256, at least 32 bytes of text); every host of one deployment needs the same. Unset: a random key per process.</summary>
    public string? JwtSigningKey { get; set; }

    /// <summary>The issuer written into tokens and required of them.</summary>
    public string JwtIssuer { get; set; } = "breakcard";

    /// <summary>The audience written into tokens and required of them.</summary>
    public string JwtAudience { get; set; } = "breakcard-api";

    /// <summary>Token lifetime in minutes (1 to 1440).</summary>
    public int JwtMinutes { get; set; } = 15;

    /// <summary>
    /// A job-ad screening model file (<c>breakcard screen train --out FILE</c>). With it the screening API and page
    /// use the model-led score with the patterns' floor (ADR 306); unset, the patterns alone (ADR 52's bands).
    /// </summary>
    public string? ScreeningModel { get; set; }

    /// <summary>A world folder whose entity files (people, companies, accounts, phones, devices, links) are the reference data of <see cref="WorldInstitution"/>'s live monitor and of link analysis.</summary>
    public string? World { get; set; }

    /// <summary>The institution whose monitor the <see cref="World"/> reference data belongs to (default: <see cref="DemoBank"/>).</summary>
    public string? WorldInstitution { get; set; }
}
