using System.Collections.Concurrent;
using Berau.Disiplin.Contracts.Reporting.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Berau.Disiplin.Faults;

/// <summary>One flow as a portal and a verifier drive it: submit a report (with a request id), confirm it.</summary>
internal sealed class Flow(int number, string nip)
{
    public int Number { get; } = number;
    public string Nip { get; } = nip;
    /// <summary>The portal's own id of the submission, sent again with every retry.</summary>
    public string RequestId { get; } = Guid.NewGuid().ToString();
    public string? ReportId { get; set; }
    /// <summary>ConfirmReport answered OK (or, after a lost answer, that the report is confirmed already).</summary>
    public bool Acknowledged { get; set; }
}

/// <summary>
/// Drives flows as a careful client does: each call with a deadline; UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED
/// and a broken connection are retried with back-off (SubmitReport with the same request id, so a retry never stores a
/// second report); every answer is tallied under the phase the run is in.
/// </summary>
internal sealed class FlowDriver(
    ReportingService.ReportingServiceClient reporting,
    Func<string[], Metadata> token,
    DateTimeOffset incidentAt)
{
    private readonly ConcurrentDictionary<(string Phase, string Answer), int> _answers = new();

    /// <summary>The phase answers are tallied under (set by the schedule).</summary>
    public string Phase { get; set; } = "warm-up";

    public IReadOnlyDictionary<(string Phase, string Answer), int> Answers => _answers;

    public async Task RunAsync(Flow flow, DateTime giveUpAt)
    {
        var submit = new SubmitReportRequest
        {
            Subject = new Subject { Nip = flow.Nip },
            Category = ReportCategory.PersonalSocialMedia,
            OccurredAt = Timestamp.FromDateTimeOffset(incidentAt),
            OccurredAtUtcOffsetMinutes = 480,
            Location = "Loket pelayanan Disdukcapil, Tanjung Redeb",
            SocialMedia = new SocialMedia { Platform = "tiktok", Account = $"@live.{flow.Number}" },
            Evidence = { new Evidence { Link = $"https://www.tiktok.com/@live.{flow.Number}/live" } },
            Description = "Live TikTok dengan akun pribadi saat jam kerja, berseragam, di loket pelayanan",
            Reporter = new Reporter { Anonymous = true },
            RequestId = flow.RequestId,
        };
        var (submittedOk, submitted) = await CallAsync("SubmitReport", giveUpAt,
            deadline => reporting.SubmitReportAsync(submit, token(["reporter"]), deadline).ResponseAsync, _ => false);
        if (!submittedOk || submitted is null) return;
        flow.ReportId = submitted.ReportId;

        var confirm = new ConfirmReportRequest
        {
            ReportId = submitted.ReportId,
            Findings = "Siaran langsung dengan akun pribadi pada jam kerja terbukti",
            BapNumber = $"BAP 800/{flow.Number}/DISDUKCAPIL",
            AggravatingFacts = { AggravatingFact.InUniform, AggravatingFact.LiveBroadcast },
        };
        var (confirmed, _) = await CallAsync("ConfirmReport", giveUpAt,
            deadline => reporting.ConfirmReportAsync(confirm, token(["verifier"]), deadline).ResponseAsync,
            // An earlier attempt whose answer was lost confirmed it already.
            refusal => StateOf(refusal) == "CONFIRMED");
        flow.Acknowledged = confirmed;
    }

    /// <summary>
    /// Calls until an answer, a refusal <paramref name="done"/> accepts as the step being done already, a refusal that is
    /// final, or <paramref name="giveUpAt"/>. Returns whether the step is done, and the answer when there was one.
    /// </summary>
    private async Task<(bool Done, T? Answer)> CallAsync<T>(string method, DateTime giveUpAt, Func<DateTime, Task<T>> call,
        Func<RpcException, bool> done) where T : class
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (DateTime.UtcNow < giveUpAt)
        {
            try
            {
                var answer = await call(DateTime.UtcNow.AddSeconds(10));
                Tally(method, "OK");
                return (true, answer);
            }
            catch (RpcException ex)
            {
                Tally(method, Describe(ex));
                if (done(ex)) return (true, null);
                if (!Retryable(ex)) return (false, null);
            }
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(2000, delay.TotalMilliseconds * 2));
        }
        Tally(method, "gave up");
        return (false, null);
    }

    private void Tally(string method, string answer) => _answers.AddOrUpdate((Phase, $"{method} {answer}"), 1, (_, n) => n + 1);

    /// <summary>
    /// INTERNAL from the server (its message asks to quote a trace id) is a defect the run reports; INTERNAL raised by the
    /// client for a connection cut mid-call is a transport failure, retried like UNAVAILABLE.
    /// </summary>
    private static string Describe(RpcException ex) => ex.StatusCode switch
    {
        StatusCode.Internal when ex.Status.Detail.Contains("trace id", StringComparison.Ordinal) => "INTERNAL (server)",
        StatusCode.Internal => "INTERNAL (transport)",
        StatusCode.FailedPrecondition => $"FAILED_PRECONDITION {StateOf(ex)}",
        _ => ex.StatusCode.ToString().ToUpperInvariant() switch
        {
            "DEADLINEEXCEEDED" => "DEADLINE_EXCEEDED",
            "RESOURCEEXHAUSTED" => "RESOURCE_EXHAUSTED",
            var code => code,
        },
    };

    private static bool Retryable(RpcException ex) => ex.StatusCode switch
    {
        StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Cancelled
            or StatusCode.Unknown or StatusCode.Aborted => true,
        StatusCode.Internal => true,
        // Another change of the same report got there first (the triage retry, say): try again.
        StatusCode.FailedPrecondition => StateOf(ex) == "CONCURRENT_CHANGE" || StateOf(ex) == "SUBMITTED",
        _ => false,
    };

    private static string? StateOf(RpcException ex) =>
        ex.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations.FirstOrDefault() is { } violation
            ? violation.Type == "CONCURRENT_CHANGE" ? "CONCURRENT_CHANGE" : violation.Subject
            : null;
}
