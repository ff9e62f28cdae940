using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
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

// A small load benchmark of the suite's hot paths, run against the RUNNING suite (bash deploy/up.sh) through its
// public gRPC APIs. It prints figures and asserts nothing. See docs/benchmarks.md.
//   dotnet run -c Release --project deploy/Berau.Disiplin.Bench -- [--seconds 20] [--concurrency 16]
//       [--scenario all|checkduty|submit|confirm] [--employees 100] [--max-calls 100000] [--events rabbitmq|poll]
// Settings like the demo's: BENCH_PERSONNEL_URL, BENCH_REPORTING_URL, BENCH_DISCIPLINE_URL, Auth__SigningKey
// (default: the development key), RABBITMQ_HOST/PORT/USER/PASSWORD/VHOST. Loopback addresses only.
// It leaves what it creates (employees named "Bench ...", their reports and cases) in the suite's databases.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Options opt;
try
{
    opt = Options.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (opt.Help)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

var personnelUrl = Env("BENCH_PERSONNEL_URL", "http://127.0.0.1:5101");
var reportingUrl = Env("BENCH_REPORTING_URL", "http://127.0.0.1:5102");
var disciplineUrl = Env("BENCH_DISCIPLINE_URL", "http://127.0.0.1:5103");
var rabbitHost = Env("RABBITMQ_HOST", "127.0.0.1");
foreach (var host in new[] { new Uri(personnelUrl).Host, new Uri(reportingUrl).Host, new Uri(disciplineUrl).Host, rabbitHost })
{
    if (!IsLoopback(host))
    {
        Console.Error.WriteLine($"Refusing to load '{host}': the benchmark only drives a suite on this machine (loopback).");
        return 2;
    }
}

// Tokens are minted once, for longer than any run can last.
var auth = new AuthOptions { SigningKey = Env("Auth__SigningKey", AuthOptions.DevelopmentSigningKey) };
Metadata Bearer(string subject, params string[] roles) => new()
{
    { "Authorization", "Bearer " + DevTokens.Mint(auth, subject, roles, TimeSpan.FromHours(6)) },
};
var asService = Bearer("service:bench", Roles.Service);
var asHr = Bearer("bench-hr", Roles.Hr);
var asReporter = Bearer("bench-portal", Roles.Reporter);
// A reporter's receipt says only that triage follows; the submit scenario counts triage outcomes, which a verifier sees.
var asReportingDesk = Bearer("bench-portal", Roles.Reporter, Roles.Verifier);
var asVerifier = Bearer("bench-verifier", Roles.Verifier);
var asAuditor = Bearer("bench-auditor", Roles.Auditor);
CallOptions Call(Metadata headers, int seconds = 30) => new(headers, DateTime.UtcNow.AddSeconds(seconds));

// One channel (one HTTP/2 connection) per service, reused by every call.
using var personnelChannel = GrpcChannel.ForAddress(personnelUrl);
using var reportingChannel = GrpcChannel.ForAddress(reportingUrl);
using var disciplineChannel = GrpcChannel.ForAddress(disciplineUrl);
var personnel = new PersonnelService.PersonnelServiceClient(personnelChannel);
var reporting = new ReportingService.ReportingServiceClient(reportingChannel);
var discipline = new DisciplineService.DisciplineServiceClient(disciplineChannel);

var wita = TimeSpan.FromHours(8);
var runId = DateTime.UtcNow.ToString("MMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
Console.WriteLine($"Berau.Disiplin bench {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC — scenario {opt.Scenario}, " +
                  $"{opt.Seconds} s per scenario, concurrency {opt.Concurrency}, at most {opt.MaxCalls} calls per scenario, " +
                  $"{Environment.ProcessorCount} logical CPUs on this machine");
Console.WriteLine($"  Personnel {personnelUrl}, Reporting {reportingUrl}, Discipline {disciplineUrl}");

// Is the suite there, and seeded?
try
{
    await personnel.GetEmployeeAsync(new GetEmployeeRequest { Nip = DemoCast.CounterClerk }, Call(asHr, 10));
    try
    {
        await reporting.GetReportStatusAsync(new GetReportStatusRequest { TrackingCode = "LPR-BENCH-PROBE" }, Call(asReporter, 10));
    }
    catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument) { } // an answer
    await discipline.GetPolicyAsync(new GetPolicyRequest(), Call(asAuditor, 10));
}
catch (RpcException ex)
{
    Console.Error.WriteLine($"The suite does not answer as expected ({ex.StatusCode}: {ex.Status.Detail}). " +
                            "Start it with `bash deploy/up.sh` (which also seeds Personnel).");
    return 1;
}

var runAll = opt.Scenario == "all";
var pool = new ConcurrentQueue<string>(); // reports submitted and not duplicates: what the confirm scenario confirms

if (runAll || opt.Scenario == "checkduty")
{
    // 1. CheckDuty for the seeded clerk at varying instants over the last two years (weekdays, weekends, nights).
    var now = DateTimeOffset.UtcNow;
    var statuses = new ConcurrentDictionary<DutyStatus, int>();
    await Warmup(opt.Concurrency * 4, async _ =>
        await personnel.CheckDutyAsync(new CheckDutyRequest { Nip = DemoCast.CounterClerk, At = Timestamp.FromDateTimeOffset(now) }, Call(asService)));
    var result = await Run("checkduty", opt, async (_, _) =>
    {
        var at = now.AddSeconds(-Random.Shared.NextInt64(0, 2 * 365 * 24 * 3600L));
        var response = await personnel.CheckDutyAsync(
            new CheckDutyRequest { Nip = DemoCast.CounterClerk, At = Timestamp.FromDateTimeOffset(at) }, Call(asService));
        statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
        return true;
    });
    result.Print();
    Console.WriteLine("  duty statuses: " + string.Join(", ", statuses.OrderByDescending(s => s.Value).Select(s => $"{Short(s.Key.ToString(), "DutyStatus")} {s.Value}")));
}

string[] subjects = [];
if (runAll || opt.Scenario is "submit" or "confirm")
{
    // The subjects: N new PNS at the service counters, registered through Personnel.
    var sw = Stopwatch.StartNew();
    subjects = await RegisterSubjectsAsync(opt.Employees);
    Console.WriteLine($"\n[setup] registered {subjects.Length} employees at {DemoCast.DisdukcapilCounters} in {sw.Elapsed.TotalSeconds:F1} s");
}

if (runAll || opt.Scenario is "submit" or "confirm")
{
    // 2. SubmitReport: triage (GetEmployee, CheckAccount, CheckDuty, AddWorkingDays on Personnel), the reporter's
    // identity encrypted, the duplicate check under a per-subject lock, the report and its outbox row in one commit.
    // With --scenario confirm this only prepares the reports to confirm and its figures are not the point.
    var label = opt.Scenario == "confirm" ? "submit (preparing reports for confirm)" : "submit";
    var outcomes = new ConcurrentDictionary<string, int>();
    var duplicates = 0;
    var sequence = 0;
    async Task<bool> SubmitOne(bool keep)
    {
        var n = Interlocked.Increment(ref sequence);
        var response = await reporting.SubmitReportAsync(NewReport(subjects[Random.Shared.Next(subjects.Length)], n), Call(asReportingDesk));
        if (!keep) return true;
        outcomes.AddOrUpdate(Short(response.Triage.Outcome.ToString(), "TriageOutcome"), 1, (_, c) => c + 1);
        if (response.DuplicateOf.Length > 0) Interlocked.Increment(ref duplicates);
        else if (response.Triage.Outcome != TriageOutcome.SubjectUnknown) pool.Enqueue(response.ReportId);
        return true;
    }
    await Warmup(opt.Concurrency * 2, _ => SubmitOne(keep: true));
    var result = await Run(label, opt, (_, _) => SubmitOne(keep: true));
    result.Print();
    Console.WriteLine("  triage outcomes: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")) +
                      $"; linked as duplicates: {duplicates}");
}

