using System.Globalization;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Seed;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

// The demo replays the case that started the project through the running services' public APIs, on the data that
// `Berau.Disiplin.Personnel seed` puts in place, and prints the public events an HR app would receive.
// Settings: DEMO_PERSONNEL_URL, DEMO_REPORTING_URL, DEMO_DISCIPLINE_URL, Auth__SigningKey (default: the development
// key), RABBITMQ_HOST/PORT/USER/PASSWORD/VHOST.

var auth = new AuthOptions { SigningKey = Env("Auth__SigningKey", AuthOptions.DevelopmentSigningKey) };
CallOptions As(string subject, string role, params (string Key, string Value)[] claims) => new(new Metadata
{
    { "Authorization", "Bearer " + DevTokens.Mint(auth, subject, [role], TimeSpan.FromMinutes(30), extra: claims.ToDictionary(c => c.Key, c => c.Value)) },
});

using var personnelChannel = GrpcChannel.ForAddress(Env("DEMO_PERSONNEL_URL", "http://127.0.0.1:5101"));
using var reportingChannel = GrpcChannel.ForAddress(Env("DEMO_REPORTING_URL", "http://127.0.0.1:5102"));
using var disciplineChannel = GrpcChannel.ForAddress(Env("DEMO_DISCIPLINE_URL", "http://127.0.0.1:5103"));
var personnel = new PersonnelService.PersonnelServiceClient(personnelChannel);
var reporting = new ReportingService.ReportingServiceClient(reportingChannel);
var discipline = new DisciplineService.DisciplineServiceClient(disciplineChannel);

var hr = As("bkpsdm-operator", Roles.Hr);
var portal = As("portal-pengaduan", Roles.Reporter);
var verifier = As("inspektorat-verifier", Roles.Verifier);
var auditor = As("inspektorat", Roles.Auditor);
// An official is identified by the NIP in his token; what he may do is read from Personnel's organisation.
CallOptions AsOfficial(string nip) => As($"pejabat-{nip}", Roles.Official, ("nip", nip));

// An HR app's view: one queue bound to each public exchange.
var events = new ConcurrentQueue<string>();
await using var hrApp = await SubscribeAsync(events, [
    "disiplin.reporting.report-confirmed.v1", "disiplin.discipline.case-opened.v1", "disiplin.discipline.summons-issued.v1",
    "disiplin.discipline.summons-missed.v1", "disiplin.discipline.examination-recorded.v1", "disiplin.discipline.case-forwarded.v1",
    "disiplin.discipline.warning-issued.v1", "disiplin.discipline.sanction-imposed.v1", "disiplin.discipline.decision-delivered.v1",
    "disiplin.discipline.transfer-requested.v1", "disiplin.personnel.employee-transferred.v1", "disiplin.discipline.case-closed.v1",
]);

Step("The seeded cast (Berau.Disiplin.Personnel seed)");
var clerk = await personnel.GetEmployeeAsync(new GetEmployeeRequest { Nip = DemoCast.CounterClerk }, hr);
var record = await discipline.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, auditor);
if (record.Cases.Count > 0 || clerk.UnitCode != DemoCast.DisdukcapilCounters)
{
    // The demo ran before on this database: replay it with a new clerk at the same counter.
    clerk = await personnel.RegisterEmployeeAsync(new RegisterEmployeeRequest
    {
        Nip = NewNip(), Name = "Rina Wulandari (demo " + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture) + ")", EmploymentType = EmploymentType.Pns,
        UnitCode = DemoCast.DisdukcapilCounters, Position = "Pengadministrasi Layanan Kependudukan", PositionLevel = PositionLevel.Pelaksana,
    }, hr);
    Console.WriteLine("  (the demo ran before: a new clerk stands in)");
}
Console.WriteLine($"  {clerk.Name}, NIP {clerk.Nip}, {clerk.Position} at {clerk.UnitName} (front line: {clerk.UnitFrontLine})");
var line = await personnel.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = clerk.Nip }, hr);
Console.WriteLine("  her line of superiors in Personnel's organisation (atasan langsung first, up to the PPK):");
foreach (var superior in line.Superiors)
    Console.WriteLine($"    {superior.Step}. {superior.Name}, {superior.Position} ({superior.PositionLevel}), NIP {superior.Nip}, head of {superior.UnitCode}");
