using System.Globalization;
using System.Runtime.InteropServices;

namespace Ingest.Pipeline;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum InputFileType
{
    /// <summary>Nothing is there (or it cannot be looked at).</summary>
    Missing,

    /// <summary>A regular file: the only type that is read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO (named pipe): opening it waits for a writer, reading it may never end.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>: reading it may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Something else the file system reports.</summary>
    Other,
}

/// <summary>Checks an input path before it is opened, so that only regular files of a bounded size are read.</summary>
/// <remarks>
/// .NET does not say whether a path is a FIFO, a device or a socket: <see cref="FileSystemInfo.Attributes"/> reports
/// <see cref="FileAttributes.Normal"/> for all of them and for a regular file alike, <see cref="File.Exists(string)"/> is
/// <see langword="true"/>, <see cref="FileInfo.Length"/> is 0 and <see cref="FileSystemInfo.UnixFileMode"/> holds only
/// the permission bits (checked on .NET 10, Linux). Opening a FIFO blocks until a writer comes, so the type must be known
/// before opening. On Linux the type and size come from <c>statx(2)</c> in libc (glibc 2.28+, musl 1.2.5+), whose
/// structure has the same layout on every architecture; it follows symbolic links, so a link to <c>/dev/zero</c> is a
/// character device. Elsewhere (Windows, where such files do not appear as paths; macOS) the type comes from .NET and
/// FIFOs or devices are not told apart from regular files.
/// </remarks>
public static class InputFile
{
    /// <summary>Gets the type of what <paramref name="path"/> names, following symbolic links, and its size in bytes.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The type and, for a regular file, its size (0 for other types).</returns>
    public static (InputFileType Type, long Length) Inspect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            return Native.Statx(path);
        }

        var file = new FileInfo(path);
        if (file.Exists)
        {
            return (InputFileType.Regular, file.Length);
        }

        return (Directory.Exists(path) ? InputFileType.Directory : InputFileType.Missing, 0);
    }

    /// <summary>Gets a key that is the same for every path reaching the same file or folder (through symbolic links, hard
    /// links, <c>..</c>), or <see langword="null"/> when nothing is there.</summary>
    /// <param name="path">The path.</param>
    /// <returns>On Linux the device and inode numbers; elsewhere the full path with its last symbolic link resolved.</returns>
    public static string? Identity(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            return Native.Identity(path);
        }

        var full = Path.GetFullPath(path);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        return info.Exists ? Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full) : null;
    }

    /// <summary>Gets why <paramref name="path"/> is not read, or <see langword="null"/> when it is a regular file (or
    /// missing, which the read reports as an I/O error).</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxLength">The largest size read, in bytes.</param>
    /// <returns>The error kind (<c>not-a-file</c> or <c>limit-exceeded</c>) and a message naming the path.</returns>
    public static (string Kind, string Message)? Refusal(string path, long maxLength)
    {
        var (type, length) = Inspect(path);
        return type switch
        {
            InputFileType.Regular when length > maxLength => ("limit-exceeded", string.Create(CultureInfo.InvariantCulture, $"{path} is {length} bytes, over the limit of {maxLength} bytes; it was not read.")),
            InputFileType.Regular or InputFileType.Missing => null,
            _ => ("not-a-file", $"{path} is {Describe(type)}, not a regular file; it was not read."),
        };
    }

    private static string Describe(InputFileType type) => type switch
    {
        InputFileType.Directory => "a folder",
        InputFileType.Fifo => "a FIFO (named pipe)",
        InputFileType.CharacterDevice => "a character device",
        InputFileType.BlockDevice => "a block device",
        InputFileType.Socket => "a socket",
        _ => "not a regular file",
    };

    private static class Native
    {
        private const int AtCurrentFolder = -100;
        private const uint WantTypeSizeAndInode = 0x1 | 0x200 | 0x100; // STATX_TYPE | STATX_SIZE | STATX_INO

        // Offsets in struct statx (linux/stat.h), the same on every architecture.
        private const int ModeOffset = 28; // stx_mode (u16)
        private const int InodeOffset = 32; // stx_ino (u64)
        private const int SizeOffset = 40; // stx_size (u64)
        private const int DeviceOffset = 136; // stx_dev_major, stx_dev_minor (u32 each)

        public static string? Identity(string path)
        {
            var buffer = new byte[256];
            if (statx(AtCurrentFolder, path, 0, WantTypeSizeAndInode, buffer) != 0)
            {
                return null;
            }

            return string.Create(CultureInfo.InvariantCulture, $"{BitConverter.ToUInt32(buffer, DeviceOffset)}:{BitConverter.ToUInt32(buffer, DeviceOffset + 4)}:{BitConverter.ToUInt64(buffer, InodeOffset)}");
        }

        public static (InputFileType Type, long Length) Statx(string path)
        {
            var buffer = new byte[256];
            if (statx(AtCurrentFolder, path, 0, WantTypeSizeAndInode, buffer) != 0)
            {
                return (InputFileType.Missing, 0);
            }

            var type = (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
            {
                0x8000 => InputFileType.Regular,
                0x4000 => InputFileType.Directory,
                0x1000 => InputFileType.Fifo,
                0x2000 => InputFileType.CharacterDevice,
                0x6000 => InputFileType.BlockDevice,
                0xC000 => InputFileType.Socket,
                _ => InputFileType.Other,
            };
            return (type, type == InputFileType.Regular ? BitConverter.ToInt64(buffer, SizeOffset) : 0);
        }

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SA1300, IDE1006 // The libc name.
        private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SA1300, IDE1006
    }
}
