using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Core.Truth;

namespace Breakcard.Core.Tests.Events;

public sealed class EventSchemaTests
{
    [Fact]
    public void Channel_TextForms_RoundTrip()
    {
        foreach (var channel in Enum.GetValues<Channel>())
        {
            Assert.True(EventSchema.TryParseChannel(EventSchema.ToText(channel), out var parsed));
            Assert.Equal(channel, parsed);
        }

        Assert.False(EventSchema.TryParseChannel("wire", out _));
    }

    [Theory]
    [InlineData(AccountClass.ClassII, "class_ii")]
    [InlineData(PhoneCardKind.IoT, "iot")]
    [InlineData(Typology.SmsCodeReception, "sms_code_reception")]
    [InlineData(Education.PrimaryOrNone, "primary_or_none")]
    public void Snake_EnumValue_GivesSnakeCaseThatParsesBack(object value, string expected)
    {
        var text = (string)typeof(EventSchema).GetMethod(nameof(EventSchema.Snake))!
            .MakeGenericMethod(value.GetType()).Invoke(null, [value])!;
        Assert.Equal(expected, text);
    }

    [Fact]
    public void TryParseSnake_EveryTypology_RoundTrips()
    {
        foreach (var t in Enum.GetValues<Typology>())
        {
            Assert.True(EventSchema.TryParseSnake<Typology>(EventSchema.Snake(t), out var parsed));
            Assert.Equal(t, parsed);
        }
    }

    [Fact]
    public void TransactionEvent_ToString_MasksAccounts()
    {
        var card = BankCardNumber.FromPayload("622202" + "100200300400").Reveal();
        var e = new TransactionEvent("T1", DateTimeOffset.UnixEpoch, card, CashPoints.For("ATM-1"), Money.FromYuan(5), Channel.AtmCash, null);
        Assert.DoesNotContain(card, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CashPoints_Prefix_IdentifiesCash()
    {
        Assert.True(CashPoints.IsCash(CashPoints.For("ATM-7")));
        Assert.False(CashPoints.IsCash("6222021002003004001"));
    }

    [Fact]
    public void Ages_Birthday_CountsOnTheDay()
    {
        var birth = new DateOnly(2004, 5, 18);
        Assert.Equal(17, Ages.Between(birth, new DateOnly(2022, 5, 17)));
        Assert.Equal(18, Ages.Between(birth, new DateOnly(2022, 5, 18)));
        Assert.True(Ages.IsUnder18(birth, new DateOnly(2022, 5, 17)));
        Assert.False(Ages.IsUnder18(birth, new DateOnly(2022, 5, 18)));
    }

    [Fact]
    public void Ages_CriminalLaw_ReachesAgeTheDayAfterTheBirthday()
    {
        // 法释〔2006〕1号 Art. 2: on the 18th birthday itself the person is still 17.
        var birth = new DateOnly(2004, 5, 18);
        Assert.Equal(17, Ages.CriminalLaw(birth, new DateOnly(2022, 5, 18)));
        Assert.Equal(18, Ages.CriminalLaw(birth, new DateOnly(2022, 5, 19)));
        Assert.True(Ages.IsMinorInCriminalLaw(birth, new DateOnly(2022, 5, 18)));
        Assert.False(Ages.IsMinorInCriminalLaw(birth, new DateOnly(2022, 5, 19)));
        // A 29 February birthday: the age is reached on 1 March of a common year.
        Assert.Equal(17, Ages.CriminalLaw(new DateOnly(2004, 2, 29), new DateOnly(2022, 2, 28)));
        Assert.Equal(18, Ages.CriminalLaw(new DateOnly(2004, 2, 29), new DateOnly(2022, 3, 1)));
    }
}
