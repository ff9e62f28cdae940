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
    public async Task A_call_without_a_token_is_told_how_to_send_one()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(AUnit()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.Contains("authorization: Bearer", ex.Status.Detail);
        var challenge = ex.Trailers.GetValue("www-authenticate");
        Assert.StartsWith("Bearer ", challenge);
        Assert.Contains("error=\"invalid_request\"", challenge);
        Assert.Contains("error_description=", challenge);
    }

    [Fact]
    public async Task A_refused_token_says_why_in_the_status_and_in_www_authenticate()
    {
        var forged = DevTokens.Mint(new AuthOptions { SigningKey = "someone-elses-key-0123456789-0123456789" }, "mallory",
            [Roles.Hr], TimeSpan.FromHours(1));
        var expired = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(
            new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
            {
                Issuer = "berau-disiplin-dev", Audience = "berau-disiplin",
                Claims = new Dictionary<string, object> { ["sub"] = "late", ["role"] = Roles.Hr },
                IssuedAt = DateTime.UtcNow.AddHours(-2), NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddHours(-1),
                SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                    new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(TestInfrastructure.SigningKey)),
                    Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
            });

        var badSignature = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(AUnit(),
            new Metadata { { "Authorization", $"Bearer {forged}" } }).ResponseAsync);
        var tooLate = await Assert.ThrowsAsync<RpcException>(() => suite.PersonnelClient.CreateUnitAsync(AUnit(),
            new Metadata { { "Authorization", $"Bearer {expired}" } }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, badSignature.StatusCode);
        Assert.Contains("signature", badSignature.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("error=\"invalid_token\"", badSignature.Trailers.GetValue("www-authenticate"));
        Assert.Equal(StatusCode.Unauthenticated, tooLate.StatusCode);
        Assert.Contains("expired", tooLate.Status.Detail);
        Assert.Contains("expired", tooLate.Trailers.GetValue("www-authenticate"));
    }

    [Fact]
    public async Task A_token_without_the_role_is_told_which_role_the_call_needs()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            suite.PersonnelClient.CreateUnitAsync(AUnit(), SuiteHost.As(Roles.Reporter)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
        Assert.Equal("This call needs the role hr; the token carries the role reporter.", ex.Status.Detail);
    }

    [Fact]
    public async Task Token_with_the_role_is_allowed()
    {
        var request = AUnit();
        var unit = await suite.PersonnelClient.CreateUnitAsync(request, SuiteHost.As(Roles.Hr));
        Assert.Equal(request.Code, unit.Code);
    }
}
