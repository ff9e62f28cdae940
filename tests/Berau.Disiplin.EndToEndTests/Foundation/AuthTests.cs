using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Foundation;

[Collection(SuiteCollection.Name)]
public sealed class AuthTests(SuiteHost suite)
{
    private static CreateUnitRequest AUnit() => new() { Code = $"AUTH-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), Name = "Unit for auth tests" };

    [Fact]
    public async Task Call_without_a_token_is_unauthenticated()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(AUnit()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_unauthenticated()
    {
        var forged = DevTokens.Mint(new AuthOptions { SigningKey = "someone-elses-key-0123456789-0123456789" }, "mallory",
            [Roles.Hr], TimeSpan.FromHours(1));
        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(AUnit(),
            new Metadata { { "Authorization", $"Bearer {forged}" } }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task Token_without_the_role_is_permission_denied_and_changes_nothing()
    {
        var request = AUnit();
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            suite.PersonnelClient.CreateUnitAsync(request, SuiteHost.As(Roles.Reporter)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);

        var lookup = await Assert.ThrowsAsync<RpcException>(() =>
            suite.PersonnelClient.GetUnitAsync(new GetUnitRequest { Code = request.Code }, SuiteHost.As(Roles.Auditor)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Token_with_the_role_is_allowed()
    {
        var request = AUnit();
        var unit = await suite.PersonnelClient.CreateUnitAsync(request, SuiteHost.As(Roles.Hr));
        Assert.Equal(request.Code, unit.Code);
    }
}
