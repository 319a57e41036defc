namespace StrategyBot.Testing;

/// <summary>
/// Well-known folders, found from the test assembly's location so that tests work from any working directory and in
/// CI's fresh clone. Every one is inside the repository: nothing a test reads may live outside it.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test assembly that holds StrategyBot.sln.</summary>
    public static string Root => _root.Value;

    /// <summary>The repository's node_modules folder, filled by <c>npm ci</c>.</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>The git-ignored folder for logs and build outputs of tests.</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>The Adaptive Card and Teams manifest JSON schemas, copied into <c>docs/schemas</c> with their licences.</summary>
    public static string Schemas => Path.Combine(Root, "docs", "schemas");

    /// <summary>The Teams app package sources: manifest.json and the icons.</summary>
    public static string Manifest => Path.Combine(Root, "manifest");

    /// <summary>Creates (if needed) and returns a folder under <see cref="Artifacts"/>.</summary>
    public static string ArtifactsFolder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = Path.Combine(Artifacts, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StrategyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"StrategyBot.sln was not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
