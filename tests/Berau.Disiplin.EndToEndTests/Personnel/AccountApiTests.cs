using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class AccountApiTests(SuiteHost suite)
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private static readonly Timestamp TuesdayMorning = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 10, 14, 0, Wita));
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    private static string AHandle() => $"dukcapil.uji{Random.Shared.Next(100_000, 999_999)}";

    private async Task<CheckAccountResponse> CheckAsync(string platform, string handle, Timestamp? at = null) =>
        await Client.CheckAccountAsync(new CheckAccountRequest { Platform = platform, Handle = handle, At = at ?? TuesdayMorning },
            SuiteHost.As(Roles.Service));

    [Fact]
    public async Task A_registered_account_is_official_whichever_way_the_reporter_typed_it()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite, name: "Dinas Kependudukan dan Pencatatan Sipil");
        var handle = AHandle();
        var registered = await Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code,
            Platform = "TikTok",
            Handle = $"https://www.tiktok.com/@{handle.ToUpperInvariant()}?lang=id",
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr));
        Assert.Equal(("tiktok", handle, unit.Code, unit.Name), (registered.Platform, registered.Handle, registered.UnitCode, registered.UnitName));
        Assert.Null(registered.ValidTo);

        string[] forms =
        [
            handle, "@" + handle, $"  @{handle.ToUpperInvariant()} ", $"https://www.tiktok.com/@{handle}", $"tiktok.com/@{handle}?lang=id",
            $"https://m.tiktok.com/@{handle}/", $"https://www.tiktok.com/@{handle}/video/7446291234567890123", $"www.tiktok.com/@{handle}/live",
        ];
        foreach (var form in forms)
        {
            var check = await CheckAsync("tiktok", form);
            Assert.True(check.Official, form);
            Assert.Equal(handle, check.NormalizedHandle);
            Assert.Equal(registered, check.Account);
        }
        Assert.True((await CheckAsync("", $"https://www.tiktok.com/@{handle}")).Official);
        Assert.True((await CheckAsync("Tik Tok", handle)).Official);
    }

    [Fact]
    public async Task A_personal_account_and_the_same_name_on_another_platform_are_not_official()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var handle = AHandle();
        await Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "tiktok", Handle = "@" + handle,
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr));

        var personal = await CheckAsync("tiktok", "@rina.pribadi" + Random.Shared.Next(1000, 9999));
        Assert.False(personal.Official);
        Assert.Null(personal.Account);
        Assert.StartsWith("rina.pribadi", personal.NormalizedHandle);
        Assert.False((await CheckAsync("instagram", handle)).Official);
    }

    [Fact]
    public async Task An_account_is_official_only_within_its_validity()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var handle = AHandle();
        await Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "instagram", Handle = $"https://www.instagram.com/{handle}/",
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Wita)),
            ValidTo = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr));

        Assert.False((await CheckAsync("ig", handle, Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 12, 31, 23, 59, 0, Wita)))).Official);
        Assert.True((await CheckAsync("ig", handle, Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Wita)))).Official);
        Assert.True((await CheckAsync("ig", handle, Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 30, 23, 59, 0, Wita)))).Official);
        Assert.False((await CheckAsync("ig", handle, Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, Wita)))).Official);

        // The same account again over an overlapping period is already there; after it, it may be registered anew.
        var overlap = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "instagram", Handle = "@" + handle,
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, overlap.StatusCode);
        await Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "instagram", Handle = "@" + handle,
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr));
        Assert.True((await CheckAsync("instagram", handle, Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 8, 1, 0, 0, 0, Wita)))).Official);
    }

    [Fact]
    public async Task Registration_with_an_unknown_unit_platform_or_period_is_refused_per_field()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = "NO-SUCH-UNIT-V", Platform = "myspace", Handle = "@dukcapil",
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, Wita)),
            ValidTo = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Contains("does not exist", fields["unit_code"]);
        Assert.Contains("must be one of tiktok", fields["platform"]);
        Assert.Equal("must be after valid_from", fields["valid_to"]);

        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var postLink = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "instagram", Handle = "https://www.instagram.com/p/C9xYzAbCdEf/",
            ValidFrom = Timestamp.FromDateTimeOffset(new DateTimeOffset(2099, 1, 1, 0, 0, 0, Wita)),
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var postFields = ValidationTests.FieldViolations(postLink);
        Assert.Contains("does not name the account", postFields["handle"]);
        Assert.Contains("the end of next year", postFields["valid_from"]);

        var check = await Assert.ThrowsAsync<RpcException>(() => Client.CheckAccountAsync(
            new CheckAccountRequest { Platform = "tiktok", Handle = "https://vm.tiktok.com/ZMhAbCdEf/" }, SuiteHost.As(Roles.Service)).ResponseAsync);
        var checkFields = ValidationTests.FieldViolations(check);
        Assert.Contains("short link", checkFields["handle"]);
        Assert.Equal("is required", checkFields["at"]);

        var denied = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterOfficialAccountAsync(new RegisterOfficialAccountRequest
        {
            UnitCode = unit.Code, Platform = "tiktok", Handle = "@x",
        }, SuiteHost.As(Roles.Service)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }
}
