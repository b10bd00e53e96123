using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Tests.Mapping;

/// <summary>What a mapping can say about a bank's or operator's CSV export, each checked on a small file.</summary>
public sealed class MappedCsvTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Read_GbkFileWithEuropeanNumbers_DecodesAndConverts()
    {
        var mapping = TestInput.Mapping("""
            {
              "kind": "transactions", "encoding": "gbk", "delimiter": ";",
              "fields": {
                "id": { "column": "流水号" },
                "time": { "column": "交易时间", "format": "yyyy年MM月dd日 HH:mm:ss", "timeZone": "Asia/Shanghai" },
                "debit": { "column": "付款账号" },
                "credit": { "column": "收款账号" },
                "amount": { "column": "金额", "decimalSeparator": ",", "groupSeparator": ".", "currency": { "fixed": "CNY" } },
                "channel": { "column": "渠道", "values": { "网银": "transfer", "柜面": "counter" } },
                "memo": { "column": "附言" }
              }
            }
            """);
        var gbk = EncodingCatalog.TryGet("gbk", out var e) ? e! : throw new InvalidOperationException();
        var bytes = gbk.GetBytes("流水号;交易时间;付款账号;收款账号;金额;渠道;附言\n"
            + "A001;2024年03月01日 20:05:09;6222021001234567894;6217001234567890123;1.234,50;网银;房租\n"
            + "A002;2024年03月01日 20:06:00;6222021001234567894;6217001234567890123;12,345;柜面;\n");
        var result = TestInput.Read(bytes, mapping);

        var t = result.All<TransactionEvent>()[0];
        Assert.Equal(new TransactionEvent("A001", new DateTimeOffset(2024, 3, 1, 20, 5, 9, China), "6222021001234567894", "6217001234567890123",
            Money.FromFen(123450), Channel.Transfer, "房租"), t);
        var rejected = result.SingleRejected();
        Assert.Equal(("金额", RejectReason.InvalidAmount), (rejected.Error.Field!, rejected.Reason));
        Assert.Contains("more than two decimals", rejected.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GbkDeclaredButFileHasUtf8Bom_Stops()
    {
        var mapping = TestInput.Mapping("""
            { "kind": "calls", "encoding": "gbk",
              "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" }, "caller": { "column": "a" },
                          "callee": { "column": "b" }, "duration": { "column": "d" } } }
            """);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(TestInput.Utf8("id,t,a,b,d\n")).ToArray();
        var error = Assert.Throws<Core.Errors.InvalidInputException>(() => EventReaders.Open(new MemoryStream(bytes), "x.csv", mapping, new Breakcard.Ingest.Quarantine.QuarantineList())).Error;
        Assert.Contains("UTF-8 byte order mark but its declared encoding is gbk", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamedZoneWithDaylightSaving_ConvertsAndRejectsTheGap()
    {
        var mapping = TestInput.Mapping("""
            { "kind": "transactions",
              "fields": { "id": { "column": "id" }, "time": { "column": "t", "format": "yyyy-MM-dd HH:mm", "timeZone": "Europe/Berlin" },
                          "debit": { "column": "a" }, "credit": { "column": "b" }, "amount": { "column": "x", "currency": { "fixed": "CNY" } },
                          "channel": { "fixed": "transfer" } } }
            """);
        var result = TestInput.Read("id,t,a,b,x\n1,2024-01-15 12:00,A,B,1\n2,2024-07-15 12:00,A,B,1\n3,2024-03-31 02:30,A,B,1\n4,2024-10-27 02:30,A,B,1\n", mapping);
        var t = result.All<TransactionEvent>();
        Assert.Equal(TimeSpan.FromHours(1), t[0].Time.Offset);
        Assert.Equal(TimeSpan.FromHours(2), t[1].Time.Offset);
        Assert.Equal([4L, 5L], result.Quarantine.Select(q => q.Error.Line!.Value));
        Assert.Contains("daylight-saving gap", result.Quarantine[0].Error.Reason, StringComparison.Ordinal);
        Assert.Contains("occurs twice", result.Quarantine[1].Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CashSentinelFlagAndTerminalColumn_BecomeCashPoints()
    {
        var mapping = TestInput.Mapping("""
            { "kind": "transactions",
              "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" },
                          "debit": { "column": "from" }, "credit": { "column": "to" },
                          "amount": { "column": "amt", "currency": { "fixed": "CNY" } },
                          "channel": { "column": "ch", "values": { "ATM": "atm_cash", "NET": "transfer", "OTC": "counter" } } },
              "cash": { "sentinels": ["-1", "CASH"], "flag": { "column": "cash", "values": { "W": "credit", "D": "debit", "": "none" } },
                        "terminal": { "column": "terminal" } }
            }
            """);
        var result = TestInput.Read("id,t,from,to,amt,ch,cash,terminal\n"
            + "1,2024-03-01T10:00:00,A,-1,100,ATM,,ATM-0031\n"
            + "2,2024-03-01T10:01:00,-1,A,100,ATM,,ATM-0031\n"
            + "3,2024-03-01T10:02:00,A,BRANCH9,100,OTC,W,BR-9\n"
            + "4,2024-03-01T10:03:00,-1,CASH,100,ATM,,ATM-1\n"
            + "5,2024-03-01T10:04:00,A,B,100,ATM,,ATM-1\n"
            + "6,2024-03-01T10:05:00,CASH:X,B,100,NET,,\n"
            + "7,2024-03-01T10:06:00,A,-1,100,ATM,,\n", mapping);
        var t = result.All<TransactionEvent>();
        Assert.Equal(("A", "CASH:ATM-0031"), (t[0].Debit, t[0].Credit));
        Assert.Equal(("CASH:ATM-0031", "A"), (t[1].Debit, t[1].Credit));
        Assert.Equal(("A", "CASH:BR-9", Channel.Counter), (t[2].Debit, t[2].Credit, t[2].Channel));
        Assert.Equal(
            [(5L, RejectReason.Inconsistent, "to"), (6L, RejectReason.Inconsistent, "ch"), (7L, RejectReason.InvalidAccount, "from"), (8L, RejectReason.MissingValue, "terminal")],
            result.Quarantine.Select(q => (q.Error.Line!.Value, q.Reason, q.Error.Field!)));
        Assert.Contains("reserved prefix CASH:", result.Quarantine[2].Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoHeaderPositionsAndTrim_ReadsByPosition()
    {
        var mapping = TestInput.Mapping("""
            { "kind": "logins", "header": false,
              "fields": { "id": { "column": 0 }, "time": { "column": 1, "format": "yyyyMMddHHmmss", "timeZone": "UTC" },
                          "account": { "bank": { "column": 2 }, "account": { "column": 3 }, "separator": ":" },
                          "device": { "column": 4 }, "ip": { "column": 5 } } }
            """);
        var result = TestInput.Read(" L1 , 20240301081700 ,ICBC, 6222021001234567894 ,fp-0001, 10.0.0.1 \n", mapping);
        var login = result.Single<LoginEvent>();
        Assert.Equal(("L1", new DateTimeOffset(2024, 3, 1, 8, 17, 0, TimeSpan.Zero), "ICBC:6222021001234567894", "10.0.0.1"),
            (login.Id, login.Time, login.Account, login.Ip!.Value.Reveal()));
    }

    [Fact]
    public void Read_CallDurationUnitsAndSmsKindMap_Convert()
    {
        var calls = TestInput.Mapping("""
            { "kind": "calls", "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" },
              "caller": { "column": "a" }, "callee": { "column": "b" }, "duration": { "column": "d", "unit": "h:mm:ss" } } }
            """);
        var result = TestInput.Read("id,t,a,b,d\n1,2024-03-01 08:00:00,13812345678,13998765432,0:01:35\n2,2024-03-01 08:00:01,13812345678,13998765432,1:75:00\n", calls);
        Assert.Equal(95, result.All<CallEvent>()[0].DurationSeconds);
        Assert.Equal(RejectReason.InvalidDuration, result.SingleRejected().Reason);

        var ms = TestInput.Mapping("""
            { "kind": "calls", "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" },
              "caller": { "column": "a" }, "callee": { "column": "b" }, "duration": { "column": "d", "unit": "milliseconds" } } }
            """);
        Assert.Equal(36, TestInput.Read("id,t,a,b,d\n1,2024-03-01 08:00:00,13812345678,13998765432,35500\n", ms).Single<CallEvent>().DurationSeconds);

        var sms = TestInput.Mapping("""
            { "kind": "sms", "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" },
              "sender": { "column": "from" }, "receiver": { "column": "to" }, "kind": { "column": "class", "values": { "OTP": "verification_code", "P2P": "personal" } } } }
            """);
        var s = TestInput.Read("id,t,from,to,class\n1,2024-03-01 08:00:00,1069012345,13812345678,OTP\n2,2024-03-01 08:00:00,1069012345,13812345678,otp\n", sms);
        Assert.Equal(SmsKind.VerificationCode, s.All<SmsEvent>()[0].Kind);
        Assert.Contains("\"otp\" is not in the mapping's kind.values (OTP, P2P)", s.SingleRejected().Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LabelColumns_ParseOrQuarantine()
    {
        var mapping = TestInput.Mapping("""
            { "kind": "transactions",
              "fields": { "id": { "column": "id" }, "time": { "column": "t", "timeZone": "+08:00" }, "debit": { "column": "a" }, "credit": { "column": "b" },
                          "amount": { "column": "x", "unit": "minor", "currency": { "fixed": "CNY" } }, "channel": { "fixed": "transfer" },
                          "label": { "suspicious": { "column": "fraud", "true": ["Y"], "false": ["N"] }, "case": { "column": "case", "none": ["", "0"] } } } }
            """);
        var result = TestInput.Read("id,t,a,b,x,fraud,case\n1,2024-03-01 08:00:00,A,B,150,Y,C-17\n2,2024-03-01 08:00:00,A,B,150,N,0\n", mapping);
        Assert.Equal([new EventLabel(true, "C-17"), new EventLabel(false, null)], result.Events.Select(e => e.Label));
        Assert.Equal(Money.FromFen(150), result.All<TransactionEvent>()[0].Amount);
    }
}
