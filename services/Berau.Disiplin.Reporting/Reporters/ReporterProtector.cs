using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Berau.Disiplin.Hosting.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Berau.Disiplin.Reporting.Reporters;

/// <summary>The reporter's identity: visible to verifiers only, never in an event or a log line.</summary>
public sealed record ReporterIdentity(string Name, string Contact)
{
    // Never print the identity by accident (string interpolation, logging a record).
    public override string ToString() => "ReporterIdentity { redacted }";
}

/// <summary>One AES-256 key of the ring, with the id stored beside what it encrypts.</summary>
public sealed record ReporterKey(string Id, byte[] Key)
{
    public override string ToString() => $"ReporterKey {{ Id = {Id} }}";
}

/// <summary>
/// The reporter keys, oldest first (<see cref="ReportingOptions.ReporterKeys"/>, after the single
/// <see cref="ReportingOptions.ReporterKey"/> of the days before the ring). The newest encrypts, all decrypt.
/// </summary>
public sealed partial class ReporterKeyRing
{
    /// <summary>The id of <see cref="ReportingOptions.ReporterKey"/> in the ring.</summary>
    public const string LegacyId = "legacy";

    /// <summary>Used in Development and Testing only, when no key is configured. Published here, so refused elsewhere.</summary>
    public const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtcmVwb3J0ZXIta2V5LTMyLWJ5dGU=";

    public ReporterKeyRing(IReadOnlyList<ReporterKey> keys)
    {
        if (keys.Count == 0) throw new ArgumentException("A key ring needs at least one key.", nameof(keys));
        Keys = keys;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ReporterKey> Keys { get; }

    /// <summary>Encrypts every new identity.</summary>
    public ReporterKey Newest => Keys[^1];

    /// <summary>Reads identities stored before the ring, which carry no key id.</summary>
    public ReporterKey First => Keys[0];

    public ReporterKey? Find(string id) => Keys.FirstOrDefault(k => k.Id == id);

    /// <summary>The configured keys (assumed valid: <see cref="ReporterKeyValidation"/> runs at start-up), or the development key.</summary>
    public static ReporterKeyRing From(ReportingOptions options)
    {
        var keys = Configured(options).Select(k => new ReporterKey(k.Id, Convert.FromBase64String(k.Key))).ToList();
        return new ReporterKeyRing(keys.Count > 0 ? keys : [new ReporterKey("development", Convert.FromBase64String(DevelopmentKey))]);
    }

    /// <summary>The keys as configured, oldest first: the legacy single key, then the ring.</summary>
    public static IEnumerable<ReporterKeySetting> Configured(ReportingOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ReporterKey))
            yield return new ReporterKeySetting { Id = LegacyId, Key = options.ReporterKey };
        foreach (var key in options.ReporterKeys) yield return key;
    }

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex IdPattern();
}