if (runAll || opt.Scenario == "confirm")
{
    // 3. ConfirmReport, and the time until Discipline has opened the case (CaseOpened on RabbitMQ, or GetCaseByReport).
    await ConfirmScenarioAsync();
}

Console.WriteLine("\nDone. Figures are indicative: the load generator runs on the same machine as the suite.");
return 0;

// ----------------------------------------------------------------------------------------------------------------

async Task ConfirmScenarioAsync()
{
    var sent = new ConcurrentDictionary<string, (long Sent, long Returned)>();
    var opened = new ConcurrentDictionary<string, long>();
    var relayed = new ConcurrentDictionary<string, long>(); // ReportConfirmed seen on the broker (RabbitMQ only)
    await using var watch = await WatchCaseOpenedAsync(opened, relayed, sent);
    Console.WriteLine($"\n[confirm] {pool.Count} reports to confirm; case openings observed by {watch.How}");

    var bap = 0;
    async Task<bool> ConfirmOne(bool measured)
    {
        if (!pool.TryDequeue(out var reportId)) return false;
        var n = Interlocked.Increment(ref bap);
        var start = Stopwatch.GetTimestamp();
        if (measured) sent[reportId] = (start, 0);
        await reporting.ConfirmReportAsync(new ConfirmReportRequest
        {
            ReportId = reportId,
            Findings = "Siaran langsung dengan akun pribadi pada jam pelayanan terbukti (bench)",
            BapNumber = $"800.1.6.4/B{runId}-{n:D5}/DISDUKCAPIL/{DateTime.UtcNow.Year}",
            AggravatingFacts = { AggravatingFact.OnOfficePremises, AggravatingFact.LiveBroadcast },
        }, Call(asVerifier));
        if (measured) sent[reportId] = (start, Stopwatch.GetTimestamp());
        return true;
    }

    await Warmup(Math.Min(opt.Concurrency, pool.Count / 10), _ => ConfirmOne(measured: false));
    var result = await Run("confirm", opt, (_, _) => ConfirmOne(measured: true));
    result.Print();
    if (pool.IsEmpty && result.Elapsed.TotalSeconds < opt.Seconds - 0.5)
        Console.WriteLine($"  (stopped after {result.Elapsed.TotalSeconds:F1} s: every prepared report was confirmed)");

    // Wait for the remaining case openings: until all are seen, or none arrived for 15 s (at most 120 s).
    var confirmed = sent.Where(s => s.Value.Returned != 0).ToDictionary(s => s.Key, s => s.Value);
    var drain = Stopwatch.StartNew();
    var lastCount = -1;
    var lastProgress = Stopwatch.StartNew();
    while (drain.Elapsed < TimeSpan.FromSeconds(120))
    {
        var seen = confirmed.Keys.Count(opened.ContainsKey);
        if (seen == confirmed.Count) break;
        if (seen != lastCount) { lastCount = seen; lastProgress.Restart(); }
        else if (lastProgress.Elapsed > TimeSpan.FromSeconds(15)) break;
        await Task.Delay(100);
    }

    var endToEnd = new List<double>();
    var afterReturn = new List<double>();
    var toBroker = new List<double>();
    var inDiscipline = new List<double>();
    foreach (var (reportId, times) in confirmed)
    {
        if (relayed.TryGetValue(reportId, out var onBroker))
            toBroker.Add(Math.Max(0, Stopwatch.GetElapsedTime(times.Returned, onBroker).TotalMilliseconds));
        if (!opened.TryGetValue(reportId, out var at)) continue;
        endToEnd.Add(Stopwatch.GetElapsedTime(times.Sent, at).TotalMilliseconds);
        afterReturn.Add(Math.Max(0, Stopwatch.GetElapsedTime(times.Returned, at).TotalMilliseconds));
        if (relayed.TryGetValue(reportId, out onBroker))
            inDiscipline.Add(Math.Max(0, Stopwatch.GetElapsedTime(onBroker, at).TotalMilliseconds));
    }
    var seenTimes = confirmed.Keys.Where(opened.ContainsKey).Select(k => opened[k]).Order().ToList();
    var openingRate = seenTimes.Count > 1
        ? $"{(seenTimes.Count - 1) / Stopwatch.GetElapsedTime(seenTimes[0], seenTimes[^1]).TotalSeconds:F1} cases/s"
        : "n/a";
    Console.WriteLine($"\n== case opened (Discipline, via {watch.How})");
    Console.WriteLine($"  confirmed {confirmed.Count}, case opening seen for {endToEnd.Count}, not seen {confirmed.Count - endToEnd.Count} " +
                      $"(waited {drain.Elapsed.TotalSeconds:F1} s after the last confirm); case openings arrived at {openingRate}");
    Console.WriteLine("  CaseOpened, from ConfirmReport sent:        " + Stats.Percentiles(endToEnd));
    Console.WriteLine("  CaseOpened, from ConfirmReport returned:    " + Stats.Percentiles(afterReturn));
    if (toBroker.Count > 0)
    {
        Console.WriteLine("  ReportConfirmed on the broker, from return: " + Stats.Percentiles(toBroker) + "   (Reporting's outbox relay)");
        Console.WriteLine("  CaseOpened, from ReportConfirmed on broker: " + Stats.Percentiles(inDiscipline) + "   (Discipline: consume, open, relay)");
    }
}

