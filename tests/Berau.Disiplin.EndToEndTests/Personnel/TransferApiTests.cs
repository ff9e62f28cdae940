using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Contracts.Personnel.V1;
using ProtoUnit = Berau.Disiplin.Contracts.Personnel.V1.Unit;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class TransferApiTests(SuiteHost suite)
{
    private const string TransferRequestedExchange = "disiplin.discipline.transfer-requested.v1";
    private const string TransferRequestedQueue = "disiplin-personnel-transfer-requested";
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    private static string Tomorrow() => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(ProtoUnit Counters, ProtoUnit Kampung, Employee Clerk)> AClerkAndAKampungPostAsync()
    {
        var counters = await PersonnelTestData.NewUnitAsync(suite, frontLine: true, name: "Loket Pelayanan Disdukcapil");
        var kampung = await PersonnelTestData.NewUnitAsync(suite, frontLine: true, name: "Kampung Tumbit");
        var clerk = await PersonnelTestData.NewPnsAsync(suite, counters.Code, name: "Rina Wulandari",
            position: "Pengadministrasi Layanan Kependudukan");
        return (counters, kampung, clerk);
    }

    [Fact]
    public async Task Transfer_moves_the_employee_keeps_the_history_and_announces_EmployeeTransferred()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var transferred = await amqp.SubscribeAsync("disiplin.personnel.employee-transferred.v1");
        var (counters, kampung, clerk) = await AClerkAndAKampungPostAsync();

        var transfer = await Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = kampung.Code, ToPosition = "Staf PEK", DecreeNumber = "800/123/BKPSDM/2026",
            EffectiveDate = Tomorrow(), Reason = "Mutasi setelah teguran tertulis",
        }, SuiteHost.As(Roles.Hr));

        Assert.Equal((clerk.Nip, counters.Code, kampung.Code), (transfer.Nip, transfer.FromUnitCode, transfer.ToUnitCode));
        Assert.Equal(("Pengadministrasi Layanan Kependudukan", "Staf PEK"), (transfer.FromPosition, transfer.ToPosition));
        Assert.Equal("", transfer.CaseId);
        var moved = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr));
        Assert.Equal((kampung.Code, "Kampung Tumbit", "Staf PEK"), (moved.UnitCode, moved.UnitName, moved.Position));

        var envelope = await Eventually.Get(() => Task.FromResult(transferred.Where(m =>
            m["transferId"]!.GetValue<string>() == transfer.TransferId).FirstOrDefault()), "EmployeeTransferred on the wire");
        var message = envelope["message"]!;
        Assert.Equal(clerk.Nip, message["subjectNip"]!.GetValue<string>());
        Assert.Equal(counters.Code, message["fromUnitCode"]!.GetValue<string>());
        Assert.Equal(kampung.Code, message["toUnitCode"]!.GetValue<string>());
        Assert.Equal(Tomorrow(), message["effectiveDate"]!.GetValue<string>());

        // Back again, later: the history lists newest first.
        await Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = counters.Code, DecreeNumber = "800/200/BKPSDM/2026", EffectiveDate = Tomorrow(),
            Reason = "Kembali ke loket",
        }, SuiteHost.As(Roles.Hr));
        var history = await Client.ListTransfersAsync(new ListTransfersRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Official));
        Assert.Equal(["800/200/BKPSDM/2026", "800/123/BKPSDM/2026"], history.Transfers.Select(t => t.DecreeNumber));
        Assert.Equal("Staf PEK", history.Transfers[0].ToPosition);
    }

    [Fact]
    public async Task Transfer_to_the_unit_the_employee_is_in_is_a_failed_precondition()
    {
        var (counters, _, clerk) = await AClerkAndAKampungPostAsync();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = counters.Code, DecreeNumber = "800/1", EffectiveDate = Tomorrow(), Reason = "Salah",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Equal("ALREADY_IN_UNIT", ex.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Single().Subject);
        Assert.Empty((await Client.ListTransfersAsync(new ListTransfersRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr))).Transfers);
    }

    [Fact]
    public async Task Transfer_of_an_inactive_or_unknown_employee_or_to_an_unknown_unit_is_refused()
    {
        var (_, kampung, clerk) = await AClerkAndAKampungPostAsync();
        var unknownUnit = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = "NO-SUCH-UNIT-U", DecreeNumber = "800/2", EffectiveDate = Tomorrow(), Reason = "Mutasi",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("does not exist", ValidationTests.FieldViolations(unknownUnit)["to_unit_code"]);

        var unknownEmployee = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = PersonnelTestData.PnsNip(), ToUnitCode = kampung.Code, DecreeNumber = "800/3", EffectiveDate = Tomorrow(), Reason = "Mutasi",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknownEmployee.StatusCode);
        var noHistory = await Assert.ThrowsAsync<RpcException>(() => Client.ListTransfersAsync(
            new ListTransfersRequest { Nip = PersonnelTestData.PnsNip() }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, noHistory.StatusCode);

        await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest { Nip = clerk.Nip, Status = EmployeeStatus.Inactive }, SuiteHost.As(Roles.Hr));
        var inactive = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = kampung.Code, DecreeNumber = "800/4", EffectiveDate = Tomorrow(), Reason = "Mutasi",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, inactive.StatusCode);
        Assert.Contains("inactive", inactive.Status.Detail);
    }

    [Fact]
    public async Task Transfer_without_decree_reason_or_a_readable_date_is_refused_naming_each_field()
    {
        var (_, kampung, clerk) = await AClerkAndAKampungPostAsync();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = kampung.Code, EffectiveDate = "1 Desember 2026", CaseId = "kasus-1",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Equal(["case_id", "decree_number", "effective_date", "reason"], fields.Keys.Order());

        var far = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = kampung.Code, DecreeNumber = "800/5", EffectiveDate = "2090-01-01", Reason = "Mutasi",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("the end of next year", ValidationTests.FieldViolations(far)["effective_date"]);

        var denied = await Assert.ThrowsAsync<RpcException>(() => Client.TransferEmployeeAsync(new TransferEmployeeRequest
        {
            Nip = clerk.Nip, ToUnitCode = kampung.Code, DecreeNumber = "800/6", EffectiveDate = Tomorrow(), Reason = "Mutasi",
        }, SuiteHost.As(Roles.Official)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    [Fact]
    public async Task Redelivered_TransferRequested_transfers_once_and_announces_it_once()
    {
        var (_, kampung, clerk) = await AClerkAndAKampungPostAsync();
        var requested = new TransferRequested
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, CaseId = Guid.CreateVersion7(),
            ReportId = Guid.CreateVersion7(), SubjectNip = clerk.Nip, ToUnitCode = kampung.Code, ToPosition = "Staf PEK",
            DecreeNumber = "800/321/BKPSDM/2026", EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)),
            Reason = "Mutasi dari kasus disiplin: siaran langsung akun pribadi pada jam kerja",
        };

        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        await amqp.PublishEnvelopeAsync(TransferRequestedExchange, requested.EventId, requested);
        await amqp.PublishEnvelopeAsync(TransferRequestedExchange, requested.EventId, requested);

        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
        await Eventually.True(() => db.Transfers.AnyAsync(t => t.CaseId == requested.CaseId), "the transfer");
        await Eventually.True(async () => await TestInfrastructure.QueueDepthAsync(suite.VirtualHost, TransferRequestedQueue) == (0, 0),
            "both deliveries to be handled");

        Assert.Equal(1, await db.Transfers.CountAsync(t => t.Nip == clerk.Nip));
        // The inbox names the queue that handled it: the one whose depth was awaited above.
        Assert.Equal(TransferRequestedQueue, (await db.InboxMessages.SingleAsync(m => m.MessageId == requested.EventId)).Consumer);
        Assert.Equal(1, await db.OutboxMessages.AsNoTracking().CountAsync(m =>
            m.Destination == "disiplin.personnel.employee-transferred.v1"
            && EF.Functions.JsonContains(m.Payload, $"{{\"caseId\":\"{requested.CaseId}\",\"reportId\":\"{requested.ReportId}\"}}")));
        var moved = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr));
        Assert.Equal((kampung.Code, "Staf PEK"), (moved.UnitCode, moved.Position));
        var history = await Client.ListTransfersAsync(new ListTransfersRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Service));
        Assert.Equal(requested.CaseId.ToString(), history.Transfers.Single().CaseId);
    }

    [Fact]
    public async Task TransferRequested_that_cannot_be_carried_out_is_answered_with_TransferRejected_and_its_reason()
    {
        await using var amqp = await RawAmqp.ConnectAsync(suite.VirtualHost);
        var rejected = await amqp.SubscribeAsync("disiplin.personnel.transfer-rejected.v1");
        var (counters, _, clerk) = await AClerkAndAKampungPostAsync();
        var requested = new TransferRequested
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, CaseId = Guid.CreateVersion7(),
            ReportId = Guid.CreateVersion7(), SubjectNip = clerk.Nip, ToUnitCode = counters.Code, ToPosition = "",
            DecreeNumber = "800/322/BKPSDM/2026", EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)),
            Reason = "Mutasi",
        };

        await amqp.PublishEnvelopeAsync(TransferRequestedExchange, requested.EventId, requested);

        var envelope = await Eventually.Get(() => Task.FromResult(rejected.Where(m =>
            m["caseId"]!.GetValue<string>() == requested.CaseId.ToString()).FirstOrDefault()), "TransferRejected on the wire");
        var message = envelope["message"]!;
        Assert.Contains($"already in unit {counters.Code}", message["reason"]!.GetValue<string>());
        Assert.Equal(clerk.Nip, message["subjectNip"]!.GetValue<string>());
        Assert.Equal(requested.ReportId.ToString(), message["reportId"]!.GetValue<string>());
        Assert.Empty((await Client.ListTransfersAsync(new ListTransfersRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Hr))).Transfers);
    }
}
