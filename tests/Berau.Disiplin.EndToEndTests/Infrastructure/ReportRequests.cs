using Berau.Disiplin.Contracts.Reporting.V1;
using Google.Protobuf.WellKnownTypes;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>Reports as a complaint portal would submit them.</summary>
public static class ReportRequests
{
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    /// <summary>A personal TikTok live, by an anonymous citizen.</summary>
    public static SubmitReportRequest PersonalLive(string nip, DateTimeOffset at, string account = "@rina.live.berau") => new()
    {
        Subject = new Subject { Nip = nip },
        Category = ReportCategory.PersonalSocialMedia,
        OccurredAt = Timestamp.FromDateTimeOffset(at),
        OccurredAtUtcOffsetMinutes = 480,
        Location = "Loket pelayanan Disdukcapil, Tanjung Redeb",
        SocialMedia = new SocialMedia { Platform = "tiktok", Account = account, Links = { "https://www.tiktok.com/@rina.live.berau/live" } },
        Evidence = { new Evidence { Link = "https://www.tiktok.com/@rina.live.berau/video/7400000000000000001" } },
        Description = "Live TikTok dengan akun pribadi saat jam kerja, berseragam, di loket pelayanan",
        Reporter = new Reporter { Anonymous = true },
    };

    public static SubmitReportRequest PersonalLive(string nip) => PersonalLive(nip, DateTimeOffset.UtcNow.AddHours(-2));

    public static ConfirmReportRequest Confirmation(string reportId, string bap = "BAP 800/017/DISDUKCAPIL") => new()
    {
        ReportId = reportId,
        Findings = "Siaran langsung dengan akun pribadi pada jam kerja terbukti",
        BapNumber = bap,
        AggravatingFacts = { AggravatingFact.InUniform, AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast },
    };

    /// <summary>The most recent given weekday at hh:mm WITA that lies in the past.</summary>
    public static DateTimeOffset LastWita(DayOfWeek day, int hour, int minute)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(Wita);
        var candidate = new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 0, Wita);
        while (candidate.DayOfWeek != day || candidate > now) candidate = candidate.AddDays(-1);
        return candidate;
    }
}