async Task<string[]> RegisterSubjectsAsync(int count)
{
    var nips = new ConcurrentBag<string>();
    var taken = new ConcurrentDictionary<string, bool>();
    var next = 0;
    var workers = Enumerable.Range(0, Math.Min(opt.Concurrency, count)).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) is var i && i <= count)
        {
            for (var attempt = 0; ; attempt++)
            {
                var nip = NewPnsNip();
                if (!taken.TryAdd(nip, true)) continue;
                try
                {
                    await personnel.RegisterEmployeeAsync(new RegisterEmployeeRequest
                    {
                        Nip = nip, Name = $"Bench {runId} Pegawai {i:D3}", EmploymentType = EmploymentType.Pns,
                        UnitCode = DemoCast.DisdukcapilCounters, Position = "Pengadministrasi Layanan Kependudukan",
                        PositionLevel = PositionLevel.Pelaksana,
                    }, Call(asHr));
                    nips.Add(nip);
                    break;
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists && attempt < 10) { }
            }
        }
    });
    await Task.WhenAll(workers);
    return nips.ToArray();
}

SubmitReportRequest NewReport(string nip, int n) => new()
{
    Subject = new Subject { Nip = nip },
    Category = Berau.Disiplin.Contracts.Reporting.V1.ReportCategory.PersonalSocialMedia,
    OccurredAt = Timestamp.FromDateTimeOffset(RandomWorkingInstant()),
    OccurredAtUtcOffsetMinutes = 480,
    Location = "Loket pelayanan Disdukcapil, Tanjung Redeb",
    SocialMedia = new SocialMedia { Platform = "tiktok", Account = $"@pegawai.{nip[^6..]}" },
    Description = "Siaran langsung TikTok dengan akun pribadi saat jam pelayanan, di loket",
    // A named reporter: the identity is encrypted at rest, which is part of the path measured.
    Reporter = new Reporter { Name = $"Warga Pelapor {n}", Contact = $"pelapor{n}@bench.example.invalid" },
};

