namespace Ingest.Pdf;

/// <summary>The base of every error raised when a PDF cannot be read.</summary>
public class PdfException : Exception
{
    public PdfException()
    {
    }

    public PdfException(string message)
        : base(message)
    {
    }

    public PdfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets a short, stable name of the failure kind (for databases and CSV exports).</summary>
    public virtual string Kind => "pdf-error";
}

/// <summary>The input is not a PDF at all (no header, no objects).</summary>
public sealed class NotAPdfException : PdfException
{
    public NotAPdfException(string message)
        : base(message)
    {
    }

    public NotAPdfException()
    {
    }

    public NotAPdfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string Kind => "not-a-pdf";
}

/// <summary>The file is a PDF but is damaged beyond what the repair path can rebuild.</summary>
public sealed class PdfDamagedException : PdfException
{
    public PdfDamagedException(string message)
        : base(message)
    {
    }

    public PdfDamagedException()
    {
    }

    public PdfDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string Kind => "damaged";
}

/// <summary>The file is encrypted and the empty user password does not open it.</summary>
public sealed class PdfPasswordRequiredException : PdfException
{
    public PdfPasswordRequiredException(string message)
        : base(message)
    {
    }

    public PdfPasswordRequiredException()
    {
    }

    public PdfPasswordRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string Kind => "password-required";
}

/// <summary>A limit of <see cref="PdfReadLimits"/> was reached; the file may be hostile.</summary>
public sealed class PdfLimitExceededException : PdfException
{
    public PdfLimitExceededException(string message)
        : base(message)
    {
    }

    public PdfLimitExceededException()
    {
    }

    public PdfLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string Kind => "limit-exceeded";
}

/// <summary>The file uses a feature this reader does not support (e.g. a security handler other than the standard one).</summary>
public sealed class PdfUnsupportedException : PdfException
{
    public PdfUnsupportedException(string message)
        : base(message)
    {
    }

    public PdfUnsupportedException()
    {
    }

    public PdfUnsupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string Kind => "unsupported";
}