if (line.Superiors.Count == 0 || !line.ReachesPpk)
    throw new InvalidOperationException("The seeded organisation does not reach the Bupati: run `Berau.Disiplin.Personnel seed` first.");
var bupati = line.Superiors[^1];

var wita = TimeSpan.FromHours(8);
var lastTuesday = LastWita(DayOfWeek.Tuesday, 10, 14);
Step($"A citizen reports a personal TikTok live at the counter, {lastTuesday:dddd d MMM yyyy HH:mm} WITA");
var report = await reporting.SubmitReportAsync(Live(clerk.Nip, lastTuesday, "@rina.live.berau"), portal);
Console.WriteLine($"  report {report.ReportId}, tracking code {report.TrackingCode}; the portal's receipt: {report.Triage.Explanation}");
var triage = (await reporting.GetReportAsync(new GetReportRequest { ReportId = report.ReportId }, verifier)).Triage;
Console.WriteLine($"  triage, as the verifier reads it: {triage.Outcome} — {triage.Explanation}");

Step("The Inspektorat's verifier confirms it: in uniform, on the premises, live, at the counter");
await reporting.ConfirmReportAsync(new ConfirmReportRequest
{
    ReportId = report.ReportId,
    Findings = "Siaran langsung TikTok dengan akun pribadi pada jam pelayanan terbukti",
    BapNumber = "800.1.6.4/017/INSPEKTORAT/2026",
    AggravatingFacts = { AggravatingFact.InUniform, AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast, AggravatingFact.DuringServiceHoursAtFrontLineCounter },
}, verifier);
var @case = await WaitFor(async () => await discipline.GetCaseByReportAsync(new GetCaseByReportRequest { ReportId = report.ReportId }, auditor),
    c => c.Hearing.AtasanLangsung is not null);
Console.WriteLine($"  case {@case.CaseId} under policy {@case.PolicyVersion}: {@case.Status} — no sanction at confirmation (PP 94/2021 Pasal 26–27)");
Console.WriteLine($"  proposal: {@case.Proposal.SanctionName} ({@case.Proposal.SanctionCode}), rule {@case.Proposal.RuleId} ({@case.Proposal.Article})");
Console.WriteLine($"  atasan langsung: {Describe(@case.Hearing.AtasanLangsung)}; summons due by {@case.Hearing.SummonsDue}");
var atasan = @case.Hearing.AtasanLangsung.Nip;

await HearAsync(@case, atasan, "017", "Ruang Kepala Seksi, Kantor Disdukcapil Tanjung Redeb");
@case = await discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, auditor);
var decider = @case.Hearing.DecisionOfficial;
Console.WriteLine($"  the decision lies with {Describe(decider)}" + (decider.Nip == atasan ? " — the examiner himself: within his authority" : " — forwarded with the BAP"));

Step("The Kepala Seksi decides the teguran tertulis on the BAP");
@case = await discipline.DecideSanctionAsync(new DecideSanctionRequest { CaseId = @case.CaseId }, AsOfficial(decider.Nip));
Console.WriteLine($"  {@case.Sanction.SanctionName} ({@case.Sanction.SanctionCode}), letter {@case.Sanction.LetterNumber}, decided by " +
                  $"{Describe(@case.Sanction.DecidedByOfficial)} on {@case.Sanction.BasisBapNumber}; deliver by {@case.Sanction.DeliveryDeadline}");

Step("The letters as Discipline stored them: summons I, the BAP and the Keputusan, saved as PDFs");
var lettersDir = Env("DEMO_LETTERS_DIR", Path.Combine(Directory.GetCurrentDirectory(), ".run", "letters"));
Directory.CreateDirectory(lettersDir);
var documents = await discipline.ListCaseDocumentsAsync(new ListCaseDocumentsRequest { CaseId = @case.CaseId }, auditor);
foreach (var info in documents.Documents)
{
    var document = await discipline.GetCaseDocumentAsync(new GetCaseDocumentRequest { CaseId = @case.CaseId, DocumentId = info.Id }, auditor);
    var bytes = document.Content.ToByteArray();
    var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    if (sha != document.Sha256) throw new InvalidOperationException($"{info.Kind}: the bytes' SHA-256 {sha} is not the stored {document.Sha256}");
    var path = Path.Combine(lettersDir, $"{info.Kind.ToLowerInvariant().Replace('_', '-')}.pdf");
    await File.WriteAllBytesAsync(path, bytes);
    Console.WriteLine($"  {path}  Nomor {document.Number}  sha256 {sha}");
}

