using Berau.Disiplin.Discipline.Policy;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>Absence without valid reason, cumulative in a year, against the PP 94/2021 threshold table.</summary>
public sealed class AbsenceTableTests
{
    private readonly SanctionPolicy _policy = Default();

    [Theory]
    [InlineData(3, "R1", "absen-3-hari")]
    [InlineData(4, "R2", "absen-4-6-hari")]
    [InlineData(6, "R2", "absen-4-6-hari")]
    [InlineData(7, "R3", "absen-7-10-hari")]
    [InlineData(10, "R3", "absen-7-10-hari")]
    [InlineData(11, "S1", "absen-11-13-hari")]
    [InlineData(13, "S1", "absen-11-13-hari")]
    [InlineData(14, "S2", "absen-14-16-hari")]
    [InlineData(16, "S2", "absen-14-16-hari")]
    [InlineData(17, "S3", "absen-17-20-hari")]
    [InlineData(20, "S3", "absen-17-20-hari")]
    [InlineData(21, "B1", "absen-21-24-hari")]
    [InlineData(24, "B1", "absen-21-24-hari")]
    [InlineData(25, "B2", "absen-25-27-hari")]
    [InlineData(27, "B2", "absen-25-27-hari")]
    [InlineData(28, "B3", "absen-28-hari")]
    [InlineData(60, "B3", "absen-28-hari")]
    public void Days_absent_in_the_year_map_to_the_sanction_of_their_band(int days, string code, string ruleId)
    {
        var decision = _policy.Evaluate(Absence(days));

        Assert.Equal(code, decision.Sanction?.Code);
        Assert.Equal(ruleId, decision.RuleId);
        Assert.Contains($"selama {days} hari kerja secara kumulatif", decision.Explanation);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Fewer_than_three_days_earn_no_sanction(int days)
    {
        var decision = _policy.Evaluate(Absence(days));

        Assert.Null(decision.Sanction);
        Assert.Null(decision.RuleId);
        Assert.Empty(decision.MatchedRules);
        Assert.False(decision.NeedsOfficialDecision);
        Assert.Equal("pp94-2021.2", decision.PolicyVersion);
        Assert.Contains("belum mencapai ambang hukuman disiplin", decision.Explanation);
    }

    [Fact]
    public void Ten_consecutive_working_days_earn_dismissal_even_below_the_yearly_threshold()
    {
        var decision = _policy.Evaluate(Absence(10, consecutive: 10));

        Assert.Equal("B3", decision.Sanction?.Code);
        Assert.Equal("pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", decision.Sanction?.Name);
        Assert.Equal("absen-10-hari-berturut", decision.RuleId);
        Assert.Contains("10 hari kerja berturut-turut", decision.Explanation);
        Assert.Contains(decision.MatchedRules, m => m is { RuleId: "absen-7-10-hari", SanctionCode: "R3" });
    }

    [Fact]
    public void Nine_consecutive_days_are_weighed_by_the_yearly_count_only()
    {
        var decision = _policy.Evaluate(Absence(9, consecutive: 9));

        Assert.Equal("R3", decision.Sanction?.Code);
        Assert.Equal("absen-7-10-hari", decision.RuleId);
    }

    [Fact]
    public void Harm_to_the_agency_does_not_override_the_absence_table()
    {
        var decision = _policy.Evaluate(Absence(5) with { Impact = Impact.Instansi });

        Assert.Equal("R2", decision.Sanction?.Code);
        Assert.Equal("absen-4-6-hari", decision.RuleId);
    }
}
