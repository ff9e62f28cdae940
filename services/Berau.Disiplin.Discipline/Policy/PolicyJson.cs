using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline.Policy;

/// <summary>
/// A policy version as JSON, the form officials publish and <c>GetPolicy</c> shows. Reading is strict: an unknown
/// field (a typo such as "sanktion"), a missing required field, a null where a value belongs or an unknown enum
/// name is refused with the JSON path, rather than silently meaning something else.
/// </summary>
public static class PolicyJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize(PolicyVersion version) => JsonSerializer.Serialize(version, Options);

    /// <summary>Reads a version; refuses malformed JSON with <see cref="ValidationFailedException"/>. Does not
    /// validate the content: use <see cref="SanctionPolicy.From"/> or <see cref="Parse"/> for that.</summary>
    public static PolicyVersion Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PolicyVersion>(json, Options)
                ?? throw ValidationFailedException.For("$", "must be a policy version object, not null");
        }
        catch (JsonException e)
        {
            throw ValidationFailedException.For(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, e.Message);
        }
    }

    /// <summary>Reads and validates a version in one step.</summary>
    public static SanctionPolicy Parse(string json) => SanctionPolicy.From(Deserialize(json));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Officials read this: keep "→", "%" and Indonesian text as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
