using System.Text.RegularExpressions;

namespace Berau.Disiplin.UnitTests.Foundation;

/// <summary>
/// Notes to developers never ship: whatever is still to check goes into docs (as "unconfirmed") and into the policy's
/// confidence tags, never into a string a user could be shown or a comment left for later.
/// </summary>
public sealed partial class NoDeveloperNotesTests
{
    [Fact]
    public void No_source_or_data_file_of_the_services_carries_a_note_to_developers()
    {
        var services = Path.Combine(RepositoryRoot(), "services");
        var files = Directory.EnumerateFiles(services, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        Assert.NotEmpty(files);

        var found = files
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => Note().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(services, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "Notes to developers in services/:\n" + string.Join("\n", found));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Berau.Disiplin.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Berau.Disiplin.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"belum dicek|belum diverifikasi|\bTODO\b|\bFIXME\b", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
