namespace MigrationPortal.Application.Common;

/// <summary>The thing asked for does not exist, or is not the asker's to see (answered as 404 either way).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("The requested item was not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The signed-in user may not do this (answered as 403).</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
        : base("Access denied.")
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Someone else changed the record first (optimistic concurrency); nothing was saved.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The record was changed by someone else.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
