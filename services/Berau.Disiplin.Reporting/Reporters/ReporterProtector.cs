using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Reporters;

/// <summary>The reporter's identity: visible to verifiers only, never in an event or a log line.</summary>
public sealed record ReporterIdentity(string Name, string Contact)
{
    // Never print the identity by accident (string interpolation, logging a record).
    public override string ToString() => "ReporterIdentity { redacted }";
}

/// <summary>
/// Refuses to start without a proper key outside Development (and the tests' Testing): a service that started and
/// then failed every submission would be worse.
/// </summary>
public sealed class ReporterKeyValidation(Microsoft.Extensions.Hosting.IHostEnvironment environment) : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ReporterKey))
            return environment.EnvironmentName is "Development" or "Testing"
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "Reporting:ReporterKey is not set: give a base64 32-byte key (openssl rand -base64 32) to encrypt reporters' identities.");
        try
        {
            return Convert.FromBase64String(options.ReporterKey).Length == 32
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Reporting:ReporterKey must be 32 bytes, base64-encoded.");
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail("Reporting:ReporterKey is not base64.");
        }
    }
}

/// <summary>Encrypts reporters' identities at rest with AES-GCM (nonce | tag | ciphertext).</summary>
public sealed class ReporterProtector
{
    /// <summary>Used in Development only, when no key is configured.</summary>
    public const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtcmVwb3J0ZXIta2V5LTMyLWJ5dGU=";

    private readonly byte[] _key;

    public ReporterProtector(IOptions<ReportingOptions> options) =>
        _key = Convert.FromBase64String(options.Value.ReporterKey is { Length: > 0 } key ? key : DevelopmentKey);

    public byte[] Protect(ReporterIdentity identity)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(new { n = identity.Name, c = identity.Contact });
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public ReporterIdentity Unprotect(byte[] sealedIdentity)
    {
        var nonce = sealedIdentity.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedIdentity.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        var cipher = sealedIdentity.AsSpan(nonce.Length + tag.Length);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(_key, tag.Length);
        aes.Decrypt(nonce, cipher, tag, plain);
        var doc = JsonDocument.Parse(plain).RootElement;
        return new ReporterIdentity(doc.GetProperty("n").GetString()!, doc.GetProperty("c").GetString()!);
    }
}
