namespace Mnemo;

/// <summary>Base of every error Mnemo raises on purpose; the message is written for the person who made the call.</summary>
public class MnemoException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MnemoException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MnemoException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MnemoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
