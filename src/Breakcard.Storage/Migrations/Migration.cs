namespace Breakcard.Storage.Migrations;

/// <summary>One versioned schema script. Immutable.</summary>
/// <param name="Version">Its version, from 1, without gaps.</param>
/// <param name="Name">Its name ("initial").</param>
/// <param name="Sql">The script.</param>
/// <param name="Checksum">SHA-256 of the script; an applied script must never change.</param>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
