using System.Reflection;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Discipline;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel;
using Berau.Disiplin.Reporting;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Authorization;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>A suite of its own: every RPC is called with an empty request by every role, which may store odd rows.</summary>
public sealed class RoleMatrixHost : IAsyncLifetime
{
    public SuiteHost Suite { get; } = new(new SuiteOptions());
    public Task InitializeAsync() => Suite.InitializeAsync();
    public Task DisposeAsync() => Suite.DisposeAsync();
}

/// <summary>
/// Who can call what, as the running services answer (docs/security.md prints the matrix): every unary RPC each
/// service implements, called by each role with an empty request. Authorisation runs before validation, so a role
/// that may call gets anything but PERMISSION_DENIED (mostly INVALID_ARGUMENT), and one that may not gets
/// PERMISSION_DENIED; no token at all gets UNAUTHENTICATED.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixHost host) : IClassFixture<RoleMatrixHost>
{
    /// <summary>Every role a token may carry, BKPSDM's policy administrators included.</summary>
    public static readonly string[] AllRoles = [.. Roles.All];

    private SuiteHost Suite => host.Suite;

    [Fact]
    public async Task Every_RPC_answers_each_role_as_its_Authorize_attribute_says_and_no_token_is_unauthenticated()
    {
        var mismatches = new List<string>();
        var checkedRpcs = 0;
        foreach (var (service, client, channel) in Services())
            foreach (var rpc in UnaryRpcs(service))
            {
                checkedRpcs++;
                var declared = DeclaredRoles(rpc);
                foreach (var role in AllRoles)
                {
                    var denied = await IsDeniedAsync(client, channel, rpc, SuiteHost.AsUser("matrix", role));
                    var expected = declared is not null && !declared.Contains(role);
                    if (denied != expected)
                        mismatches.Add($"{service.Name}.{rpc.Name} as {role}: {(denied ? "denied" : "allowed")}, declared {(expected ? "denied" : "allowed")}");
                }
                var anonymous = await CallAsync(client, channel, rpc, new CallOptions());
                if (anonymous != StatusCode.Unauthenticated) mismatches.Add($"{service.Name}.{rpc.Name} without a token: {anonymous}");
            }
        Assert.Empty(mismatches);
        Assert.True(checkedRpcs >= 30, $"only {checkedRpcs} RPCs found");
    }

    [Theory]
    [InlineData(nameof(PersonnelService.PersonnelServiceClient.GetUnit))]
    [InlineData(nameof(PersonnelService.PersonnelServiceClient.ListUnits))]
    public async Task The_organisation_is_read_by_the_roles_that_need_it_not_by_reporters_or_employees(string rpcName)
    {
        var rpc = typeof(PersonnelGrpcService).GetMethod(rpcName)!;
        var allowed = new List<string>();
        foreach (var role in AllRoles)
            if (!await IsDeniedAsync(typeof(PersonnelService.PersonnelServiceClient), Suite.Personnel.Channel, rpc, SuiteHost.AsUser("matrix", role)))
                allowed.Add(role);

        Assert.Equal(["verifier", "hr", "official", "policy-admin", "auditor", "service"], allowed);
    }

    [Fact]
    public async Task Reporting_answers_each_role_as_documented()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["SubmitReport"] = ["reporter"],
            ["GetReportStatus"] = ["reporter", "verifier", "auditor"],
            ["AssignVerifier"] = ["verifier"],
            ["ConfirmReport"] = ["verifier"],
            ["DismissReport"] = ["verifier"],
            ["GetReport"] = ["verifier", "auditor"],
            ["ListReports"] = ["verifier", "auditor"],
        };
        foreach (var (name, roles) in expected)
        {
            var rpc = typeof(ReportingGrpcService).GetMethod(name)!;
            var allowed = new List<string>();
            foreach (var role in AllRoles)
                if (!await IsDeniedAsync(typeof(ReportingService.ReportingServiceClient), Suite.Reporting.Channel, rpc, SuiteHost.AsUser("matrix", role)))
                    allowed.Add(role);
            Assert.Equal(roles, allowed.ToArray());
        }
    }

    private IEnumerable<(Type Service, Type Client, GrpcChannel Channel)> Services() =>
    [
        (typeof(PersonnelGrpcService), typeof(PersonnelService.PersonnelServiceClient), Suite.Personnel.Channel),
        (typeof(ReportingGrpcService), typeof(ReportingService.ReportingServiceClient), Suite.Reporting.Channel),
        (typeof(DisciplineGrpcService), typeof(DisciplineService.DisciplineServiceClient), Suite.Discipline.Channel),
    ];

    /// <summary>The unary RPCs the service implements (overrides of the generated base), in name order.</summary>
    public static IEnumerable<MethodInfo> UnaryRpcs(Type service) => service
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => m.GetBaseDefinition() != m
                    && m.GetParameters() is [{ ParameterType: var request }, { ParameterType: var context }]
                    && context == typeof(ServerCallContext) && typeof(Google.Protobuf.IMessage).IsAssignableFrom(request))
        .OrderBy(m => m.Name);

    /// <summary>The roles the method's [Authorize] names; null when any authenticated caller may call it.</summary>
    public static string[]? DeclaredRoles(MethodInfo rpc) =>
        rpc.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Roles).FirstOrDefault(r => r is not null)?
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static async Task<bool> IsDeniedAsync(Type client, GrpcChannel channel, MethodInfo rpc, CallOptions options) =>
        await CallAsync(client, channel, rpc, options) == StatusCode.PermissionDenied;

    private static async Task<StatusCode> CallAsync(Type clientType, GrpcChannel channel, MethodInfo rpc, CallOptions options)
    {
        var requestType = rpc.GetParameters()[0].ParameterType;
        var client = Activator.CreateInstance(clientType, channel)!;
        var method = clientType.GetMethod(rpc.Name + "Async", [requestType, typeof(CallOptions)])!;
        var call = method.Invoke(client, [Activator.CreateInstance(requestType), options.WithDeadline(DateTime.UtcNow.AddSeconds(30))])!;
        var response = (Task)call.GetType().GetProperty("ResponseAsync")!.GetValue(call)!;
        try
        {
            await response;
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
        finally
        {
            ((IDisposable)call).Dispose();
        }
    }
}
