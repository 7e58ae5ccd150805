using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline;

/// <summary>Turns the paths of a command line (files, folders, globs) into the list of files to ingest.</summary>
public static class InputFiles
{
    /// <summary>Expands paths: a file is taken as is, a folder gives every <c>.pdf</c> under it (recursively), a path with
    /// <c>*</c>, <c>?</c> or <c>**</c> gives the files it matches.</summary>
    /// <remarks>A folder reached through symbolic links is walked once, whatever the number of links to it (a link to
    /// <c>..</c> adds nothing), and a file reached by several paths (links, hard links, two inputs) is taken once, by the
    /// first of them in order.</remarks>
    /// <param name="paths">The paths, as given.</param>
    /// <returns>The absolute paths, each file once, in the order given and, within a folder or glob, in ordinal order;
    /// and one message per path that matched nothing.</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var path in paths)
        {
            var found = Find(path);
            if (found.Count == 0)
            {
                unmatched.Add(path);
            }

            foreach (var file in found)
            {
                if (seen.Add(InputFile.Identity(file) ?? file))
                {
                    files.Add(file);
                }
            }
        }

        return (files, unmatched);
    }

    private static List<string> Find(string path)
    {
        if (path.IndexOfAny(['*', '?']) >= 0)
        {
            return Glob(path);
        }

        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Sorted(Walk(full).Where(IsPdfName));
        }

        return [];
    }

    /// <summary>Lists every file under <paramref name="root"/>, entering each folder once: links to a folder already
    /// entered (a cycle such as a link to <c>..</c>, or a second link to the same folder) are not followed again.</summary>
    /// <remarks>Real folders are walked before linked ones, and links in ordinal order, so that a folder reached both
    /// ways is listed under its real path and the result does not depend on the order the file system lists entries.</remarks>
    private static List<string> Walk(string root)
    {
        var files = new List<string>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var folders = new Stack<string>();
        var links = new SortedSet<string>(StringComparer.Ordinal);
        folders.Push(root);
        while (folders.TryPop(out var folder) || TryTakeFirst(links, out folder))
        {
            if (!entered.Add(InputFile.Identity(folder) ?? folder))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                if (!Directory.Exists(entry))
                {
                    files.Add(entry);
                }
                else if (new DirectoryInfo(entry).LinkTarget is null)
                {
                    folders.Push(entry);
                }
                else
                {
                    links.Add(entry);
                }
            }
        }

        return files;
    }

    private static bool TryTakeFirst(SortedSet<string> set, out string first)
    {
        first = set.Min!;
        return set.Remove(first);
    }

    private static bool IsPdfName(string file) => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static List<string> Sorted(IEnumerable<string> files)
    {
        var list = files.Select(Path.GetFullPath).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>Matches a glob: the segments before the first wildcard are the folder searched, the rest a pattern where
    /// <c>**</c> is any number of folders, <c>*</c> any text within a name and <c>?</c> one character.</summary>
    private static List<string> Glob(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length && segments[fixedCount].IndexOfAny(['*', '?']) < 0)
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }

        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + ToRegex(segments[fixedCount..]) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Sorted(Walk(root)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/'))));
    }

    private static string ToRegex(string[] segments)
    {
        var text = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                text.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }

            foreach (var c in segments[i])
            {
                text.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }

            if (!last)
            {
                text.Append('/');
            }
        }

        return text.ToString();
    }
}
