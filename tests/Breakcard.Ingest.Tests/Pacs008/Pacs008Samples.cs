namespace Breakcard.Ingest.Tests.Pacs008;

/// <summary>Hand-written pacs.008 messages: one good message and the pieces hostile variants are built from.</summary>
internal static class Pacs008Samples
{
    public const string Ns = "urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08";

    public static string Transaction(string body) => $"<CdtTrfTxInf>{body}</CdtTrfTxInf>";

    public static string Message(int declared, params string[] transactions) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="{Ns}">
          <FIToFICstmrCdtTrf>
            <GrpHdr>
              <MsgId>MSG-2024-0301-001</MsgId>
              <CreDtTm>2024-03-01T09:30:00+08:00</CreDtTm>
              <NbOfTxs>{declared}</NbOfTxs>
              <SttlmInf><SttlmMtd>CLRG</SttlmMtd></SttlmInf>
            </GrpHdr>
        {string.Concat(transactions)}
          </FIToFICstmrCdtTrf>
        </Document>
        """;

    public const string Good1 = """
            <CdtTrfTxInf>
              <PmtId><InstrId>I1</InstrId><EndToEndId>E2E-1</EndToEndId><TxId>TX-1</TxId><UETR>8A562C67-CA16-48BA-B074-65581BE6F001</UETR></PmtId>
              <IntrBkSttlmAmt Ccy="CNY">1234.50</IntrBkSttlmAmt>
              <IntrBkSttlmDt>2024-03-01</IntrBkSttlmDt>
              <AccptncDtTm>2024-03-01T01:15:30Z</AccptncDtTm>
              <ChrgBr>SLEV</ChrgBr>
              <Dbtr><Nm>Zhang San</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
              <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
              <CdtrAgt><FinInstnId><BICFI>NWBKGB2L</BICFI></FinInstnId></CdtrAgt>
              <Cdtr><Nm>Li Si</Nm></Cdtr>
              <CdtrAcct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></CdtrAcct>
              <RmtInf><Ustrd>房租 三月</Ustrd><Ustrd>INV-17</Ustrd></RmtInf>
            </CdtTrfTxInf>
        """;

    public const string Good2 = """
            <CdtTrfTxInf>
              <PmtId><EndToEndId>NOTPROVIDED</EndToEndId><TxId>TX-2</TxId></PmtId>
              <IntrBkSttlmAmt Ccy="USD">10.005</IntrBkSttlmAmt>
              <IntrBkSttlmDt>2024-03-02</IntrBkSttlmDt>
              <ChrgBr>SLEV</ChrgBr>
              <Dbtr><Nm>A</Nm></Dbtr>
              <DbtrAcct><Id><Othr><Id>6222021001234567894</Id></Othr></Id></DbtrAcct>
              <DbtrAgt><FinInstnId><BICFI>ICBKCNBJXXX</BICFI></FinInstnId></DbtrAgt>
              <CdtrAgt><FinInstnId><BICFI>BKCHCNBJ</BICFI></FinInstnId></CdtrAgt>
              <Cdtr><Nm>B</Nm></Cdtr>
              <CdtrAcct><Id><Othr><Id>6217001234567890123</Id></Othr></Id></CdtrAcct>
            </CdtTrfTxInf>
        """;

    public static string Good => Message(2, Good1, Good2);
}
