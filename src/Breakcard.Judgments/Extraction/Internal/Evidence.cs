using Breakcard.Core;
using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>What the facts, reasoning and result say about one defendant, gathered clause by clause.</summary>
internal sealed class Evidence
{
    public Amount? Settlement { get; private set; }

    public Amount? Gains { get; private set; }

    public bool ZeroGains { get; set; }

    public Amount? ResultGains { get; private set; }

    public Quantity? BankCards { get; private set; }

    public Quantity? BankCardsTotal { get; private set; }

    public Quantity? PhoneCards { get; private set; }

    public Quantity? PhoneCardsTotal { get; private set; }

    public ConductKinds Conduct { get; set; }

    /// <summary>Cards or accounts handed over without saying whose ("将银行卡出租给上家").</summary>
    public bool ProvidesUnmarkedCards { get; set; }

    /// <summary>
    /// The conduct found, with cards handed over without saying whose counted as the defendant's
    /// own — unless the defendant dealt in others' cards, whose cards those then most likely are.
    /// </summary>
    public ConductKinds FinalConduct =>
        ProvidesUnmarkedCards && (Conduct & ConductKinds.CardDealing) == 0 ? Conduct | ConductKinds.OwnCards : Conduct;

    public DateOnly? OffenceStart { get; private set; }

    public bool Restitution { get; set; }

    public Flag Surrender;
    public Flag Confession;
    public Flag Plea;
    public Flag Recidivist;
    public Flag Accessory;
    public Flag Minor;
    public bool StudentStated { get; set; }

    public void AddSettlement(Amount a) => Settlement = Max(Settlement, a);

    public void AddGains(Amount a) => Gains = Max(Gains, a);

    public void AddResultGains(Amount a) => ResultGains = Max(ResultGains, a);

    public void AddBankCards(Quantity q, bool total)
    {
        if (total)
        {
            BankCardsTotal = Max(BankCardsTotal, q);
        }
        else
        {
            BankCards = Max(BankCards, q);
        }
    }

    public void AddPhoneCards(Quantity q, bool total)
    {
        if (total)
        {
            PhoneCardsTotal = Max(PhoneCardsTotal, q);
        }
        else
        {
            PhoneCards = Max(PhoneCards, q);
        }
    }

    public void AddDate(DateOnly date)
    {
        if (OffenceStart is null || date < OffenceStart)
        {
            OffenceStart = date;
        }
    }

    private static Amount? Max(Amount? current, Amount a) =>
        current is not { } c || a.Value > c.Value || (a.Value == c.Value && !a.AtLeast && c.AtLeast) ? a : c;

    private static Quantity? Max(Quantity? current, Quantity q) =>
        current is not { } c || q.Value > c.Value ? q : c;

    /// <summary>A circumstance the reasoning may affirm or deny.</summary>
    public struct Flag
    {
        public bool Affirmed;
        public bool Denied;

        /// <summary>Denial wins: a court that rejects a claimed surrender has not found one.</summary>
        public readonly bool Value => Affirmed && !Denied;
    }
}