Step("BKPSDM hands the letter to her: its dates run from receipt");
@case = await discipline.RecordDeliveryAsync(new RecordDeliveryRequest
{
    CaseId = @case.CaseId, Method = DeliveryMethod.InPerson, ReceivedOn = Today(),
}, hr);
Console.WriteLine($"  received {@case.Sanction.ReceivedOn}: in force {@case.Sanction.EffectiveDate} (day 15 from receipt), " +
                  $"objection until {@case.Sanction.ObjectionDeadline}");
Console.WriteLine($"  transfer recommended by the policy: {@case.Proposal.TransferRecommended} — {@case.Proposal.TransferReason}");

Step("The Bupati, as PPK, moves her to Kampung Tumbit on an organisational ground; Personnel carries it out");
await discipline.ApproveTransferAsync(new ApproveTransferRequest
{
    CaseId = @case.CaseId, ToUnitCode = DemoCast.KampungTumbit, ToPosition = "Staf PEK Kampung Tumbit",
    DecreeNumber = "821.2/045/BKPSDM/2026", EffectiveDate = Today(),
    Ground = TransferGround.OrganisationalNeed, Reason = "Penguatan pelayanan administrasi kependudukan di kampung",
}, AsOfficial(bupati.Nip));
await WaitFor(async () => await discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, auditor),
    c => c.Transfer.Status == Berau.Disiplin.Contracts.Discipline.V1.TransferStatus.Completed);
Console.WriteLine($"  {clerk.Name} now works at {DemoCast.KampungTumbit} (SK Mutasi 821.2/045/BKPSDM/2026, decided by {bupati.Name})");

Step("The clerk accepts the warning and waives the objection: the case closes");
var employee = As("rina", Roles.Employee, ("nip", clerk.Nip));
await discipline.AcceptSanctionAsync(new AcceptSanctionRequest { CaseId = @case.CaseId }, employee);
@case = await WaitFor(async () => await discipline.GetCaseAsync(new GetCaseRequest { CaseId = @case.CaseId }, auditor),
    c => c.Status == Berau.Disiplin.Contracts.Discipline.V1.CaseStatus.Closed);
Console.WriteLine($"  case {@case.Status}; timeline (one trace: {@case.TraceId}):");
foreach (var entry in @case.Timeline)
    Console.WriteLine($"    {entry.At.ToDateTimeOffset().ToOffset(wita):HH:mm:ss} {entry.Action,-21} {entry.Actor,-20} {entry.Detail}");

Step("The same clerk goes live again, after the warning, at her new post: heard again");
var again = await reporting.SubmitReportAsync(Live(clerk.Nip, DateTimeOffset.UtcNow, "@rina.live.berau"), portal);
await reporting.ConfirmReportAsync(new ConfirmReportRequest
{
    ReportId = again.ReportId, Findings = "Mengulangi siaran langsung pribadi", BapNumber = "800.1.6.4/031/INSPEKTORAT/2026",
    AggravatingFacts = { AggravatingFact.InUniform, AggravatingFact.LiveBroadcast },
}, verifier);
var second = await WaitFor(async () => await discipline.GetCaseByReportAsync(new GetCaseByReportRequest { ReportId = again.ReportId }, auditor),
    c => c.Hearing.AtasanLangsung is not null);
var tumbitLine = await personnel.GetSuperiorsAsync(new GetSuperiorsRequest { Nip = clerk.Nip }, hr);
Console.WriteLine($"  her line now: {string.Join(" → ", tumbitLine.Superiors.Select(s => $"{s.Name} ({s.PositionLevel}, head of {s.UnitCode})"))}");
Console.WriteLine($"  atasan langsung: {Describe(second.Hearing.AtasanLangsung)}" +
                  (tumbitLine.Superiors.Count == 1 ? " — no post between her and the PPK is filled, so the next higher official acts" : ""));
