using Breakcard.Cases.Review;
using Breakcard.Cases.Review.Import;

namespace Breakcard.Cases.Tests.Review;

/// <summary>A small world folder as text, hand-built so every review result can be computed by hand.</summary>
internal static class WorldFiles
{
    // Cards: C1 never used, opened 2023-01-10; C2 last used 2024-01-05; C3 used 2024-05-30 (recent);
    // C4 at another bank; C5 closed; A1-A3 corporate accounts of shells at one address; A4 of an operating company.
    public const string Accounts = """
        account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch
        6222020000000000018,ICBC,class_i,personal,P1,2023-01-10,active,6222020000000000018,x
        6222020000000000026,ICBC,class_i,personal,P2,2022-05-01,dormant,6222020000000000026,x
        6222020000000000034,ICBC,class_ii,personal,P3,2021-01-01,active,,x
        6217001000000000011,CCB,class_i,personal,P4,2020-01-01,active,,x
        6222020000000000042,ICBC,class_i,personal,P5,2020-01-01,closed,,x
        51050100000001,ICBC,class_i,corporate,C001,2024-03-01,active,,x
        51050100000002,ICBC,class_i,corporate,C002,2023-02-01,active,,x
        51050100000003,ICBC,class_i,corporate,C009,2023-02-01,active,,x
        51050100000004,ICBC,class_i,corporate,C004,2015-02-01,active,,x
        """;

    // C001-C003 at one address (written with a full-width digit and spaces in one row), C001 and C002 share a representative with C003.
    public const string Companies = """
        id,credit_code,name,registered_address,legal_representative_id,business_scope,registered,status
        C001,91510104MA0000001E,Shell One,成都市金牛区一环路1号 101室,P7,trade,2023-09-01,not_operating
        C002,91510104MA0000002H,Shell Two,成都市金牛区一环路１号101室,P7,trade,2020-01-01,abnormal
        C003,91510104MA0000003L,Shell Three,成都市金牛区一环路1号101室,P7,trade,2020-01-01,deregistered
        C004,91510104MA0000004P,Real Shop,成都市武侯区二环路9号,P8,retail,2010-01-01,operating
        """;

    public const string Transactions = """
        id,time,debit,credit,amount_fen,channel,memo
        T1,2024-01-05T09:00:00+08:00,6222020000000000026,CASH:ATM1,10000,atm_cash,
        T2,2024-05-30T23:59:00+08:00,6217001000000000011,6222020000000000034,5000,transfer,
        T3,2024-06-30T12:00:00+08:00,51050100000004,6217001000000000011,100,transfer,
        """;

    public const string Alerts = """
        {"alert_id":"A1","entity":"51050100000002","risk":90}
        {"alert_id":"A2","entity":"51050100000002","risk":60}
        """;

    public static ReviewWorld Read(string? accounts = null, string? companies = null, string? transactions = null, string? alerts = null) =>
        WorldReader.Read((new StringReader(accounts ?? Accounts), "accounts.csv"), (new StringReader(companies ?? Companies), "companies.csv"),
            (new StringReader(transactions ?? Transactions), "transactions.csv"), (new StringReader(alerts ?? Alerts), "alerts.jsonl"));
}
