namespace Breakcard.Cases.Tests;

internal static class Repository
{
    /// <summary>The repository root (the folder with Breakcard.slnx).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Breakcard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Breakcard.slnx) not found above the test binaries.");
    }
}
