namespace Ingest.Ceplan.Profiles;

/// <summary>Thrown when a report profile cannot be read: malformed JSON, an unknown kind, a bad pattern.</summary>
public sealed class ProfileException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ProfileException"/> class.</summary>
    public ProfileException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProfileException"/> class.</summary>
    /// <param name="message">The message, naming the profile file.</param>
    public ProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ProfileException"/> class.</summary>
    /// <param name="message">The message, naming the profile file.</param>
    /// <param name="innerException">The error that made the profile unreadable.</param>
    public ProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
