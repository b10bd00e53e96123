using System.Threading.RateLimiting;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Storage;
using Breakcard.Web.Api;
using Breakcard.Web.Dashboard;
using Breakcard.Web.Demo;
using Breakcard.Web.Judgments;
using Breakcard.Web.Links;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Breakcard.Web.Hosting;

/// <summary>Builds the web host: configuration, services, the request pipeline and every endpoint.</summary>
public static class BreakcardWeb
{
    /// <summary>The cookie scheme for people logged in at <c>/login</c>.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private const string Selector = "Breakcard";

    /// <summary>
    /// Builds the application: settings from <c>breakcard.web.json</c> (or <c>--settings FILE</c>),
    /// <c>BREAKCARD_*</c> environment variables and the command line; opens (and migrates) the store.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        args = NormaliseFlags(args);
        var builder = WebApplication.CreateBuilder(args);
        var settingsFile = builder.Configuration["settings"] ?? "breakcard.web.json";
        builder.Configuration.AddJsonFile(Path.GetFullPath(settingsFile), optional: true);
        builder.Configuration.AddEnvironmentVariables("BREAKCARD_");
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);
        // A host may have registered another engine (a monitoring cluster, ADR 0180) in configure.
        builder.Services.TryAddSingleton<IMonitorEngineFactory, LocalMonitorEngines>();

        var settings = new WebSettings();
        builder.Configuration.Bind(settings);
        Validate(settings);
        builder.Services.AddSingleton(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole();
        // The framework's own request logs carry full URLs (query strings may hold account
        // numbers); RequestLog writes one line per request with the route pattern instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = settings.MaxUploadBytes;
            k.AddServerHeader = false; // no product banner; a few bytes less on every decision
        });

        var time = TimeProvider.System;
        var store = await CaseStores.OpenAsync(settings.Store, time, CancellationToken.None).ConfigureAwait(false);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<ICaseStore>(store);
        builder.Services.AddSingleton(new CaseSystem(store, time));
        builder.Services.AddSingleton<CredentialStore>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<CallerResolver>();
        builder.Services.AddSingleton<AlertBook>();
        builder.Services.AddSingleton<AlertTriage>();
        builder.Services.AddSingleton<JudgmentCorpus>();
        builder.Services.AddSingleton<MonitorHub>();
        builder.Services.AddSingleton<RequestAuditor>();
        builder.Services.AddSingleton<DecisionAuditor>();
        builder.Services.AddSingleton<DecisionRateLimiter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DecisionAuditor>());
        var screeningModel = ScreeningModelSetting.Load(settings.ScreeningModel);
        builder.Services.AddSingleton(_ => new AdScreener(TextNormaliser.Default, screeningModel));
        if (screeningModel is not null)
        {
            builder.Services.AddSingleton(screeningModel); // disposed with the host
        }

        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton<ReviewWorldSource>();
        builder.Services.Configure<JsonOptions>(o =>
        {
            WebJson.Configure(o.SerializerOptions);
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, DecisionJson.Default); // the decision types without reflection
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Breakcard API";
            doc.Info.Description = "Events in, decisions and alerts out; clues, cases, the disciplinary list, traces, link analysis, judgments and screening over the case system's access control. Authenticate with an API key (Authorization: Bearer KEY) or a bearer token from POST /api/v1/token.";
            return Task.CompletedTask;
        }));
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        AddAuthentication(builder.Services);
        AddRateLimits(builder.Services, settings);

        var app = builder.Build();
        await LoadStateAsync(app, settings).ConfigureAwait(false);
        Pipeline.Use(app);
        MapAll(app);
        return app;
    }

    // What lives in the store or in files is read once before the first request: credentials
    // (importing an earlier version's credentials file), alert triage, the reference world.
    private static async Task LoadStateAsync(WebApplication app, WebSettings settings)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Breakcard.Web");
        var credentials = app.Services.GetRequiredService<CredentialStore>();
        var imported = await credentials.ImportFileAsync(CredentialsPath(settings), CancellationToken.None).ConfigureAwait(false);
        if (imported > 0)
        {
            log.LogWarning("imported the credentials of {Users} users from the credentials file into the store; the file was renamed *.imported", imported);
        }

        await credentials.WarmAsync(CancellationToken.None).ConfigureAwait(false);
        log.LogInformation("live monitors: engines {Engines}", app.Services.GetRequiredService<MonitorHub>().Engines);
        await app.Services.GetRequiredService<AlertTriage>().LoadAsync(CancellationToken.None).ConfigureAwait(false);
        if (app.Services.GetRequiredService<TokenIssuer>().Ephemeral)
        {
            log.LogWarning("no jwtSigningKey setting: bearer tokens are signed with a key made at start and end with this process");
        }

        if (settings.World is { Length: > 0 } folder)
        {
            var world = ReferenceWorld.Read(folder, app.Services.GetRequiredService<TimeProvider>());
            app.Services.GetRequiredService<MonitorHub>().SetWorld(settings.WorldInstitution ?? settings.DemoBank, world);
            app.Services.GetRequiredService<ReviewWorldSource>().Folder ??= world.Folder;
            log.LogInformation("reference world: {Accounts} accounts, {People} people, {Rejected} rows rejected", world.Accounts.Count, world.People.Count, world.Quarantine.Records.Count);
            // Rejected rows are not applied; the operator must see which and why (file, line,
            // field — the reasons carry masked identifiers only), not just how many.
            foreach (var rejected in world.Quarantine.Records.Take(50))
            {
                log.LogWarning("reference world row rejected: {Where}", rejected.Error.ToString());
            }

            if (world.Quarantine.Records.Count > 50)
            {
                log.LogWarning("reference world: {More} more rows rejected; the first 50 are listed above", world.Quarantine.Records.Count - 50);
            }
        }
    }

    /// <summary>Turns the bare switch <c>--demo</c> into <c>--demo=true</c> (the configuration reader expects a value after every option).</summary>
    public static string[] NormaliseFlags(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select((a, i) => a == "--demo" && (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) ? "--demo=true" : a)];
    }

    /// <summary>The credentials file of an earlier version, imported into the store when present: the setting, else beside a SQLite store.</summary>
    public static string CredentialsPath(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Credentials is { Length: > 0 } c)
        {
            return Path.GetFullPath(c);
        }

        var location = StoreLocation.Parse(settings.Store);
        return location.Engine == StoreEngine.Sqlite && location.Description.EndsWith(".db", StringComparison.Ordinal) && !location.Description.Contains(' ', StringComparison.Ordinal)
            ? Path.ChangeExtension(Path.GetFullPath(location.Description), ".credentials.json")
            : Path.GetFullPath("breakcard.credentials.json");
    }

    private static void Validate(WebSettings s)
    {
        if (!StoreLocation.TryParse(s.Store, out _, out var error))
        {
            throw new InvalidOperationException($"setting 'store': {error}");
        }

        if (s.MaxBodyBytes <= 0 || s.MaxUploadBytes < s.MaxBodyBytes)
        {
            throw new InvalidOperationException("settings 'maxBodyBytes' and 'maxUploadBytes': must be positive, uploads at least as large as other bodies");
        }

        if (s.RequestsPerSecond <= 0 || s.DecisionsPerSecond <= 0)
        {
            throw new InvalidOperationException("settings 'requestsPerSecond' and 'decisionsPerSecond': must be positive");
        }

        if (s.JwtSigningKey is { Length: > 0 } key && System.Text.Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new InvalidOperationException("setting 'jwtSigningKey': at least 32 bytes (HMAC-SHA256 needs a 256-bit key)");
        }

        if (s.JwtMinutes is < 1 or > 1440 || string.IsNullOrWhiteSpace(s.JwtIssuer) || string.IsNullOrWhiteSpace(s.JwtAudience))
        {
            throw new InvalidOperationException("settings 'jwtMinutes' (1 to 1440), 'jwtIssuer' and 'jwtAudience' (not empty)");
        }
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key, bearer token or cookie", o => o.ForwardDefaultSelector = http =>
                ApiKeyHandler.KeyOf(http.Request) is not { } credential ? CookieScheme
                : TokenIssuer.LooksLikeJwt(credential) ? TokenIssuer.Scheme : ApiKeyHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddJwtBearer(TokenIssuer.Scheme, o =>
            {
                o.MapInboundClaims = true; // "sub" becomes the name identifier the rest of the host reads
                o.Events = new JwtBearerEvents
                {
                    OnChallenge = async ctx =>
                    {
                        ctx.HandleResponse();
                        ctx.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                        await Problems.WriteAsync(ctx.HttpContext, 401, "not authenticated",
                            "the bearer token is not valid (signature, issuer, audience or expiry); get a new one at POST /api/v1/token", "Authorization").ConfigureAwait(false);
                    },
                };
            })
            .AddCookie(CookieScheme, o =>
            {
                o.LoginPath = "/login";
                o.Cookie.Name = "breakcard.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => Redirect(ctx, 401, "not authenticated", "log in at /login or send an API key");
                o.Events.OnRedirectToAccessDenied = ctx => Redirect(ctx, 403, "forbidden", "not allowed");
            });
        services.AddAuthorization();
        services.AddOptions<JwtBearerOptions>(TokenIssuer.Scheme).Configure<TokenIssuer>((o, issuer) => o.TokenValidationParameters = issuer.Validation());
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> ctx, int status, string title, string detail)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return Problems.WriteAsync(ctx.HttpContext, status, title, detail, "Authorization");
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddRateLimits(IServiceCollection services, WebSettings settings)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) => new ValueTask(Problems.WriteAsync(ctx.HttpContext, 429, "too many requests",
                "the rate limit for this client was reached; slow down and retry", "client"));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/api/v1/decisions", StringComparison.Ordinal)
                    ? RateLimitPartition.GetNoLimiter("decisions")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => Bucket(settings.RequestsPerSecond)));
            // Password guessing: 10 attempts a minute per remote address.
            o.AddPolicy(DashboardPages.LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.LoginsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(DecisionEndpoints.RatePolicy, http => RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => Bucket(settings.DecisionsPerSecond)));
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = perSecond * 2,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    // Partition by API key (hashed by the limiter's dictionary, never logged) or by cookie/remote address.
    private static string ClientOf(HttpContext http) =>
        ApiKeyHandler.KeyOf(http.Request) is { } key ? "key:" + key.GetHashCode(StringComparison.Ordinal)
        : http.Request.Cookies.TryGetValue("breakcard.session", out var c) ? "cookie:" + c.GetHashCode(StringComparison.Ordinal)
        : "ip:" + http.Connection.RemoteIpAddress;

    private static void MapAll(WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        HealthEndpoints.Map(app);
        IngestEndpoints.Map(app);
        DecisionEndpoints.Map(app);
        AlertEndpoints.Map(app);
        ClueEndpoints.Map(app);
        CaseEndpoints.Map(app);
        ListingEndpoints.Map(app);
        TraceEndpoints.Map(app);
        LinkEndpoints.Map(app);
        JudgmentEndpoints.Map(app);
        MappingEndpoints.Map(app);
        TokenEndpoints.Map(app);
        ScreeningEndpoints.Map(app);
        AuditEndpoints.Map(app);
        DashboardPages.Map(app);
    }
}
