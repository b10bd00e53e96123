using BenchmarkDotNet.Attributes;
using Breakcard.Core;
using Breakcard.Core.Identifiers;

namespace Breakcard.Benchmarks.Core;

/// <summary>Parsing cost of the identifier types and money, which every ingest row pays.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private readonly string _card = BankCardNumber.FromPayload("622202100200300400").Reveal();
    private readonly string _resident = "11010519491231002X";
    private readonly string _mobile = "13812345678";
    private readonly string _amount = "12,345.67";

    [Benchmark]
    public bool ParseBankCard() => BankCardNumber.TryParse(_card, out _);

    [Benchmark]
    public bool ParseResidentId() => ResidentId.TryParse(_resident, out _);

    [Benchmark]
    public bool ParseMobile() => MobileNumber.TryParse(_mobile, out _);

    [Benchmark]
    public bool ParseYuan() => Money.TryParseYuan(_amount, out _);
}
