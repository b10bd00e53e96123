namespace Breakcard.Ingest.Internal;

/// <summary>Currency codes ingest treats specially.</summary>
internal static class Currencies
{
    /// <summary>The renminbi (ISO 4217). Amounts in it need no rate; every other currency does.</summary>
    public const string Yuan = "CNY";
}
