namespace Breakcard.Storage;

/// <summary>The database engines the case system runs on.</summary>
public enum StoreEngine
{
    /// <summary>A SQLite file: the embedded default, one machine.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL database: multi-user deployments.</summary>
    Postgres = 2,
}
