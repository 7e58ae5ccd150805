using System.Diagnostics;
using System.Net.Sockets;

namespace Ingest.Pipeline.Tests;

public sealed class InputFileTests : IDisposable
{
    private readonly TestInputs inputs = new();

    public void Dispose() => inputs.Dispose();

    /// <summary>Creates a FIFO (named pipe) with <c>mkfifo</c>.</summary>
    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void Inspect_SpecialFiles_ReportsTheTypeBehindTheLink()
    {
        var file = inputs.Add("file.pdf", [1, 2, 3]);
        var fifo = Path.Combine(inputs.InputFolder, "fifo.pdf");
        MakeFifo(fifo);
        var zero = Path.Combine(inputs.InputFolder, "zero.pdf");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var socketPath = Path.Combine(inputs.InputFolder, "socket.pdf");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        Assert.Equal((InputFileType.Regular, 3L), InputFile.Inspect(file));
        Assert.Equal(InputFileType.Fifo, InputFile.Inspect(fifo).Type);
        Assert.Equal(InputFileType.CharacterDevice, InputFile.Inspect(zero).Type);
        Assert.Equal(InputFileType.Socket, InputFile.Inspect(socketPath).Type);
        Assert.Equal(InputFileType.Directory, InputFile.Inspect(inputs.InputFolder).Type);
        Assert.Equal(InputFileType.Missing, InputFile.Inspect(Path.Combine(inputs.InputFolder, "missing.pdf")).Type);
    }

    [Fact]
    public void Refusal_RegularFileOverTheLimit_LimitExceededNamingSizeAndLimit()
    {
        var file = inputs.Add("large.pdf", new byte[100]);

        Assert.Null(InputFile.Refusal(file, 100));
        Assert.Equal(("limit-exceeded", $"{file} is 100 bytes, over the limit of 99 bytes; it was not read."), InputFile.Refusal(file, 99));
    }
}
