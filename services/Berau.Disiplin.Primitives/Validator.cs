
namespace Berau.Disiplin.Primitives;

/// <summary>
/// Collects every field violation of a request, then refuses it at once with all of them, so a caller fixes
/// everything in one round trip. Field names are the request's proto field names.
/// </summary>
/// <example><code>
/// var v = new Validator();
/// v.Required("name", request.Name).MaxLength("name", request.Name, 200);
/// v.ThrowIfInvalid();
/// </code></example>
public sealed class Validator
{
    private readonly List<FieldViolation> _violations = [];

    public bool IsValid => _violations.Count == 0;
    public IReadOnlyList<FieldViolation> Violations => _violations;

    public Validator Add(string field, string reason)
    {
        _violations.Add(new FieldViolation(field, reason));
        return this;
    }

    /// <summary>Adds a violation when <paramref name="condition"/> is false.</summary>
    public Validator Check(bool condition, string field, string reason) => condition ? this : Add(field, reason);

    public Validator Required(string field, string? value) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required");

    public Validator MaxLength(string field, string? value, int max) =>
        Check(value is null || value.Length <= max, field, $"must be at most {max} characters");

    /// <summary>Parses a UUID field; records a violation and returns null when it is not one.</summary>
    public Guid? Uuid(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return null;
        }
        if (!Guid.TryParse(value, out var id))
        {
            Add(field, "must be a UUID");
            return null;
        }
        return id;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new ValidationFailedException(_violations.ToList());
    }
}