await HearAsync(second, second.Hearing.AtasanLangsung.Nip, "031", "Kantor Kampung Tumbit");
second = await discipline.GetCaseAsync(new GetCaseRequest { CaseId = second.CaseId }, auditor);
second = await discipline.DecideSanctionAsync(new DecideSanctionRequest { CaseId = second.CaseId }, AsOfficial(second.Hearing.DecisionOfficial.Nip));
Console.WriteLine($"  {second.Sanction.SanctionName} ({second.Sanction.SanctionCode}) by rule {second.Proposal.RuleId}, decided by " +
                  $"{Describe(second.Sanction.DecidedByOfficial)}: {second.Proposal.Explanation}");

Step("The same live on the official Disdukcapil account, and one on a Sunday evening");
var official = await reporting.SubmitReportAsync(Live(clerk.Nip, lastTuesday.AddHours(3), $"https://www.tiktok.com/@{DemoCast.OfficialTikTokHandle}"), portal);
var sunday = await reporting.SubmitReportAsync(Live(clerk.Nip, LastWita(DayOfWeek.Sunday, 19, 30), "@rina.live.berau"), portal);
foreach (var r in new[] { official, sunday })
{
    var t = (await reporting.GetReportAsync(new GetReportRequest { ReportId = r.ReportId }, verifier)).Triage;
    Console.WriteLine($"  triage: {t.Outcome} — {t.Explanation}");
    await reporting.DismissReportAsync(new DismissReportRequest { ReportId = r.ReportId, Reason = t.Explanation }, verifier);
}
var cases = await discipline.GetDisciplineRecordAsync(new GetDisciplineRecordRequest { Nip = clerk.Nip }, auditor);
Console.WriteLine($"  dismissed; the discipline record holds {cases.Cases.Count} cases: " +
                  string.Join(", ", cases.Cases.Select(c => $"{c.Sanction?.SanctionCode} ({c.Status})")));

Step("What an HR app subscribed to the public exchanges received");
await Task.Delay(500);
foreach (var received in events) Console.WriteLine($"  {received}");
Console.WriteLine("\nDemo complete. Follow the trace above in the trace viewer (or Jaeger) when OTEL_EXPORTER_OTLP_ENDPOINT is set.");
return 0;

// The hearing PP 94/2021 puts before any sanction: a written summons, attendance, the closed examination and its BAP.
async Task HearAsync(Case opened, string examinerNip, string bap, string place)
{
    Step("The atasan langsung summons her in writing (surat panggilan I)");
    var now = DateTimeOffset.UtcNow;
    var summoned = await discipline.IssueSummonsAsync(new IssueSummonsRequest
    {
        CaseId = opened.CaseId, ExaminationAt = Timestamp.FromDateTimeOffset(now), Place = place,
    }, AsOfficial(examinerNip));
    var summons = summoned.Hearing.Summonses[^1];
    Console.WriteLine($"  letter {summons.LetterNumber} dated {summons.LetterDate}: examination {summons.ExaminationAt.ToDateTimeOffset().ToOffset(wita):dd MMM yyyy HH:mm} WITA at {summons.Place}");

    Step("She comes; the examiner examines her and records the BAP (proven, impact on the unit kerja, with reasons)");
    await discipline.RecordSummonsAttendanceAsync(new RecordSummonsAttendanceRequest { CaseId = opened.CaseId, Attended = true }, AsOfficial(examinerNip));
    var examined = await discipline.RecordExaminationAsync(new RecordExaminationRequest
    {
        CaseId = opened.CaseId, BapNumber = $"BAP/800.1.6.4/{bap}/2026", ExaminedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
        Statement = "Saya mengakui melakukan siaran langsung TikTok dengan akun pribadi pada jam pelayanan.",
        SignedByEmployee = true, CopyGiven = true, Proven = true, Impact = FindingImpact.UnitKerja,
        ImpactReasoning = "Antrean di loket tertunda selama siaran; pelayanan kepada masyarakat di unit kerja terganggu",
        Findings = "Siaran langsung dengan akun pribadi, berseragam, di loket pelayanan, pada jam layanan.",
    }, AsOfficial(examinerNip));
    var e = examined.Hearing.Examination;
    Console.WriteLine($"  {e.BapNumber}: proven = {e.Proven}, impact {e.Impact} ({e.ImpactReasoning}); signed by her: {e.SignedByEmployee}, copy given: {e.CopyGiven}");
}

