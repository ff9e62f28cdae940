using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

// The demo replays the case that started the project through the running services' public APIs:
// a Disdukcapil counter clerk's personal TikTok live during working hours is reported, confirmed, and opens a case.
// Settings: DEMO_PERSONNEL_URL, DEMO_REPORTING_URL, DEMO_DISCIPLINE_URL, Auth__SigningKey (default: the development key).

var personnelUrl = Env("DEMO_PERSONNEL_URL", "http://127.0.0.1:5101");
var reportingUrl = Env("DEMO_REPORTING_URL", "http://127.0.0.1:5102");
var disciplineUrl = Env("DEMO_DISCIPLINE_URL", "http://127.0.0.1:5103");
var auth = new AuthOptions { SigningKey = Env("Auth__SigningKey", AuthOptions.DevelopmentSigningKey) };

Metadata As(string subject, string role) => new()
{
    { "Authorization", "Bearer " + DevTokens.Mint(auth, subject, [role], TimeSpan.FromMinutes(30)) },
};

using var personnelChannel = GrpcChannel.ForAddress(personnelUrl);
using var reportingChannel = GrpcChannel.ForAddress(reportingUrl);
using var disciplineChannel = GrpcChannel.ForAddress(disciplineUrl);
var personnel = new PersonnelService.PersonnelServiceClient(personnelChannel);
var reporting = new ReportingService.ReportingServiceClient(reportingChannel);
var discipline = new DisciplineService.DisciplineServiceClient(disciplineChannel);

Step("BKPSDM registers the units");
foreach (var unit in new[]
         {
             new CreateUnitRequest { Code = "DISDUKCAPIL", Name = "Dinas Kependudukan dan Pencatatan Sipil" },
             new CreateUnitRequest { Code = "DISDUKCAPIL.PELAYANAN", Name = "Loket Pelayanan Disdukcapil", ParentCode = "DISDUKCAPIL", FrontLine = true },
             new CreateUnitRequest { Code = "KAMPUNG-TUMBIT", Name = "Kampung Tumbit" },
         })
{
    try
    {
        var created = await personnel.CreateUnitAsync(unit, As("bkpsdm-operator", Roles.Hr));
        Console.WriteLine($"  created {created.Code}: {created.Name}");
    }
    catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
    {
        Console.WriteLine($"  {unit.Code} exists already");
    }
}

Step("A citizen reports a personal TikTok live at the Disdukcapil counter (Tuesday 10:14 WITA)");
var wita = TimeSpan.FromHours(8);
var now = DateTimeOffset.UtcNow.ToOffset(wita);
// The most recent Tuesday 10:14 WITA that has passed.
var daysBack = ((int)now.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7;
if (daysBack == 0 && now.TimeOfDay < new TimeSpan(10, 14, 0)) daysBack = 7;
var tuesday = now.Date.AddDays(-daysBack);
var incident = new DateTimeOffset(tuesday.Year, tuesday.Month, tuesday.Day, 10, 14, 0, wita);
var submitted = await reporting.SubmitReportAsync(new SubmitReportRequest
{
    SubjectNip = "199203152015032001",
    Category = ReportCategory.PersonalSocialMedia,
    OccurredAt = Timestamp.FromDateTimeOffset(incident),
    Description = "Live TikTok dengan akun pribadi saat jam kerja, berseragam, di loket pelayanan",
}, As("portal-pengaduan", Roles.Reporter));
Console.WriteLine($"  report {submitted.ReportId}: {submitted.Status}");

Step("The supervisor confirms it after the examination (BAP)");
var confirmed = await reporting.ConfirmReportAsync(new ConfirmReportRequest
{
    ReportId = submitted.ReportId,
    Findings = "BAP 800/017/DISDUKCAPIL: siaran langsung akun pribadi pada jam kerja terbukti",
}, As("kabid-pelayanan", Roles.Verifier));
Console.WriteLine($"  report {confirmed.ReportId}: {confirmed.Status}");

Step("Discipline opens the case from the ReportConfirmed event");
for (var attempt = 0; ; attempt++)
{
    try
    {
        var @case = await discipline.GetCaseByReportAsync(new GetCaseByReportRequest { ReportId = submitted.ReportId },
            As("auditor", Roles.Auditor));
        Console.WriteLine($"  case {@case.CaseId} for NIP {@case.SubjectNip}: {@case.Status}, trace {@case.TraceId}");
        break;
    }
    catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound && attempt < 100)
    {
        await Task.Delay(200);
    }
}
Console.WriteLine("\nDemo complete.");
return 0;

static void Step(string text) => Console.WriteLine($"\n== {text}");
static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;