/// <summary>
/// Checks the reporter keys at start-up: a malformed key or id stops the service (exit 2, naming the setting); no key
/// at all outside Development and Testing, or the published development key, stops it too (refused earlier, at
/// build time, with exit 4 by <see cref="ReporterKeyValidation.RefuseInsecure"/>).
/// </summary>
public sealed class ReporterKeyValidation(IHostEnvironment environment) : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        var keys = ReporterKeyRing.Configured(options).ToList();
        if (keys.Count == 0)
            return InsecureConfiguration.IsGuarded(environment)
                ? ValidateOptionsResult.Fail(MissingMessage)
                : ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.ReporterKey)) CheckKey("Reporting:ReporterKey", options.ReporterKey, failures);
        for (var i = 0; i < options.ReporterKeys.Count; i++)
        {
            if (!ReporterKeyRing.IsValidId(options.ReporterKeys[i].Id))
                failures.Add($"Reporting:ReporterKeys:{i}:Id must be 1–32 letters, digits, dots, dashes or underscores.");
            CheckKey($"Reporting:ReporterKeys:{i}:Key", options.ReporterKeys[i].Key, failures);
        }
        foreach (var duplicate in keys.GroupBy(k => k.Id).Where(g => g.Count() > 1))
            failures.Add($"Reporting:ReporterKeys: the id '{duplicate.Key}' is used twice" +
                         (duplicate.Key == ReporterKeyRing.LegacyId ? " (Reporting:ReporterKey has it)." : "."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(string setting, string? key, List<string> failures)
    {
        try
        {
            if (Convert.FromBase64String(key ?? "").Length != 32) failures.Add($"{setting} must be 32 bytes, base64-encoded.");
        }
        catch (FormatException)
        {
            failures.Add($"{setting} is not base64.");
        }
    }

    private const string MissingMessage =
        "Reporting:ReporterKeys is not set: give at least one key (an id and a base64 32-byte key, openssl rand -base64 32) " +
        "to encrypt reporters' identities.";

    /// <summary>
    /// Outside Development and Testing: no reporter key, or the published development key, refuses to start at build
    /// time with one line (<see cref="InsecureConfigurationException"/>).
    /// </summary>
    public static void RefuseInsecure(ReportingOptions options, IHostEnvironment environment)
    {
        if (!InsecureConfiguration.IsGuarded(environment)) return;
        var keys = ReporterKeyRing.Configured(options).ToList();
        if (keys.Count == 0)
            throw InsecureConfiguration.Refuse("Reporting:ReporterKeys",
                "is not set: give at least one key (an id and a base64 32-byte key, openssl rand -base64 32) to encrypt reporters' identities.");
        if (keys.Any(k => k.Key.Trim() == ReporterKeyRing.DevelopmentKey))
            throw InsecureConfiguration.Refuse("Reporting:ReporterKeys",
                "holds the published development key: reporters' identities would be readable by anyone with the source.");
    }
}

/// <summary>
/// Encrypts reporters' identities at rest with AES-256-GCM under the newest key of the ring. Stored as
/// <c>"RK" 0x01 | id length | id (ASCII) | nonce (12) | tag (16) | ciphertext</c>, the header bound to the ciphertext
/// as associated data; identities stored before the ring are <c>nonce | tag | ciphertext</c> without a header and are
/// read with the ring's first key.
/// </summary>
public sealed class ReporterProtector(ReporterKeyRing ring)
{
    private static readonly byte[] Magic = [(byte)'R', (byte)'K', 1];
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public ReporterKeyRing Ring => ring;

    public byte[] Protect(ReporterIdentity identity)
    {
        var key = ring.Newest;
        var plain = JsonSerializer.SerializeToUtf8Bytes(new { n = identity.Name, c = identity.Contact });
        var header = Header(key.Id);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var tag = new byte[TagSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(key.Key, TagSize);
        aes.Encrypt(nonce, plain, cipher, tag, header);
        return [.. header, .. nonce, .. tag, .. cipher];
    }

    public ReporterIdentity Unprotect(byte[] sealedIdentity)
    {
        if (KeyIdOf(sealedIdentity) is { } id)
        {
            if (ring.Find(id) is { } key)
            {
                var header = sealedIdentity.AsSpan(0, Magic.Length + 1 + id.Length);
                if (TryDecrypt(key.Key, sealedIdentity.AsSpan(header.Length), header, out var identity)) return identity;
            }
            // Before the ring a stored identity began with a random nonce, which may look like a header by chance.
            if (TryDecrypt(ring.First.Key, sealedIdentity, [], out var legacy)) return legacy;
            throw new CryptographicException(ring.Find(id) is null
                ? $"The reporter identity was encrypted with key '{id}', which Reporting:ReporterKeys does not hold."
                : $"The reporter identity does not decrypt with key '{id}': the key or the stored bytes changed.");
        }
        return TryDecrypt(ring.First.Key, sealedIdentity, [], out var old)
            ? old
            : throw new CryptographicException(
                $"A reporter identity stored before the key ring does not decrypt with the ring's first key ('{ring.First.Id}'): " +
                "keep the key of those days first in Reporting:ReporterKeys (or as Reporting:ReporterKey).");
    }

    /// <summary>The id of the key that encrypted a stored identity; null for one stored before the ring.</summary>
    public static string? KeyIdOf(byte[] sealedIdentity)
    {
        if (sealedIdentity.Length < Magic.Length + 1 || !sealedIdentity.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        var length = sealedIdentity[Magic.Length];
        if (length is 0 or > 32 || sealedIdentity.Length < Magic.Length + 1 + length + NonceSize + TagSize) return null;
        var id = Encoding.ASCII.GetString(sealedIdentity, Magic.Length + 1, length);
        return ReporterKeyRing.IsValidId(id) ? id : null;
    }

    /// <summary>Whether a stored identity is under an older key than the newest (or from before the ring).</summary>
    public bool NeedsReencryption(byte[] sealedIdentity) => KeyIdOf(sealedIdentity) != ring.Newest.Id;

    private static byte[] Header(string id) => [.. Magic, (byte)id.Length, .. Encoding.ASCII.GetBytes(id)];

    private static bool TryDecrypt(byte[] key, ReadOnlySpan<byte> body, ReadOnlySpan<byte> associatedData, out ReporterIdentity identity)
    {
        identity = null!;
        if (body.Length < NonceSize + TagSize) return false;
        var nonce = body[..NonceSize];
        var tag = body.Slice(NonceSize, TagSize);
        var cipher = body[(NonceSize + TagSize)..];
        var plain = new byte[cipher.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(nonce, cipher, tag, plain, associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
        var doc = JsonDocument.Parse(plain).RootElement;
        identity = new ReporterIdentity(doc.GetProperty("n").GetString()!, doc.GetProperty("c").GetString()!);
        return true;
    }
}
