namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>Makes fresh stores on one engine for the tests of one class.</summary>
public interface IStoreFixture
{
    /// <summary>"SQLite" or "PostgreSQL".</summary>
    string Engine { get; }

    /// <summary>A new empty store (schema applied), or a skip (locally) / failure (CI) when the engine is unavailable.</summary>
    Task<TestStore> NewStoreAsync();

    /// <summary>A location for a store not yet opened (for migration tests).</summary>
    Task<StoreLocation> NewLocationAsync();
}
