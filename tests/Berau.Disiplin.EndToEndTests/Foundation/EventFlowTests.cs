using System.Diagnostics;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline.Persistence;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>Events cross from one service to another through the outbox, RabbitMQ and the inbox.</summary>
[Collection(SuiteCollection.Name)]
public sealed class EventFlowTests(SuiteHost suite)
{
    [Fact]
    public async Task Confirmed_report_opens_a_case_in_discipline_within_the_same_trace()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var caseOpened = await amqp.SubscribeAsync("disiplin.discipline.case-opened.v1");
        SubmitReportResponse submitted;
        var personnel = new PersonnelFixtures(suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());

        // The caller's own trace (a complaint portal's, say): every hop after this must carry it.
        var traceId = ActivityTraceId.CreateRandom();
        using (new Activity("complaint-portal").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
        {
            var submittedInTrace = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip), SuiteHost.As(Roles.Reporter));
            await suite.ReportingClient.ConfirmReportAsync(
                ReportRequests.Confirmation(submittedInTrace.ReportId),
                SuiteHost.As(Roles.Verifier));
            submitted = submittedInTrace;
        }

        var @case = await suite.CaseForReportAsync(submitted.ReportId, "the case to be opened");

        Assert.Equal(clerk.Nip, @case.SubjectNip);
        // Confirming issues nothing: the case waits for the atasan langsung's summons (PP 94/2021 Pasal 26).
        Assert.Equal(CaseStatus.AwaitingSummons, @case.Status);
        Assert.Null(@case.Sanction);
        Assert.Equal(traceId.ToString(), @case.TraceId);

        // The public event on its stable exchange, as an HR app in any language would read it.
        var envelope = await Eventually.Get(() => Task.FromResult(
            caseOpened.Where(m => m["reportId"]!.GetValue<string>() == submitted.ReportId).FirstOrDefault()), "CaseOpened on the wire");
        Assert.Equal(@case.CaseId, envelope["message"]!["caseId"]!.GetValue<string>());
        Assert.Equal("urn:message:disiplin.discipline.case-opened.v1", envelope["messageType"]![0]!.GetValue<string>());
        Assert.Equal(envelope["messageId"]!.GetValue<string>(), envelope["message"]!["eventId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Redelivered_report_confirmed_opens_one_case_and_announces_it_once()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var confirmed = new ReportConfirmed
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, ReportId = Guid.CreateVersion7(),
            SubjectNip = "198807222010011002", Category = "PersonalSocialMedia", IncidentAt = DateTimeOffset.UtcNow.AddDays(-1),
            Findings = "Terbukti", VerifiedBy = "verifier-1", BapNumber = "BAP 002", AggravatingFacts = ["InUniform"],
            Impact = "Unit", TriageOutcome = "LikelyViolation", SubjectName = "Rina", UnitCode = "DISDUKCAPIL.PELAYANAN",
            EmploymentType = "Pns", PositionLevel = "Pelaksana", FrontLine = true, AbsenceDaysThisYear = 0,
            ConsecutiveAbsenceDays = 0, Platform = "tiktok", Account = "rina.live",
        };

        await amqp.PublishEnvelopeAsync("disiplin.reporting.report-confirmed.v1", confirmed.EventId, confirmed);
        await amqp.PublishEnvelopeAsync("disiplin.reporting.report-confirmed.v1", confirmed.EventId, confirmed);

        await using var scope = suite.Discipline.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisciplineDbContext>();
        await Eventually.True(() => db.Cases.AnyAsync(c => c.ReportId == confirmed.ReportId), "the case");
        await Eventually.True(async () =>
                await TestInfrastructure.QueueDepthAsync(suite.VirtualHost, "disiplin-discipline-report-confirmed") == (0, 0),
            "both deliveries to be handled");

        Assert.Equal(1, await db.Cases.CountAsync(c => c.ReportId == confirmed.ReportId));
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.MessageId == confirmed.EventId));
        Assert.Equal(1, await db.OutboxMessages.ForReport("disiplin.discipline.case-opened.v1", confirmed.ReportId.ToString()).CountAsync());
    }
}
