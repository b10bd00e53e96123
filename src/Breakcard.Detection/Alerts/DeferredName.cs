using System.Globalization;

namespace Breakcard.Detection.Alerts;

/// <summary>
/// An identifier an alert names by its index because the process that raised the alert does not
/// hold its text (ADR 0358): a shard of the sharded mode keeps the text of its own identifiers
/// only, so an evidence record's counterparty on another shard, or a device counted on another
/// shard, is written as this token and replaced by the gateway, which numbers every identifier, when
/// it merges the alerts. A single process holds every text and never writes one.
/// </summary>
public static class DeferredName
{
    // A unit separator (a control character no account number, phone number or device id of the
    // input is expected to begin with), then the kind letter and the index. An input identifier
    // that did begin with it would be read as a token by the merge (recorded in ADR 0358).
    private const char Mark = '\u001F';

    /// <summary>An account named by its index.</summary>
    public const char Account = 'a';

    /// <summary>A phone number named by its index.</summary>
    public const char Phone = 'p';

    /// <summary>A device named by its index.</summary>
    public const char Device = 'd';

    /// <summary>The token naming identifier <paramref name="index"/> of kind <paramref name="kind"/>.</summary>
    public static string Of(char kind, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Create(CultureInfo.InvariantCulture, $"{Mark}{kind}{index}");
    }

    /// <summary>True when <paramref name="text"/> is a token; then its kind and index.</summary>
    public static bool TryParse(string? text, out char kind, out int index)
    {
        (kind, index) = ('\0', -1);
        if (text is not { Length: >= 3 } || text[0] != Mark)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            throw new InvalidDataException("a deferred identifier name without an index");
        }

        kind = text[1];
        return true;
    }
}
