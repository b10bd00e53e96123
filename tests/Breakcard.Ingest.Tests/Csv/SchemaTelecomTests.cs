using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;

namespace Breakcard.Ingest.Tests.Csv;

/// <summary>Breakcard's own calls.csv, sms.csv and logins.csv, read without a mapping.</summary>
public sealed class SchemaTelecomTests
{
    private const string Imei = "868914031234563"; // Luhn-valid IMEI

    [Fact]
    public void Read_Calls_GiveExactEvents()
    {
        var result = TestInput.Read("id,time,caller,callee,duration_s,cell_id,device_id\n"
            + $"C1,2024-03-01T08:16:02+08:00,13812345678,13998765432,35,510104-0012,{Imei}\n"
            + "C2,2024-03-01T08:17:00+08:00,+8613812345678,95588,0,,\n", InputFormat.Calls, "calls.csv");

        var calls = result.All<CallEvent>();
        Assert.Equal(new CallEvent("C1", new DateTimeOffset(2024, 3, 1, 8, 16, 2, TimeSpan.FromHours(8)), "13812345678", "13998765432", 35, "510104-0012", DeviceId.Parse(Imei)), calls[0]);
        Assert.Equal(new CallEvent("C2", new DateTimeOffset(2024, 3, 1, 8, 17, 0, TimeSpan.FromHours(8)), "+8613812345678", "95588", 0, null, null), calls[1]);
    }

    [Theory]
    [InlineData("C9,2024-03-01T08:00:00+08:00,138-1234-5678,13998765432,35,,", "caller", RejectReason.InvalidPhoneNumber)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,,35,,", "callee", RejectReason.MissingValue)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,13998765432,-1,,", "duration_s", RejectReason.InvalidDuration)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,13998765432,86401,,", "duration_s", RejectReason.InvalidDuration)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,13998765432,3.5,,", "duration_s", RejectReason.InvalidDuration)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,13998765432,35,cell 1,", "cell_id", RejectReason.InvalidText)]
    [InlineData("C9,2024-03-01T08:00:00+08:00,13812345678,13998765432,35,,868914031234564", "device_id", RejectReason.InvalidDevice)]
    public void Read_BadCall_IsQuarantinedWithField(string row, string field, RejectReason reason)
    {
        var rejected = TestInput.Read("id,time,caller,callee,duration_s,cell_id,device_id\n" + row + "\n", InputFormat.Calls, "calls.csv").SingleRejected();
        Assert.Equal((2L, field, reason), (rejected.Error.Line!.Value, rejected.Error.Field!, rejected.Reason));
    }

    [Fact]
    public void Read_Sms_GiveExactEvents()
    {
        var result = TestInput.Read("id,time,sender,receiver,kind,cell_id,device_id\n"
            + "S1,2024-03-01T08:16:10+08:00,1069012345,13812345678,verification_code,510104-0012,\n", InputFormat.Sms, "sms.csv");
        Assert.Equal(new SmsEvent("S1", new DateTimeOffset(2024, 3, 1, 8, 16, 10, TimeSpan.FromHours(8)), "1069012345", "13812345678", SmsKind.VerificationCode, "510104-0012", null),
            result.Single<SmsEvent>());
    }

    [Theory]
    [InlineData("S9,2024-03-01T08:00:00+08:00,1069012345,13812345678,spam,,", "kind", RejectReason.UnknownValue)]
    [InlineData("S9,2024-03-01T08:00:00+08:00,1069012345,13812345678,,,", "kind", RejectReason.MissingValue)]
    [InlineData("S9,2024-03-01T08:00:00+08:00,ALIPAY,13812345678,notification,,", "sender", RejectReason.InvalidPhoneNumber)]
    public void Read_BadSms_IsQuarantinedWithField(string row, string field, RejectReason reason)
    {
        var rejected = TestInput.Read("id,time,sender,receiver,kind,cell_id,device_id\n" + row + "\n", InputFormat.Sms, "sms.csv").SingleRejected();
        Assert.Equal((field, reason), (rejected.Error.Field!, rejected.Reason));
    }

    [Fact]
    public void Read_Logins_GiveExactEvents()
    {
        var result = TestInput.Read("id,time,account,device_id,ip\n"
            + $"L1,2024-03-01T08:17:00+08:00,6222021001234567894,{Imei},171.88.12.34\n"
            + "L2,2024-03-01T08:18:00+08:00,6222021001234567894,fp-00ab:cd,\n", InputFormat.Logins, "logins.csv");
        var logins = result.All<LoginEvent>();
        Assert.Equal(new LoginEvent("L1", new DateTimeOffset(2024, 3, 1, 8, 17, 0, TimeSpan.FromHours(8)), "6222021001234567894", DeviceId.Parse(Imei), IpAddress.Parse("171.88.12.34")), logins[0]);
        Assert.Null(logins[1].Ip);
        Assert.Equal("fp-00ab:cd", logins[1].Device.Reveal());
    }

    [Theory]
    [InlineData("L9,2024-03-01T08:00:00+08:00,6222021001234567894,,171.88.12.34", "device_id", RejectReason.MissingValue)]
    [InlineData("L9,2024-03-01T08:00:00+08:00,6222021001234567894,868914031234563,171.088.12.34", "ip", RejectReason.InvalidIp)]
    [InlineData("L9,2024-03-01T08:00:00+08:00,CASH:ATM-1,868914031234563,", "account", RejectReason.InvalidAccount)]
    public void Read_BadLogin_IsQuarantinedWithField(string row, string field, RejectReason reason)
    {
        var rejected = TestInput.Read("id,time,account,device_id,ip\n" + row + "\n", InputFormat.Logins, "logins.csv").SingleRejected();
        Assert.Equal((field, reason), (rejected.Error.Field!, rejected.Reason));
    }
}
