using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Units;

namespace Berau.Disiplin.UnitTests.Personnel;

/// <summary>The walk up the unit tree that names an employee's superiors (GetSuperiors).</summary>
public sealed class OrganisationChainTests
{
    private const string Clerk = "199203152015032001";
    private const string Kasi = "198604182009031003";
    private const string Kabid = "197911052005011002";
    private const string Kadis = "197208141998031004";
    private const string Bupati = "BUPATI-BERAU-2025";

    private static ChainHead Head(string nip, PositionLevel level, bool designated = false, bool active = true) =>
        new(nip, nip, "Kepala", level, designated, active);

    /// <summary>PEMKAB-BERAU → DISDUKCAPIL → DAFDUK → PELAYANAN, each headed unless replaced.</summary>
    private static Dictionary<string, ChainUnit> Tree(ChainHead? seksi = null, ChainHead? bidang = null, ChainHead? dinas = null,
        ChainHead? root = null, bool vacantSeksi = false, bool vacantBidang = false, bool vacantRoot = false) => new[]
    {
        new ChainUnit("PEMKAB-BERAU", "Pemerintah Kabupaten Berau", null, vacantRoot ? null : root ?? Head(Bupati, PositionLevel.Bupati)),
        new ChainUnit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "PEMKAB-BERAU", dinas ?? Head(Kadis, PositionLevel.JptPratama)),
        new ChainUnit("DISDUKCAPIL.DAFDUK", "Bidang Dafduk", "DISDUKCAPIL", vacantBidang ? null : bidang ?? Head(Kabid, PositionLevel.Administrator)),
        new ChainUnit("DISDUKCAPIL.PELAYANAN", "Loket", "DISDUKCAPIL.DAFDUK", vacantSeksi ? null : seksi ?? Head(Kasi, PositionLevel.Pengawas)),
    }.ToDictionary(u => u.Code);

    private static List<(int, string, string)> Walk(string nip, string unit, Dictionary<string, ChainUnit> tree) =>
        OrganisationChain.Walk(nip, unit, tree).Select(s => (s.Step, s.Head.Nip, s.UnitCode)).ToList();

    [Fact]
    public void Clerks_chain_is_Kasi_Kabid_Kadis_Bupati_and_reaches_the_PPK()
    {
        var chain = OrganisationChain.Walk(Clerk, "DISDUKCAPIL.PELAYANAN", Tree());

        Assert.Equal([(1, Kasi, "DISDUKCAPIL.PELAYANAN"), (2, Kabid, "DISDUKCAPIL.DAFDUK"), (3, Kadis, "DISDUKCAPIL"),
            (4, Bupati, "PEMKAB-BERAU")], chain.Select(s => (s.Step, s.Head.Nip, s.UnitCode)));
        Assert.True(OrganisationChain.ReachesPpk(chain));
    }

    [Fact]
    public void An_empty_post_is_skipped_and_the_steps_stay_consecutive() =>
        Assert.Equal([(1, Kasi, "DISDUKCAPIL.PELAYANAN"), (2, Kadis, "DISDUKCAPIL"), (3, Bupati, "PEMKAB-BERAU")],
            Walk(Clerk, "DISDUKCAPIL.PELAYANAN", Tree(vacantBidang: true)));

    [Fact]
    public void An_inactive_holder_counts_as_an_empty_post() =>
        Assert.Equal(Kabid, Walk(Clerk, "DISDUKCAPIL.PELAYANAN", Tree(seksi: Head(Kasi, PositionLevel.Pengawas, active: false)))[0].Item2);

    [Fact]
    public void A_head_starts_at_the_unit_above_his_own()
    {
        Assert.Equal([Kabid, Kadis, Bupati], Walk(Kasi, "DISDUKCAPIL.PELAYANAN", Tree()).Select(s => s.Item2));
        Assert.Equal([Bupati], Walk(Kadis, "DISDUKCAPIL", Tree()).Select(s => s.Item2));
    }

    [Fact]
    public void The_Bupati_has_no_superior_and_so_his_chain_does_not_reach_a_PPK()
    {
        var chain = OrganisationChain.Walk(Bupati, "PEMKAB-BERAU", Tree());
        Assert.Empty(chain);
        Assert.False(OrganisationChain.ReachesPpk(chain));
    }

    [Fact]
    public void A_tree_without_the_Bupati_does_not_reach_the_PPK() =>
        Assert.False(OrganisationChain.ReachesPpk(OrganisationChain.Walk(Clerk, "DISDUKCAPIL.PELAYANAN", Tree(vacantRoot: true))));

    [Fact]
    public void A_designated_JF_is_the_atasan_of_a_unit_without_a_structural_head()
    {
        var chain = OrganisationChain.Walk(Clerk, "DISDUKCAPIL.PELAYANAN",
            Tree(seksi: Head("198801012010012001", PositionLevel.Fungsional, designated: true)));
        Assert.Equal(("198801012010012001", PositionLevel.Fungsional, true),
            (chain[0].Head.Nip, chain[0].Head.Level, chain[0].Head.Designated));
    }

    [Fact]
    public void One_person_heading_two_units_of_the_line_counts_once_at_the_nearer() =>
        Assert.Equal([(1, Kasi, "DISDUKCAPIL.PELAYANAN"), (2, Kadis, "DISDUKCAPIL.DAFDUK"), (3, Bupati, "PEMKAB-BERAU")],
            Walk(Clerk, "DISDUKCAPIL.PELAYANAN", Tree(bidang: Head(Kadis, PositionLevel.JptPratama))));

    [Fact]
    public void A_clerk_whose_own_head_post_is_empty_and_who_is_at_the_top_has_nobody() =>
        Assert.Empty(Walk(Clerk, "PEMKAB-BERAU", Tree(vacantRoot: true)));

    [Fact]
    public void A_tree_broken_into_a_cycle_or_a_missing_parent_ends_the_walk()
    {
        var cycle = new[]
        {
            new ChainUnit("A", "A", "B", Head(Kasi, PositionLevel.Pengawas)),
            new ChainUnit("B", "B", "A", Head(Kabid, PositionLevel.Administrator)),
        }.ToDictionary(u => u.Code);
        Assert.Equal([Kasi, Kabid], Walk(Clerk, "A", cycle).Select(s => s.Item2));

        var orphan = new[] { new ChainUnit("A", "A", "GONE", Head(Kasi, PositionLevel.Pengawas)) }.ToDictionary(u => u.Code);
        Assert.Equal([Kasi], Walk(Clerk, "A", orphan).Select(s => s.Item2));
    }
}
