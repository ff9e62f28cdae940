using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Clients;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Reports;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using DomainOutcome = Berau.Disiplin.Reporting.Reports.TriageOutcome;

namespace Berau.Disiplin.Reporting.Triage;

/// <summary>
/// Works out at once whether a report can be a violation, by asking Personnel (each call with a deadline): does the
/// subject exist, is the account an official one, were they on duty at that instant. When Personnel does not answer,
/// the outcome is Pending and the report is triaged again later; the caller is never kept waiting.
/// </summary>
public sealed class ReportTriage(
    PersonnelService.PersonnelServiceClient personnel,
    PersonnelCalendar calendar,
    IOptionsMonitor<ServiceEndpointOptions> endpoints,
    IOptions<ReportingOptions> options,
    ILogger<ReportTriage> logger)
{
    public async Task<TriageResult> TriageAsync(Report report, CancellationToken cancellationToken)
    {
        try
        {
            var employee = await FindSubjectAsync(report, cancellationToken);
            if (employee is null)
                return new TriageResult(DomainOutcome.SubjectUnknown, report.SubjectNip is { Length: > 0 } nip
                    ? $"Personnel knows no employee with NIP {nip}."
                    : $"No single employee named '{report.SubjectName}' works in unit {report.SubjectUnitCode}.");

            var subject = new SubjectSnapshot(employee.Nip, employee.Name, employee.UnitCode,
                employee.EmploymentType == EmploymentType.Unspecified ? null : employee.EmploymentType.ToString(),
                employee.PositionLevel == PositionLevel.Unspecified ? null : employee.PositionLevel.ToString(),
                employee.UnitFrontLine);
            var at = Timestamp.FromDateTimeOffset(report.IncidentAt);

            // The account and the duty questions are independent: ask both at once.
            var accountCheck = report.Category == ReportCategory.PersonalSocialMedia && report.Account is { Length: > 0 } account
                ? CheckAccountAsync(report.Platform ?? "", account, at, cancellationToken)
                : null;
            var dutyCheck = personnel.CheckDutyAsync(new CheckDutyRequest { Nip = employee.Nip, At = at },
                deadline: Deadline(), cancellationToken: cancellationToken).ResponseAsync;
            await Task.WhenAll(accountCheck is null ? [dutyCheck] : new Task[] { dutyCheck, accountCheck });

            string? normalizedAccount = null;
            if (accountCheck is not null)
            {
                var check = await accountCheck;
                normalizedAccount = check.NormalizedHandle is { Length: > 0 } normalized ? normalized : null;
                if (check.Official)
                    return new TriageResult(DomainOutcome.OfficialAccount,
                        $"@{check.NormalizedHandle} on {report.Platform} is the registered official account of " +
                        $"{check.Account.UnitName} ({check.Account.UnitCode}): official activity, not personal use.",
                        subject, OfficialAccountUnit: check.Account.UnitCode, AccountNormalized: normalizedAccount);
            }

            var duty = await dutyCheck;
            var dutyStatus = duty.Status.ToString();
            if (!duty.OnDuty && report.Category == ReportCategory.PersonalSocialMedia)
                return new TriageResult(DomainOutcome.OutsideWorkingHours,
                    $"Not on duty at that moment: {duty.Explanation.TrimEnd('.')}. Personal social media outside working hours is not this violation.",
                    subject, dutyStatus, AccountNormalized: normalizedAccount);

            return new TriageResult(DomainOutcome.LikelyViolation,
                report.Category == ReportCategory.PersonalSocialMedia
                    ? $"On duty at that moment ({duty.Explanation.TrimEnd('.')}) and the account is not an official one."
                    : $"The employee exists; duty at that moment: {duty.Explanation.TrimEnd('.')}.",
                subject, dutyStatus, AccountNormalized: normalizedAccount);
        }
        catch (RpcException ex) when (TransientFaults.IsTransient(ex))
        {
            logger.TriagePending(report.Id, ex.StatusCode);
            return new TriageResult(DomainOutcome.Pending, $"Personnel did not answer ({ex.StatusCode}); triage will be retried.");
        }
    }

    /// <summary>
    /// Whether the account is official. An account Personnel cannot read (a platform it does not know, a short link)
    /// cannot be a registered official one: the report stays, and the triage says why.
    /// </summary>
    private async Task<CheckAccountResponse> CheckAccountAsync(string platform, string account, Timestamp at,
        CancellationToken cancellationToken)
    {
        try
        {
            return await personnel.CheckAccountAsync(new CheckAccountRequest { Platform = platform, Handle = account, At = at },
                deadline: Deadline(), cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.InvalidArgument)
        {
            return new CheckAccountResponse { Official = false, NormalizedHandle = "" };
        }
    }

    /// <summary>
    /// The day by which a verifier must decide, counted in working days from the day of submission (WITA) on
    /// Personnel's calendar for the subject's unit; null when Personnel does not answer, to be counted again later.
    /// </summary>
    public async Task<DateOnly?> VerificationDueAsync(Report report, CancellationToken cancellationToken)
    {
        try
        {
            return await calendar.AddWorkingDaysAsync(Wita.LocalDate(report.SubmittedAt), options.Value.VerificationWorkingDays,
                report.SubjectUnitCode, cancellationToken);
        }
        catch (RpcException ex) when (TransientFaults.IsTransient(ex))
        {
            return null;
        }
    }

    private async Task<Employee?> FindSubjectAsync(Report report, CancellationToken cancellationToken)
    {
        if (report.SubjectNip is { Length: > 0 } nip)
        {
            try
            {
                return await personnel.GetEmployeeAsync(new GetEmployeeRequest { Nip = nip },
                    deadline: Deadline(), cancellationToken: cancellationToken);
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
            {
                return null;
            }
        }
        try
        {
            var found = await personnel.SearchEmployeesAsync(new SearchEmployeesRequest
            {
                Name = report.SubjectName ?? "",
                UnitCode = report.SubjectUnitCode ?? "",
                PageSize = 2,
            }, deadline: Deadline(), cancellationToken: cancellationToken);
            return found.Employees.Count == 1 ? found.Employees[0] : null;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            // A unit Personnel does not know: no one there to match.
            return null;
        }
    }

    private DateTime Deadline() => endpoints.Get(PersonnelCalendar.PersonnelServiceName).Deadline();
}