// Monday–Thursday 08:00–11:59 WITA (on duty on the regency default week), any day since 2016: with the 2 h duplicate
// window on the same subject and account, duplicates stay rare.
DateTimeOffset RandomWorkingInstant()
{
    var today = DateTimeOffset.UtcNow.ToOffset(wita).Date;
    var earliest = new DateTime(2016, 1, 4);
    while (true)
    {
        var day = earliest.AddDays(Random.Shared.Next(0, (int)(today - earliest).TotalDays));
        if (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
        return new DateTimeOffset(day, wita).AddHours(8).AddSeconds(Random.Shared.Next(0, 4 * 3600));
    }
}

// A PNS NIP: birth yyyyMMdd, CPNS appointment yyyyMM at least 18 years later (and not in the future), sex 1/2,
// a 3-digit sequence 001–999.
static string NewPnsNip()
{
    var r = Random.Shared;
    var birth = new DateOnly(1970, 1, 1).AddDays(r.Next(0, 25 * 365)); // 1970–1994
    var appointed = new DateOnly(birth.Year + 18 + r.Next(0, 12), r.Next(1, 13), 1);
    var latest = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);
    if (appointed > latest) appointed = new DateOnly(latest.Year, latest.Month, 1);
    return $"{birth:yyyyMMdd}{appointed:yyyyMM}{r.Next(1, 3)}{r.Next(1, 1000):D3}";
}

