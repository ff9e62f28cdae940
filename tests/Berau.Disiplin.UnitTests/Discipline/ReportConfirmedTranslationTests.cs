using System.Text.Json;
using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Discipline.Cases;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Discipline;

/// <summary>Reporting's words become the policy's terms once, when the case opens.</summary>
public sealed class ReportConfirmedTranslationTests
{
    /// <summary>A confirmation as it arrives on the wire (the golden file), with the fields these specifications set.</summary>
    private static readonly ReportConfirmed Confirmed = JsonSerializer.Deserialize<ReportConfirmed>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "wire", "ReportConfirmed.json")),
        JsonSerializerOptions.Web)! with
    {
        Category = "PersonalSocialMedia",
        AggravatingFacts = ["InUniform", "LiveBroadcast"],
        Impact = "Institution",
        EmploymentType = "Pppk",
        PositionLevel = "JptPratama",
    };

    [Fact]
    public void Confirmed_report_is_read_into_typed_facts()
    {
        var command = ReportConfirmedConsumer.ToCommand(Confirmed, "trace-1");

        var report = command.Report;
        Assert.Equal((Confirmed.ReportId, Confirmed.SubjectNip, OffenceCategory.PersonalSocialMedia),
            (report.ReportId, report.SubjectNip, report.Category));
        Assert.Equal([AggravatingFact.InUniform, AggravatingFact.LiveBroadcast], report.Facts.AggravatingFacts);
        Assert.Equal((Impact.Instansi, EmploymentType.Pppk, PositionLevel.JptPratama),
            (report.Facts.Impact, report.Facts.EmploymentType, report.Facts.PositionLevel));
        Assert.Equal((true, 56, 57), (report.Facts.FrontLine, report.Facts.AbsenceDaysThisYear, report.Facts.ConsecutiveAbsenceDays));
        Assert.Equal("trace-1", command.TraceId);
    }

    [Theory]
    [InlineData("Unit", Impact.UnitKerja)]
    [InlineData("Institution", Impact.Instansi)]
    [InlineData("State", Impact.Negara)]
    [InlineData("", Impact.UnitKerja)]
    public void Reportings_impact_becomes_the_policys(string impact, Impact expected) =>
        Assert.Equal(expected, ReportConfirmedConsumer.ToCommand(Confirmed with { Impact = impact }, null).Report.Facts.Impact);

    [Theory]
    [InlineData("JPT_PRATAMA", PositionLevel.JptPratama)]
    [InlineData("Pelaksana", PositionLevel.Pelaksana)]
    [InlineData(null, null)]
    [InlineData("Kepala", null)]
    [InlineData("4", null)]
    public void Position_level_is_read_in_either_spelling_and_anything_else_is_unknown(string? level, PositionLevel? expected) =>
        Assert.Equal(expected, ReportConfirmedConsumer.ToCommand(Confirmed with { PositionLevel = level }, null).Report.Facts.PositionLevel);

    [Fact]
    public void Employment_type_Personnel_did_not_give_stays_unknown()
    {
        var facts = ReportConfirmedConsumer.ToCommand(Confirmed with { EmploymentType = null }, null).Report.Facts;

        Assert.Null(facts.EmploymentType);
        Assert.Equal(EmploymentType.Pns, facts.RuleSet);
    }

    [Fact]
    public void Category_or_aggravating_fact_the_policy_does_not_know_is_refused()
    {
        var category = Assert.Throws<ValidationFailedException>(() =>
            ReportConfirmedConsumer.ToCommand(Confirmed with { Category = "Gossip" }, null));
        Assert.Equal("category", category.Violations[0].Field);

        var fact = Assert.Throws<ValidationFailedException>(() =>
            ReportConfirmedConsumer.ToCommand(Confirmed with { AggravatingFacts = ["InUniform", "Sunglasses"] }, null));
        Assert.Equal("aggravatingFacts", fact.Violations[0].Field);
        Assert.Contains("Sunglasses", fact.Violations[0].Reason);
    }
}
