using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline;

/// <summary>Turns the paths of a command line (files, folders, globs) into the list of files to ingest.</summary>
public static class InputFiles
{
    /// <summary>Expands paths: a file is taken as is, a folder gives every <c>.pdf</c> under it (recursively), a path with
    /// <c>*</c>, <c>?</c> or <c>**</c> gives the files it matches.</summary>
    /// <param name="paths">The paths, as given.</param>
    /// <returns>The absolute paths, each once, in the order given and, within a folder or glob, in ordinal order; and one
    /// message per path that matched nothing.</returns>
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
                if (seen.Add(file))
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
            return Sorted(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(IsPdfName));
        }

        return [];
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
        return Sorted(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
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
