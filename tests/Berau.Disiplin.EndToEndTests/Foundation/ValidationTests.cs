using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Reporting.Persistence;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.EndToEndTests.Foundation;

[Collection(SuiteCollection.Name)]
public sealed class ValidationTests(SuiteHost suite)
{
    internal static IReadOnlyDictionary<string, string> FieldViolations(RpcException ex)
    {
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return badRequest.FieldViolations.ToDictionary(v => v.Field, v => v.Description);
    }

    [Fact]
    public async Task Invalid_unit_is_refused_naming_each_field_and_nothing_is_created()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(
            new CreateUnitRequest { Code = "BAD CODE!", Name = "  " }, SuiteHost.As(Roles.Hr)).ResponseAsync);

        var fields = FieldViolations(ex);
        Assert.Contains("letters, digits", fields["code"]);
        Assert.Equal("is required", fields["name"]);
        var lookup = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.GetUnitAsync(
            new GetUnitRequest { Code = "BAD CODE!" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, lookup.StatusCode);
    }

    [Fact]
    public async Task Unit_under_an_unknown_parent_is_refused_on_the_parent_field()
    {
        var code = $"CHILD-{Guid.NewGuid():N}"[..20];
        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(
            new CreateUnitRequest { Code = code, Name = "Seksi", ParentCode = "NO-SUCH-UNIT" }, SuiteHost.As(Roles.Hr)).ResponseAsync);

        Assert.Contains("does not exist", FieldViolations(ex)["parent_code"]);
        var lookup = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.GetUnitAsync(
            new GetUnitRequest { Code = code }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Creating_a_unit_twice_is_already_exists()
    {
        var request = new CreateUnitRequest { Code = $"DUP-{Guid.NewGuid():N}"[..20], Name = "Bidang" };
        await suite.PersonnelClient.CreateUnitAsync(request, SuiteHost.As(Roles.Hr));
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            suite.PersonnelClient.CreateUnitAsync(request, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, ex.StatusCode);
    }

    [Fact]
    public async Task Invalid_report_is_refused_naming_each_field_and_nothing_is_stored_or_published()
    {
        await using var scope = suite.Reporting.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var reportsBefore = await db.Reports.CountAsync();
        var outboxBefore = await db.OutboxMessages.CountAsync();

        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.SubmitReportAsync(new SubmitReportRequest
        {
            Subject = new Subject(),
            Category = ReportCategory.Unspecified,
            OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(3)),
            Description = "",
        }, SuiteHost.As(Roles.Reporter)).ResponseAsync);

        var fields = FieldViolations(ex);
        Assert.Equal(["category", "description", "occurred_at", "reporter", "subject.name", "subject.unit_code"],
            fields.Keys.Order().ToArray());
        Assert.Equal("must not be in the future", fields["occurred_at"]);
        Assert.Equal(reportsBefore, await db.Reports.CountAsync());
        Assert.Equal(outboxBefore, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Unknown_report_is_not_found_and_malformed_id_is_invalid()
    {
        var unknown = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.GetReportAsync(
            new GetReportRequest { ReportId = Guid.NewGuid().ToString() }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);

        var malformed = await Assert.ThrowsAsync<RpcException>(() => suite.ReportingClient.GetReportAsync(
            new GetReportRequest { ReportId = "not-a-uuid" }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal("must be a UUID", FieldViolations(malformed)["report_id"]);
    }

    [Fact]
    public async Task Confirming_a_confirmed_report_is_a_failed_precondition_naming_the_state()
    {
        var personnel = new PersonnelFixtures(suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());
        var submitted = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(clerk.Nip),
            SuiteHost.As(Roles.Reporter));
        var confirm = ReportRequests.Confirmation(submitted.ReportId);
        await suite.ReportingClient.ConfirmReportAsync(confirm, SuiteHost.As(Roles.Verifier));

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            suite.ReportingClient.ConfirmReportAsync(confirm, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Equal("CONFIRMED", ex.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Single().Subject);
    }
}
