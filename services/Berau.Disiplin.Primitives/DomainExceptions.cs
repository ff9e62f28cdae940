namespace Berau.Disiplin.Primitives;

/// <summary>
/// Refusals the domain raises. Plain exceptions, no gRPC in them: the error mapping turns each into its status
/// code (the error mapping in Berau.Disiplin.Hosting).
/// </summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>One field of a request that is wrong, and why.</summary>
public sealed record FieldViolation(string Field, string Reason);

/// <summary>The request is malformed: <c>INVALID_ARGUMENT</c> with a google.rpc.BadRequest listing each field.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldViolation> violations)
    : DomainException("The request is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Reason}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public static ValidationFailedException For(string field, string reason) => new([new FieldViolation(field, reason)]);
}

/// <summary>An id that names nothing: <c>NOT_FOUND</c>.</summary>
public sealed class NotFoundException(string what, string id)
    : DomainException($"{what} '{SafeText.Escape(id)}' was not found.")
{
    public string What { get; } = what;
    public string Id { get; } = SafeText.Escape(id);
}

/// <summary>The thing exists but is in the wrong state for this move: <c>FAILED_PRECONDITION</c>.</summary>
public sealed class InvalidStateException(string message, string currentState)
    : DomainException(message)
{
    public string CurrentState { get; } = currentState;
}

/// <summary>The thing to create exists already: <c>ALREADY_EXISTS</c>.</summary>
public sealed class AlreadyExistsException(string what, string id)
    : DomainException($"{what} '{SafeText.Escape(id)}' already exists.")
{
    public string What { get; } = what;
    public string Id { get; } = id;
}

/// <summary>The caller is authenticated but not entitled to this decision: <c>PERMISSION_DENIED</c>.</summary>
public sealed class NotEntitledException(string message) : DomainException(message);

/// <summary>
/// Another party changed the same thing at the same moment (a row version or a unique step number saw it first):
/// <c>FAILED_PRECONDITION</c> naming the state it is in now, so the caller reloads and decides again.
/// </summary>
public sealed class ConcurrentChangeException(string what, string id, string currentState)
    : DomainException($"{what} {id} was changed by someone else at the same moment; reload it and try again.")
{
    public string CurrentState { get; } = currentState;
}