static string Describe(Official o) => $"{o.Name}, {o.Position} (NIP {o.Nip})";

string Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(wita).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

SubmitReportRequest Live(string nip, DateTimeOffset at, string account) => new()
{
    Subject = new Subject { Nip = nip },
    Category = Berau.Disiplin.Contracts.Reporting.V1.ReportCategory.PersonalSocialMedia,
    OccurredAt = Timestamp.FromDateTimeOffset(at),
    OccurredAtUtcOffsetMinutes = 480,
    Location = "Loket pelayanan Disdukcapil, Tanjung Redeb",
    SocialMedia = new SocialMedia { Platform = "tiktok", Account = account },
    Description = "Live TikTok saat jam kerja, berseragam, di loket pelayanan",
    Reporter = new Reporter { Anonymous = true },
};

DateTimeOffset LastWita(DayOfWeek day, int hour, int minute)
{
    var now = DateTimeOffset.UtcNow.ToOffset(wita);
    var at = new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 0, wita);
    while (at.DayOfWeek != day || at > now) at = at.AddDays(-1);
    return at;
}

static async Task<T> WaitFor<T>(Func<Task<T>> get, Func<T, bool> done)
{
    for (var attempt = 0; ; attempt++)
    {
        try
        {
            var value = await get();
            if (done(value)) return value;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound) { }
        if (attempt > 300) throw new TimeoutException("The suite did not get there in 60 s; see .run/logs/.");
        await Task.Delay(200);
    }
}

static string NewNip()
{
    var r = Random.Shared;
    var birth = new DateOnly(1990, 1, 1).AddDays(r.Next(0, 3000));
    return $"{birth:yyyyMMdd}{birth.Year + 24}{r.Next(1, 13):D2}2{r.Next(1, 1000):D3}";
}

static async Task<IAsyncDisposable> SubscribeAsync(ConcurrentQueue<string> sink, string[] exchanges)
{
    var factory = new ConnectionFactory
    {
        HostName = Env("RABBITMQ_HOST", "127.0.0.1"), Port = int.Parse(Env("RABBITMQ_PORT", "5672"), CultureInfo.InvariantCulture),
        UserName = Env("RABBITMQ_USER", "disiplin"), Password = Env("RABBITMQ_PASSWORD", "disiplin"),
        VirtualHost = Env("RABBITMQ_VHOST", "/"),
    };
    var connection = await factory.CreateConnectionAsync();
    var channel = await connection.CreateChannelAsync();
    var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
    foreach (var exchange in exchanges)
    {
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        await channel.QueueBindAsync(queue, exchange, "");
    }
    var consumer = new AsyncEventingBasicConsumer(channel);
    consumer.ReceivedAsync += (_, delivery) =>
    {
        var envelope = JsonNode.Parse(Encoding.UTF8.GetString(delivery.Body.Span))!;
        var message = envelope["message"]!.AsObject();
        var type = envelope["messageType"]![0]!.GetValue<string>().Replace("urn:message:", "");
        var detail = string.Join(", ", message.Where(p => p.Key is "sanctionCode" or "letterNumber" or "toUnitCode" or "outcome" or "category"
                or "summonsNumber" or "examinerNip" or "bapNumber" or "impact" or "issuedBy" or "toOfficialNip" or "receivedOn" or "effectiveDate")
            .Select(p => $"{p.Key}={p.Value}"));
        sink.Enqueue($"{type,-46} nip={message["subjectNip"]} {detail}");
        return Task.CompletedTask;
    };
    await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    return new Subscription(connection, channel);
}

static void Step(string text) => Console.WriteLine($"\n== {text}");
static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;

sealed record Subscription(IConnection Connection, IChannel Channel) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Channel.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
