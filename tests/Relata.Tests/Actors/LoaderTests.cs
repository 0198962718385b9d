using Relata.Actors;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

public class LoaderTests
{
    private static ActorKnowledgeBase LoadWith(params (string Name, string Yaml)[] files) =>
        ActorKnowledgeBase.Load(FixtureFiles().Concat(files.Select(f => (f.Name, (TextReader)new StringReader(f.Yaml)))), includeBundledActors: false);

    private static KnowledgeBaseError SingleError(string yaml)
    {
        var ex = Assert.Throws<KnowledgeBaseException>(() => LoadWith(("user.yaml", yaml)));
        return Assert.Single(ex.Errors);
    }

    [Theory]
    [InlineData("actors:\n  - id: X1\n    name: a: b\n", 3, "YAML syntax error")]
    [InlineData("kind: state\nactors:\n  - {id: XAA, name: A}\n  - {id: XAA, name: B}\n", 4, "duplicate id 'XAA'")]
    [InlineData("kind: body\nactors:\n  - {id: XB, name: B, parent: RUS, sector: GUV}\n", 3, "unknown sector code 'GUV'")]
    [InlineData("kind: body\nactors:\n  - {id: XB, name: B, parent: ZZZ}\n", 3, "unknown id 'ZZZ' in 'parent'")]
    [InlineData("kind: person\nactors:\n  - id: per.x\n    name: X\n    roles:\n      - {title: Envoy, of: NOPE, from: 2020}\n", 6, "unknown id 'NOPE' in 'of'")]
    [InlineData("kind: person\nactors:\n  - id: per.x\n    name: X\n    roles:\n      - {title: Envoy, of: RUS, from: 2020-05-01, to: 2019}\n", 6, "is not before 'to'")]
    [InlineData("kind: person\nactors:\n  - id: per.x\n    name: X\n    roles:\n      - {title: Envoy, of: RUS, from: 2020-31-01}\n", 6, "malformed date '2020-31-01'")]
    [InlineData("kind: person\nactors:\n  - id: per.x\n    name: X\n    roles:\n      - {title: Foreign Minister, of: RUS.MFA, from: 2010}\n", 6, "overlaps per.sergey-lavrov")]
    [InlineData("kind: state\nactors:\n  - id: XST\n    name: S\n    governments:\n      - {actor: RUS, from: 2000}\n      - {actor: CHN, from: 2010}\n", 7, "overlap")]
    [InlineData("kind: organisation\nactors:\n  - {id: org.x, name: X, members: [{actor: RUS, from: 2000}, {actor: RUS, from: 2005}]}\n", 3, "listed twice")]
    [InlineData("kind: warlord\nactors:\n  - {id: x.y, name: Y}\n", 3, "unknown type 'warlord'")]
    [InlineData("actors:\n  - {name: Nameless}\n", 2, "no 'id'")]
    [InlineData("kind: state\nactors:\n  - {id: XNN}\n", 3, "no 'name'")]
    [InlineData("kind: armed_group\nactors:\n  - id: grp.x\n    name: X\n    designations:\n      - {by: ATLANTIS, from: 2001}\n", 6, "unknown id 'ATLANTIS' in 'by'")]
    public void Reports_each_problem_as_one_line_with_file_and_line(string yaml, int line, string problem)
    {
        var error = SingleError(yaml);
        Assert.Equal("user.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith($"user.yaml:{line}: ", error.ToString());
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var ex = Assert.Throws<KnowledgeBaseException>(() => LoadWith(("a.yaml",
            "kind: body\nactors:\n  - {id: XB, name: B, parent: ZZZ}\n  - {id: XC, name: C, sector: NOPE, parent: RUS}\n")));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal(2, ex.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void User_entry_overrides_bundled_fields_and_keeps_the_rest()
    {
        var kb = LoadWith(("user.yaml", "kind: state\nactors:\n  - {id: RUS, name: Russian Federation (user), aliases: [Rossiya]}\n"));
        var rus = kb.Get("RUS")!;
        Assert.Equal("Russian Federation (user)", rus.Name);
        Assert.Equal(["Rossiya"], rus.Aliases);
        Assert.Contains("Moscow", rus.Metonyms);
        Assert.Equal("RU", rus.Iso2);
    }

    [Fact]
    public void A_later_user_file_may_redefine_an_id_of_an_earlier_one()
    {
        var kb = LoadWith(("a.yaml", "kind: person\nactors:\n  - {id: per.a, name: A}\n"),
                          ("b.yaml", "kind: person\nactors:\n  - {id: per.a, name: A2, country: RUS}\n"));
        Assert.Equal("A2", kb.Get("per.a")!.Name);
        Assert.Equal(ActorType.Person, kb.Get("per.a")!.Type);
    }

    [Fact]
    public void New_ids_extend_the_base_and_are_linked()
    {
        var kb = LoadWith(("user.yaml", "kind: organisation\nactors:\n  - {id: org.brics, name: BRICS, acronyms: [BRICS], members: [{actor: RUS, from: 2009-06-16}]}\n"));
        var a = Analyse("BRICS leaders met.", "2024-10-22", kb);
        Assert.Contains(a.Mentions, m => m.ActorId == "org.brics");
    }

    [Fact]
    public void Unknown_fields_are_warnings_not_silent()
    {
        var kb = LoadWith(("user.yaml", "kind: state\nactors:\n  - {id: XWW, name: W, alias: [Dubya]}\n"));
        var w = Assert.Single(kb.Warnings);
        Assert.Contains("unknown field 'alias'", w.ToString());
    }

    [Fact]
    public void Bundled_knowledge_base_loads_and_carries_the_lexicons()
    {
        var kb = ActorKnowledgeBase.LoadBundled();
        Assert.Same(kb, ActorKnowledgeBase.LoadBundled());
        Assert.Contains(kb.Sectors, s => s.Code == "GOV" && s.Heads.Contains("officials"));
        Assert.Contains(kb.Titles, t => t.Key == "foreign minister");
        Assert.Contains("Washington Post", kb.Outlets);
    }
}
