namespace DutyGraph.Tests.Support;

/// <summary>Where the repository's seed dataset and the built executable are.</summary>
public static class Paths
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DutyGraph.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("DutyGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seed => Path.Combine(RepositoryRoot, "seed");

    public static string Articles => Path.Combine(RepositoryRoot, "..", "shared", "seeds");

    /// <summary>dutygraph.dll, built beside the tests (the test project references the executable's project).</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "dutygraph.dll");
}
