namespace Breakcard.Storage;

/// <summary>The store's schema cannot be used by this version (made by a newer version, or an applied migration was edited).</summary>
public sealed class StoreVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreVersionException()
        : base("The store's schema version cannot be used.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
