using System.Security.Cryptography;
using System.Text.Json;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.Reporting.Reporters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Reporting;

/// <summary>A suite of its own, started with one reporter key the way Reporting was configured before the key ring.</summary>
public sealed class ReporterKeyHost : IAsyncLifetime
{
    public static readonly string FirstKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string SecondKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public SuiteHost Suite { get; } = new(new SuiteOptions { Settings = { ["Reporting:ReporterKey"] = FirstKey } });

    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

public sealed class ReporterKeyRotationTests(ReporterKeyHost host) : IClassFixture<ReporterKeyHost>
{
    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task Old_reports_stay_readable_when_a_key_is_added_new_ones_use_it_and_reencrypt_moves_the_old_ones()
    {
        var personnel = new PersonnelFixtures(Suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());
        // One report as Reporting stored identities before the ring (no key id), one under the single key of those days.
        var before = await SubmitIdentifiedAsync(clerk.Nip, "Budi Sebelum", TriageTests.TuesdayMorning);
        await StoreTheOldWayAsync(before, new ReporterIdentity("Budi Sebelum", "0812-0000-0000"));
        Assert.Null(ReporterProtector.KeyIdOf(await StoredIdentityAsync(before)));
        var single = await SubmitIdentifiedAsync(clerk.Nip, "Tono Tunggal", TriageTests.TuesdayMorning.AddDays(2));
        Assert.Equal(ReporterKeyRing.LegacyId, ReporterProtector.KeyIdOf(await StoredIdentityAsync(single)));

        // Rotation: the key of the days before the ring stays as Reporting:ReporterKey, a new key joins the ring.
        await Suite.RestartReportingAsync(new Dictionary<string, string>
        {
            ["Reporting:ReporterKeys:0:Id"] = "2027-01",
            ["Reporting:ReporterKeys:0:Key"] = ReporterKeyHost.SecondKey,
        });
        Assert.Equal("Budi Sebelum", (await AsVerifierAsync(before)).Reporter.Name);
        Assert.Equal("Tono Tunggal", (await AsVerifierAsync(single)).Reporter.Name);
        var after = await SubmitIdentifiedAsync(clerk.Nip, "Sari Sesudah", TriageTests.TuesdayMorning.AddDays(1));
        Assert.Equal("2027-01", ReporterProtector.KeyIdOf(await StoredIdentityAsync(after)));
        Assert.Equal("Sari Sesudah", (await AsVerifierAsync(after)).Reporter.Name);

        // The operator re-encrypts the old rows with the newest key; a second run finds nothing left to do.
        Assert.Equal(0, await ServiceHost.RunAsync(["reencrypt", .. Suite.Reporting.Args], args => ReportingApp.Create(args), ReportingApp.Commands));
        Assert.Equal("2027-01", ReporterProtector.KeyIdOf(await StoredIdentityAsync(before)));
        Assert.Equal("2027-01", ReporterProtector.KeyIdOf(await StoredIdentityAsync(single)));
        var again = await ReencryptReporterIdentities.RunAsync(Suite.Reporting.App.Services, CancellationToken.None);
        Assert.Equal(0, again.Reencrypted);
        Assert.True(again.AlreadyNewest >= 3);

        // The old key can now leave: both reports read with the new key alone.
        await Suite.RestartReportingAsync(new Dictionary<string, string>
        {
            ["Reporting:ReporterKey"] = "",
            ["Reporting:ReporterKeys:0:Id"] = "2027-01",
            ["Reporting:ReporterKeys:0:Key"] = ReporterKeyHost.SecondKey,
        });
        Assert.Equal("Budi Sebelum", (await AsVerifierAsync(before)).Reporter.Name);
        Assert.Equal("Tono Tunggal", (await AsVerifierAsync(single)).Reporter.Name);
        Assert.Equal("Sari Sesudah", (await AsVerifierAsync(after)).Reporter.Name);
    }

    /// <summary>The bytes Reporting wrote before the key ring: nonce | tag | AES-GCM ciphertext under the single key.</summary>
    private async Task StoreTheOldWayAsync(string reportId, ReporterIdentity identity)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(new { n = identity.Name, c = identity.Contact });
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(Convert.FromBase64String(ReporterKeyHost.FirstKey), 16)) aes.Encrypt(nonce, plain, cipher, tag);
        byte[] stored = [.. nonce, .. tag, .. cipher];
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Reports.Where(r => r.Id == Guid.Parse(reportId)).ExecuteUpdateAsync(u => u.SetProperty(r => r.ReporterIdentity, stored));
    }

    private async Task<string> SubmitIdentifiedAsync(string nip, string name, DateTimeOffset at)
    {
        var request = ReportRequests.PersonalLive(nip, at);
        request.Reporter = new Reporter { Name = name, Contact = "0812-0000-0000" };
        return (await Suite.ReportingClient.SubmitReportAsync(request, SuiteHost.As(Roles.Reporter))).ReportId;
    }

    private async Task<Contracts.Reporting.V1.Report> AsVerifierAsync(string reportId) =>
        await Suite.ReportingClient.GetReportAsync(new GetReportRequest { ReportId = reportId }, SuiteHost.As(Roles.Verifier));

    private async Task<byte[]> StoredIdentityAsync(string reportId)
    {
        await using var scope = Suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Reports.AsNoTracking().Where(r => r.Id == Guid.Parse(reportId)).Select(r => r.ReporterIdentity!).SingleAsync();
    }
}
