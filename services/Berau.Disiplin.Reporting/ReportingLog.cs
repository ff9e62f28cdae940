namespace Berau.Disiplin.Reporting;

/// <summary>Reporting's log messages, source-generated. None carries the reporter's identity.</summary>
internal static partial class ReportingLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Flagged {Count} reports as overdue for verification")]
    public static partial void FlaggedOverdue(this ILogger logger, int count);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning,
        Message = "Triage of report {ReportId} is pending: Personnel did not answer ({Status})")]
    public static partial void TriagePending(this ILogger logger, Guid reportId, Grpc.Core.StatusCode status);
}