async Task Warmup(int calls, Func<int, Task> call)
{
    if (calls <= 0) return;
    var next = 0;
    await Task.WhenAll(Enumerable.Range(0, Math.Min(opt.Concurrency, calls)).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) is var i && i <= calls)
        {
            try { await call(i); }
            catch (RpcException) { }
        }
    }));
}

// Runs `call` from `concurrency` workers until the time is up, the call budget is spent, or a call says there is no
// more work (returns false). Latency is measured per call, from the client's side.
static async Task<Result> Run(string name, Options opt, Func<int, CancellationToken, Task<bool>> call)
{
    var errors = new ConcurrentDictionary<string, int>();
    var latencies = new ConcurrentBag<List<double>>();
    var started = 0;
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(opt.Seconds));
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, opt.Concurrency).Select(_ => Task.Run(async () =>
    {
        var mine = new List<double>(4096);
        latencies.Add(mine);
        while (!stop.IsCancellationRequested)
        {
            var i = Interlocked.Increment(ref started);
            if (i > opt.MaxCalls) break;
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                if (!await call(i, stop.Token)) break;
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            catch (RpcException ex)
            {
                errors.AddOrUpdate(ex.StatusCode.ToString(), 1, (_, n) => n + 1);
            }
            catch (Exception ex)
            {
                errors.AddOrUpdate("client " + ex.GetType().Name, 1, (_, n) => n + 1);
            }
        }
    })).ToArray();
    await Task.WhenAll(workers);
    clock.Stop();
    return new Result(name, clock.Elapsed, latencies.SelectMany(l => l).ToList(), errors.ToDictionary(), opt.Concurrency);
}

async Task<CaseOpenedWatch> WatchCaseOpenedAsync(ConcurrentDictionary<string, long> opened, ConcurrentDictionary<string, long> relayed,
    ConcurrentDictionary<string, (long Sent, long Returned)> confirmed)
{
    if (opt.Events == "rabbitmq")
    {
        try
        {
            var factory = new ConnectionFactory
            {
                HostName = rabbitHost, Port = int.Parse(Env("RABBITMQ_PORT", "5672"), System.Globalization.CultureInfo.InvariantCulture),
                UserName = Env("RABBITMQ_USER", "disiplin"), Password = Env("RABBITMQ_PASSWORD", "disiplin"),
                VirtualHost = Env("RABBITMQ_VHOST", "/"), ClientProvidedName = "berau-disiplin-bench",
            };
            var connection = await factory.CreateConnectionAsync();
            var channel = await connection.CreateChannelAsync();
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            const string exchange = "disiplin.discipline.case-opened.v1";
            const string confirmedExchange = "disiplin.reporting.report-confirmed.v1";
            foreach (var name in new[] { exchange, confirmedExchange })
            {
                await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true);
                await channel.QueueBindAsync(queue, name, "");
            }
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                var at = Stopwatch.GetTimestamp();
                var envelope = JsonNode.Parse(Encoding.UTF8.GetString(delivery.Body.Span));
                var reportId = envelope?["message"]?["reportId"]?.GetValue<string>();
                if (reportId is not null)
                    (delivery.Exchange == confirmedExchange ? relayed : opened).TryAdd(reportId, at);
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
            return new CaseOpenedWatch("RabbitMQ exchange " + exchange, async () =>
            {
                await channel.DisposeAsync();
                await connection.DisposeAsync();
            });
        }
        catch (Exception ex)
        {
            Console.WriteLine($"[confirm] RabbitMQ is not reachable ({ex.GetType().Name}: {ex.Message}); polling GetCaseByReport instead");
        }
    }

    // Polling: one loop asking Discipline for each confirmed report whose case is not yet seen, every 50 ms.
    var stop = new CancellationTokenSource();
    var poller = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var reportId in confirmed.Keys.Where(id => !opened.ContainsKey(id)).ToList())
            {
                try
                {
                    await discipline.GetCaseByReportAsync(new GetCaseByReportRequest { ReportId = reportId }, Call(asAuditor, 10));
                    opened.TryAdd(reportId, Stopwatch.GetTimestamp());
                }
                catch (RpcException) { }
                if (stop.IsCancellationRequested) return;
            }
            try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
        }
    });
    return new CaseOpenedWatch("polling GetCaseByReport (auditor)", async () =>
    {
        await stop.CancelAsync();
        await poller;
        stop.Dispose();
    });
}

