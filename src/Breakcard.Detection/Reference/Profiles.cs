using System.Runtime.InteropServices;

namespace Breakcard.Detection.Reference;

/// <summary>Static facts about an account, from the institution's reference data.</summary>
[Flags]
public enum AccountFlags : ushort
{
    /// <summary>Nothing known: an account seen only as a counterparty.</summary>
    None = 0,

    /// <summary>The account is in the reference data (the institution's own customer).</summary>
    InReference = 1,

    /// <summary>对公: held by a company.</summary>
    Corporate = 2,

    /// <summary>A cash pseudo-account (ADR 3): never scored, never a hub.</summary>
    Cash = 4,

    /// <summary>Class I personal account.</summary>
    ClassI = 8,

    /// <summary>Class II or III electronic account.</summary>
    Electronic = 16,

    /// <summary>Reference data marks the account dormant (久悬).</summary>
    Dormant = 32,

    /// <summary>The holding company's registered business serves consumers (retail, catering, logistics, rent…).</summary>
    ConsumerFacing = 64,

    /// <summary>The holder is a student.</summary>
    Student = 128,
}

/// <summary>
/// 16 bytes per account, read-only after loading. A shard keeps it in full for the accounts it
/// applies and, for every other account, the holder and flags (ADR 0378), so it never needs another
/// shard to look up a counterparty's holder.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct AccountProfile
{
    /// <summary>Holder index, or -1 when unknown.</summary>
    public int Holder;

    /// <summary>Local day the account was opened, or <see cref="int.MinValue"/>.</summary>
    public int OpenedDay;

    /// <summary>Local day of the last activity before the data began, or <see cref="int.MinValue"/>.</summary>
    public int LastActivityDay;

    /// <summary>Static facts.</summary>
    public AccountFlags Flags;

    /// <summary>The holder's occupation (<see cref="Core.People.Occupation"/> value), 0 when unknown or a company.</summary>
    public byte Occupation;

    /// <summary>The holder's age in whole years when the data began, 0 when unknown.</summary>
    public byte Age;

    /// <summary>An account nothing is known about.</summary>
    public static AccountProfile Unknown => new() { Holder = -1, OpenedDay = int.MinValue, LastActivityDay = int.MinValue };
}

/// <summary>Static facts about a phone number. 12 bytes.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct PhoneProfile
{
    /// <summary>Registered holder index, or -1.</summary>
    public int Holder;

    /// <summary>Local day of activation, or <see cref="int.MinValue"/>.</summary>
    public int ActivatedDay;

    /// <summary>True when the number is in the operator's reference data.</summary>
    public bool InReference;

    /// <summary>Operator (<see cref="Core.Telecom.MobileOperator"/> value), 0 when unknown.</summary>
    public byte Operator;

    /// <summary>Reserved.</summary>
    public ushort Reserved;

    /// <summary>A number nothing is known about.</summary>
    public static PhoneProfile Unknown => new() { Holder = -1, ActivatedDay = int.MinValue };
}

/// <summary>Static facts about a holder that indicators read: limits exceeded and shell-company signs.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct HolderProfile
{
    /// <summary>Accounts held in total.</summary>
    public ushort Accounts;

    /// <summary>Most Class I accounts held at any one bank (the limit is one, 银发〔2016〕261号).</summary>
    public byte MaxClassIPerBank;

    /// <summary>Most SIM cards held at any one operator (the limit is five).</summary>
    public byte MaxSimsPerOperator;

    /// <summary>SIM cards held in total.</summary>
    public ushort Sims;

    /// <summary>For a company: companies registered at the same address (itself included); 0 for a person.</summary>
    public ushort CompaniesAtAddress;

    /// <summary>True for a company.</summary>
    public bool IsCompany;

    /// <summary>For a company: not operating, listed abnormal or deregistered.</summary>
    public bool NotOperating;

    /// <summary>Reserved.</summary>
    public ushort Reserved;
}
