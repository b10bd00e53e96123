using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Judgments;

/// <summary>A convicted aider of the simulated city as its ground truth records them (truth/aiders.csv joined with people.csv).</summary>
/// <param name="Person">The person (name, gender, birth date, education, occupation).</param>
/// <param name="RingId">The ring they aided (R0001 …); people of one ring are tried together.</param>
/// <param name="Role">Their part in the ring (seller, dealer, settlement mule, …).</param>
/// <param name="Conduct">The conduct a court finds for that part (<see cref="CityConvictions.ConductOf"/>).</param>
/// <param name="BankCards">Bank cards provided.</param>
/// <param name="PhoneCards">Phone cards provided.</param>
/// <param name="SettlementYuan">Victim money into the cards or accounts they provided or used, in whole yuan.</param>
/// <param name="GainsYuan">Sale price, rent, commission and fees, in whole yuan.</param>
/// <param name="FirstAct">Day of the first act.</param>
/// <param name="LastAct">Day of the last act.</param>
/// <param name="PriorConvictionYear">Year of an earlier conviction, if any.</param>
/// <param name="Grounds">Why the world's courts convict them (settlement_200k, gains_10k, cards_5, phone_cards_20).</param>
public sealed record CityAider(
    Person Person, string RingId, TruthRole Role, ConductKinds Conduct, int BankCards, int PhoneCards, long SettlementYuan, long GainsYuan,
    DateOnly FirstAct, DateOnly LastAct, int? PriorConvictionYear, IReadOnlyList<string> Grounds);

/// <summary>What <see cref="CityConvictions.Read"/> found in a world folder.</summary>
/// <param name="Convicted">Convicted aiders, in the order of truth/aiders.csv.</param>
/// <param name="Aiders">Rows of truth/aiders.csv (convicted or not).</param>
/// <param name="Problems">Rows that could not be read, each with file, line, field and reason; those rows are not in <paramref name="Convicted"/>.</param>
public sealed record CityConvictionsResult(IReadOnlyList<CityAider> Convicted, int Aiders, IReadOnlyList<Core.Errors.InputError> Problems);
