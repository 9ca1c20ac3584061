"""Extraction takes time linear in the length of its input, whatever the input's shape.

Each adversarial shape is fed to ``numbers.find`` and ``extract_claims`` at 2,000 and 16,000
characters: linear work grows about 8x, quadratic 64x (a shape once quadratic took 77 s at
128,000). The sizes keep the test near 20 s on a shared 2-core machine;
``benchmarks/fuzz.py`` reads longer inputs. The bound is 12x plus 50 ms over the best of three
small runs, as the smallest runs take milliseconds, where timer noise and cache effects
dominate; a large run is repeated (up to three times) only when it misses the bound. Each
shape is one that was once quadratic, or one a regex could be tempted to backtrack on.
"""

from __future__ import annotations

import pytest

from figures_lib import claims, numbers
from tests.timing import assert_grows_linearly

# (small, large) length for each function
SIZES = {"find": (2_000, 16_000), "_extract": (2_000, 16_000)}


def _repeat(unit: str, length: int, tail: str = "") -> str:
    return (unit * (length // len(unit) + 1))[:length] + tail


# name -> a text of about ``length`` characters
SHAPES = {
    "at signs": lambda n: "@" * n,
    "web addresses": lambda n: _repeat("www.1 5 ", n),
    "speech chain": lambda n: _repeat("Karim said Lina said ", n, " 40 soldiers were killed."),
    "speech chain with figures": lambda n: _repeat("Karim said 3 were killed, Lina said ", n),
    "arabic-indic digits": lambda n: _repeat("٣٥ ", n),
    "since chains": lambda n: _repeat("since Sept. 30 ", n, "jets flew 5 sorties."),
    "one long sentence": lambda n: _repeat("The ministry said jets flew 64 sorties, ", n),
    # A bare kind resolved to the body named before it, in one long paragraph.
    "bare kinds": lambda n: _repeat(
        "The Iraqi Defence Ministry said 40 were killed. The ministry said 12 died. ", n
    ),
    "short paragraphs": lambda n: _repeat("Jets flew 12 sorties, the air force said.\n", n),
    # Briefings announced again and again, each going on over a paragraph of figures.
    "briefings": lambda n: _repeat(
        "Petrov at a briefing told about the results.\n\nLosses were 40 servicemen.\n\n", n
    ),
    "telling verbs": lambda n: _repeat("told informed reported about ", n, "the results."),
    "short names of bodies": lambda n: _repeat(
        "Fighting with the Northern Tribes Alliance went on. The alliance said 5 were killed. ",
        n,
    ),
    "roles before names": lambda n: _repeat(
        "And said the spokesman of the army, Ahmed Ali, that 5 were killed. ", n
    ),
    "pronoun paragraphs": lambda n: "Lina Haddad spoke.\n" + _repeat("He said 7 died.\n", n),
    "quoted paragraphs": lambda n: _repeat('"They flew 64 sorties," he said.\n', n),
    "digit separators": lambda n: "1" + ",000" * (n // 4),
    "more than": lambda n: _repeat("more than ", n, "5 sorties"),
    "unclosed quotes": lambda n: _repeat('" 4 sorties ', n),
    "glued figures": lambda n: _repeat("-3", n, " 64 sorties"),
    "glued fractions": lambda n: _repeat("\u00bd", n, " 64 sorties"),
    "a name that is a headline verb": lambda n: _repeat("Said Ahmed said 3 were killed ", n),
    # One sentence of many people counts with no verb: each asks the sentence for a word of
    # fighting, which is searched once per sentence.
    "people counts in one sentence": lambda n: _repeat("12 civilians among ", n, "20 dead."),
    "parts of tolls": lambda n: _repeat("Two were among 11 people among the 12 ones ", n),
    # One place after a figure, then many figures in the same sentence: each asks whether the
    # place is the earlier figure's.
    # Many figures in one sentence with a war word, a background cue and a month: the scope
    # reads each once per sentence.
    "scope cues in one sentence": lambda n: (
        "In the war, a similar attack in December killed 3 people "
        + " ".join(f"while {i} civilians were killed" for i in range(10, 10 + n // 32))
        + "."
    ),
    "a place shared in one sentence": lambda n: (
        "3 civilians died in Aleppo "
        + " ".join(f"while {i} civilians were killed" for i in range(10, 10 + n // 32))
        + "."
    ),
    # Many windows and totals in one sentence: each "so far" reads only the words before it
    # for a ranking, each calendar phrase asks the spans read so far by bisection, and each
    # figure weighs only the periods next to it.
    "windows and totals in one sentence": lambda n: (
        " ".join(f"jets flew {i} sorties in the past week and so far" for i in range(n // 48))
        + "."
    ),
    # Many figures, each with a part, before one period at the end of a long sentence: the
    # part's words are looked for near each figure only.
    # A fate after every few words, each read back for an article that counts one person.
    "singular fates": lambda n: _repeat("a man a boy was killed and ", n, "a pilot was wounded."),
    # Periods between figures, each weighed against its neighbours' clauses.
    "periods between figures": lambda n: _repeat(
        "5 sorties so far, 3 sorties this week alone, ", n
    ),
    # Many passive "by"s in one paragraph: each reads only the words right before it.
    "passive records": lambda n: _repeat("the toll was given by the army and ", n, "5 died."),
    # One sentence of many lists of places, each with its figure: the lists are found once.
    "lists of places": lambda n: _repeat("strikes on Douma, Harasta and Zamalka killed 3 and ", n),
    # Settlement words glued into one token, each found and then refused as no whole word.
    "glued settlement words": lambda n: _repeat("towntown", n, " 3 died in the town of Xa."),
    # This release's readers, each bounded to a figure's clause or a few places near it.
    "colon breakdowns": lambda n: _repeat("left 9 dead: 40 troops and 30 rebels and ", n),
    "figure-first totals": lambda n: _repeat("bringing to 30 the number of people killed and ", n),
    "bracketed acronyms": lambda n: _repeat("struck 13 Workers Party (PKK) (PKK) ", n, "targets"),
    "bracketed acronym lists": lambda n: _repeat(
        "struck 13 State (IS, formerly IS/IS ", n, "targets"
    ),
    # Breakdowns by place and sentences that go on, each read only at its sentence's opening.
    # A long way back to a toll, and to a citation closing the sentence: both bounded.
    "tolls far back": lambda n: _repeat("the death toll from the strike on a ", n, "rose to 5"),
    "citations far ahead": lambda n: _repeat("Xinhua reported that 5 died, citing ", n, "."),
    "breakdowns by place": lambda n: _repeat("Near Mosul Near Mosul, 5 strikes also hit. ", n),
    "part lists": lambda n: _repeat("the deaths of 9 civilians, including 4 children and ", n),
    # Parts "of them" read back to their referent, tolls read over asides, forces sized by
    # a verb of number.
    "parts of them": lambda n: _repeat("soldiers came under fire and 4 of them were killed ", n),
    "asides before a toll": lambda n: _repeat(
        "The death toll from the raid, in which 4 hostages were freed, ", n, "has risen to 74."
    ),
    "forces numbered": lambda n: _repeat("the militants numbered ", n, "400"),
    # Bodies a verb was said in, as translated text names them; things where they stood.
    "said in a body": lambda n: _repeat('"40 tanks," - is said in the message of the ', n),
    "things where they stood": lambda n: _repeat("3 buildings near the ", n, "were hit."),
    # Parts of people freed, people moved after their noun, a loss after one machine.
    "parts of the freed": lambda n: _repeat("freed 500 prisoners, among them 4 fighters, ", n),
    "people moved later": lambda n: _repeat("some 250,000 people could ", n, "be displaced."),
    "losses after one machine": lambda n: _repeat("shot down a missile and ", n, "12 drones"),
    # Stripped sentences running on into a speaker, and speakers where they were.
    "stripped openings": lambda n: _repeat("fighting went on A worker in the town said 3 ", n),
    "part lists of many words": lambda n: _repeat(
        "including a b c d e f g h i j k, ", n, "4 women."
    ),
    "day shifts far from their figures": lambda n: _repeat(
        "jets killed 3 on Monday and ", n, " a day later 4 died."
    ),
    "same periods": lambda n: _repeat(
        "jets flew 5 sorties in the past week and hit 3 targets over the same period and ", n
    ),
    "possessives": lambda n: _repeat("40 militants' ", n, "facilities"),
    "tolls over events": lambda n: _repeat("killed 3 in 25 raids in ", n, "Aleppo."),
    "framed towns": lambda n: _repeat("In rural Idlib 3 died in the town of Kafr Batikh and ", n),
    # Names the gazetteer lacks: after a link, in apposition, and a country before a town.
    "unlisted places": lambda n: _repeat("killed 3 in Damboa on Monday and in Karama, ", n),
    "capitalised runs after links": lambda n: _repeat("in Aa Bb Cc in Dd ", n, " 3 died."),
    "appositions": lambda n: _repeat("Moura, a small town in Mali, ", n, " 3 died."),
    "country before a town": lambda n: _repeat("the central Mali town of Moura ", n, " 3 died."),
    "generic words": lambda n: _repeat("typically ", n, "consists of 300 troops."),
    # Participles of speech in one sentence, each read back to its clause's start.
    "saying chains": lambda n: _repeat("the army shelled 3 towns, saying ", n, "4 died."),
    # Dashes and colons before list items, each read back for its breakdown.
    "dash chains": lambda n: _repeat("557 - 502 civilians, ", n, "27 soldiers."),
    # Sentences opening on a count its keeper names, each read for the keeper, and one long
    # run of capitalised words before a count.
    "named counts": lambda n: _repeat("An AFP tally of deaths reached 5. A Reuters count of ", n),
    "keepers without a count": lambda n: _repeat("The Aaa Bbb ", n, "count rose to 5."),
    # Many figures of no place in one sentence of a story placed by its headline: the sentence
    # is read for a country of its own once.
    "a story's country over one sentence": lambda n: (
        "Strikes kill 9 across Ukraine\n\n" + _repeat("jets killed 3 and ", n, "4 died.")
    ),
    "parts before one period": lambda n: (
        " ".join(
            f"{i} civilians were killed, including 2 children" for i in range(10, 10 + n // 48)
        )
        + " in the past week."
    ),
    # A tally's items with their day's increases in brackets, each read for the list it goes
    # on and the period inside its bracket; and brackets that never close.
    "tally increases": lambda n: _repeat("destroyed 5,100 tanks (+9 over the past day), ", n),
    "unclosed increases": lambda n: _repeat("12 tanks (+9 over the (+", n),
    # Records after "according to", each read back for its opening and its people's word.
    "according to records": lambda n: _repeat("according to Western intelligence estimates ", n),
    # Machines lost later in a clause, each read on for "all of which".
    "wholes lost later": lambda n: _repeat("fired 12 rockets at the town all of ", n),
    # Tolls in a story that names a disease, each read back to its clause for one.
    "disease tolls": lambda n: _repeat("cholera cases rose and strikes killed 4 people, ", n),
    "lists of lost parts": lambda n: _repeat("destroyed 8 of the missiles and ", n, "2 of them."),
    # Counts of machines with an aside before their loss, each aside read once.
    "asides before losses": lambda n: _repeat("fired 12 missiles, from the sea, all of ", n),
    # Counts opening sentences by their keeper ("By the UN's count,"), each read for its name.
    "keepers' counts": lambda n: _repeat("By The Aaa Bbb Ccc's count, 4 died. By the ", n),
    # ... and bodies in lower case keeping them, each read back for its keeper word.
    "lower-case keepers": lambda n: _repeat("By the aaa bbb ministry's count, 4 died. By ", n),
    # Tallies laid out with colons, on one line and on many, each item read for its noun.
    "colon tallies": lambda n: _repeat("Aaa bbb: Tanks: 8,582 (+12): ", n),
    "colon tally lines": lambda n: _repeat("lost:\nTanks: 8,582 (+12)\n", n),
    # Losses only aimed at, each read back for its aim.
    "aimed losses": lambda n: _repeat("vowed to shoot down 12 jets that would ", n),
    # Forces made strong, each read on for its body's noun.
    "strong forces": lambda n: _repeat("a 5,000-strong aaa bbb ccc 4,000 strong ", n),
    # A tally's days' additions with their words, lists of losses and parts of wholes, each
    # read on for its end.
    "tally additions with words": lambda n: _repeat("Tanks: 8,582 (+12 over the aaa bbb ", n),
    "lists of losses": lambda n: _repeat("40 troops, 3 tanks and 2 trucks, 5 troops and ", n),
    "parts of wholes": lambda n: _repeat("captured 3 of the 10 villages of the 4 of its 5 ", n),
    "counts of both fates": lambda n: _repeat("the number of dead and wounded and killed ", n),
    "models after more": lambda n: _repeat("lost 20 more F-16s and 4 other Su-24 more ", n),
    # Corrections, each matched once and its first figure withdrawn.
    "corrections": lambda n: _repeat("An earlier version of this story said 3 aaa and ", n),
    # One long labelled answer of many figures, its label read once for all of them.
    "long answers": lambda n: _repeat("Said: killed 4 soldiers and ", n, "\n\nAaa Said."),
    # An interview's labelled answers, each label looked up once among the names before it.
    "interview labels": lambda n: _repeat("Update: 4 troops died.\n\nAaa Bbb: 5 died.\n\n", n),
    # Speech verbs of fate before "that", each read on for it.
    "claims that": lambda n: _repeat("killed, he claimed in 2019 aaa that 40 fighters ", n),
    # Pronouns with no speaker before them, each read back for the subject before.
    "pronouns after subjects": lambda n: _repeat(
        "At Aaa, Bbb Ccc Ddd held it. He said 4 died. ", n
    ),
    # Acronyms named as speakers, each spelled out from the text once.
    "acronym speakers": lambda n: _repeat(
        "Aaa Bbb (AB) said. The AB said 4 died. The AC said ", n
    ),
    # Spans of years and figures compared, each read for its clause.
    "year spans": lambda n: _repeat("between 2004 and 2018 4 died, compared with 5 in all of ", n),
    # Losses reported between their verb and their list, and singular nouns after counts.
    "reported losses": lambda n: _repeat("destroyed, as reported Aaa: 4 helicopter, 5 drone, ", n),
    # Bare figures before nouns of things, and people cared for.
    "things executed": lambda n: _repeat("executed 24 aaa operation, treated 5 people for ", n),
    # Losses to a country's defences, each sentence read for the defenders.
    "defenders": lambda n: _repeat("Aaa Bbb Ccc Ddd air defences shot down 4 drones. ", n),
    # Machines before things, each read back for a verb only machines take.
    "machines before things": lambda n: _repeat(
        "launched 4 drones depots, destroyed 5 rockets launchers ", n
    ),
    # Lines of lists, each read back for the heading above it.
    "list lines": lambda n: _repeat(
        "The statement listed the following:\nNear Aaa 4 strikes\n", n
    ),
    # Days to come, each read back for the word that puts them ahead.
    "days to come": lambda n: _repeat("4 died. It will meet on Monday will is due to ", n),
    # Tolls whose subject may refer back to the war, each read back for the sentence before.
    "war pronouns": lambda n: _repeat("The war began in 2011. It has killed 4 people. ", n),
    # Background cues in a sentence without its commas, each read for a relative aside.
    "background cues": lambda n: _repeat("killed 4 last month, which last month ", n),
    # Pronouns in one paragraph with no person speaking, each read for its subject.
    "pronouns in one paragraph": lambda n: _repeat("Aaa Bbb arrived. She said 4 died. ", n),
    # A release's sections, each bullet read back over the sections above for the lead's source.
    "release sections": lambda n: (
        "Officials said 3 died.\n\n"
        + _repeat(
            "Strikes in Aaa\n\nIn Aaa, 3 strikes:\n\n- Near Bbb, 2 strikes hit 4 tanks.\n\n", n
        )
    ),
    # Lines of days, each a heading over the paragraph after it.
    "day headings": lambda n: (
        "Week\n\nJets struck.\n\n" + _repeat("Monday, January 13\nJets killed 4 people.\n\n", n)
    ),
    # Participles between speakers and their verbs.
    "speaker participles": lambda n: _repeat(
        "Jets killed 4, the coalition fighting in Aaa said. ", n
    ),
    # Translated sentences that open with their verb, and bodies named without their article.
    "verbs first": lambda n: _repeat(
        'Said the Aaa Network in statement that 4 died. From its side, said "Bbb" that ', n
    ),
    "offices without articles": lambda n: _repeat(
        "4 died, informed administration of the city of ", n
    ),
    # Force sizes put at a figure, and passive estimates by their makers.
    "sizes put and estimated": lambda n: _repeat(
        "Monitors put it at between 5 and UN experts put its strength at about is estimated "
        "by U.N. experts to have ",
        n,
        "9 fighters.",
    ),
    # Initials before each participle: each "U.S." read back as no sentence's end.
    "initials before participles": lambda n: _repeat("A U.S. U.S. official, saying 4 died. ", n),
    # Headline colons of a defence body over long articles.
    "briefer headlines": lambda n: (
        "The Ministry of Defense"
        + _repeat(" of Aaa", n // 2)
        + ": losses\n\n"
        + _repeat("Means of air defence shot down 4 drones. ", n // 2)
    ),
    # Lists of destroyed things with joined nouns and articles, the areas a strike hit after
    # its object, earlier levels and one more person after a fate.
    "joined nouns and areas": lambda n: _repeat(
        "11 tanks and other armoured vehicles and a base and struck manpower, and also in ",
        n,
        "134 areas were destroyed.",
    ),
    "people lists closed by one": lambda n: _repeat(
        "killing 3 soldiers and a child and a mostly cartel ", n, "gunmen, a doctor said."
    ),
    "running totals of things": lambda n: _repeat(
        "bringing to 5 the number of drones drones drones ", n, "downed."
    ),
    "labelled lines": lambda n: _repeat("Sorties flown on 9 June: 146\n- Killed: ", n, "14\n"),
    "earlier levels and another": lambda n: _repeat(
        "143 civilians, up from 103, one was killed and another wounded and ", n
    ),
    # A person named with a role again and again, a coalition named in passing before each
    # "the coalition said", and parts after their own source.
    "people named with roles": lambda n: _repeat(
        "Coalition spokesman Col. Ryan Dillon spoke. Dillon said 5 were killed. ", n
    ),
    "coalitions named in passing": lambda n: _repeat(
        "The Saudi-led coalition struck. The coalition said 4 were killed. ", n
    ),
    "parts after their source": lambda n: _repeat(
        "Fighting killed 30 people. Activists said eight of them were children. ", n
    ),
}


def _extract(text: str):
    return claims.extract_claims(text, published="2016-03-14")


@pytest.mark.parametrize("shape", SHAPES)
def test_extraction_grows_linearly(shape):
    make = SHAPES[shape]
    _extract(make(500))  # warm the patterns
    for function in (numbers.find, _extract):
        small_length, large_length = SIZES[function.__name__]
        assert_grows_linearly(
            function,
            (make(small_length),),
            (make(large_length),),
            ratio=12,
            label=(shape, function.__name__),
        )
