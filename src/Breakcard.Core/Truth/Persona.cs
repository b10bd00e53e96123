namespace Breakcard.Core.Truth;

/// <summary>
/// The ordinary behaviour pattern of a normal account holder. The hard negatives among them
/// (shops, employers, landlords, couriers, sweepers, night-shift workers) look like mules to a
/// naive detector; ground truth records the persona so false positives can be explained.
/// </summary>
public enum Persona
{
    /// <summary>Ordinary salaried or family household member.</summary>
    Ordinary = 0,

    /// <summary>Shop or market stall receiving many small payments from strangers.</summary>
    Merchant = 1,

    /// <summary>Employer paying many employees on payday (fan-out).</summary>
    Employer = 2,

    /// <summary>Landlord or rent agent collecting rents and forwarding them.</summary>
    Landlord = 3,

    /// <summary>Courier collecting cash on delivery and forwarding it the same day.</summary>
    Courier = 4,

    /// <summary>Sweeps every inflow into a wallet or a second card (pass-through look-alike).</summary>
    Sweeper = 5,

    /// <summary>Night-shift worker paying and receiving at night.</summary>
    NightShift = 6,

    /// <summary>Student with small, irregular flows.</summary>
    Student = 7,

    /// <summary>Retired person (victims skew old).</summary>
    Retiree = 8,
}
