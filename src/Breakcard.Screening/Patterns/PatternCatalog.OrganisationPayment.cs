using static Breakcard.Screening.Lexicon.Concept;

namespace Breakcard.Screening.Patterns;

// ADR 408: a payment from an organisation's own account to a named party's own account (PatternContext.OrganisationPayment.cs)
// collects nothing for the reader and lends no account; read only for a pair or hit already found.
public static partial class PatternCatalog
{
    // A collection pair where either term lies in such a payment, or the collecting term names a third party's collecting account
    // (商户收款账户打款验证).
    private static bool PaysOrganisationsOwn(PatternContext c, int i, int j) =>
        c.IsThirdPartysCollectingAccount(i) || c.IsOrganisationsPayment(i) || c.IsOrganisationsPayment(j);

    // A corporate-account hit whose account is the payer of such a payment (收⏎结算：钱从社里对公账户转到…).
    private static bool IsPayersAccount(PatternContext c, (int First, int Last) h)
    {
        for (var k = h.First; k <= h.Last; k++)
        {
            if (c.Terms[k].Has(CorporateAccount) && c.IsOrganisationsPayment(k))
            {
                return true;
            }
        }

        return false;
    }
}
