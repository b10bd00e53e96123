using System.CommandLine;
using System.Globalization;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Core.Identifiers;
using Breakcard.Storage;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>
/// What the case-system commands share: the <c>--store</c> and <c>--as</c> options, opening the
/// store and resolving the acting user (so the service layer's permissions apply on the command
/// line too), mapping refusals to exit codes, and parsing option values with clear errors.
/// </summary>
internal static class CaseCli
{
    /// <summary>Environment variable naming the default store.</summary>
    public const string StoreVariable = "BREAKCARD_STORE";

    /// <summary>Environment variable naming the default acting user.</summary>
    public const string UserVariable = "BREAKCARD_USER";

    /// <summary>The store option, inherited by every subcommand of the group it is added to.</summary>
    public static Option<string> StoreOption() => new("--store")
    {
        Description = $"Where the records are: a SQLite file (default {StoreLocation.DefaultFile} in this folder, or ${StoreVariable}), sqlite:PATH, a postgresql:// URI or a Host=… connection string.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } s ? s : StoreLocation.DefaultFile,
        Recursive = true,
    };

    /// <summary>The acting-user option, inherited by every subcommand.</summary>
    public static Option<string?> AsOption() => new("--as")
    {
        Description = $"Act as this user (name@institution; default ${UserVariable}). Permissions, masking and the audit log apply to that user.",
        Recursive = true,
    };

    /// <summary>Binds a body that needs the store and the acting user.</summary>
    public static void SetCaseBody(this Command command, CliContext cli, Option<string> store, Option<string?> user,
        Func<CaseSession, ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(cli, FullName(command), () => Mapped(cli, FullName(command), async () =>
        {
            await using var opened = await OpenAsync(cli, parse.GetValue(store)!, ct).ConfigureAwait(false);
            var userId = parse.GetValue(user) ?? Environment.GetEnvironmentVariable(UserVariable);
            if (string.IsNullOrWhiteSpace(userId))
            {
                throw Invalid("--as", $"no acting user: give --as name@institution or set {UserVariable}");
            }

            var caller = await opened.System.Administration.ResolveCallerAsync(userId.Trim(), ct).ConfigureAwait(false);
            return await body(new CaseSession(cli, opened.System, caller), parse, ct).ConfigureAwait(false);
        })));
    }

    /// <summary>Binds a body that needs the store but no acting user (initialising an empty store).</summary>
    public static void SetStoreBody(this Command command, CliContext cli, Option<string> store, Func<CaseSystem, ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(cli, FullName(command), () => Mapped(cli, FullName(command), async () =>
        {
            await using var opened = await OpenAsync(cli, parse.GetValue(store)!, ct).ConfigureAwait(false);
            return await body(opened.System, parse, ct).ConfigureAwait(false);
        })));
    }

    /// <summary>An option value that must be an identifier of <paramref name="kind"/>.</summary>
    public static Identifier Id(IdentifierKind kind, string? text, string option) =>
        Identifier.TryParse(kind, text, out var id, out var error) ? id : throw Invalid(option, $"not a valid {Identifier.Describe(kind)}: {error}");

    /// <summary>An optional identifier.</summary>
    public static Identifier? OptionalId(IdentifierKind kind, string? text, string option) => text is null ? null : Id(kind, text, option);

    /// <summary>A date yyyy-MM-dd.</summary>
    public static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw Invalid(option, "not a date of the form yyyy-MM-dd");

    /// <summary>An amount in yuan ("48000", "48,000.50").</summary>
    public static Money Yuan(string? text, string option) =>
        Money.TryParseYuan(text, out var m, out var error) ? m : throw Invalid(option, $"not an amount in yuan: {error}");

    /// <summary>A snake_case enum value, with the allowed values in the error.</summary>
    public static T Code<T>(string? text, string option) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(Snake(v), text?.Trim().Replace('-', '_'), StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        throw Invalid(option, $"unknown value '{text}'; expected one of {string.Join(", ", Enum.GetValues<T>().Select(Snake))}");
    }

    /// <summary>The snake_case code of an enum value, as options and output write it.</summary>
    public static string Snake<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Bad input in a command-line option.</summary>
    public static InvalidInputException Invalid(string option, string reason) => new(new InputError("command line", null, option, reason));

    private static string FullName(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && c is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    private static async Task<OpenedStore> OpenAsync(CliContext cli, string location, CancellationToken ct)
    {
        if (!StoreLocation.TryParse(location, out var parsed, out var error))
        {
            throw Invalid("--store", error);
        }

        var store = await CaseStores.OpenAsync(parsed, cli.Time, ct).ConfigureAwait(false);
        return new OpenedStore(store, new CaseSystem(store, cli.Time));
    }

    // The case system's refusals become one line and their own exit codes; the rest goes to CommandRunner.
    private static async Task<int> Mapped(CliContext cli, string name, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (AccessDeniedException ex)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.PermissionDenied).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or StateConflictException)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.Conflict).ConfigureAwait(false);
        }
        catch (NotFoundException ex)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.InvalidInput).ConfigureAwait(false);
        }
        catch (IntegrityException ex)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.IntegrityFailure).ConfigureAwait(false);
        }
        catch (StoreVersionException ex)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.IoError).ConfigureAwait(false);
        }
        catch (IdentifierFormatException ex)
        {
            return await Fail(cli, name, ex.Message, ExitCodes.InvalidInput).ConfigureAwait(false);
        }
    }

    private static async Task<int> Fail(CliContext cli, string name, string message, int code)
    {
        await cli.Error.WriteLineAsync($"breakcard {name}: {message}").ConfigureAwait(false);
        return code;
    }

    private sealed record OpenedStore(ICaseStore Store, CaseSystem System) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Store.DisposeAsync();
    }
}

/// <summary>An opened store and the acting user, for one command.</summary>
/// <param name="Cli">Console, error writer and clock.</param>
/// <param name="System">The service layer.</param>
/// <param name="Caller">The acting user.</param>
internal sealed record CaseSession(CliContext Cli, CaseSystem System, Caller Caller);
