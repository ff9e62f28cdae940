using System.Security.Cryptography;
using System.Text.Json;
using Berau.Disiplin.Hosting.Security;
using Berau.Disiplin.Reporting;
using Berau.Disiplin.Reporting.Reporters;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Berau.Disiplin.UnitTests.Reporting;

public sealed class ReporterKeyRingTests
{
    private static readonly byte[] First = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Second = RandomNumberGenerator.GetBytes(32);
    private static readonly ReporterIdentity Budi = new("Budi Santoso", "budi@contoh.id");

    private static ReporterProtector Ring(params (string Id, byte[] Key)[] keys) =>
        new(new ReporterKeyRing(keys.Select(k => new ReporterKey(k.Id, k.Key)).ToList()));

    /// <summary>How Reporting stored an identity before the ring: nonce | tag | ciphertext, no key id.</summary>
    private static byte[] SealedTheOldWay(byte[] key, ReporterIdentity identity)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(new { n = identity.Name, c = identity.Contact });
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    [Fact]
    public void The_newest_key_encrypts_and_the_stored_bytes_name_it()
    {
        var ring = Ring(("2026-01", First), ("2027-01", Second));
        var sealedIdentity = ring.Protect(Budi);

        Assert.Equal("2027-01", ReporterProtector.KeyIdOf(sealedIdentity));
        Assert.Equal(Budi, ring.Unprotect(sealedIdentity));
        Assert.False(ring.NeedsReencryption(sealedIdentity));
        // The key that encrypted it, alone, reads it; the older key alone does not.
        Assert.Equal(Budi, Ring(("2027-01", Second)).Unprotect(sealedIdentity));
        Assert.Throws<CryptographicException>(() => Ring(("2026-01", First)).Unprotect(sealedIdentity));
    }

    [Fact]
    public void Identities_stored_before_the_ring_are_read_with_its_first_key()
    {
        var old = SealedTheOldWay(First, Budi);
        var ring = Ring((ReporterKeyRing.LegacyId, First), ("2027-01", Second));

        Assert.Null(ReporterProtector.KeyIdOf(old));
        Assert.Equal(Budi, ring.Unprotect(old));
        Assert.True(ring.NeedsReencryption(old));
        var moved = ring.Protect(ring.Unprotect(old));
        Assert.Equal(Budi, Ring(("2027-01", Second)).Unprotect(moved));
    }

    [Fact]
    public void Rows_under_older_keys_of_the_ring_stay_readable()
    {
        var underFirst = Ring(("a", First)).Protect(Budi);
        var ring = Ring(("a", First), ("b", Second));

        Assert.Equal(Budi, ring.Unprotect(underFirst));
        Assert.True(ring.NeedsReencryption(underFirst));
    }

    [Fact]
    public void A_changed_key_id_in_the_header_does_not_decrypt()
    {
        var ring = Ring(("aa", First), ("bb", First));
        var sealedIdentity = ring.Protect(Budi);
        sealedIdentity[4] = (byte)'a';
        sealedIdentity[5] = (byte)'a';

        Assert.Throws<CryptographicException>(() => ring.Unprotect(sealedIdentity));
    }

    [Fact]
    public void The_legacy_key_comes_first_then_the_ring_in_order()
    {
        var ring = ReporterKeyRing.From(new ReportingOptions
        {
            ReporterKey = Convert.ToBase64String(First),
            ReporterKeys = [new ReporterKeySetting { Id = "2027-01", Key = Convert.ToBase64String(Second) }],
        });

        Assert.Equal([ReporterKeyRing.LegacyId, "2027-01"], ring.Keys.Select(k => k.Id).ToArray());
        Assert.Equal("2027-01", ring.Newest.Id);
        Assert.Equal(ReporterKeyRing.LegacyId, ring.First.Id);
    }

    [Theory]
    [InlineData("ok-1", "dup", "dup", "Reporting:ReporterKeys: the id 'dup' is used twice")]
    [InlineData("bad id!", "x", "y", "Reporting:ReporterKeys:0:Id")]
    [InlineData("", "x", "y", "Reporting:ReporterKeys:0:Id")]
    public void Key_ids_are_short_plain_and_unique(string firstId, string secondId, string thirdId, string failure)
    {
        var key = Convert.ToBase64String(First);
        var result = new ReporterKeyValidation(new Environment("Production")).Validate(null, new ReportingOptions
        {
            ReporterKeys =
            [
                new ReporterKeySetting { Id = firstId, Key = key }, new ReporterKeySetting { Id = secondId, Key = key },
                new ReporterKeySetting { Id = thirdId, Key = key },
            ],
        });

        Assert.True(result.Failed);
        Assert.Contains(failure, result.FailureMessage);
    }

    [Fact]
    public void A_key_that_is_not_32_bytes_of_base64_names_its_setting()
    {
        var result = new ReporterKeyValidation(new Environment("Production")).Validate(null, new ReportingOptions
        {
            ReporterKeys = [new ReporterKeySetting { Id = "a", Key = Convert.ToBase64String(First) }, new ReporterKeySetting { Id = "b", Key = "c2hvcnQ=" }],
        });

        Assert.Contains("Reporting:ReporterKeys:1:Key must be 32 bytes", result.FailureMessage);
    }

    [Theory]
    [InlineData("Production", false, true)]
    [InlineData("Staging", false, true)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, false)]
    [InlineData("Testing", true, false)]
    public void Outside_development_no_key_or_the_published_one_refuses_to_start(string environment, bool developmentKey, bool refused)
    {
        var options = developmentKey
            ? new ReportingOptions { ReporterKeys = [new ReporterKeySetting { Id = "dev", Key = ReporterKeyRing.DevelopmentKey }] }
            : new ReportingOptions();

        var refusal = Record.Exception(() => ReporterKeyValidation.RefuseInsecure(options, new Environment(environment)));

        Assert.Equal(refused, refusal is not null);
        if (refusal is not null) Assert.Equal("Reporting:ReporterKeys", Assert.IsType<InsecureConfigurationException>(refusal).Setting);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
