using System.Text.Json.Nodes;
using Berau.Disiplin.Discipline.Policy;
using Berau.Disiplin.Primitives;
using static Berau.Disiplin.UnitTests.Discipline.Policy.PolicyExamples;

namespace Berau.Disiplin.UnitTests.Discipline.Policy;

/// <summary>The hearing's three windows (PP 94/2021 Pasal 26) are settings of each policy version.</summary>
public sealed class HearingSettingsTests
{
    [Fact]
    public void The_default_version_summons_within_7_working_days_and_examines_within_7_after_the_letter()
    {
        var settings = Default().Settings;

        Assert.Equal(new DayCount(7, DayKind.WorkingDays), settings.SummonsWindow);
        Assert.Equal(new DayCount(7, DayKind.WorkingDays), settings.SummonsMaxGap);
        Assert.Equal(new DayCount(7, DayKind.WorkingDays), settings.SecondSummonsWindow);
        Assert.Contains("\"summonsMaxGap\": {", PolicyJson.Serialize(Default().Version));
    }

    [Fact]
    public void A_version_published_before_the_hearing_existed_reads_the_default_windows()
    {
        var json = JsonNode.Parse(DefaultPolicy.ReadJson())!;
        var settings = json["settings"]!.AsObject();
        settings.Remove("summonsWindow");
        settings.Remove("summonsMaxGap");
        settings.Remove("secondSummonsWindow");

        var policy = PolicyJson.Parse(json.ToJsonString());

        Assert.Equal(Default().Settings, policy.Settings);
    }

    [Fact]
    public void A_window_of_no_days_is_refused_with_its_path()
    {
        var version = Default().Version.WithSettings(s => s with
        {
            SummonsMaxGap = new DayCount(0, DayKind.WorkingDays),
            SecondSummonsWindow = new DayCount(-1, DayKind.CalendarDays),
        });

        var refusal = Assert.Throws<ValidationFailedException>(() => SanctionPolicy.From(version));

        Assert.Equal(["settings.secondSummonsWindow.days", "settings.summonsMaxGap.days"],
            refusal.Violations.Select(v => v.Field).Order().ToArray());
    }
}
