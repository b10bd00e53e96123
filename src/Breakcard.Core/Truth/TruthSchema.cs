namespace Breakcard.Core.Truth;

/// <summary>
/// File and column names of the ground-truth files in a world folder's <c>truth/</c>
/// (docs/data-format.md). Every evaluation (monitoring precision and recall, time to detect,
/// fund-chain tracing, judgments) reads them; the simulator writes them.
/// </summary>
public static class TruthSchema
{
    /// <summary>Folder of the truth files inside a world folder.</summary>
    public const string Folder = "truth";

    /// <summary>One row per person.</summary>
    public const string PersonsCsv = "persons.csv";

    /// <summary>One row per account.</summary>
    public const string AccountsCsv = "accounts.csv";

    /// <summary>One row per phone card.</summary>
    public const string PhonesCsv = "phones.csv";

    /// <summary>One row per device.</summary>
    public const string DevicesCsv = "devices.csv";

    /// <summary>One row per company.</summary>
    public const string CompaniesCsv = "companies.csv";

    /// <summary>One row per illicit event; an event not listed is normal life.</summary>
    public const string EventsCsv = "events.csv";

    /// <summary>Where each victim payment's money ended (first-in-first-out attribution).</summary>
    public const string FundFlowsCsv = "fund_flows.csv";

    /// <summary>One row per ring.</summary>
    public const string RingsCsv = "rings.csv";

    /// <summary>One row per person who aided a ring, with what a judgment needs.</summary>
    public const string AidersCsv = "aiders.csv";

    /// <summary>Columns of persons.csv.</summary>
    public static readonly string[] PersonColumns =
        ["person_id", "persona", "role", "typologies", "ring_id", "recruitment", "prior_conviction_year", "first_illicit_at"];

    /// <summary>Columns of accounts.csv.</summary>
    public static readonly string[] AccountColumns =
        ["account_number", "holder_id", "persona", "role", "typologies", "ring_id", "source", "sold_at", "first_illicit_at"];

    /// <summary>Columns of phones.csv.</summary>
    public static readonly string[] PhoneColumns = ["number", "holder_id", "role", "typologies", "ring_id", "first_illicit_at"];

    /// <summary>Columns of devices.csv.</summary>
    public static readonly string[] DeviceColumns = ["device_id", "owner_id", "role", "typologies", "ring_id", "first_illicit_at"];

    /// <summary>Columns of companies.csv.</summary>
    public static readonly string[] CompanyColumns = ["company_id", "persona", "role", "typologies", "ring_id"];

    /// <summary>Columns of events.csv.</summary>
    public static readonly string[] EventColumns = ["event_id", "type", "typology", "ring_id", "pattern", "alert_id", "actor_id"];

    /// <summary>Columns of fund_flows.csv.</summary>
    public static readonly string[] FundFlowColumns = ["source_event_id", "end", "end_event_id", "end_account", "amount_fen"];

    /// <summary>Columns of rings.csv.</summary>
    public static readonly string[] RingColumns =
        ["ring_id", "scheme", "first_day", "last_day", "victims", "victim_loss_fen", "members", "bank_cards", "phone_cards", "components"];

    /// <summary>Columns of aiders.csv.</summary>
    public static readonly string[] AiderColumns =
    [
        "person_id", "ring_id", "role", "conduct", "typology", "recruitment", "bank_cards_provided", "phone_cards_provided",
        "settlement_fen", "illegal_gains_fen", "recidivist", "prior_conviction_year", "first_act", "last_act", "convicted", "grounds",
    ];

    /// <summary>Separator of the multi-valued <c>typologies</c> column.</summary>
    public const char ListSeparator = ';';

    /// <summary>Values of the <c>end</c> column of fund_flows.csv.</summary>
    public static class FlowEnds
    {
        /// <summary>Left the banking system as cash or goods (ATM, POS, counter); <c>end_event_id</c> is the withdrawal.</summary>
        public const string CashOut = "cash_out";

        /// <summary>Kept by a mule as commission in <c>end_account</c>; no event.</summary>
        public const string Commission = "commission";

        /// <summary>Paid to a ring's helper (dealer, developer, line keeper) by <c>end_event_id</c>.</summary>
        public const string Payout = "payout";

        /// <summary>Still in <c>end_account</c> when the period ended.</summary>
        public const string Held = "held";
    }

    /// <summary>Values of the <c>source</c> column of truth/accounts.csv: how the ring got the account.</summary>
    public static class AccountSources
    {
        /// <summary>The holder's own account, in normal use before it was sold or rented.</summary>
        public const string Existing = "existing";

        /// <summary>Opened by the holder shortly before the sale, to sell.</summary>
        public const string New = "new";

        /// <summary>A long-dormant card, sold and revived.</summary>
        public const string Dormant = "dormant";

        /// <summary>Opened by a bank insider in breach of the real-name rules.</summary>
        public const string Insider = "insider";

        /// <summary>Used by its own holder for the ring (settlement mules, dealers, helpers, shell fronts).</summary>
        public const string Own = "own";
    }
}
