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
}