static string Short(string enumName, string prefix) => enumName.StartsWith(prefix, StringComparison.Ordinal) ? enumName[prefix.Length..] : enumName;

static bool IsLoopback(string host) =>
    host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
    || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;

sealed record Result(string Name, TimeSpan Elapsed, List<double> Latencies, Dictionary<string, int> Errors, int Concurrency)
{
    public void Print()
    {
        var calls = Latencies.Count + Errors.Values.Sum();
        Console.WriteLine($"\n== {Name}");
        Console.WriteLine($"  calls {calls} in {Elapsed.TotalSeconds:F1} s at concurrency {Concurrency}: " +
                          $"{calls / Elapsed.TotalSeconds:F1} calls/s ({Latencies.Count / Elapsed.TotalSeconds:F1} ok/s)");
        Console.WriteLine("  errors: " + (Errors.Count == 0 ? "none"
            : string.Join(", ", Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"))));
        Console.WriteLine("  latency of successful calls: " + Stats.Percentiles(Latencies));
    }
}

sealed record CaseOpenedWatch(string How, Func<Task> Stop) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Stop();
}

sealed record Options(int Seconds, int Concurrency, string Scenario, int Employees, int MaxCalls, string Events, bool Help)
{
    public const string Usage = """
        usage: Berau.Disiplin.Bench [--seconds 20] [--concurrency 16] [--scenario all|checkduty|submit|confirm]
                                    [--employees 100] [--max-calls 100000] [--events rabbitmq|poll]
          --seconds      duration of each scenario (1–600)
          --concurrency  calls in flight at once (1–256)
          --scenario     which hot path to load; all runs checkduty, submit, then confirm on the submitted reports
          --employees    employees registered as report subjects (1–1000)
          --max-calls    upper bound of calls per scenario
          --events       how the confirm scenario sees case openings: the RabbitMQ exchange, or polling Discipline
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options(20, 16, "all", 100, 100_000, "rabbitmq", false);
        for (var i = 0; i < args.Length; i++)
        {
            var (flag, value) = args[i].Split('=', 2) is [var f, var v] ? (f, (string?)v) : (args[i], null);
            string Value() => value ?? (i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{flag} needs a value"));
            int Int(int min, int max) => int.TryParse(Value(), out var n) && n >= min && n <= max
                ? n : throw new ArgumentException($"{flag} must be a whole number from {min} to {max}");
            o = flag switch
            {
                "--seconds" => o with { Seconds = Int(1, 600) },
                "--concurrency" => o with { Concurrency = Int(1, 256) },
                "--employees" => o with { Employees = Int(1, 1000) },
                "--max-calls" => o with { MaxCalls = Int(1, 1_000_000) },
                "--scenario" => o with
                {
                    Scenario = Value() is var s && s is "all" or "checkduty" or "submit" or "confirm"
                    ? s : throw new ArgumentException("--scenario must be all, checkduty, submit or confirm")
                },
                "--events" => o with
                {
                    Events = Value() is var e && e is "rabbitmq" or "poll"
                    ? e : throw new ArgumentException("--events must be rabbitmq or poll")
                },
                "--help" or "-h" => o with { Help = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }
}

static class Stats
{
    /// <summary>Nearest-rank percentiles in milliseconds.</summary>
    public static string Percentiles(List<double> values)
    {
        if (values.Count == 0) return "no samples";
        values.Sort();
        double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        return $"p50 {P(0.50),8:F1}  p90 {P(0.90),8:F1}  p99 {P(0.99),8:F1}  max {values[^1],8:F1} ms  (n={values.Count})";
    }
}
