using Berau.Disiplin.Contracts.Personnel.V1;
using ProtoUnit = Berau.Disiplin.Contracts.Personnel.V1.Unit;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class UnitApiTests(SuiteHost suite)
{
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    [Fact]
    public async Task Units_under_a_parent_are_listed_in_code_order_page_by_page()
    {
        var opd = await PersonnelTestData.NewUnitAsync(suite, name: "Dinas Uji");
        var children = new List<string>();
        for (var i = 0; i < 5; i++) children.Add((await PersonnelTestData.NewUnitAsync(suite, opd.Code, name: $"Seksi {i}")).Code);

        var seen = new List<string>();
        var pages = 0;
        var request = new ListUnitsRequest { ParentCode = opd.Code, PageSize = 2 };
        do
        {
            var page = await Client.ListUnitsAsync(request, SuiteHost.As(Roles.Auditor));
            Assert.True(page.Units.Count <= 2);
            Assert.All(page.Units, u => Assert.Equal(opd.Code, u.ParentCode));
            seen.AddRange(page.Units.Select(u => u.Code));
            request.PageToken = page.NextPageToken;
            pages++;
        } while (request.PageToken != "");

        Assert.Equal(3, pages);
        Assert.Equal(children.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task Top_level_units_are_listed_when_no_parent_is_given()
    {
        var top = await PersonnelTestData.NewUnitAsync(suite);
        var child = await PersonnelTestData.NewUnitAsync(suite, top.Code);
        var all = new List<ProtoUnit>();
        var request = new ListUnitsRequest { PageSize = 500 };
        do
        {
            var page = await Client.ListUnitsAsync(request, SuiteHost.As(Roles.Verifier));
            all.AddRange(page.Units);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken != "");

        Assert.Contains(all, u => u.Code == top.Code);
        Assert.DoesNotContain(all, u => u.Code == child.Code);
        Assert.All(all, u => Assert.Equal("", u.ParentCode));
    }

    [Fact]
    public async Task A_page_token_used_for_another_parent_is_refused_and_an_unknown_parent_is_not_found()
    {
        var a = await PersonnelTestData.NewUnitAsync(suite);
        for (var i = 0; i < 2; i++) await PersonnelTestData.NewUnitAsync(suite, a.Code);
        var page = await Client.ListUnitsAsync(new ListUnitsRequest { ParentCode = a.Code, PageSize = 1 }, SuiteHost.As(Roles.Hr));
        Assert.NotEqual("", page.NextPageToken);

        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.ListUnitsAsync(
            new ListUnitsRequest { ParentCode = "", PageSize = 1, PageToken = page.NextPageToken }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("another query", ValidationTests.FieldViolations(ex)["page_token"]);
        var unknownParent = await Assert.ThrowsAsync<RpcException>(() => Client.ListUnitsAsync(
            new ListUnitsRequest { ParentCode = PersonnelTestData.UnitCode() }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknownParent.StatusCode);
        var garbage = await Assert.ThrowsAsync<RpcException>(() => Client.ListUnitsAsync(
            new ListUnitsRequest { PageToken = "not-a-token!" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.True(ValidationTests.FieldViolations(garbage).ContainsKey("page_token"));
    }

    [Fact]
    public async Task Unit_is_renamed_moved_and_made_front_line()
    {
        var disdukcapil = await PersonnelTestData.NewUnitAsync(suite, name: "Dinas Kependudukan");
        var bidang = await PersonnelTestData.NewUnitAsync(suite, disdukcapil.Code, name: "Bidang Dafduk");
        var counters = await PersonnelTestData.NewUnitAsync(suite, disdukcapil.Code, name: "Loket");

        var updated = await Client.UpdateUnitAsync(new UpdateUnitRequest
        {
            Code = counters.Code.ToLowerInvariant(), Name = "Loket Pelayanan", ParentCode = bidang.Code, FrontLine = true,
        }, SuiteHost.As(Roles.Hr));

        Assert.Equal((counters.Code, "Loket Pelayanan", bidang.Code, true), (updated.Code, updated.Name, updated.ParentCode, updated.FrontLine));
        var read = await Client.GetUnitAsync(new GetUnitRequest { Code = counters.Code }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(updated, read);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_own_descendant_is_refused_on_the_parent_field()
    {
        var opd = await PersonnelTestData.NewUnitAsync(suite, name: "Dinas");
        var bidang = await PersonnelTestData.NewUnitAsync(suite, opd.Code, name: "Bidang");
        var seksi = await PersonnelTestData.NewUnitAsync(suite, bidang.Code, name: "Seksi");

        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = opd.Code, Name = "Dinas", ParentCode = seksi.Code }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("cannot be its own ancestor", ValidationTests.FieldViolations(ex)["parent_code"]);
        var self = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = opd.Code, Name = "Dinas", ParentCode = opd.Code }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("the unit itself", ValidationTests.FieldViolations(self)["parent_code"]);
        Assert.Equal("", (await Client.GetUnitAsync(new GetUnitRequest { Code = opd.Code }, SuiteHost.As(Roles.Hr))).ParentCode);
    }

    [Fact]
    public async Task Updating_with_an_empty_name_or_unknown_parent_is_refused_and_an_unknown_unit_is_not_found()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = unit.Code, Name = " " }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal("is required", ValidationTests.FieldViolations(ex)["name"]);

        var parent = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = unit.Code, Name = "Unit", ParentCode = "NO-SUCH-UNIT-X" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Contains("does not exist", ValidationTests.FieldViolations(parent)["parent_code"]);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = PersonnelTestData.UnitCode(), Name = "Unit" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);

        var denied = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateUnitAsync(
            new UpdateUnitRequest { Code = unit.Code, Name = "Unit" }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }
}
