"""Claim extraction: every figure of a known kind, with bounds, unit, period, speaker and span.

``extract_claims(text)`` returns one row per claim (schema: ``schema.CLAIMS_COLUMNS``):
a number from :func:`figures_lib.numbers.find`, what it counts (the noun after it, from the
lexicon ``data/kinds.toml``, or for casualties the verb around it: "killing two and injuring
13", "put the toll at 20"), the period stated in its sentence (:mod:`figures_lib.periods`) and
who said it (:mod:`figures_lib.speakers`).

An :class:`_Article` reads the text once (paragraphs, sentences, quotations, attributions,
the starts it states), lazily, and small stages work on it per figure: kind
(:func:`_counted`), speaker (:func:`_speaker`), period (:func:`_period`), row (:func:`_row`)
and merge (:func:`_merge`). A claim repeated within one article is reported once, with the
number of times it was stated in ``mentions``: a headline restating the lede, an unsourced
restatement of a sourced figure, "at least 18" beside "18" from one claimant.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import regex

from . import incidents, lang, numbers, periods, places, speakers
from .dates import FIRST_YEAR, LAST_YEAR, plausible_day
from .io import slug
from .lexicon import (
    Kind,
    Lexicon,
    claimants,
    inclusion_opener_before,
    lexicon,
    phrase_alternation,
    words_pattern,
)
from .schema import CLAIMS_COLUMNS, empty_frame, frame_from_rows
from .textspans import (
    ABBREVIATIONS,
    Occurrences,
    Span,
    SpanIndex,
    after_last_mark,
    first_word_at,
    lowered,
    mark_between,
    paragraphs,
    quote_spans,
    sentences,
    without_surrogates,
)
from .units import parse_unit, to_comparison

# A possessive in place of a determiner: "4 of Russia's 12 bombers", "three of the army's 45
# helicopters", "12 of the enemy's 40 tanks", "7 of the Russian army's 31 vehicles".
_POSSESSIVE = "(?:the\\s{1,3})?(?:[\\w-]{1,25}\\s{1,3})?[\\w-]{1,25}['\u2019]s"

# Function words that start no noun phrase (see _Matcher.no_noun_words).
_FUNCTION_WORDS = (
    "to", "and", "or", "in", "on", "at", "by", "for", "with", "from", "into", "than", "as",
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "per", "said", "says",
)  # fmt: skip


@dataclass(frozen=True)
class _Matcher:
    """Patterns compiled from the lexicon."""

    language: str  # whose words these are (lang/<language>/)
    no_noun_words: frozenset[str]  # "to", "in", "was": no counted noun starts with them
    distance_units: frozenset[str]  # "km": a figure before one is a distance, no count
    people_only: frozenset[str]  # "eliminated", "neutralised": the dead only with a people noun
    noun_after: regex.Pattern
    noun_after_longest: regex.Pattern  # the same with the most modifiers before the head
    any_plural_after: regex.Pattern  # a plural noun the lexicon lacks: "killed dozens of tourists"
    casualty_hint: re.Pattern  # any casualty word at all near a bare number
    cue_hint: re.Pattern  # any casualty or moved-people word after a noun
    participle_after: regex.Pattern  # no noun: "120 were wounded", "25 injured", "31 Dead"
    relative_fate_after: regex.Pattern  # "the number of people| who lost their lives|"
    captured_after: regex.Pattern  # "... were killed and 12 captured"
    verb_after: regex.Pattern  # the verb after a noun: "17 tanks were destroyed"
    among_counted: regex.Pattern  # "12 Civilians Among 20 Dead"
    clause_words: frozenset  # open a clause inside a list: "..., and the rebels have 12 tanks"
    list_item_end: regex.Pattern  # how a list's last item ends: a stop, "near", "in" ...
    noun_ends: regex.Pattern  # after "the number of dead": "had", "rose", "to", a comma
    part_of_opener: regex.Pattern  # "Of the 64 sorties flown on Tuesday, "
    cue_after: regex.Pattern  # right after the noun: "were killed", "dead", "fled", "hostage"
    cue_coordinated: regex.Pattern  # "40 soldiers and 18 insurgents were killed"
    leaving_verbs: frozenset[str]  # "left| 14 soldiers and 6 civilians dead"
    perfect_before: regex.Pattern  # "Russian jets |have flown |5,000 sorties"
    perfect_after: regex.Pattern  # "89 planes| have been destroyed"
    bare_loss_end: regex.Pattern  # "shot down 11| of them": a loss of the aircraft before
    perfect_kinds: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    copulas: frozenset[str]  # "were", "is": a verb before what a count's members are
    auxiliary_words: frozenset[str]  # "been", "later": before a participle, not an active verb
    object_pronouns: frozenset[str]  # "most of |them| captured": people before a participle
    retraction: regex.Pattern  # "An earlier version of this story said 30 ...": withdrawn
    retraction_hints: tuple[str, ...]  # "ersion", "ncorrectly": in every text a correction is
    back_attribution: regex.Pattern  # "|This was reported| by the ministry": the one before
    briefing_cue: regex.Pattern  # "told about the results of the day": a briefing's start
    briefing_hint: re.Pattern  # "about the results": in lower case, a fast first test
    briefing_headline: regex.Pattern  # "|Briefing by| the spokesman ...": the article is one
    briefer_headline: regex.Pattern  # "|Ministry of Defense|: in Kursk direction ...": so too
    name_head_ends: frozenset[str]  # "the General Staff| of| the Armed Forces": a head's end
    fuller_name_heads: frozenset[str]  # "the |Centre|": its fuller name before, if any, first
    name_determiners: frozenset[str]  # "the": left out when two names of a body are compared
    name_tail_links: str  # "Directorate |of| Health |in| Aleppo": a name's tail, an alternation
    name_tail_determiners: str  # "of |the| Armed Forces", an alternation
    unrealised_verbs: frozenset[str]  # "cancelled| dozens of strikes": missions never flown
    unrealised_blockers: frozenset[str]  # "all| planned 56 sorties": a word describing them
    interviewer_after: regex.Pattern  # "Christiane Amanpour| spoke to": who asks the questions
    interviewee: regex.Pattern  # "We spoke to |Rear Admiral Thomas Keller|"
    launch_before: regex.Pattern  # "Russia |launched |31 drones"
    launch_after: regex.Pattern  # "28 drones| launched"
    part_reference_after: regex.Pattern  # "22| of which| were shot down"
    whole_reference_after: regex.Pattern  # "15 missiles at Kyiv|, all of which| were shot down"
    part_after_whole: regex.Pattern  # "31 drones|, 23 of which| were shot down"
    possessive_between: regex.Pattern  # "3 of |its| 34 aircraft": the whole is a fleet
    among_them_after: regex.Pattern  # "Twelve children| were among them|."
    other_nouns: frozenset[str]  # "two others wounded": more of the group named before
    singular_machines: frozenset[str]  # "drone", "jet": a figure above one before it is a model
    unspecific_groups: frozenset[str]  # "people": a group "others" need not belong to
    single_event: regex.Pattern  # "|a car bomb| killed 12": one event
    inclusion_before: regex.Pattern  # "4,100 targets, including |260 oil facilities"
    inclusion_after: regex.Pattern  # "wounded 12 others|, including| civilians"
    perfect_event_link: regex.Pattern  # "have struck 8 targets |after| rockets were fired"
    not_target_heads: frozenset[str]
    targets_listed_before: regex.Pattern  # "Among the targets were |four launchers"
    target_item_verbs: frozenset[str]  # "and 3 families |lost| their homes": a clause
    left_coordinated: regex.Pattern  # "left 14 soldiers| and 6 civilians dead|"
    excluded_coordinated: regex.Pattern  # "... combatants and civilians let in"
    verb_in_clause: regex.Pattern  # searched backwards: the nearest such verb in the clause
    captured_later: regex.Pattern  # "... and was believed to be holding them captive"
    fleeing_later: regex.Pattern  # "... massed at the border, fleeing the offensive"
    # "250,000 people |remain trapped|", "up to one million people |could be displaced|":
    # people moved or stuck, a few words after their noun, are no force.
    moved_after: regex.Pattern
    fate_after_moved: regex.Pattern  # "arrived| dead| at the hospital": moved, but dead or hurt
    # "Three buildings| near the airport| were destroyed": a phrase saying where things are,
    # between their noun and the passive that counts them.
    thing_postmodifier: regex.Pattern
    population_leads: frozenset[str]  # "a city of", "home to": people who live there
    possession_verbs: frozenset[str]  # "had": a place that |had| 1 million residents
    inclusion_openers: frozenset[str]  # "among them", "including": a part of the count before
    report_references: frozenset[str]  # "the", "these": "The strikes| destroyed ..."
    passive_markers: frozenset[str]  # "was", "been": a participle after them is passive
    nominal_before_fate: frozenset[str]  # "those": "among those killed" is a noun's
    infinitive_markers: frozenset[str]  # "to": "claimed |to| field", "vowed |to| kill"
    intransitive_fates: frozenset[str]  # "died": a verb of fate with no object
    aim_verbs: frozenset[str]  # "vowed": "vowed to kill 100" reports no death
    supposition_after: regex.Pattern  # "two F-16s| would be": a loss only supposed
    speech_fates: frozenset[str]  # "claimed": a verb of fate that also reports speech
    loss_modals: frozenset[str]  # "will", "can": "can shoot down 50 drones" loses none
    rank_groups: frozenset[str]  # "officers": of the side of the men joined to them
    care_verbs: frozenset[str]  # "treated": "treated 200 people |for injuries" counts the hurt
    for_wounds: regex.Pattern  # "200 people| for injuries"
    strong_force: regex.Pattern  # "5,000|-strong force": a force's size
    member_bodies: frozenset[str]  # "alliance": made strong by states, or by troops
    figure_prepositions: frozenset[str]  # "killed 24 |in| operations": no noun of the 24
    list_heading: regex.Pattern  # "listed |the following| strikes", a closing colon
    that_clause: regex.Pattern  # "claimed| in 2021 that": speech, not a toll
    launch_clause_end: regex.Pattern  # "75 missiles|, and| 41": a launch's clause ends
    casualty_modifier: regex.Pattern  # "wounded combatants", "dead soldiers"
    government_modifier: regex.Pattern  # "government fighters", "pro-government militiamen"
    government_members: regex.Pattern  # "members of government forces"
    family: regex.Pattern  # "of the same family", "of the White Helmets"; "family" before it
    ellipsis_after: regex.Pattern
    time_after_over: regex.Pattern  # "over| the past day": a time, not a place
    joint_after: regex.Pattern  # "60 servicemen| killed and wounded": both fates at once
    disease: regex.Pattern  # "coronavirus", "cholera": a toll of disease, no war's
    disease_words: tuple[str, ...]  # the same words in lower case, looked up first
    disease_cause: regex.Pattern  # "400 people| died of cholera"
    # "tanks| (+11 over the past day)": a tally's item's noun, then its day's increase
    inline_increase: regex.Pattern
    increase_comparison: regex.Pattern  # "(+12| from| the previous night)": no day's increase
    year_lead: regex.Pattern  # "|In |2014, 200 people died": a year, not a count
    whole_loss_exception: regex.Pattern  # "all of which were shot down| except| two"
    fate_after: regex.Pattern  # "8 more in Homs were wounded": the fate the clause goes on to
    partitive_after: regex.Pattern  # "at least 80 of them soldiers"
    partitive_opening: regex.Pattern  # ", of whom 8 were children"
    owned_loss: regex.Pattern  # "rebel losses": a group word before a noun of the dead
    singular_fate: regex.Pattern
    # "One peacekeeper was killed and |another| wounded": one more person, another fate
    another_after_fate: regex.Pattern  # "was killed": a fate one person's phrase may end with
    singular_fate_starts: tuple[str, ...]  # " was ", " has ": where such a fate may start
    one_article_before: regex.Pattern  # "A Russian pilot " before that fate
    # ", including |a| 12-year-old boy": one person named as a part of a toll before it
    one_article_part: regex.Pattern
    part_opener_words: tuple[str, ...]  # the inclusion openers, lower case
    part_list_words: frozenset[str]  # "and": a second person after one named as a part
    part_person_nouns: frozenset[str]  # people and group nouns: "a suspected militant"
    age_after: regex.Pattern  # "-year-old" after the 25 of "a 25-year-old man"
    age_before: regex.Pattern  # "aged 8, 12 and " before the 17 of "children aged 8, 12 and 17"
    age_hints: tuple[str, ...]  # "aged": a word the pattern needs, looked for first
    age_next: regex.Pattern  # " 25-year-old" after the "a" of "a 25-year-old man"
    copula_after: regex.Pattern  # " were" right after a figure
    joint_noun: regex.Pattern  # " and children", " and civilians were killed" after a noun
    all_sides: regex.Pattern  # "dozens of fighters| on both sides"
    civilian_groups: frozenset[str]  # groups that together are still civilians
    back_reference: regex.Pattern  # "The dead included |500 children": a part of the toll before
    back_reference_subtype: dict[str, str]  # "the wounded" -> "injured", "the dead" -> "killed"
    continuation_before: regex.Pattern  # "|Another |5 died": the sentence opens with it
    continuation_after: regex.Pattern  # "Five| more |were wounded"
    continuation_opener: regex.Pattern  # "At least |another| 5"
    part_speech_opening: regex.Pattern  # "|Activists said |eight of them were children"
    kinds_named_in_passing: frozenset[str]  # "coalition": "the coalition" is the one named
    earlier_level_link: regex.Pattern  # "143 civilians, |up from |103": the count before
    label_time_words: frozenset[str]  # "Air strikes |yesterday|: 12": a label's time
    label_fate_verbs: frozenset[str]  # "Drones |shot| down: 9": what befell a label's machines
    person_item_followers: frozenset[str]  # "and a child| in |the blast": the item ended
    earlier_level_breaks: frozenset[str]  # "and", "while": another clause before "up from"
    clause_turn: regex.Pattern  # "killed 24|, among them people who| fled last month"
    running_total: regex.Pattern  # "bringing the death toll to |52": searched before the figure
    running_total_head: regex.Pattern  # "bringing the death toll": the clause of such a total
    running_total_hint: re.Pattern  # its verbs alone, which the stdlib engine scans for fast
    running_total_links: frozenset[str]  # its last word ("to")
    running_total_verbs: frozenset[str]
    total_after: regex.Pattern  # "to 30 the number of people killed": the total after its figure
    partitive_before: regex.Pattern  # "three of the 12 soldiers": 12 is the whole
    partitive_figure: regex.Pattern  # "3| of its 34 aircraft|": the whole after a part
    part_words: frozenset[str]  # "most", "some": parts with no figure
    of_casualty_word: regex.Pattern  # "dozens of wounded"
    captive_after: regex.Pattern  # no noun: "2,000 had been taken prisoner"
    of_the_casualties: regex.Pattern  # "four of the dead were children"
    fate_in: regex.Pattern  # a word of killing or wounding anywhere in a phrase
    toll_opener_words: frozenset[str]  # "those", "who", "were" before it in "Of those who died"
    group_after: regex.Pattern  # "were children", "are all civilians"
    number_of_before: regex.Pattern  # "the number of sorties has tripled to" before a figure
    month_words: frozenset[str]  # "february", "feb": a day's figure after one is a date's
    window_units: frozenset[str]  # "hours", "days": a figure before one counts a window's span
    list_subject_openers: frozenset[str]  # "said": a list of counts may open its clause after
    toll_clause_breaks: frozenset[str]  # "but": a toll before it is another clause's
    toll_aside_openers: frozenset[str]  # ", in which ...,": an aside between a toll and its verb
    list_subject_leads: frozenset[str]  # "at least": words that may lead such a list
    losses_before: regex.Pattern  # "Russia's tank losses have risen to" before a figure
    things_lost: dict[str, str]  # "tank" -> "targets": the kind a side's losses of it count
    force_numbered: regex.Pattern  # "the militants numbered |several hundred": a force's size
    force_of: regex.Pattern  # "a |force of |up to 10,000": a force's size, no noun after
    # "300 rebels| joined": a verb of the counted people's own after their noun
    own_clause_verb: regex.Pattern
    force_of_end: regex.Pattern  # what may follow its figure: a clause's end, verb or link
    number_of_words: tuple[str, ...]  # the longest word of each ("number"), found first
    mission_after: regex.Pattern  # "35 fighter jet and 21 helicopter missions"
    incident_clause: regex.Pattern  # "an airstrike on a hospital that killed over 20"
    subtype_of: dict[str, str]  # lower-case cue or verb -> killed, injured, captured
    # The words right before a figure are read as lower-case words, with set lookups: the
    # verb ("killed 27", "Kill 35"), a toll ("the death toll at 14"), a noun and "of" ("the
    # deaths of 735"), "including", "and another". A pattern ending at the figure would be
    # tried at every position of the stretch before it.
    verb_subtype: dict[str, str]
    attack_words: frozenset[str]  # "attacks", "struck": an attack, whose "by" names its agents
    carried_opener: regex.Pattern  # "Of those, |": the sentence before's figures, its speaker
    comma_turn: regex.Pattern  # ", and", ", but": a clause of its own after a comma
    agent_links: frozenset[str]  # "by": the agents of a passive fate after it
    # The words joining a later object of a verb to the one before: "and", "in addition to"
    object_list_links: tuple[tuple[str, ...], ...]
    # The words between a verb and its figure: "killed |another| six", "destroyed |of the
    # enemy| 14 tanks"
    between_verb_and_figure: tuple[tuple[str, ...], ...]
    span_before_figure: regex.Pattern  # "destroyed |during the last 24 hours| 23 dens"
    rate_after: regex.Pattern  # "2 tonnes| per sortie|": a rate, not an amount
    # "|The General Staff (EMGA)| has made public this Sunday a |communiqué|"
    document_issued: regex.Pattern
    toll_words: frozenset[str]
    toll_links: frozenset[str]
    toll_comparatives: frozenset[str]  # "put the toll higher, at 25"
    overall_toll_words: frozenset[str]  # "the overall death toll has risen to 412"
    losses_so_far_words: frozenset[str]  # "losses |have| passed 800,000": a running total
    tally_cue: regex.Pattern  # "losses", "destroyed": the words that head a tally of losses
    strikes_reference: regex.Pattern  # "|The strikes| killed": the report's strikes again
    one_day_words: frozenset[str]  # "the overall toll for |Sunday|": one day's toll
    same_period: regex.Pattern  # "over the same period": the period of a figure before
    goes_on_opener: regex.Pattern  # "|In addition, |30 fuel trucks": the report before goes on
    source_after_opener: regex.Pattern  # "|These civilians| were targeted ..., said X"
    lede_references: frozenset[str]  # "reported this": the sentence after a lede speaks of it
    lede_common_words: frozenset[str]  # "about", "people": words shared that say nothing
    lede_retold: regex.Pattern  # "said the drones were |shot down|": the lede's event again
    lede_retold_toll: regex.Pattern  # "said the militants were |killed|": the lede's toll again
    goes_on_adverb: regex.Pattern  # "The aircraft |also| destroyed 12 tanks"
    other_event_opener: regex.Pattern  # "|Another| strike also killed two": not that report
    breakdown_opener: regex.Pattern  # "|Near Mosul, |five strikes": a part of the report before
    goes_on_stop: regex.Pattern  # "since", "war": a sentence with a span of its own
    verb_after_item: regex.Pattern  # "and 12 aircraft| took| off": an item with its own verb
    clause_turn_word: regex.Pattern  # "after" in "has also drawn criticism after a strike"
    generic: regex.Pattern  # "typically consists of", "can carry up to": no event, no state
    generic_hint: re.Pattern  # a literal word every match of ``generic`` holds
    # Where a figure's clause ends, read forwards: a semicolon, a colon, or a comma before a
    # conjunction that opens a clause of its own ("..., but").
    clause_after: regex.Pattern
    # After a listed item's noun, maybe a short phrase of where or whose, then the list goes on
    # or ends: "40 troops and", "10 rebels from the town." (not "2,000 fighters remain").
    item_end: regex.Pattern
    item_phrase: regex.Pattern  # " with heavy machine guns": a phrase an item may carry
    target_item: regex.Pattern  # "five vehicles,| three anti-air systems|, ..."
    single_item: regex.Pattern  # "two fighting positions|, an| ISIS headquarters"
    # What opens the next item of a list of counts: its comma or link, before the item's
    # figure ("..., 11 warehouses| and |27 fortified areas were destroyed", "| as well as |")
    list_next_item: regex.Pattern
    # A noun joined to the one before inside one item: "8,187 field artillery guns| and mortars"
    joined_noun: regex.Pattern
    # What may follow a bare participle that ends its clause: " destroyed|, the ministry said"
    participle_end: regex.Pattern
    # Or a phrase of where, when or how: "and 17 vehicles destroyed| in |strikes"
    participle_phrase: regex.Pattern
    action_participles: frozenset[str]  # "engaged": "engaged in heavy fighting" is no passive
    speech_verb_words: frozenset[str]  # "said", "reported": no verb a count is the object of
    # An object right after a verb: "Two F-16s shot down| a |Russian jet" did the shooting
    active_object: regex.Pattern
    one_article_words: frozenset[str]  # "a", "an": a count of one
    target_verb_article: re.Pattern  # "|destroyed an| ISIS wellhead", in lower-cased text
    target_verb_article_any_case: regex.Pattern  # the same in text of any case
    inclusion_list: regex.Pattern  # "including 80 children and " up to a later item's figure
    list_gap: regex.Pattern  # ", ", " and ", ", and " between two counted items of one list
    item_gap: regex.Pattern  # that gap, maybe after the item's phrase: " mounted with guns, "
    counter_of: regex.Pattern  # "13| units of |T-72 tank": a counter word before the thing
    toll_phrase_openers: frozenset[str]
    before_of: dict[str, str]
    excluded_words: frozenset[str]  # "carrying", "evacuated": people moved, not hurt
    designated_noun: regex.Pattern  # "12 F-16 |pilots|": a plural after a designation
    designation_opener: regex.Pattern  # "20| more| F-16s": a word of more before a model
    designation_opener_initials: frozenset[str]  # their first letters: a cheap first test
    model_after: regex.Pattern  # "8 tanks| Leopard|, 11 ...": a model's name after the thing
    people_relative: regex.Pattern  # ", who had taken shelter": a clause about people
    combatant_destroy_verbs: frozenset[str]  # "destroyed 40 terrorists": killed
    combatants_destroyed_after: regex.Pattern  # "60 bandits| were destroyed": killed
    # The things a list of losses names, destroyed only: "210 servicemen|, 2 tanks and 5
    # vehicles were destroyed" killed the servicemen.
    combatants_destroyed_list: Kind
    other_fate: regex.Pattern  # "790,000 killed| and wounded": the other fate after one
    # "transported 42 wounded people": moves that count people by the fate their noun names
    casualty_transport_verbs: frozenset[str]
    force_arrival: regex.Pattern  # "brought in| 5,000 mercenaries", "500 troops| arrived"


@lru_cache(maxsize=8)
def _matcher(language: str = lang.DEFAULT_LANGUAGE) -> _Matcher:
    # The lexicon is one table for now; the cache is per language so that each language's
    # patterns are built once when kinds.toml gains translations.
    lex = lexicon()
    grammar = lang.table(
        "claims", language, auxiliaries="words", postmodifier_openers="words",
        relative_words="words", clause_words="words", list_item_ends="words", noun_ends="words",
        part_openers="words", part_determiners="words", part_opener_asides="words",
        copulas="words", possessives="words",
        relative_pronouns="words", part_words="words", one_articles="words",
        one_article_blockers="words", ages="words", inclusion_openers="words",
        age_openers="words", age_list_links="words",
        singular_fates="words", group_joiners="words", joint_noun_ends="words", all_sides="words",
        plural_fates="words", another_fates="words",
        population_leads="words", thing_place_openers="words", report_references="words",
        passive_markers="words", nominal_before_fate="words", aim_verbs="words",
        moved_dead="words", moved_hurt="words", moved_fate_ends="words",
        infinitive_markers="words", supposition_modals="words", speech_fates="words",
        loss_modals="words", rank_groups="words", care_verbs="words", wound_nouns="words",
        wound_modifiers="words", member_bodies="words",
        figure_prepositions="words", list_heading_words="words", list_heading_stops="words",
        launch_clause_adverbs="words",
        civilian_groups="words", back_references="words", back_reference_verbs="words",
        back_reference_openers="words", back_references_unlinked="words",
        back_references_wounded="words",
        back_reference_places="words", back_reference_adverbs="words",
        part_speech_verbs="words", part_speech_addressees="words",
        kinds_named_in_passing="words",
        continuation_openers="words", time_after_over="words", continuation_followers="words",
        earlier_level_links="words", label_time_words="words", person_item_followers="words",
        earlier_level_breaks="words", label_fate_verbs="words",
        incident_events="words",
        clause_turns="words", toll_comparatives="words", same_period_openers="words",
        same_period_references="words", same_period_nouns="words",
        definite_period_phrases="words", generic_adverbs="words",
        goes_on_openers="words", goes_on_adverbs="words", breakdown_openers="words",
        other_event_openers="words",
        source_after_openers="words", goes_on_stops="words", item_own_verbs="words",
        lede_references="words", lede_common_words="words", lede_retold_fates="words",
        generic_verbs="words", capability_modals="words", capability_verbs="words",
        clause_openers="words", item_phrase_openers="words", list_conjunctions="words",
        leaving_verbs="words", left_states="words", among_approximations="words",
        perfect_auxiliaries="words", perfect_kinds="words", back_references_included="words",
        back_references_among="words", other_nouns="words", unspecific_groups="words",
        perfect_event_links="words", not_target_heads="words", target_item_verbs="words",
        target_list_subjects="words", target_list_verbs="words",
        perfect_time_cues="words", launch_verbs="words", launch_nouns="words",
        acted_verbs="words", perfect_adverbs="words", list_subject_openers="words",
        list_subject_leads="words", toll_clause_breaks="words", toll_aside_openers="words",
        launch_list_links="words", carried_openers="words", object_list_links="words",
        between_verb_and_figure="words", span_openers_before_figure="words",
        document_issue_verbs="words", document_issue_auxiliaries="words",
        document_determiners="words", rate_words="words",
        participle_ends="words", participle_phrases="words", action_participles="words",
        active_object_openers="words",
        attack_verbs="words", instrument_links="words", part_references="words",
        whole_references="words", increase_comparisons="words", whole_loss_exceptions="words",
        year_leads="words",
        verb_particles="words", bare_loss_followers="words", event_determiners="words",
        back_reference_inclusions="words",
        back_references_killed="words", running_total_verbs="words", running_total_nouns="words",
        overall_toll_words="words", things_lost="labels", one_day_words="words",
        force_bodies="words", force_number_verbs="words", force_of_heads="words",
        force_of_followers="words", own_clause_verbs="words",
        losses_so_far_words="words", tally_cue_words="words", single_target_verbs="words",
        strikes_references="words", counter_words="words",
        running_total_links="words", acronym_links="words", partitive_links="words",
        noun_partitive_links="words",
        casualty_transport_verbs="words", not_plurals="words", fate_joiners="words",
        item_clause_ends="words", people_relatives="words", captive_phrases="words",
        force_arrival_words="words",
        combatant_destroy_verbs="words", combatant_destroyed_passives="words",
        designation_openers="words", object_pronouns="words", retraction_versions="words",
        retraction_stories="words", retraction_adverbs="words", retraction_verbs="words",
        back_attribution_subjects="words", back_attribution_auxiliaries="words",
        back_attribution_verbs="words", back_attribution_inverted="words",
        back_attribution_inverted_gaps="words", unrealised_verbs="words",
        unrealised_blockers="words", interviewer_verbs="words", briefing_verbs="words",
        briefing_topics="words", briefing_headline_openers="words",
        briefing_headline_leads="words", briefing_noun_modifiers="words", briefing_bodies="words",
        briefing_topic_links="words", briefing_nouns="words", name_head_ends="words",
        fuller_name_heads="words",
        name_determiners="words", name_tail_links="words",
    )  # fmt: skip
    auxiliaries = rf"(?:{phrase_alternation(grammar['auxiliaries'])})"
    briefing_verbs = phrase_alternation(grammar["briefing_verbs"])
    # "(told a) news briefing": the words before the noun, and the noun.
    briefing_modifiers = phrase_alternation(grammar["briefing_noun_modifiers"])
    briefing_nouns = (
        rf"(?:\s{{1,3}}(?:{briefing_modifiers}))?\s{{1,3}}"
        rf"(?:{phrase_alternation(grammar['briefing_nouns'])})"
    )
    briefing_about = (
        rf"(?:{phrase_alternation(grammar['briefing_topic_links'])})\s{{1,3}}"
        rf"(?:the\s{{1,3}})?(?:{phrase_alternation(grammar['briefing_topics'])})"
    )
    # "bringing the toll to 30", or with the figure first, "bringing to 30 the number of".
    running_total_head = (
        rf"(?<![\w-])(?:{phrase_alternation(grammar['running_total_verbs'])})\s{{1,3}}"
        rf"(?:(?:{phrase_alternation(grammar['running_total_links'])})\s{{1,3}}"
        r"[\w,.-]{1,20}\s{1,3})?"
        r"(?:the|its|their|his|her|our)\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,2}?"
        rf"(?:{phrase_alternation(grammar['running_total_nouns'])})(?![\w-])"
    )
    copula = rf"(?:{phrase_alternation(grammar['copulas'])})"
    # Where the fallen a part refers back to lay, and an adverb: "Among the dead| in Shujaiya|
    # were 17", "the dead| also| included 243 fighters".
    named_place = (
        rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_places'])})\s{{1,3}}"
        r"(?-i:[A-Z])[\w'\u2019-]{1,30}(?:\s{1,3}(?-i:[A-Z])[\w'\u2019-]{1,30}){0,2})?"
        rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_adverbs'])}))?"
    )
    # "a" or "an" standing for a count of one, after the words that lead to it.
    article_after = rf"\s{{1,3}}(?P<article>{phrase_alternation(grammar['one_articles'])})(?=\s)"
    conjunction = rf"(?:{phrase_alternation(grammar['list_conjunctions'])})\b"
    inclusion_opener = rf"(?:{phrase_alternation(grammar['inclusion_openers'])})\b"
    nouns = (
        list(lex.noun_to_kind) + list(lex.people_nouns) + list(lex.killed_nouns)
        + list(lex.injured_nouns) + list(lex.joint_nouns)
    )  # fmt: skip
    capitalised_nouns = [n for kind in lex.kinds.values() for n in kind.nouns if n != n.lower()]
    modifiers = phrase_alternation(list(lex.modifiers))
    # A modifier: a lexicon word, a capitalised word (or two joined by "and": "Iraqi and
    # Afghan"), a name with a particle ("al-Aqsa"), initials ("U.S."), a word in quotes, an
    # adjective ending.
    not_names = "|".join(sorted(map(regex.escape, set(lex.not_names)), key=len, reverse=True))
    name = rf"(?-i:(?!(?:{not_names})(?![\w'-]))[A-Z][\w'-]{{0,30}})"
    # An age: "a 25-year-old man", "two 6 month old girls".
    age = (
        r"\d{1,3}[\s-]{1,2}(?:"
        + "|".join(
            r"[\s-]{1,2}".join(map(regex.escape, words.split())) for words in grammar["ages"]
        )
        + r")(?![\w-])"
    )
    # A person told by an age, its hyphens perhaps dropped by scraping: "a 24yearold sepoy",
    # "his 7-year-old sister".
    scraped_age = (
        r"\d{1,3}[\s-]{0,2}(?:"
        + "|".join(
            r"[\s-]{0,2}".join(map(regex.escape, words.split())) for words in grammar["ages"]
        )
        + r")(?![\w-])"
    )
    aged_person = rf"(?:an?|his|her|their)\s{{1,3}}{scraped_age}(?:\s{{1,3}}[a-z]{{2,15}}){{0,2}}"
    acronym_links = rf"(?:{phrase_alternation(grammar['acronym_links'])})"
    modifier = (
        # A lexicon word, or two joined: "six ballistic| and| cruise missiles".
        rf"(?:(?:{modifiers})(?:\s{{1,3}}{conjunction}(?=\s))?|{age}|\"[^\"\n]{{1,40}}\"|'[^'\n]{{1,40}}'"
        # An editor's insertion in square brackets: "21 [metric] tons", "12 [Syrian] soldiers".
        r"|\[[^\[\]\n]{1,30}\]"
        # A name may carry its acronym in brackets: "13 Kurdistan Workers Party (PKK) targets",
        # or several, with its former ones: "40 Islamic State (IS, formerly ISIS/ISIL) targets".
        # Several names listed: "15,000 Afghan, American and British troops".
        rf"|{name}(?:\s{{0,3}},\s{{1,3}}{name}){{0,4}}(?:,?\s{{1,3}}(?:and|&)\s{{1,3}}{name})?"
        r"(?:\s{1,3}\((?-i:[A-Z][A-Za-z]{1,7})"
        rf"(?:(?:\s{{0,2}}[,/]\s{{0,2}}(?:{acronym_links}\s{{1,3}})?|\s{{1,3}}{acronym_links}\s{{1,3}})"
        r"(?-i:[A-Z][A-Za-z]{1,7})){0,3}\))?"
        # A name with its particle, hyphened or not: "al-Shabaab", "al Qaeda".
        r"|(?-i:(?:al|el)(?:-|\s{1,2})[A-Z][\w'-]{0,30})|(?-i:(?:[A-Z]\.){2,4})"
        # A side taken: "250 pro-Assad fighters", "12 anti-government protesters".
        r"|(?:pro|anti)-[\w'-]{2,30}"
        # Where a weapon flies from and to: "485 surface-to-air missile systems".
        r"|(?-i:[a-z]{2,10}-to-[a-z]{2,10})(?![\w-])"
        # A compound of two words: "two land-attack cruise missiles", "12 long-range drones".
        r"|(?-i:[a-z]{2,12}-[a-z]{2,12})(?![\w-])"
        r"|[a-z][\w-]{1,30}(?:al|ic|ive|ian|ist|ed|ary|ous|ese|ish))"
    )
    head = phrase_alternation(nouns + capitalised_nouns)
    links = phrase_alternation(list(lex.toll_links))
    # No other figure stands between the count and its figure, but a date may: "the number of
    # people killed since Oct. 7 has risen to 61,827".
    month_names = lang.table("numbers", language, months="words")["months"]
    months = phrase_alternation(month_names)
    number_words = lang.table("numbers", language, units="numbers", tens="numbers")
    list_figure_words = phrase_alternation([*number_words["units"], *number_words["tens"]])
    weekdays = lang.table("periods", language, weekdays="numbers")["weekdays"]
    periods_words = lang.table("periods", language, window_recent="words", units="labels")
    speech_words = lang.table("speech", language, document_heads="words", name_joiners="words")
    recent = phrase_alternation(periods_words["window_recent"])
    calendar = rf"(?i:{months}|{phrase_alternation(list(weekdays))})"
    no_figure = (
        rf"(?:[^,.;:!?\"\n\d]|(?<=(?-i:\b(?:{months}))\.?\s{{1,3}})\d{{1,2}}(?!\d)"
        rf"|(?<=(?-i:\b(?:{months})))\.)"
    )
    # A count may name who keeps it between its article and its noun: "the UN's count of",
    # "an AFP tally of", "a Reuters count of" (but "a number of" alone says only "several").
    keeper = r"(?-i:[A-Z][\w.&-]{0,20})(?:['\u2019]s)?"
    # ... or a keeper of any case after "the", whose possessive ends it: "the health ministry's
    # count of", "The Hamas-run health ministry's count of".
    owner = r"(?:[\w.&-]{1,25}\s{1,3}){0,3}[\w.&-]{1,25}['\u2019]s"
    counts_after_the = [p.split(None, 1)[1] for p in lex.number_of if p.lower().startswith("the ")]
    counts_as_written = [p for p in lex.number_of if not p.lower().startswith("the ")]
    count_opening = (
        rf"(?:the(?:\s{{1,3}}{owner}|(?:\s{{1,3}}{keeper}){{0,2}})|an?(?:\s{{1,3}}{keeper}){{1,2}})"
        rf"\s{{1,3}}(?:{phrase_alternation(counts_after_the)})"
    )
    if counts_as_written:
        count_opening = rf"(?:{count_opening}|{phrase_alternation(counts_as_written)})"
    counted_head = phrase_alternation(
        nouns + capitalised_nouns + list(lex.killed_counted) + list(lex.injured_counted)
    )
    number_of_before = regex.compile(
        # "the number of (the) dead rose to 42", "the number of our martyrs reached 59"
        rf"\b{count_opening}(?:\s{{1,3}}(?:the|our|its|their))?(?:\s{{1,3}}{modifier}){{0,3}}"
        rf"\s{{1,3}}(?P<head>{counted_head})(?![\w-]){no_figure}{{0,80}}\s(?:{links})\s{{1,3}}$",
        regex.IGNORECASE,
    )
    # The nearest head noun first ("31 Civilians Dead": civilians); the farthest when the
    # nearest only describes the next ("2,000 terrorist facilities": facilities).
    noun_after, noun_after_longest = (
        regex.compile(
            # "34 of our heroic soldiers": a statement's own side too; and after the determiner
            # one word of any kind may describe the whole ("three of the giant bombers", "23
            # of our gallant soldiers"), and a possessive may stand for the determiner ("30 of
            # the enemy's drones").
            # Machine translation from Arabic writes the partitive "from": "more than 100 from
            # the rebels".
            rf"(?P<of>\s{{1,3}}(?:{phrase_alternation(grammar['noun_partitive_links'])})"
            rf"(?:\s{{1,3}}(?:the|these|those|its|their|his|her|our|{_POSSESSIVE})"
            r"(?:\s{1,3}(?-i:[a-z]{3,15})(?=\s{1,3}[A-Za-z]))??)?)?"
            # The head may stand in scare quotes: 'killed 12 "terrorists"'.
            # Up to four: "50 |Hamas and Palestinian| Islamic| Jihad| military| targets".
            rf"(?P<mods>(?:\s{{1,3}}{modifier}){{0,4}}{lazy})\s{{1,3}}"
            rf"(?P<quote>[\"\u201c'])?(?P<head>{head})(?![\w-])(?(quote)(?P<closing>[\"\u201d']))"
            # "tonnes of humanitarian aid": the cargo, up to a preposition, a verb or a time
            # ("1,500 tons of ammunition last month").
            r"(?P<cargo>\s{1,3}of\s{1,3}(?!the\b)[a-z][\w-]{1,30}(?:\s{1,3}(?!(?:to|for|and|in"
            r"|from|by|with|that|which|on|at|over|into|onto|across|near|under|during|since|after"
            r"|via|per|a|an|as|were|was|had|have|has|are|is|last|this|next|yesterday|today"
            r"|overnight|each|every|daily|weekly|monthly|so(?=\s)|monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday)\b)[a-z][\w-]{1,30}){0,2})?",
            regex.IGNORECASE,
        )
        for lazy in ("?", "")
    )
    killed = phrase_alternation(list(lex.killed_cues))
    injured = phrase_alternation(list(lex.injured_cues))
    captured = phrase_alternation(list(lex.captured_cues))
    excluded = phrase_alternation(list(lex.not_casualty_cues))
    finite_killed = phrase_alternation(list(lex.finite_killed_cues))
    # Both at once first: "were killed and wounded" is not "were killed".
    joint = phrase_alternation(list(lex.joint_cues))
    cues = (
        rf"(?:(?P<killed_or_injured>{joint})|(?P<killed>{killed})|(?P<injured>{injured})"
        rf"|(?P<captured>{captured})"
        rf"|(?P<excluded>{excluded}))(?![\w-])"
    )
    casualty_verbs = list(lex.killed_verbs) + list(lex.injured_verbs) + list(lex.captured_verbs)
    verbs = phrase_alternation(casualty_verbs)
    verbs_read_backwards = phrase_alternation(casualty_verbs, reverse=True)
    subtype_of = {}
    for subtype, words in (
        ("captured", lex.captured_cues + lex.captured_verbs),
        ("injured", lex.injured_cues + lex.injured_verbs),
        ("killed", lex.killed_cues + lex.killed_verbs),
        ("killed_or_injured", lex.joint_cues),
    ):
        subtype_of.update({" ".join(w.lower().split()): subtype for w in words})
    fates = phrase_alternation(list(subtype_of) + list(lex.not_casualty_cues))
    government = phrase_alternation(list(lex.government_words))
    aircraft = (
        [n for n in lex.kinds["aircraft"].nouns if not n.endswith("s")]
        if "aircraft" in lex.kinds
        else []
    )
    sortie_nouns = (
        phrase_alternation(list(lex.kinds["sorties"].nouns))
        if "sorties" in lex.kinds
        else "missions"
    )
    events = phrase_alternation(grammar["incident_events"])
    # Four-letter stems of every casualty word, as one stdlib alternation: a fast first test.
    stems = {w.split()[0][:4].lower() for w in (
        lex.killed_cues + lex.injured_cues + lex.captured_cues + lex.killed_verbs
        + lex.injured_verbs + lex.captured_verbs + lex.toll_words + lex.killed_before_of
        + lex.injured_before_of + lex.loss_nouns
    ) if len(w) >= 3}  # fmt: skip
    # Words no counted noun phrase starts with: a figure they follow ("10 to 12", "5 in
    # Aleppo") is spared the noun patterns. Any word the patterns could read as a modifier or
    # a noun is left out, so the shortcut never changes what is found.
    no_noun_words = frozenset(
        word for word in _FUNCTION_WORDS if noun_after.match(f" {word} civilians") is None
    )
    perfect = phrase_alternation(grammar["perfect_auxiliaries"])
    # A verb that launches aircraft, or one of attack with them as its instrument.
    # An item of a launch list, and what joins two: "more than 30 cruise missiles", ", and".
    launched_item = (
        rf"(?:(?:{phrase_alternation(grammar['among_approximations'])})\s{{1,3}})?\S{{1,15}}"
        r"(?:\s{1,3}[A-Za-z][\w-]{1,25}){1,6}"
    )
    list_link = (
        r"(?:\s{0,3},\s{1,3}(?:and\s{1,3})?"
        rf"|\s{{1,3}}(?:{phrase_alternation(grammar['launch_list_links'])})\s{{1,3}})"
    )
    # Scraped text that lost its commas joins items written in digits by nothing: "firing 170
    # drones more than 30 cruise missiles and more than 120 ...".
    digits_item = (
        rf"(?:(?:{phrase_alternation(grammar['among_approximations'])})\s{{1,3}})?\d[\d,.]{{0,12}}"
        r"(?:\s{1,3}[A-Za-z][\w-]{1,25}){1,6}"
    )
    bare_list_link = rf"(?:{list_link}|\s{{1,3}})"
    launcher = (
        rf"{phrase_alternation([*grammar['launch_verbs'], *grammar['launch_nouns']])}"
        rf"|(?:{phrase_alternation(grammar['attack_verbs'])})(?:\s{{1,3}}[\w'\u2019-]{{1,25}}){{0,6}}?"
        rf"\s{{1,3}}(?:{phrase_alternation(grammar['instrument_links'])})"
    )
    speech_verb_list = lang.table("speech", language, verbs="words")["verbs"]
    to = rf"(?:{phrase_alternation(grammar['infinitive_markers'])})"  # "claimed |to| field"
    # The first word of a passive: "Three buildings near the airport |were| hit".
    passive_openers = phrase_alternation([*grammar["copulas"], *grammar["perfect_auxiliaries"]])
    speech_verbs = phrase_alternation(speech_verb_list)
    return _Matcher(
        language=language,
        clause_words=frozenset(w.lower() for w in grammar["clause_words"]),
        list_item_end=regex.compile(
            rf"\s{{0,3}}(?:[.,;:!?()\"]|$|\s(?i:{phrase_alternation(grammar['list_item_ends'])})\b)"
        ),
        noun_ends=regex.compile(
            rf"\s{{0,3}}(?:[,;(]|\s(?i:{phrase_alternation(grammar['noun_ends'])})\b)"
        ),
        part_of_opener=regex.compile(
            rf"(?:^|(?<=[.!?\n])\s{{0,3}})(?:{phrase_alternation(grammar['part_openers'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['part_determiners'])})\s{{1,3}}"
            # Commas and stops only inside figures ("Of the 1,700 people killed, ").
            r"(?P<inner>(?:[^,;.!?\n]|(?<=\d)[,.](?=\d)){1,100}),\s{0,3}"
            # The source may speak between: "Of those killed, he said, 35 were children".
            rf"(?:(?:{phrase_alternation(grammar['part_opener_asides'])}),\s{{0,3}})?$"
        ),
        no_noun_words=no_noun_words,
        people_only=lex.people_only_cues,
        noun_after=noun_after,
        noun_after_longest=noun_after_longest,
        # Matched on lower-cased text: a case-blind stdlib alternation runs several times slower.
        # The class of first letters up front lets most word starts fail in one step.
        casualty_hint=re.compile(
            r"\b(?=["
            + re.escape("".join(sorted({stem[0] for stem in stems})))
            + "])(?:"
            + "|".join(sorted(map(re.escape, stems)))
            + ")"
        ),
        cue_hint=re.compile(
            r"\b(?:"
            + "|".join(
                sorted(
                    map(
                        re.escape,
                        stems
                        | {
                            w.split()[0][:4].lower()
                            for w in lex.not_casualty_cues + ("dead", "slain")
                        },
                    )
                )
            )
            + ")"
        ),
        any_plural_after=regex.compile(
            rf"(?P<of>\s{{1,3}}of(?:\s{{1,3}}(?:his|her|their|its|the))?)?"
            rf"(?P<mods>(?:\s{{1,3}}{modifier}){{0,2}}?)\s{{1,3}}(?P<head>(?-i:[A-Za-z][a-z-]{{2,25}}(?<![su])s))(?![\w-])",
            regex.IGNORECASE,
        ),
        participle_after=regex.compile(
            rf"(?:\s{{1,3}}(?:{auxiliaries}|other|more))?(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}"
            rf"(?P<head>{killed}|{injured})(?![\w-])",
            regex.IGNORECASE,
        ),
        relative_fate_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['people_relatives'])})"
            rf"(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}(?P<head>{killed}|{injured})(?![\w-])",
            regex.IGNORECASE,
        ),
        # Ending its clause, or before a place or time: "and 12 captured near Kuweires"; not
        # as an adjective before its noun ("and 12 captured rifles were seized").
        captured_after=regex.compile(
            rf"(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}(?P<head>{captured})(?![\w-])"
            r"(?=\s{0,3}(?:[.,;:!?)\"\n]|$)|\s{1,3}(?:in|at|on|outside|near|from|inside|across|around"
            r"|among|by|during|after|when|while|and|or|alive)\b)",
            regex.IGNORECASE,
        ),
        # An aside between commas may stand before the verb: "35 people, most of them
        # civilians, died", "35 people, including 10 children, were killed".
        # Or a phrase saying whose they are, when a verb with its auxiliary or a finite verb
        # follows it: "50 fighters from the Nusra Front were killed" (but in "50 fighters in
        # the town killed 3 people" the fighters did the killing).
        cue_after=regex.compile(
            # An aside between commas, brackets or dashes: "11 people – including two
            # children – were killed".
            r"(?:\s{0,3},[^,.;:!?\"\n]{1,60},|\s{0,3}\([^()\n]{1,80}\)"
            r"|\s{0,3}(?:\u2013|\u2014|--)[^\u2013\u2014\n]{1,80}?(?:\u2013|\u2014|--)"
            # ... or, its commas dropped by scraping, people told by their ages: "Two soldiers
            # a 24yearold sepoy and a 31yearold lance naik were martyred" (up to three).
            rf"|\s{{1,3}}{aged_person}(?:\s{{1,3}}(?:and\s{{1,3}})?{aged_person}){{0,2}}"
            # ... or a relative clause of their own, up to eight words with no figure: "15
            # terrorists who were operating in the area of Aitaroun were eliminated".
            # Not a clause with a fate of its own: "60 soldiers who were captured last year
            # were released" were captured.
            rf"|\s{{1,3}}(?:{phrase_alternation(grammar['people_relatives'])})"
            rf"(?:\s{{1,3}}(?!{cues})[^\s\d,.;:!?\"]{{1,30}}){{1,8}}?"
            rf"(?=(?:\s{{1,3}}{auxiliaries}){{1,4}}\s)"
            rf"|\s{{1,3}}(?:{phrase_alternation(grammar['postmodifier_openers'])})"
            # A relative word opens a clause of its own, but "and" before a possessive goes on
            # with the phrase: "50 fighters from the regime and its militias were killed".
            rf"(?:\s{{1,3}}(?!(?:{phrase_alternation(grammar['relative_words'])})\b"
            rf"(?<!\band(?=\s{{1,3}}(?:{phrase_alternation(grammar['possessives'])})\b)))"
            # A word, or initials: "members of the U.S. military have died".
            # Up to seven: "54 soldiers serving with the African Union force in Somalia".
            rf"(?:[^\s\d,.;:!?\"]{{1,30}}|(?-i:(?:[A-Z]\.){{2,4}}))){{1,7}}?"
            rf"(?=(?:\s{{1,3}}{auxiliaries}){{1,4}}\s|\s{{1,3}}(?:{finite_killed})(?![\w-])))?"
            # The aside's closing mark after its last item: "two women – were killed".
            rf"(?:\s{{0,3}}(?:[,)\u2013\u2014]|--))?(?:\s{{1,3}}(?:who|that|which))?"
            rf"(?:\s{{1,3}}{auxiliaries}){{0,4}}\s{{1,3}}"
            # The fate may stand in scare quotes: 'were "neutralised"'.
            rf"[\"\u201c']?{cues}",
            regex.IGNORECASE,
        ),
        # Part of a counted toll: "12 Civilians Among 20 Dead", "were among 11 people killed".
        among_counted=regex.compile(
            # "are reportedly among some 300 militants killed": auxiliaries and adverbs before,
            # an approximation before the whole's figure.
            rf"(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}among\s{{1,3}}(?:the\s{{1,3}})?"
            rf"(?:(?:{phrase_alternation(grammar['among_approximations'])})\s{{1,3}})?"
            # The whole's noun may have one word before it: "among 17 foreign troops killed".
            r"(?P<count>[\d,.]{1,12}|[a-z]{3,12})(?:\s{1,3}[a-z-]{2,20})??"
            r"(?:\s{1,3}(?P<whole>[a-z-]{2,20}))?\s{1,3}"
            rf"(?:(?P<killed>{killed})|(?P<injured>{injured}))(?![\w-])",
            regex.IGNORECASE,
        ),
        # The verb after a counted noun, with its auxiliaries: "17 tanks were destroyed".
        verb_after=regex.compile(
            rf"(?P<aux>(?:\s{{1,3}}{auxiliaries}){{1,4}})?\s{{1,3}}(?P<verb>[a-z]{{2,20}}(?:\s{{1,3}}out)?)(?![\w-])",
            regex.IGNORECASE,
        ),
        leaving_verbs=frozenset(w.lower() for w in grammar["leaving_verbs"]),
        # The auxiliary, up to three words of its participle (not a speech verb: "has said 200
        # strikes hit" says nothing of how long), then the figure.
        perfect_before=regex.compile(
            # Not a perfect infinitive, reported past: "claimed to have shot down 30 drones".
            rf"(?<![\w-])(?<!(?<![\w-])to\s{{1,3}})(?:{perfect})"
            rf"(?:\s{{1,3}}(?!(?:{speech_verbs})(?![\w-]))[A-Za-z-]{{1,20}}){{1,3}}"
            r"\s{1,3}$",
            regex.IGNORECASE,
        ),
        perfect_after=regex.compile(
            rf"(?:\s{{1,3}}[A-Za-z-]{{1,20}}){{0,3}}?\s{{1,3}}(?<!(?<![\w-])to\s{{1,3}})(?:{perfect})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(grammar['perfect_adverbs'])})\s{{1,3}})?"
            r"(?:been\s{1,3})?(?!been\b)[a-z-]{2,20}"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['verb_particles'])}))?(?![\w-])",
            regex.IGNORECASE,
        ),
        bare_loss_end=regex.compile(
            r"\s{0,3}(?:[.,;:!?)]|$)"
            rf"|\s{{1,3}}(?i:{phrase_alternation(grammar['bare_loss_followers'])})(?![\w-])"
        ),
        perfect_kinds=frozenset(grammar["perfect_kinds"]),
        perfect_auxiliaries=frozenset(w.lower() for w in grammar["perfect_auxiliaries"]),
        copulas=frozenset(w.lower() for w in grammar["copulas"]),
        auxiliary_words=frozenset(w.lower() for w in grammar["auxiliaries"] if " " not in w),
        object_pronouns=frozenset(grammar["object_pronouns"]),
        # What every correction holds: the text all its "earlier version" phrases share, less
        # its first character (" version of th": "version of th"), or one of its adverbs after
        # a space (" wrongly", which "strongly" does not hold).
        retraction_hints=(
            _common_part(grammar["retraction_versions"])[1:],
            *(f" {adverb}" for adverb in grammar["retraction_adverbs"]),
        ),
        retraction=regex.compile(
            # "An earlier version of this story (wrongly) said", "This story incorrectly stated".
            rf"(?<![\w-])(?:(?:{phrase_alternation(grammar['retraction_versions'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(grammar['retraction_adverbs'])})\s{{1,3}})?"
            rf"|(?:{phrase_alternation(grammar['retraction_stories'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['retraction_adverbs'])})\s{{1,3}})"
            rf"(?:{phrase_alternation(grammar['retraction_verbs'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        launch_before=regex.compile(
            rf"(?<![\w-])(?:{launcher})\s{{1,3}}"
            # "launched some 40", "launched a total of 45", "launched a barrage of about 180".
            r"(?:(?:a|another)\s{1,3}(?:barrage|salvo|wave|volley|swarm)\s{1,3}of\s{1,3})?"
            rf"(?:(?:{phrase_alternation([*grammar['among_approximations'], 'a total of'])})"
            r"\s{1,3})?$"
            # A later item of the list launched: "launched five missiles and |12 drones",
            # "attacked with 4 Iskander-M ballistic missiles and |117 Shahed drones",
            # "launched some 170 drones, more than 30 cruise missiles and |more than 120".
            rf"|(?<![\w-])(?:{launcher})\s{{1,3}}{launched_item}(?:{list_link}{launched_item}){{0,3}}"
            rf"{list_link}$"
            rf"|(?<![\w-])(?:{launcher})\s{{1,3}}{digits_item}(?:{bare_list_link}{digits_item}){{0,3}}"
            rf"{bare_list_link}$",
            regex.IGNORECASE,
        ),
        possessive_between=words_pattern(grammar["possessives"]),
        other_nouns=frozenset(w.lower() for w in grammar["other_nouns"]),
        # Singular nouns of machines whose plural is a noun too ("drone", "drones"): "aircraft"
        # is both.
        singular_machines=frozenset(
            noun.lower()
            for kind in AIR_KINDS
            if kind in lex.kinds
            for noun in lex.kinds[kind].nouns
            if f"{noun}s" in lex.kinds[kind].nouns
        ),
        unspecific_groups=frozenset(w.lower() for w in grammar["unspecific_groups"]),
        among_them_after=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['copulas'])})\s{{1,3}}"
            rf"(?i:{phrase_alternation(grammar['back_reference_openers'])})\s{{1,3}}"
            rf"(?i:{phrase_alternation(grammar['back_references_among'])})(?![\w-])"
        ),
        part_after_whole=regex.compile(
            r"[^.;:!?,]{0,30}?,\s{0,3}(?:[\w.-]{1,12}\s{1,3}"
            rf"(?i:{phrase_alternation(grammar['part_references'])})"
            rf"|(?i:{phrase_alternation(grammar['part_references'])})\s{{1,3}}[\w.-]{{1,12}})"
            r"(?![\w-])"
        ),
        part_reference_after=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['part_references'])})(?![\w-])"
        ),
        whole_reference_after=regex.compile(
            rf"[^\d,.;:!?\n]{{0,80}}?,\s{{0,3}}(?i:{phrase_alternation(grammar['whole_references'])})"
            r"(?![\w-])"
        ),
        # "the 28 drones launched", "three missiles were launched towards Riyadh", "two
        # missiles targeted Khamis Mushait", "three fighter jets dropped bombs": machines of an
        # event, not a fleet.
        launch_after=regex.compile(
            rf"(?:\s{{1,3}}{auxiliaries}){{0,2}}\s{{1,3}}"
            rf"(?i:{phrase_alternation([*grammar['launch_verbs'], *grammar['acted_verbs']])})"
            r"(?![\w-])"
        ),
        inclusion_after=regex.compile(
            rf"\s{{0,3}},?\s{{1,3}}(?:{phrase_alternation(grammar['inclusion_openers'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        inclusion_before=inclusion_opener_before(language),
        perfect_event_link=words_pattern(
            [*grammar["perfect_event_links"], *grammar["perfect_time_cues"]]
        ),
        not_target_heads=frozenset(grammar["not_target_heads"]),
        targets_listed_before=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['target_list_subjects'])})(?![\w-])"
            rf"[^,.;:!?\n\d]{{0,80}}?(?<![\w-])"
            rf"(?:{phrase_alternation(grammar['target_list_verbs'])})\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        target_item_verbs=frozenset(
            w.lower() for kind in lex.kinds.values() for w in kind.verbs if " " not in w
        )
        | frozenset(w.lower() for w in (*lex.killed_verbs, *lex.injured_verbs) if " " not in w)
        | frozenset(grammar["target_item_verbs"]),
        left_coordinated=regex.compile(
            r"\s{0,3}(?:,|(?:,\s{0,3})?(?:and|or)\b)"
            # Items, not a clause: "left 200 soldiers, and 40 were found dead" is two.
            rf"(?:\s{{1,3}}(?!(?i:{phrase_alternation(grammar['clause_words'])})(?![\w-]))"
            r"[^\s.;:!?\"]{1,30}){1,8}?\s{1,3}"
            rf"(?P<state>{phrase_alternation(grammar['left_states'])})"
            r"(?![\w-])",
            regex.IGNORECASE,
        ),
        cue_coordinated=regex.compile(
            r"\s{0,3}(?:,?\s{0,3}(?:and|or|plus|including|as\s{1,3}well\s{1,3}as|of"
            r"|among\s{1,3}them)\b"
            # ... or a comma before the next count of a list whose verb comes after its last
            # item: "102 men, 17 women and 12 children were killed".
            rf"|(?P<comma_list>,)(?=\s{{0,3}}(?:\d|(?i:{list_figure_words})\b)))"
            # A relative pronoun opens a clause with a verb of its own: in "200 fighters of
            # the group whose leader was killed" no fighter was.
            rf"(?P<conjunct>(?:\s{{1,3}}(?!(?i:{phrase_alternation(grammar['relative_pronouns'])})\b)"
            r"[^\s.;:!?\"]{1,30}){1,12}?)"
            # A shared verb needs its auxiliary ("were killed"): in "... and left one million
            # injured" the participle belongs to the figure before it. A verb that is never a
            # participle needs none: "12 fighters and 5 civilians died".
            rf"(?:\s{{0,3}},)?(?:\s{{1,3}}(?:who|that|which))?"
            rf"(?:(?:\s{{1,3}}{auxiliaries}){{1,4}}\s{{1,3}}{cues}"
            rf"|\s{{1,3}}(?P<killed>{phrase_alternation(list(lex.finite_killed_cues))})(?![\w-]))",
            regex.IGNORECASE,
        ),
        excluded_coordinated=regex.compile(
            r"\s{0,3},?\s{0,3}(?:and|or|plus|including|as\s{1,3}well\s{1,3}as|of)\b"
            r"(?:\s{1,3}[^\s.;:!?\"]{1,30}){1,8}?"
            rf"(?:\s{{1,3}}(?:who|that|which))?(?:\s{{1,3}}{auxiliaries}){{0,4}}\s{{1,3}}(?:{excluded})(?![\w-])",
            regex.IGNORECASE,
        ),
        # Not before an infinitive ("Tigrayan leaders have claimed to field 250,000
        # fighters"), nor as one ("vowed to kill 100 soldiers").
        verb_in_clause=regex.compile(
            rf"(?r)(?<!(?<![\w-])(?:{phrase_alternation(grammar['aim_verbs'], reverse=True)})"
            rf"\s{{1,3}}{to}\s{{1,3}})(?<![\w-])(?P<verb>{verbs_read_backwards})(?![\w-])"
            rf"(?!\s{{1,3}}{to}\s)",
            regex.IGNORECASE,
        ),
        captured_later=regex.compile(
            rf"[^.;!?\n]{{0,100}}?(?<![\w-])(?P<captured>{captured})(?![\w-])", regex.IGNORECASE
        ),
        thing_postmodifier=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['thing_place_openers'])})"
            # No relative clause: "12 tanks in Syria that were ..." is another clause.
            rf"(?:\s{{1,3}}(?!(?i:{phrase_alternation(grammar['relative_pronouns'])})\b)"
            r"[\w'\u2019-]{1,25}){1,4}?"
            rf"(?=\s{{1,3}}(?:{passive_openers})\s)",
            regex.IGNORECASE,
        ),
        fate_after_moved=regex.compile(
            rf"\s{{1,3}}(?:(?P<killed>{phrase_alternation(grammar['moved_dead'])})"
            rf"|(?P<injured>{phrase_alternation(grammar['moved_hurt'])}))"
            # The fate ends the phrase: not "evacuated wounded soldiers" (its object), "dead
            # tired", or "dead or wounded".
            rf"(?=\s{{0,3}}[,.;:!?)]|\s{{0,3}}$|\s{{1,3}}(?:{phrase_alternation(grammar['moved_fate_ends'])})\b)",
            regex.IGNORECASE,
        ),
        moved_after=regex.compile(
            r"(?:\s{1,3}[A-Za-z]{1,12}){0,3}?\s{1,3}"
            rf"(?:{phrase_alternation(list(lex.not_casualty_cues))})(?![\w-])",
            regex.IGNORECASE,
        ),
        population_leads=frozenset(
            " ".join(w.lower().split()) for w in grammar["population_leads"]
        ),
        possession_verbs=frozenset(w.lower() for w in grammar["possession_verbs"]),
        report_references=frozenset(w.lower() for w in grammar["report_references"]),
        passive_markers=frozenset(w.lower() for w in grammar["passive_markers"]),
        aim_verbs=frozenset(w.lower() for w in grammar["aim_verbs"]),
        infinitive_markers=frozenset(w.lower() for w in grammar["infinitive_markers"]),
        speech_fates=frozenset(w.lower() for w in grammar["speech_fates"]),
        loss_modals=frozenset(w.lower() for w in grammar["loss_modals"]),
        rank_groups=frozenset(w.lower() for w in grammar["rank_groups"]),
        member_bodies=frozenset(w.lower() for w in grammar["member_bodies"]),
        figure_prepositions=frozenset(w.lower() for w in grammar["figure_prepositions"]),
        # "listed the following strikes", "as follows", a closing colon; not "the following
        # day".
        list_heading=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['list_heading_words'])})(?![\w-])"
            rf"(?!\s{{1,3}}(?i:{phrase_alternation(grammar['list_heading_stops'])})(?![\w-]))"
            r"|:\s*$"
        ),
        care_verbs=frozenset(w.lower() for w in grammar["care_verbs"]),
        for_wounds=regex.compile(
            rf"\s{{1,3}}for\s{{1,3}}(?:(?:{phrase_alternation(grammar['wound_modifiers'])})\s{{1,3}})?"
            rf"(?i:{phrase_alternation(grammar['wound_nouns'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # "claimed in 2021 that ...", or a clause with no "that": "claimed the group had".
        that_clause=regex.compile(
            r"(?:\s{1,3}[\w,-]{1,20}){0,3}?\s{1,3}that(?![\w-])"
            r"|(?:\s{1,3}[\w'-]{1,20}){1,3}?\s{1,3}(?:had|has|have|was|were|is|are)(?![\w-])"
        ),
        # In lower case ("May 5" is a day) and not a modal of the past ("would have been
        # impossible without" tells a loss that happened).
        supposition_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['supposition_modals'])})(?![\w-])"
            r"(?!\s{1,3}have\b)"
        ),
        launch_clause_end=regex.compile(
            r",\s{1,3}and\s|;"
            rf"|(?<![\w-])(?i:{phrase_alternation(grammar['launch_clause_adverbs'])}),"
        ),
        nominal_before_fate=frozenset(w.lower() for w in grammar["nominal_before_fate"]),
        intransitive_fates=frozenset(w.lower() for w in lex.finite_killed_cues if " " not in w),
        inclusion_openers=frozenset(
            " ".join(w.lower().split()) for w in grammar["inclusion_openers"]
        ),
        fleeing_later=regex.compile(
            r"[^.;!?\n]{0,100}?,\s{1,3}"
            rf"(?P<flight>{phrase_alternation(list(lex.flight_participles))})(?![\w-])",
            regex.IGNORECASE,
        ),
        casualty_modifier=regex.compile(
            rf"(?<![\w-])(?:(?P<killed>dead|slain|fallen|killed)|(?P<injured>{injured}))(?![\w-])",
            regex.IGNORECASE,
        ),
        government_modifier=regex.compile(
            rf"(?<![\w-])(?:{government})(?![\w-])", regex.IGNORECASE
        ),
        government_members=regex.compile(
            # "members of the security forces", "members of the U.S. military"; not "of the
            # Hamas military wing" or "of the Arakan Army", armed groups.
            rf"\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?:(?-i:(?:[A-Z]\.){{2,4}})\s{{1,3}})?"
            rf"(?:{government})\b"
            rf"(?!\s{{1,3}}(?:{phrase_alternation(list(lex.not_government_after))})\b)",
            regex.IGNORECASE,
        ),
        family=regex.compile(
            # "of the same family", "of a Sunni tribe", "of the Syrian Red Crescent".
            # "of two families", "of both families".
            rf"(?:\s{{1,3}}of\s{{1,3}}(?:(?:the|a|an|one|two|three|four|five|several|both|his|her"
            rf"|their|its)\s{{1,3}})?"
            # Up to two words describing it: "of a single extended family".
            rf"(?:(?:same|single|whole|entire|extended|large|prominent|local)\s{{1,3}}"
            rf"|(?-i:[A-Z])[\w-]{{1,20}}\s{{1,3}}){{0,2}})?"
            rf"\b(?:{phrase_alternation([*lex.family_words, *lex.civilian_bodies])})\b"
            # Not an armed unit named after it: "the tribe's militia", "a clan militia".
            rf"(?!['\u2019]s\b|\s{{1,3}}(?:{phrase_alternation(lex.armed_units)})\b)",
            regex.IGNORECASE,
        ),
        # "18 martyrs and dozens of wounded": the hurt or the dead as a noun after "of", ending
        # its phrase ("dozens of wounded soldiers" counts the soldiers).
        of_casualty_word=regex.compile(
            rf"\s{{1,3}}of\s{{1,3}}(?P<head>{killed}|{injured})"
            r"(?=\s{0,3}(?:[.,;:!?)\"]|$)"
            rf"|\s{{1,3}}(?:{phrase_alternation(grammar['list_item_ends'])})\b)",
            regex.IGNORECASE,
        ),
        captive_after=regex.compile(
            rf"(?:\s{{1,3}}{auxiliaries}){{1,3}}\s{{1,3}}"
            rf"(?P<head>{phrase_alternation(grammar['captive_phrases'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        disease=words_pattern(list(lex.disease_words)),
        disease_words=tuple(sorted({word.lower() for word in lex.disease_words})),
        disease_cause=regex.compile(
            r"(?:\s{1,3}(?:have|has|had))?(?:\s{1,3}(?:died|dying|deaths?|dead))?\s{1,3}(?:of|from)"
            rf"\s{{1,3}}(?i:{phrase_alternation(list(lex.disease_words))})(?![\w-])"
        ),
        joint_after=regex.compile(rf"\s{{1,3}}(?i:{phrase_alternation(list(lex.joint_cues))})\b"),
        inline_increase=regex.compile(
            rf"{_SLASH_NAME}?[ \t]{{0,2}}\(\+\d[\d,]{{0,9}}(?![\d,]{{0,3}}\s{{0,2}}%)"
            r"(?P<words>[^()\n]{0,40})\)"
        ),
        increase_comparison=words_pattern(grammar["increase_comparisons"]),
        year_lead=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['year_leads'])})\s{{1,3}}$"
        ),
        whole_loss_exception=regex.compile(
            rf"\s{{0,3}},?\s{{0,3}}(?i:{phrase_alternation(grammar['whole_loss_exceptions'])})\b"
        ),
        time_after_over=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['time_after_over'])})(?![\w-])"
        ),
        # A place or time after the bare figure ("25 in Hama", "8 more in Homs"); "at least"
        # is a bound. "more" alone ends its clause: "20 in Raqqa and 8 more."
        ellipsis_after=regex.compile(
            # Translated briefings set a dash before the place: "eight - over the Bryansk Region".
            r"(?:\s{1,3}more)?\s{1,3}(?:[-\u2013\u2014]\s{1,3})?"
            r"(?:in|at(?!\s{1,3}(?:least|most)\b)|on|outside|near|from"
            r"|inside|across|around|among|over)\b|\s{1,3}more(?=\s{0,3}(?:[.,;:!?]|$))",
            regex.IGNORECASE,
        ),
        # The predicate of "8 more in Homs": right after its place, an auxiliary and a fate
        # ("were wounded", "had fled"), a finite verb ("died", "fled") or "in hospital"; not a
        # word inside the place ("in besieged Madaya", "at a hospital in Homs").
        fate_after=regex.compile(
            r"\s{1,3}(?:(?P<hospital>(?:in\s{1,3})?hospital)"
            # The place's words as written, capitalised: the pattern is case-blind for the rest.
            r"|(?:(?:the\s{1,3})?(?-i:[A-Z])[\w'-]{0,30}\s{1,3}){1,3}"
            r"(?:(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been|had|have)\s{1,3})?"
            rf"(?P<fate>{fates}))(?![\w-])",
            regex.IGNORECASE,
        ),
        # "three of the 12 soldiers", "most of its 40 fighters": the figure is a whole.
        # The determiner may be left out after a figure: "shot down 30 of 35 drones".
        # The same links and determiners after the part: "3 of its 34 aircraft", "22 of 28".
        partitive_figure=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['partitive_links'])})\s{{1,3}}(?:(?:"
            + phrase_alternation([*grammar["part_determiners"], *grammar["possessives"]])
            + rf"|{_POSSESSIVE})\s{{1,3}})?[\d][\d,.]{{0,12}}"
            + r"(?P<words>(?:\s{1,3}[A-Za-z][\w-]{0,25}){1,3})",
            regex.IGNORECASE,
        ),
        partitive_before=regex.compile(
            r"(?P<part>[\w-]{1,20})\s{1,3}(?:"
            + phrase_alternation(grammar["partitive_links"])
            + r")\s{1,3}(?:(?:"
            + phrase_alternation([*grammar["part_determiners"], *grammar["possessives"]])
            # ... or a name's possessive, its apostrophe stripped as scraped text does ("375 of
            # Iraqs 594 shelters").
            + rf"|{_POSSESSIVE}|(?-i:[A-Z][a-z]{{2,20}}s))\s{{1,3}})?$",
            regex.IGNORECASE,
        ),
        part_words=frozenset(w.lower() for w in grammar["part_words"]),
        # "at least 80 of them soldiers", "nine of them were children", "20 of which were
        # Shaheds".
        partitive_after=regex.compile(
            # "of those" too: "intercepted about 400 of those headed for populated areas".
            rf"\s{{1,3}}of\s{{1,3}}(?:them|whom|which|those)\b(?:\s{{1,3}}{copula}(?=\s))?",
            regex.IGNORECASE,
        ),
        # ", of whom 8 were children", ", among them 8 were children": a part of the figure
        # before, named before its own figure.
        partitive_opening=regex.compile(
            r",\s{0,3}(?:of|among)\s{1,3}(?:whom|them|which)\s{1,3}$", regex.IGNORECASE
        ),
        copula_after=regex.compile(rf"\s{{1,3}}{copula}(?=\s)", regex.IGNORECASE),
        all_sides=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['all_sides'])})(?![\w-])", regex.IGNORECASE
        ),
        joint_noun=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['group_joiners'])})\s{{1,3}}"
            # "children", else "aid workers": one word first ("civilians were killed")
            r"(?P<noun>[A-Za-z]{2,20}(?:\s{1,3}[A-Za-z]{2,20})??)"
            r"(?=\s{0,3}(?:[,;:.!?)]|$)"
            rf"|\s{{1,3}}(?:{phrase_alternation(grammar['joint_noun_ends'])})(?![\w-])"
            rf"|\s{{1,3}}{copula}(?:\s{{1,3}}[\w'-]{{1,20}}){{0,2}}?\s{{1,3}}"
            rf"(?:{phrase_alternation(list(subtype_of))})(?![\w-]))",
            regex.IGNORECASE,
        ),
        civilian_groups=frozenset(grammar["civilian_groups"]),
        back_reference_subtype={
            **{" ".join(w.lower().split()): "killed" for w in grammar["back_references_killed"]},
            **{" ".join(w.lower().split()): "injured" for w in grammar["back_references_wounded"]},
        },
        running_total=regex.compile(
            rf"{running_total_head}[^.;:!?]{{0,60}}?"
            rf"(?<![\w-])(?:{phrase_alternation(grammar['running_total_links'])})\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        running_total_head=regex.compile(running_total_head, regex.IGNORECASE),
        # The total after its figure: "bringing to 30 the number of people killed", "... to 30
        # the death toll"; what it counts comes after "of" or before the noun.
        total_after=regex.compile(
            r"\s{1,3}(?:the|its|their)\s{1,3}(?P<before>(?:[\w'-]{1,20}\s{1,3}){0,2}?)"
            rf"(?P<noun>{phrase_alternation(grammar['running_total_nouns'])})(?![\w-])"
            r"(?:\s{1,3}of\s{1,3}(?P<group>(?:[\w'-]{1,20}\s{1,3}){0,2}?)"
            rf"(?:(?P<killed>{killed})|(?P<injured>{injured}))(?![\w-])"
            # "killed and wounded": no one fate; "the toll of attacks": no toll of people.
            rf"(?P<both>\s{{1,3}}(?:and|or)\s{{1,3}}(?:{killed}|{injured})(?![\w-]))?)?"
            r"(?P<other>\s{1,3}of\b)?",
            regex.IGNORECASE,
        ),
        running_total_links=frozenset(grammar["running_total_links"]),
        running_total_verbs=frozenset(grammar["running_total_verbs"]),
        running_total_hint=re.compile(
            "|".join(re.escape(verb) for verb in grammar["running_total_verbs"]), re.IGNORECASE
        ),
        clause_turn=regex.compile(
            rf"[,;:()\"]|(?<![\w-])(?:{phrase_alternation(grammar['clause_turns'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        continuation_before=regex.compile(
            rf"[\"'“‘]?(?P<opener>(?:{phrase_alternation(grammar['continuation_openers'])})"
            r"\s{1,3})?",
            regex.IGNORECASE,
        ),
        continuation_opener=words_pattern(grammar["continuation_openers"]),
        kinds_named_in_passing=frozenset(grammar["kinds_named_in_passing"]),
        # A source and its verb opening the sentence of a part, with no figure or stop in it.
        part_speech_opening=regex.compile(
            r"\s{1,3}[\"'“‘]?(?P<source>[A-Z][^\W\d_]{0,30}(?:[-'’.][^\W\d_]{1,30})?"
            r"(?:\s{1,3}[^\W\d_][^\W\d_'’.-]{0,30}(?:[-'’.][^\W\d_]{1,30})?){0,6})"
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['part_speech_verbs'])})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['part_speech_addressees'])}))?"
            r"(?:\s{1,3}that)?\s{1,3}"
        ),
        label_time_words=frozenset(grammar["label_time_words"]),
        label_fate_verbs=frozenset(grammar["label_fate_verbs"]),
        person_item_followers=frozenset(grammar["person_item_followers"]),
        earlier_level_breaks=frozenset(grammar["earlier_level_breaks"]),
        earlier_level_link=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['earlier_level_links'])})\s{{1,3}}$"
        ),
        continuation_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['continuation_followers'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # From the end of the sentence before to the part's figure.
        back_reference=regex.compile(
            rf"\s{{0,3}}[\"'“‘]?(?:(?:{phrase_alternation(grammar['back_reference_openers'])})"
            rf"\s{{1,3}}(?P<reference>{phrase_alternation(grammar['back_references'])})"
            rf"{named_place}(?:\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_verbs'])}))?,?"
            rf"|(?P<reference>{phrase_alternation(grammar['back_references'])}){named_place}"
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_verbs'])})"
            rf"|(?P<reference>{phrase_alternation(grammar['back_references_included'])})"
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_inclusions'])})"
            # "Among them were 5 children", "Of those, 40 targeted Idlib".
            rf"|(?:{phrase_alternation(grammar['back_reference_openers'])})\s{{1,3}}"
            rf"(?P<reference>{phrase_alternation(grammar['back_references_among'])})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['back_reference_verbs'])})|\s{{0,3}},)"
            # "Among them 6 children", as statements and translations list a part.
            rf"|(?:{phrase_alternation(grammar['back_reference_openers'])})\s{{1,3}}"
            rf"(?P<reference>(?P<unlinked>{phrase_alternation(grammar['back_references_unlinked'])})))"
            r"\s{1,3}",
            regex.IGNORECASE,
        ),
        owned_loss=regex.compile(
            r"(?<![\w-])(?P<owner>[A-Za-z-]{2,30})\s{1,3}"
            rf"(?:{phrase_alternation(list(lex.loss_nouns))})(?![\w-])(?P<link>[^,;.!?\d]{{0,40}})$",
            regex.IGNORECASE,
        ),
        # As written after a noun, in lower case: found by their first words ("was ", "has ").
        singular_fate=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['singular_fates'])})\b"
        ),
        another_after_fate=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['plural_fates'])})"
            rf"\s{{1,3}}and\s{{1,3}}(?P<article>(?i:another))(?:\s{{1,3}}(?i:was))?\s{{1,3}}"
            rf"(?i:{phrase_alternation(grammar['another_fates'])})(?![\w-])"
        ),
        singular_fate_starts=tuple(
            sorted({f" {fate.split()[0]} " for fate in grammar["singular_fates"]})
        ),
        # The words between may be initials ("A U.S. soldier"), never a relative pronoun.
        one_article_before=regex.compile(
            rf"(?<![\w'-])(?<!(?<![\w'-])(?:{phrase_alternation(grammar['one_article_blockers'])})"
            rf"\s{{1,3}})(?P<article>{phrase_alternation(grammar['one_articles'])})"
            rf"(?:\s{{1,3}}(?!(?:{phrase_alternation(grammar['relative_pronouns'])})\b)"
            r"(?:(?:[A-Z]\.){2,4}|[\w'-]{1,30})){1,4}$",
            regex.IGNORECASE,
        ),
        part_list_words=frozenset(w.lower() for w in grammar["list_conjunctions"]),
        part_person_nouns=lex.people_nouns | frozenset(lex.group_of),
        part_opener_words=tuple(
            sorted({" ".join(opener.lower().split()) for opener in grammar["inclusion_openers"]})
        ),
        one_article_part=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['inclusion_openers'])}),?\s{{1,3}}"
            rf"(?P<article>{phrase_alternation(grammar['one_articles'])})"
            # Up to four words: "a 10 year old boy" writes its age in three.
            r"(?P<words>(?:\s{1,3}[\w'.-]{1,30}){1,4})",
            regex.IGNORECASE,
        ),
        age_after=regex.compile(age[len(r"\d{1,3}") :], regex.IGNORECASE),
        age_hints=tuple(sorted({w.split()[0].lower() for w in grammar["age_openers"]})),
        age_before=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['age_openers'])})\s{{1,3}}"
            rf"(?:\d{{1,3}}\s{{0,3}},?\s{{0,3}}"
            rf"(?:(?i:{phrase_alternation(grammar['age_list_links'])})\s{{1,3}})?){{0,6}}$"
        ),
        age_next=regex.compile(rf"\s{{1,3}}{age}", regex.IGNORECASE),
        number_of_before=number_of_before,
        list_subject_openers=frozenset(grammar["list_subject_openers"]),
        toll_clause_breaks=frozenset(grammar["toll_clause_breaks"]),
        toll_aside_openers=frozenset(grammar["toll_aside_openers"]),
        list_subject_leads=frozenset(grammar["list_subject_leads"]),
        distance_units=frozenset(
            w.lower()
            for w in lang.table("scope", language, distance_units="words")["distance_units"]
        ),
        window_units=frozenset(
            w.lower() for w in lang.table("periods", language, units="labels")["units"]
        ),
        month_words=frozenset(w.lower().rstrip(".") for w in month_names),
        losses_before=regex.compile(
            rf"(?<![\w-])(?P<thing>{phrase_alternation(list(grammar['things_lost']))})"
            rf"\s{{1,3}}losses(?![\w-]){no_figure}{{0,60}}\s(?:{links})\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        things_lost={k.lower(): v for k, v in grammar["things_lost"].items()},
        # "the militants numbered several hundred", "the armed forces, once believed to number
        # up to 400,000": a force's noun, a few words of no figure and no sentence end, and a
        # verb of number right before the figure.
        force_numbered=regex.compile(
            r"(?<![\w-])(?P<head>"
            + phrase_alternation([*lex.kinds["fighters"].nouns, *grammar["force_bodies"]])
            + ")"
            r"(?![\w-])(?P<between>[^.;:!?\n\d]{0,40}?)\s"
            rf"(?:{phrase_alternation(grammar['force_number_verbs'])})\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        force_of=regex.compile(
            r"(?<![\w-])(?:a|an)\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3})?"
            rf"(?P<head>{phrase_alternation(grammar['force_of_heads'])})\s{{1,3}}of\s{{1,3}}$",
            regex.IGNORECASE,
        ),
        own_clause_verb=regex.compile(
            r"(?:\s{1,3}(?:of|from)\s{1,3}[^,.;:!?\n]{1,40}?)?"
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['own_clause_verbs'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        force_of_end=regex.compile(
            r"\s{0,3}(?:[,.;:)\u2013\u2014]|$)"
            rf"|\s{{1,3}}(?:{phrase_alternation(grammar['force_of_followers'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # "a 5,000|-strong force|", "a 300-strong Turkish contingent": a force's size.
        strong_force=regex.compile(
            r"(?:-|[ \t]{1,2})(?i:strong)[ \t]{1,3}(?:[\w'-]{1,25}[ \t]{1,3}){0,2}?(?P<head>"
            + phrase_alternation([*lex.kinds["fighters"].nouns, *grammar["force_bodies"]])
            + r")(?![\w-])",
            regex.IGNORECASE,
        ),
        number_of_words=tuple(sorted({max(w.lower().split(), key=len) for w in lex.number_of})),
        # "Of the 20 people killed, nine were children": the fate the opener names, and the
        # group the part's clause gives.
        fate_in=regex.compile(
            rf"(?<![\w-])(?:(?P<killed>{killed})|(?P<injured>{injured}))(?![\w-])",
            regex.IGNORECASE,
        ),
        toll_opener_words=frozenset(
            w.lower()
            for w in [
                *grammar["part_determiners"],
                *grammar["auxiliaries"],
                *grammar["relative_pronouns"],
            ]
        ),
        group_after=regex.compile(
            rf"\s{{1,3}}{copula}\s{{1,3}}(?:all\s{{1,3}})?(?:an?\s{{1,3}})?"
            # Whose they were: "two were British soldiers", "one was a US Marine".
            r"(?:(?-i:[A-Z][\w.-]{1,30})\s{1,3}){0,2}"
            r"(?P<group>[A-Za-z][\w-]{1,30})",
            regex.IGNORECASE,
        ),
        # "Four of the dead were children", "six of those killed": part of a toll, with the
        # group the clause gives them.
        of_the_casualties=regex.compile(
            # "Five of the dead were children", "Nine of the 40 people killed were women".
            rf"\s{{1,3}}of\s{{1,3}}(?:the|those)\s{{1,3}}(?:[\w,.-]{{1,20}}\s{{1,3}}){{0,2}}?"
            rf"(?:(?P<killed>{killed})|(?P<injured>{injured}))"
            # A participle's phrase may describe them first: "of the wounded brought in
            # overnight were children".
            rf"(?![\w-])(?:(?:\s{{1,3}}(?!{copula}\b)[\w-]{{1,20}}){{0,5}}?"
            rf"\s{{1,3}}{copula}\s{{1,3}}(?:all\s{{1,3}})?(?P<group>[A-Za-z][\w-]{{1,30}})"
            # "Six of the wounded later died": the wounded who died are dead.
            rf"|(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}(?P<died>{finite_killed})(?![\w-]))?",
            regex.IGNORECASE,
        ),
        mission_after=regex.compile(
            r"(?:\s{1,3}(?:and|or|&)\s{1,3}[\w,.-]{1,15}(?:\s{1,3}[A-Za-z][\w-]{1,20}){0,3}?)?"
            rf"\s{{1,3}}(?P<sortie>{sortie_nouns})(?![\w-])",
            regex.IGNORECASE,
        )
        if aircraft
        else regex.compile(r"(?!)"),
        single_event=regex.compile(
            rf"(?i:\b(?:{phrase_alternation(grammar['event_determiners'])})\s{{1,3}}"
            rf"(?:[\w-]{{1,20}}\s{{1,3}}){{0,2}}(?:{events})\b)"
        ),
        incident_clause=regex.compile(
            rf"(?i:\b(?:{events})s?\b)[^.;:!?\n]{{0,60}}?\b(?:that|which)\s{{1,3}}(?:\w{{1,12}}\s{{1,3}})?"
            rf"(?:{verbs})\s{{1,3}}$"
        ),
        subtype_of=subtype_of,
        attack_words=frozenset(grammar["attack_verbs"]),
        object_list_links=tuple(
            tuple(link.lower().split()) for link in grammar["object_list_links"]
        ),
        between_verb_and_figure=tuple(
            tuple(filler.lower().split()) for filler in grammar["between_verb_and_figure"]
        ),
        document_issued=regex.compile(
            # The sentence's subject, a capitalised name of up to seven words on one line,
            # maybe with its acronym in brackets.
            r"(?<=^|[.!?][ \t]{1,3}|\n)"
            r"(?P<issuer>(?-i:(?:[A-Z][\w'\u2019.-]{0,30}[ \t]{1,3}"
            rf"(?:(?:{phrase_alternation(speech_words['name_joiners'])})[ \t]{{1,3}}){{0,2}})"
            r"{0,6}[A-Z][\w'\u2019.-]{0,30})(?:[ \t]{1,3}\([A-Z]{2,10}\))?)\s{1,3}"
            rf"(?:(?i:{phrase_alternation(grammar['document_issue_auxiliaries'])})\s{{1,3}})?"
            rf"(?i:{phrase_alternation(grammar['document_issue_verbs'])})"
            # When it did, then the document: "this Sunday February 19, 2023 a communiqué".
            r"(?:\s{1,3}[^\s.;:!?]{1,20}){0,8}?\s{1,3}"
            rf"(?i:{phrase_alternation(grammar['document_determiners'])})\s{{1,3}}"
            r"(?:[\w-]{1,20}\s{1,3}){0,2}?"
            rf"(?P<document>(?i:{phrase_alternation(speech_words['document_heads'])}))(?![\w-])"
        ),
        rate_after=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['rate_words'])})\s{{1,3}}"
            r"(?P<unit>[A-Za-z][\w-]{1,20})(?![\w-])"
        ),
        span_before_figure=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['span_openers_before_figure'])})"
            # "the last 24 hours", "last 24 hours", "the day"
            rf"\s(?:the\s(?:(?:{recent})\s)?|(?:{recent})\s)"
            rf"(?:[\w-]{{1,12}}\s)?(?:{phrase_alternation(list(periods_words['units']))})$"
        ),
        agent_links=frozenset(lang.table("speech", language, agent_words="words")["agent_words"]),
        comma_turn=regex.compile(
            r",\s{0,3}(?:"
            + phrase_alternation(
                lang.table("speech", language, clause_turn_conjunctions="words")[
                    "clause_turn_conjunctions"
                ]
            )
            + r")(?![\w-])",
            regex.IGNORECASE,
        ),
        unrealised_verbs=frozenset(w.lower() for w in grammar["unrealised_verbs"]),
        unrealised_blockers=frozenset(w.lower() for w in grammar["unrealised_blockers"]),
        interviewer_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['interviewer_verbs'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        # "We spoke to |Rear Admiral Thomas Keller|, commander of ...": a run of capitalised
        # words after the verb.
        interviewee=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['interviewer_verbs'])})\s{{1,3}}"
            r"(?P<name>(?:[A-Z][\w.'\u2019-]{0,20}\s{1,3}){0,5}[A-Z][\w'\u2019-]{1,20})"
            r"(?![\w-])"
        ),
        back_attribution=regex.compile(
            rf"\s{{0,3}}(?:(?i:{phrase_alternation(grammar['back_attribution_subjects'])})"
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['back_attribution_auxiliaries'])})"
            rf"|(?i:{phrase_alternation(grammar['back_attribution_inverted'])})"
            rf"(?:\s{{1,3}}(?:on\s{{1,3}}(?i:{phrase_alternation(list(weekdays))})"
            rf"|(?i:{phrase_alternation(grammar['back_attribution_inverted_gaps'])}))){{0,2}})"
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['back_attribution_verbs'])})(?![\w-])"
        ),
        carried_opener=regex.compile(
            rf"\s{{0,3}}(?i:{phrase_alternation(grammar['carried_openers'])})(?![\w-])"
        ),
        briefing_cue=regex.compile(
            rf"(?<![\w-])(?:(?:{briefing_verbs})(?:\s{{1,3}}[\w-]{{1,20}}){{0,2}}?\s{{1,3}}{briefing_about}"
            # "told a briefing", "informed on briefing", "at briefing told": the briefing itself
            # is what the article reports; not "said at a briefing that ...".
            rf"|(?:{briefing_verbs})(?:\s{{1,3}}(?:on|at|to))?(?:\s{{1,3}}(?:a|the))?"
            rf"{briefing_nouns}"
            rf"|(?:at|on)(?:\s{{1,3}}(?:a|the))?{briefing_nouns}\s{{1,3}}(?:{briefing_verbs}))"
            rf"(?![\w-])",
            regex.IGNORECASE,
        ),
        # What every briefing cue holds, found in the lower-cased text by the stdlib engine
        # several times faster than the case-blind cue itself.
        briefing_hint=re.compile(
            rf"{briefing_about}"
            rf"|{phrase_alternation(grammar['briefing_nouns'])}"
        ),
        briefing_headline=regex.compile(
            rf"[\W_]{{0,3}}(?:(?:{phrase_alternation(grammar['briefing_headline_leads'])})\s{{1,3}})?"
            rf"(?:{phrase_alternation(grammar['briefing_headline_openers'])})"
            # The speaker ends before its topic: "Summary of the Defence Ministry| about the
            # course of ...".
            r"\s{1,3}(?P<speaker>\S(?:(?!\s{1,3}"
            rf"(?:{phrase_alternation(grammar['briefing_topic_links'])})\s)[^\n]){{1,200}})",
            regex.IGNORECASE,
        ),
        # The body's name alone before the colon, with its country's capitalised words: not
        # "Protesters storm defence ministry: 3 killed", "Former general staff chief: ...".
        briefer_headline=regex.compile(
            r"[\W_]{0,3}(?P<speaker>(?:(?i:the)\s)?(?:(?-i:[A-Z])[\w'-]{1,20}\s){0,2}"
            rf"(?:{phrase_alternation(grammar['briefing_bodies'])})"
            r"(?:\s(?:of|the|(?-i:[A-Z])[\w'-]{1,20})){0,4}):\s",
            regex.IGNORECASE,
        ),
        name_head_ends=frozenset(w.lower() for w in grammar["name_head_ends"]),
        fuller_name_heads=frozenset(w.lower() for w in grammar["fuller_name_heads"]),
        name_determiners=frozenset(w.lower() for w in grammar["name_determiners"]),
        name_tail_links=phrase_alternation(grammar["name_tail_links"]),
        name_tail_determiners=phrase_alternation(grammar["name_determiners"]),
        verb_subtype={
            w.lower(): subtype_of[w.lower()]
            for w in lex.killed_verbs + lex.injured_verbs + lex.captured_verbs
        },
        toll_words=frozenset(w.split()[-1].lower() for w in lex.toll_words),
        toll_links=frozenset(w.lower() for w in lex.toll_links),
        toll_comparatives=frozenset(f"{w.lower()}," for w in grammar["toll_comparatives"]),
        overall_toll_words=frozenset(w.lower() for w in grammar["overall_toll_words"]),
        losses_so_far_words=frozenset(grammar["losses_so_far_words"]),
        one_article_words=frozenset(w.lower() for w in grammar["one_articles"]),
        list_next_item=regex.compile(
            rf"(?:\s{{0,3}},\s{{1,3}}(?:(?:{phrase_alternation(grammar['object_list_links'])})"
            rf"\s{{1,3}})?|\s{{1,3}}(?:{phrase_alternation(grammar['object_list_links'])})"
            r"\s{1,3})"
        ),
        participle_end=regex.compile(
            r"\s{0,3}(?:[.,;:!?)\"\u201d]|$)"
            rf"|\s{{1,3}}(?i:{phrase_alternation(grammar['participle_ends'])})(?![\w-])"
        ),
        participle_phrase=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['participle_phrases'])})(?![\w-])"
        ),
        action_participles=frozenset(grammar["action_participles"]),
        active_object=regex.compile(
            rf"\s{{1,3}}(?:(?i:{phrase_alternation(grammar['active_object_openers'])})\s|\d)"
        ),
        speech_verb_words=frozenset(
            word.lower() for verb in speech_verb_list for word in verb.split()
        ),
        joined_noun=regex.compile(rf"\s{{1,3}}{conjunction}\s{{1,3}}(?P<noun>[A-Za-z-]{{1,30}})"),
        single_item=regex.compile(
            rf"(?:,(?:\s{{1,3}}(?:{phrase_alternation(grammar['object_list_links'])}))?"
            rf"|\s(?:{phrase_alternation(grammar['object_list_links'])}))" + article_after
        ),
        target_verb_article=re.compile(
            r"(?<![\w-])(?:"
            + phrase_alternation([word.lower() for word in grammar["single_target_verbs"]])
            + r")"
            + article_after
        ),
        target_verb_article_any_case=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['single_target_verbs'])})" + article_after
        ),
        strikes_reference=regex.compile(
            rf"\s{{0,3}}(?i:{phrase_alternation(grammar['strikes_references'])})(?![\w-])"
        ),
        tally_cue=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(grammar['tally_cue_words'])})(?![\w-])"
        ),
        one_day_words=frozenset(w.lower() for w in grammar["one_day_words"]),
        # The adverbs and the verbs of capability, as literals: every match holds one.
        # Matched on lower-cased text: a case-blind stdlib alternation runs several times slower.
        generic_hint=re.compile(
            "|".join(
                re.escape(word.lower())
                for word in sorted(
                    {*grammar["generic_adverbs"], *grammar["capability_verbs"]},
                    key=len,
                    reverse=True,
                )
            )
        ),
        generic=regex.compile(
            rf"(?<![\w-])(?:(?:{phrase_alternation(grammar['generic_adverbs'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['generic_verbs'])})"
            rf"|(?:{phrase_alternation(grammar['capability_modals'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['capability_verbs'])}))(?![\w-])",
            regex.IGNORECASE,
        ),
        # Case-sensitive, as the words are written in running text.
        clause_after=regex.compile(
            rf"[;:]|,\s{{0,3}}(?:{phrase_alternation(grammar['clause_openers'])})\b"
        ),
        # An item of a list of targets whose noun the lexicon lacks: up to four words, the last
        # a plural, then the item's end ("three anti-air systems, ", "six communications
        # lines."); no verb or conjunction inside ("command and control nodes" is not read).
        target_item=regex.compile(
            rf"(?P<np>(?:\s{{1,3}}(?!(?:{phrase_alternation(grammar['clause_words'])}|and|or)(?![\w-]))"
            r"[A-Za-z][\w'-]{0,25}){0,3}?\s{1,3}(?P<head>[A-Za-z][\w'-]{1,25}(?<![su])s))"
            r"(?=\s{0,3}(?:[,.;)]|(?:and|or)(?![\w-])|$"
            rf"|\s(?:{phrase_alternation(grammar['item_phrase_openers'])})(?![\w-])))",
            regex.IGNORECASE,
        ),
        item_phrase=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['item_phrase_openers'])})(?![\w-])"
        ),
        item_end=regex.compile(
            rf"{_SLASH_NAME}?"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['item_phrase_openers'])})\s{{1,3}}"
            rf"[^,.;:!?\n]{{1,40}}?)?{_BRACKETED_ASIDE}?\s{{0,3}}"
            rf"(?:[,.;)]|(?:{phrase_alternation(grammar['list_conjunctions'])})\b|$"
            rf"|(?:{phrase_alternation(grammar['item_clause_ends'])})\b)"
        ),
        # The items of a part list before a later item's figure, each one to eight words ending
        # in a comma or a conjunction: "including 80 children, 40 women and ".
        # The list may also open with words referring back to a toll ("Among the victims
        # were 4 women and ", "The dead included 5 children, ").
        inclusion_list=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['inclusion_openers'])}"
            rf"|(?:{phrase_alternation(grammar['back_reference_openers'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['back_references'])}){named_place}\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['back_reference_verbs'])})"
            rf"|(?:{phrase_alternation(grammar['back_references'])}){named_place}\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['back_reference_verbs'])})"
            rf"|(?:{phrase_alternation(grammar['back_references_included'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['back_reference_inclusions'])}))"
            r"(?:(?:\s{1,3}[\w'\u2019-]{1,30}){1,8}?"
            rf"(?:\s{{0,3}},(?:\s{{1,3}}{conjunction})?|\s{{1,3}}{conjunction}))"
            r"{1,6}\s{1,3}",
            regex.IGNORECASE,
        ),
        list_gap=regex.compile(
            rf"\s{{0,3}}(?:,\s{{0,3}}(?:{conjunction}\s{{1,3}})?|{conjunction}\s{{1,3}})"
        ),
        counter_of=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['counter_words'])})\s{{1,3}}of\s"
        ),
        item_gap=regex.compile(
            rf"{_SLASH_NAME}?"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(grammar['item_phrase_openers'])})\s{{1,3}}"
            r"[^,.;:!?\n]{1,40}?)?"
            # A tally's day's increase in brackets: "6,692 tanks (+11 over the past day), 12,793".
            rf"{_BRACKETED_ASIDE}?"
            # "7 tanks, including 3 tanks Leopard": its part is the list's next item too.
            rf"\s{{0,3}}(?:,\s{{0,3}}(?:(?:{conjunction}|{inclusion_opener})\s{{1,3}})?"
            rf"|(?:{conjunction}|{inclusion_opener})\s{{1,3}})"
            # Scraped text without commas: "up to 40 Ukrainian servicemen 2 armored fighting
            # vehicles and 3 pickup trucks", the next item's figure right after the noun (the
            # gap is matched up to the figure, so nothing else can follow).
            r"|[ \t]{1,2}"
        ),
        same_period=regex.compile(
            rf"(?<![\w-])(?:{phrase_alternation(grammar['same_period_openers'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(grammar['same_period_references'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['same_period_nouns'])})"
            # "flew 46 sorties within the period": only "period" after a bare "the" ("for the
            # time being" is none).
            rf"|(?:{phrase_alternation(grammar['definite_period_phrases'])})"
            # ... ending its phrase: "during the period of the truce" is another window.
            r"(?=\s{0,3}(?:[,.;:!?)\n]|$)))(?![\w-])"
            # "for the same period last year", "in that period of 2014": another period.
            r"(?!\s{1,3}(?:last|a|one|the\s{1,3}previous)\s{1,3}(?:year|month|week)"
            r"|\s{1,3}(?:of|in)\s{1,3}\d{4})",
            regex.IGNORECASE,
        ),
        goes_on_opener=_sentence_opening(grammar["goes_on_openers"]),
        source_after_opener=_sentence_opening(grammar["source_after_openers"]),
        lede_references=frozenset(w.lower() for w in grammar["lede_references"]),
        lede_common_words=frozenset(w.lower() for w in grammar["lede_common_words"]),
        lede_retold=words_pattern(grammar["lede_retold_fates"]),
        lede_retold_toll=words_pattern(list(subtype_of)),
        goes_on_adverb=words_pattern(grammar["goes_on_adverbs"]),
        other_event_opener=_sentence_opening(grammar["other_event_openers"]),
        # An opening preposition, a name of one to four capitalised words, maybe its province,
        # and the comma that ends the opening: "Near Mosul,", "In Hama province,".
        breakdown_opener=regex.compile(
            rf"(?i:{phrase_alternation(grammar['breakdown_openers'])})\s{{1,3}}"
            r"(?P<place>[A-Z][\w'’.-]{0,30}(?:\s{1,3}[A-Z][\w'’.-]{0,30}){0,3})"
            r"(?:\s{1,3}[a-z]{3,12})?\s{0,3},"
        ),
        verb_after_item=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(grammar['item_own_verbs'])})(?![\w-])"
        ),
        goes_on_stop=words_pattern(grammar["goes_on_stops"]),
        clause_turn_word=words_pattern(grammar["clause_turns"]),
        toll_phrase_openers=frozenset(w.lower() for w in lex.toll_phrase_openers),
        before_of={
            **{w.lower(): "killed" for w in lex.killed_before_of},
            **{w.lower(): "injured" for w in lex.injured_before_of},
        },
        excluded_words=frozenset(" ".join(w.lower().split()) for w in lex.not_casualty_cues),
        casualty_transport_verbs=frozenset(
            " ".join(w.lower().split()) for w in grammar["casualty_transport_verbs"]
        ),
        force_arrival=regex.compile(
            rf"(?:\s{{1,3}}{auxiliaries}){{0,3}}\s{{1,3}}"
            rf"(?:{phrase_alternation(grammar['force_arrival_words'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        designation_opener_initials=frozenset(
            w[:1].lower() for w in grammar["designation_openers"]
        ),
        designation_opener=regex.compile(
            rf"\s{{1,2}}(?:{phrase_alternation(grammar['designation_openers'])})(?=\s{{1,2}}[A-Z])",
            regex.IGNORECASE,
        ),
        designated_noun=regex.compile(
            r"\s{1,2}([a-z]{3,20}(?<!ss)s)\b"
            rf"(?<!\b(?:{phrase_alternation(grammar['not_plurals'])}))"
        ),
        combatant_destroy_verbs=frozenset(w.lower() for w in grammar["combatant_destroy_verbs"]),
        combatants_destroyed_after=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['combatant_destroyed_passives'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        combatants_destroyed_list=dataclasses.replace(
            lex.kinds["targets"],
            verbs=frozenset(w.lower() for w in grammar["combatant_destroy_verbs"]),
        ),
        people_relative=words_pattern(grammar["people_relatives"]),
        model_after=regex.compile(
            # A capitalised name that is no day or month, and then the item ends.
            rf"\s{{1,3}}(?P<model>(?!(?:{calendar})\b)(?-i:[A-Z][\w-]{{1,20}}))"
            rf"(?=\s{{0,3}}(?:[.,;:!?()\"]|$|\s(?i:{phrase_alternation(grammar['list_item_ends'])})\b))"
        ),
        other_fate=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(grammar['fate_joiners'])})\s{{1,3}}"
            r"(?P<fate>[\w-]{3,20})(?![\w-])"
        ),
    )


@dataclass(frozen=True)
class _Counted:
    kind: str
    what: str
    what_end: int
    unit: str
    subtype: str
    group: str
    carries_group: bool = True  # a noun-less figure may take the group of its clause
    inherited: bool = False  # "and another five": the kind of the figure before it
    # "Five of the 12 dead were children": the group is the part's, which the whole after it
    # never takes.
    part_group: bool = False
    # An item of a tally of losses ("tanks – 3,350 (+2)"): "total" for its figure, "increment"
    # for the day's addition in brackets.
    tally: str = ""


# A bracketed aside after a list item's noun, as a tally gives the day's increase: "(+37)".
_BRACKETED_ASIDE = r"(?:\s{0,3}\([^()\n]{1,40}\))"
# Another name for a list item's thing after a slash: "26 warships/boats".
_SLASH_NAME = r"(?:/[\w-]{1,25})"


def _words_before(text: str, start: int, reach: int = 60, count: int = 8) -> list[str]:
    """The last ``count`` words in the ``reach`` characters before ``start``, lower-cased,
    punctuation kept on them (so "killed." is no verb of the next sentence's figure); a word
    the window cuts is left out ("toll" is no word of "atoll")."""
    window_start = max(0, start - reach)
    words = text[window_start:start].lower().split()
    if (
        window_start
        and words
        and not text[window_start - 1].isspace()
        and not text[window_start].isspace()
    ):
        words = words[1:]
    if words and words[-1] in _OPENING_QUOTE_MARKS:
        words.pop()  # 'destroyed "around ten motorbikes"': the quotation opens on the figure
    return words[-count:]


def _verb_before(words: list[str], m: _Matcher) -> tuple[str, int] | None:
    """(subtype, index) of the casualty verb right before a figure: "killing two", "Kill 35",
    "killed another six"; None if there is none."""
    index = _verb_index(words, m)
    if index < 0:
        return None
    # A verb in scare quotes is still the verb: 'said it had "neutralised" 35 militants'.
    verb = _bare_word(words[index])
    if verb in m.verb_subtype:
        if _aimed(words, index, m):
            return None  # "vowed to kill 100 soldiers", "threatened to kill 20 hostages"
        return m.verb_subtype[verb], index
    return None


def _verb_index(words: list[str], m: _Matcher) -> int:
    """The index of the word a verb before a figure would be, past the words that may stand
    between them ("killed |another| six"); -1 if none is left."""
    return len(_without_fillers(words, m)) - 1


def _without_fillers(words: list[str], m: _Matcher) -> list[str]:
    """The words before a figure without those that may stand between it and its verb:
    "killed |another| six", "destroyed |of the enemy| 14 tanks", "destroyed |during the last
    24 hours| 23 dens" (a span, then maybe another filler)."""
    for _ in range(2):
        cut = next((len(f) for f in m.between_verb_and_figure if tuple(words[-len(f) :]) == f), 0)
        # The span's pattern only where its last word is a unit of time, as most words aren't.
        if not cut and words and words[-1] in m.window_units:
            span = m.span_before_figure.search(" ".join(words[-_SPAN_FILLER_WORDS:]))
            cut = len(span.group().split()) if span is not None else 0
        if not cut:
            break
        words = words[:-cut]
    return words


_SPAN_FILLER_WORDS = 6  # "during the last 24 hours": opener, "the", recency, count, unit


def _aimed(words: list[str], index: int, m: _Matcher) -> bool:
    """Whether the word at ``index`` follows a verb of aim and "to": "vowed to |kill"."""
    return (
        index > 1 and words[index - 1] in m.infinitive_markers and words[index - 2] in m.aim_verbs
    )


def _common_part(phrases: list[str]) -> str:
    """The longest piece of text every phrase holds ("version of th" of "an earlier version of
    this story" and "a previous version of the article"), in lower case."""
    lowered = [phrase.lower() for phrase in phrases]
    first = min(lowered, key=len)
    for length in range(len(first), 0, -1):
        for start in range(len(first) - length + 1):
            piece = first[start : start + length]
            if all(piece in phrase for phrase in lowered):
                return piece
    return ""


def _unrealised_before(text: str, mention, m: _Matcher) -> bool:
    """Whether the verb right before a figure says its missions never flew: "cancelled dozens
    of strikes", "called off 12 sorties", "planned 30 strikes"."""
    words = text[max(0, mention.start - 30) : mention.start].lower().split()[-2:]
    if not words:
        return False
    if " ".join(words) in m.unrealised_verbs:
        return True  # "called off 12 sorties"
    # A verb, not a word describing the count ("carried out all planned 56 sorties", "as
    # planned 40 sorties were flown") nor a passive of another subject ("flights were
    # cancelled 12 strikes hit the runway", as stripped text runs clauses on).
    return words[-1] in m.unrealised_verbs and not (
        len(words) == 2 and (words[0] in m.unrealised_blockers or words[0] in m.auxiliary_words)
    )


def _aimed_fate_before(words: list[str], m: _Matcher) -> bool:
    """Whether a figure follows a verb of fate that is only an aim: "vowed to kill |100
    soldiers" counts neither the dead nor a force."""
    index = _verb_index(words, m)
    return index >= 0 and _bare_word(words[index]) in m.verb_subtype and _aimed(words, index, m)


#: Words a side's losses may stand before the verb that links them to their figure: "losses
#: since the start of the invasion have passed |800,000".
_LOSS_NOUN_REACH = 12


def _loss_noun_before(words: list[str], lex: Lexicon, m: _Matcher) -> str:
    """The noun of a side's losses a figure gives, from the words before it: "losses of |400",
    "losses stood at |1,120", "losses have risen to |1,120", "losses since the invasion have
    passed |800,000"; '' when there is none."""
    if len(words) < 2:
        return ""
    if words[-2] in lex.loss_nouns and words[-1] == "of":
        return words[-2]
    if words[-1] not in m.toll_links:
        return ""
    reach = _LOSS_NOUN_REACH
    for index in range(len(words) - 2, -1, -1):
        if words[index] in lex.loss_nouns:
            return words[index]
        if _date_word(words, index, m):
            continue  # "losses from February 24, 2022 to ... amounted to": no clause break
        if not words[index].isalpha():
            return ""  # a comma or another figure: the losses are another clause's
        reach -= 1
        if not reach:
            break
    return ""


def _date_word(words: list[str], index: int, m: _Matcher) -> bool:
    """Whether ``words[index]`` is a date's month, day or year, comma and all ("february" and
    "24," of "february 24, 2022", "24 february", "2022"), or the count of a window's span ("24"
    of "the past 24 hours")."""
    bare = words[index].rstrip(",")
    if not bare.isdigit():
        # The month itself, before its day or year.
        following = words[index + 1 : index + 2]
        return (
            bare.rstrip(".") in m.month_words
            and bool(following)
            and following[0].rstrip(",").isdigit()
        )
    if len(bare) == 4:
        return 1900 <= int(bare) <= 2100
    following = words[index + 1].rstrip(".,") if index + 1 < len(words) else ""
    return len(bare) <= 3 and (
        (index > 0 and words[index - 1].rstrip(".,") in m.month_words)  # "February 24"
        or following in m.month_words  # "24 February"
        or following in m.window_units  # "over the past 24 hours"
    )


def _combined_before(words: list[str], index: int, m: _Matcher) -> str:
    """The subtype of two verbs for one figure: "killed and wounded scores of people" counts
    the dead and the hurt together (killed_or_injured); "killed and captured 30" no one
    subtype ("combined"); '' for one verb."""
    if not (
        index >= 2
        and words[index - 1] in ("and", "or", "and/or")
        and words[index - 2] in m.verb_subtype
    ):
        return ""
    pair = {m.verb_subtype[words[index - 2]], m.verb_subtype.get(_bare_word(words[index]), "")}
    return "killed_or_injured" if pair == {"killed", "injured"} else "combined"


def _toll_before(words: list[str], m: _Matcher) -> bool:
    """ "the death toll at 14", "put the toll at least 20", "a toll as high as 400,000"."""
    for index in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if words[index] in m.toll_words:
            return _toll_reaches(words, index, m)
        if not words[index].replace("-", "").isalpha():
            return False  # a comma or full stop: the toll is another clause's
    return False


# How far back a toll linked to its figure by a verb ("... had risen to 45") is looked for:
# ledes name the event at length between them ("The death toll from Monday's Russian missile
# strike on a children's hospital in Kyiv has risen to 33": 16 words; "The death toll from an
# air strike in which a jet mistakenly bombed a camp for people displaced by the fighting in
# the northeastern town of Rann has risen to 90": 32).
TOLL_REACH = 250
TOLL_WORDS = 40

#: The most words of an aside between commas that a toll reaches over to its verb.
_TOLL_ASIDE_WORDS = 15


def _toll_words_before(text: str, start: int) -> list[str]:
    """The words a toll linked to a figure at ``start`` may stand among (``TOLL_REACH``,
    ``TOLL_WORDS``), within its paragraph: a toll in the paragraph before is another sentence's,
    even where the text's punctuation was stripped ("The death toll could be as high as
    80\n\nThree jets dropped bombs at around 8 40 pm"); a line wrapped inside a sentence is
    read on."""
    paragraph_break = text.rfind("\n\n", max(0, start - TOLL_REACH), start)
    reach = TOLL_REACH if paragraph_break == -1 else start - paragraph_break - 2
    return _words_before(text, start, reach, TOLL_WORDS)


def _past_link(mention: numbers.NumberMention, m: _Matcher) -> int:
    """Where the words before a figure end, for a toll or a "number of" to be linked to it: the
    figure's start, or past a link word that is its own bound ("the toll has exceeded 60")."""
    first = mention.text.split(None, 1)
    if len(first) == 2 and first[0].lower() in m.toll_links:
        return mention.start + mention.text.index(first[1], len(first[0]))
    return mention.start


def _toll_linked_before(text: str, start: int, m: _Matcher) -> bool:
    """ "the death toll from Thursday's air raids on the town had risen to 45": a toll up to a
    dozen words back, linked to the figure by the word right before it ("to", "at", "reached")."""
    words = _toll_words_before(text, start)
    return _linked_toll_at(words, m) is not None


def _linked_toll_at(words: list[str], m: _Matcher) -> int | None:
    """The index in ``words`` (the words before a figure) of the toll its link word ("to",
    "at", "reached") ties it to, or None."""
    if len(words) < 2 or words[-1] not in m.toll_links:
        return None
    index, aside_opened = len(words) - 2, False
    while index >= 0:
        # The word before an aside, without the comma that opens it: "The death toll|,".
        word = words[index].removesuffix(",") if aside_opened else words[index]
        if word in m.toll_words:
            return index if _toll_reaches(words, index, m) else None
        if (
            not aside_opened
            and (
                word[-1] in ',.;:!?"\u201d)'
                and word not in m.toll_comparatives
                and word.rstrip(".") not in ABBREVIATIONS  # "from Russia's Jan. 14 strike"
            )
            or word in m.toll_clause_breaks
        ):
            opening = _toll_aside_start(words, index, m) if word[-1] == "," else None
            if opening is None:
                # A comma or full stop, or "but": the toll is another clause's ("The death toll
                # was not released but the number of families who have returned has risen to
                # 1,500").
                return None
            index, aside_opened = opening, True  # ", in which four hostages were rescued,"
            continue
        index, aside_opened = index - 1, False
    return None


def _toll_aside_start(words: list[str], closing: int, m: _Matcher) -> int | None:
    """The index of the word that ends in the comma opening an aside whose closing comma ends
    ``words[closing]``: "The death toll from the raid|, in which four hostages were rescued,|
    has risen to 274"; None when the words before it are no such aside."""
    for at in range(closing - 1, max(-1, closing - _TOLL_ASIDE_WORDS - 1), -1):
        if words[at][-1] in '.;:!?"\u201d)' or words[at] in m.toll_clause_breaks:
            return None
        if words[at].endswith(","):
            aside = words[at + 1 : closing + 1]
            opened = (
                aside[0] in m.toll_aside_openers or " ".join(aside[:2]) in m.toll_aside_openers
            )
            return at if opened else None
    return None


def _words_to_figure(text: str, mention, m: _Matcher) -> list[str]:
    """The words before a figure that a side's losses may stand among, with the link word the
    figure's own bound may hold: "losses have |exceeded 500,000" reads "exceeded" too."""
    # Dates between do not count to the reach: "losses from February 24, 2022 to October 20,
    # 2023 amounted to".
    words = _words_before(text, mention.start, 150, _LOSS_NOUN_REACH + 8)
    first = mention.text.split(None, 1)[0].lower()
    return [*words, first] if first in m.toll_links else words


def _losses_so_far_before(text: str, mention, m: _Matcher) -> str:
    """The words of a side's losses so far linked to the figure ("Russian losses have passed
    |800,000", "Russia's losses in Ukraine reach |465,000"), or ''."""
    words = _words_to_figure(text, mention, m)
    lex = lexicon()
    loss = _loss_noun_before(words, lex, m)
    if not loss or loss in m.toll_words or lex.fate_of_noun(loss) not in ("", "killed_or_injured"):
        # "the toll from Monday's blast has passed 100" is an event's; the dead so far are
        # read as a toll is.
        return ""
    first = len(words) - 1 - words[::-1].index(loss)
    if not any(word in m.losses_so_far_words for word in words[first + 1 :]):
        return ""
    # The words as written: "losses in Ukraine reach".
    window_start = max(0, mention.start - 90)
    found = text[window_start : mention.start].lower().rfind(loss)
    return " ".join(text[window_start + max(found, 0) : mention.start].split())


def _overall_toll_before(text: str, mention, m: _Matcher) -> str:
    """The words of a toll the sentence calls the whole so far, linked to the figure ("The
    overall death toll has risen to |412"), or ''. Not a toll of one event: "the total death
    toll from Monday's blasts rose to 30" is that incident's."""
    words = _toll_words_before(text, _past_link(mention, m))
    index = _linked_toll_at(words, m)
    if index is None:
        return ""
    first = next(
        (at for at in range(max(0, index - 2), index) if words[at] in m.overall_toll_words), None
    )
    if first is None:
        return ""
    following = [_bare_word(word) for word in words[index + 1 : -1]]
    if any(speakers.is_event_word(word) or word in m.one_day_words for word in following):
        return ""  # "the total death toll from Monday's blasts", "the overall toll for Sunday"
    # The words as written, not lower-cased: "overall death toll in the Kursk region rose to".
    window_start = max(0, mention.start - TOLL_REACH)
    found = text[window_start : mention.start].lower().rfind(words[first])
    if found < 0:
        return " ".join(words[first:])
    return " ".join(text[window_start + found : _past_link(mention, m)].split())


def _toll_reaches(words: list[str], index: int, m: _Matcher) -> bool:
    """Whether the toll at ``words[index]`` counts the figure after ``words``: not when the
    figure sits in the phrase saying what the toll is of ("the toll from the two car bombs")."""
    following = words[index + 1 :]
    if following and following[0] in m.toll_phrase_openers:
        return following[-1] in m.toll_links
    # "the tally of sorties has risen to 90": a tally of something named is no death toll
    # (the figure right after "of", "the toll of 45", is), but a death toll of an event is
    # ("the death toll of the massacre ... rose to 63").
    if len(following) > 1 and following[0] == "of":
        # Only the figure its verb links it to: in "the death toll of the three car bombs rose
        # to 30" the three are bombs.
        return following[-1] in m.toll_links and (
            words[index] == "death"
            or (index > 0 and words[index - 1] == "death")
            or any(speakers.is_event_word(_bare_word(word)) for word in following[1:])
        )  # "the toll of the attack rose to 30"
    return True


def _model_name_before(text: str, mention) -> bool:
    """Whether a capitalised name stands right before a figure, which then numbers a model ("a
    Hermes 900 drone"); a count in a list keeps its noun in the singular as translation writes
    it ("445 airplanes, 241 helicopter")."""
    before = text[max(0, mention.start - 30) : mention.start].split()
    return (
        bool(before)
        and before[-1][:1].isupper()
        and before[-1][-1:].isalpha()
        and not places.is_place_name(before[-1])  # "Over Odesa 14 drone were shot down"
    )


def _things_lost_before(
    text: str, mention: numbers.NumberMention, m: _Matcher, lex: Lexicon
) -> _Counted | None:
    """ "Russia's tank losses have risen to 428": things a side lost, named before the figure
    its link word gives them; aircraft so counted are lost, other things targets hit."""
    window_start = max(0, mention.start - 100)
    if text.find("losses", window_start, mention.start) < 0:
        return None  # most figures: a lookup instead of the pattern
    match = m.losses_before.search(text, window_start, _past_link(mention, m))
    if match is None:
        return None
    kind = m.things_lost[" ".join(match.group("thing").lower().split())]
    what = text[match.start() : match.start("thing") + len(match.group("thing")) + 7]
    subtype = "lost" if kind == "aircraft" else ""
    return _Counted(kind, what.strip(), mention.end, lex.kinds[kind].unit, subtype, "")


def _force_numbered(
    text: str, mention: numbers.NumberMention, m: _Matcher, lex: Lexicon
) -> _Counted | None:
    """ "the militants numbered |several hundred", "paramilitary police and militia number |up
    to 250,000": a force's size, given by a verb of number after the force's noun; not the
    dead or the hurt so counted ("the soldiers killed numbered 30")."""
    window_start = max(0, mention.start - 80)
    if "numb" not in text[window_start : mention.start].lower() or mention.high < 2:
        return None  # most figures: a lookup instead of the pattern
    found = m.force_numbered.search(text, window_start, mention.start)
    while found is not None:
        # The noun nearest the verb: "an army officer said the militants numbered".
        nearer = m.force_numbered.search(text, found.end("head"), mention.start)
        if nearer is None:
            break
        found = nearer
    if found is None or m.fate_in.search(found.group("between")):
        return None
    # Not the force's dead, victims, losses or attacks, before its noun or between it and the
    # verb ("The army's losses numbered 40", "The dead among the soldiers numbered 25"); nor a
    # verb of labelling after an auxiliary ("The army has numbered 12 of its brigades").
    before = [
        _bare_word(word) for word in text[max(0, found.start() - 24) : found.start()].split()
    ]
    between = [_bare_word(word).removesuffix("'s") for word in found.group("between").split()]
    if any(
        word in lex.loss_nouns or word in lex.killed_nouns or speakers.is_event_word(word)
        for word in (*before, *between)
    ) or any(word in lex.people_nouns for word in between):  # "The militia's victims numbered"
        return None
    if between and between[-1] in m.perfect_auxiliaries:
        return None
    return _Counted(
        "fighters", found.group("head"), mention.end, lex.kinds["fighters"].unit, "", ""
    )


def _force_of(
    text: str, mention: numbers.NumberMention, m: _Matcher, lex: Lexicon
) -> _Counted | None:
    """ "a force of |up to 10,000", "a contingent of |800": a force's size with no noun after
    the figure."""
    if (
        mention.high < 2
        or not float(mention.high if math.isfinite(mention.high) else mention.low).is_integer()
        or "of" not in text[max(0, mention.start - 4) : mention.start]
    ):
        return None  # "a force of 7.8": no one counted
    found = m.force_of.search(text, max(0, mention.start - 30), mention.start)
    if found is None or m.force_of_end.match(text, mention.end) is None:
        return None  # "a force of 120 mph": a measure
    return _Counted(
        "fighters", found.group("head"), mention.end, lex.kinds["fighters"].unit, "", ""
    )


_FORCE_CUE_REACH = 150  # characters either side of people's figure read for a word of force
_FEWEST_ALLIED_TROOPS = 1000  # below it, an alliance made strong counts its member states


def _strong_force(
    text: str, mention: numbers.NumberMention, m: _Matcher, lex: Lexicon
) -> _Counted | None:
    """ "a 5,000-strong force of Turkish troops", "a 100,000-strong alliance": the size of the
    force the figure makes strong."""
    if "strong" not in text[mention.end : mention.end + 8].lower() or mention.high < 2:
        return None  # most figures: a lookup instead of the pattern
    found = m.strong_force.match(text, mention.end)
    if found is None:
        return None
    if found.group("head").lower() in m.member_bodies and mention.high < _FEWEST_ALLIED_TROOPS:
        return None  # "NATO, the 32-strong alliance", "an 86-strong coalition": its members
    return _Counted(
        "fighters", found.group("head"), found.end(), lex.kinds["fighters"].unit, "", ""
    )


def _number_of_before(
    text: str, mention: numbers.NumberMention, m: _Matcher, lex: Lexicon, hints: _Hints
) -> _Counted | None:
    """ "the number of daily sorties has tripled to 90": the count the clause names before
    its figure, for counts of a kind (a toll of people is read by :func:`_toll_linked_before`);
    the caller has ruled out money and shares ("has fallen to 40 percent")."""
    window_start = max(0, mention.start - 160)
    if not hints.number_of.within(window_start, mention.start):
        return None  # most figures: a lookup instead of the pattern
    match = m.number_of_before.search(text, window_start, _past_link(mention, m))
    if match is None:
        return None
    head = " ".join(match.group("head").lower().split())
    kind_name = lex.noun_to_kind.get(head)
    if lex.fate_of_count(head):
        before_head = text[match.start() : match.start("head")].lower().split()[-3:]
        if any(
            lex.fate_of_count(word) not in ("", lex.fate_of_count(head)) for word in before_head
        ):
            # "the number of dead and wounded": both at once, neither alone.
            return _both_fates_counted(text, match, mention, before_head, lex, m)
        subtype = _fate_of_count(text, match, mention, m)
        if not subtype:
            return _both_fates_counted(text, match, mention, None, lex, m)
        return _Counted("casualties", match.group("head"), mention.end, "person", subtype, "")
    if head in lex.people_nouns or kind_name == "fighters":
        # "the number of wounded soldiers reached 120": a fate before them.
        before_head = text[match.start() : match.start("head")]
        for word in before_head.lower().split()[-3:]:
            subtype = lex.fate_of_count(word)
            if subtype in ("killed", "injured"):
                what = text[match.start() + before_head.lower().rfind(word) : match.end("head")]
                group = lex.casualty_group(match.group("head"))
                return _Counted("casualties", what, mention.end, "person", subtype, group)
        # "the number of people killed has risen to 45": people counted by what befell them.
        # ... or by a clause of their own: "the number of people who lost their lives".
        befell = m.participle_after.match(
            text, match.end("head"), mention.start
        ) or m.relative_fate_after.match(text, match.end("head"), mention.start)
        if befell is not None:
            subtype = m.subtype_of.get(" ".join(befell.group("head").lower().split()), "")
            if subtype:
                what = text[match.start("head") : befell.end("head")]
                group = lex.casualty_group(match.group("head"))
                return _Counted("casualties", what, mention.end, "person", subtype, group)
    if kind_name is None or kind_name == "casualties":
        return None
    kind = lex.kinds[kind_name]
    if head in kind.needs_verb and not any(
        _bare_word(word) in kind.verbs for word in match.group().split()
    ):
        return None  # "the number of aid trucks entering Gaza was 100": nothing destroyed
    return _Counted(kind_name, match.group("head"), mention.end, kind.unit, "", "")


def _both_fates_counted(
    text: str,
    match: regex.Match,
    mention,
    before_head: list[str] | None,
    lex: Lexicon,
    m: _Matcher,
) -> _Counted | None:
    """The dead and hurt counted together when the count names both fates joined: the other
    fate in ``before_head``, the words before the head ("the number of dead and wounded rose
    to 120"), or, when that is None, right after the head ("the number of killed and injured");
    None for one fate alone."""
    head = " ".join(match.group("head").lower().split())
    if before_head is None:
        # The fate counted first, the other joined after it: "the number of killed and injured".
        first_at, joined = match.start("head"), m.other_fate.match(text, match.end("head"))
        if joined is None:
            return None
        second = joined.group("fate").lower()
        end = joined.end("fate")
    else:
        second, end = head, match.end("head")
        head = before_head[-2] if len(before_head) >= 2 else ""
        first_at = match.start() + text[match.start() : match.start("head")].lower().rfind(head)
        joined = m.other_fate.match(text, first_at + len(head), end)
        if joined is None or joined.start("fate") != match.start("head"):
            return None
    if {lex.fate_of_count(head), lex.fate_of_count(second)} != {"killed", "injured"}:
        return None
    if not m.noun_ends.match(text, end, _past_link(mention, m)):
        return None  # "the number of dead and wounded cattle"
    return _Counted(
        "casualties", text[first_at:end], mention.end, "person", "killed_or_injured", ""
    )


def _fate_counted_before(text: str, mention: numbers.NumberMention, m: _Matcher) -> str:
    """The fate of a count of the dead or hurt its clause names before a figure of people:
    "the number of dead in the tragedy has risen to |50 people" (killed); '' otherwise."""
    window_start = max(0, mention.start - 160)
    stretch = text[window_start : mention.start].lower()
    if not any(word in stretch for word in m.number_of_words):
        return ""  # most figures: a lookup instead of the pattern
    match = m.number_of_before.search(text, window_start, _past_link(mention, m))
    return "" if match is None else _fate_of_count(text, match, mention, m)


def _fate_of_count(text: str, match: regex.Match, mention, m: _Matcher) -> str:
    """killed/injured for a count named before its figure whose noun is a fate ("the number
    of dead had risen to 62"); '' for another noun, and for "the number of dead cattle" or "of
    dead and wounded" (no one subtype)."""
    fate = lexicon().fate_of_count(" ".join(match.group("head").lower().split()))
    # Up to past a link that is the figure's own bound: "the number of dead |exceeded| 200".
    ends = m.noun_ends.match(text, match.end("head"), _past_link(mention, m))
    return fate if fate and ends else ""


def _noun_of_before(words: list[str], m: _Matcher) -> str:
    """ "the deaths of 735 civilians" -> killed, "the injury of three" -> injured, else ''."""
    if words[-1:] == ["of"] and len(words) >= 2:
        return m.before_of.get(words[-2], "")
    return ""


def _victims_before(
    words: list[str], lex: Lexicon, people: bool, clause_words: frozenset[str] = frozenset()
) -> str:
    """ "The dead included 9 women and 14 children" -> killed for both figures, "Among the
    wounded were 12 soldiers" -> injured; '' when no such subject and link lead to the figure
    through a list of counts. ``people``: the figure counts people, which a bare "the toll"
    needs. ``clause_words`` between the link and the figure end its clause ("The dead are 28,
    officials said, and |3")."""
    for index in range(len(words) - 1, 0, -1):
        word = words[index]
        if word[-1] in '.;:!?"\u201d':
            return ""
        if word not in lex.subject_links:
            continue
        between = words[index + 1 :]
        if between and (
            not (between[-1] in ("and", "or") or between[-1].endswith(","))
            or not numbers.find(" ".join(between))
        ):
            return ""  # "the dead were taken to hospital, and 30 soldiers": another clause
        if any(word.strip(",;:\"'()") in clause_words for word in between):
            return ""
        for subject in (
            " ".join(words[max(0, index - 2) : index]),
            " ".join(words[max(0, index - 1) : index]),
            _counted_subject(words[:index], lex),
        ):
            if subject in lex.killed_subjects or (
                people and subject in lex.people_killed_subjects
            ):
                return "killed"
            if subject in lex.injured_subjects:
                return "injured"
        return ""
    return ""


def _counted_subject(words: list[str], lex: Lexicon) -> str:
    """A subject with its count left out: "the 20 dead" -> "the dead", "those 12 people
    wounded" -> "those wounded"; '' unless up to three figures and people nouns stand between
    a determiner and the last word."""
    for start in range(len(words) - 2, max(-1, len(words) - 6), -1):
        word = words[start]
        if word in ("the", "those"):
            return f"{word} {words[-1]}" if start < len(words) - 2 else ""
        if word not in lex.people_nouns and not numbers.find(word):
            return ""
    return ""


def _sub_figure_before(words: list[str]) -> bool:
    """ "at least 20, including at least 13 civilians": a part of the figure before."""
    return words[-1:] == ["including"] or tuple(words[-2:]) in (
        ("among", "them"),
        ("among", "whom"),
        ("of", "whom"),
    )


# The figures of a list after a colon, up to this one: ": 40 government troops and ", ": 12
# soldiers from the 4th division, 9 rebels and ".
_BREAKDOWN = regex.compile(
    r"[:\u2013\u2014-](?:\s{1,3}\d[\d,.]{0,12}(?:\s{1,3}[\w'\u2019-]{1,30}){1,8}?\s{0,3}(?:,|and\b)){0,6}"
    r"\s{1,3}(?:and\s{1,3})?"
)
_BREAKDOWN_REACH = 240
_DASHES = (" - ", " \u2013 ", " \u2014 ", "\u2014")


def _last_dash(text: str, dash: str, start: int, end: int) -> int:
    """Where the last of ``dash`` (one of ``_DASHES``) in ``text[start:end]`` has its dash, or
    -1."""
    found = text.rfind(dash, start, end)
    return found + len(dash) - len(dash.lstrip()) if found >= 0 else -1


_WHOLE_REACH = 60  # characters read before the colon for the figure it breaks down


def _in_breakdown(text: str, at: int, noun_end: int, m: _Matcher) -> bool:
    """Whether the figure at ``at`` (its noun ending at ``noun_end``) is an item of a list after
    a colon that breaks the figure before the colon down: "The fighting left 70 dead on both
    sides: 40 government troops and 30 rebels" (not "..., their commander said: 2,000 fighters
    remain", where a comma stands between the figure and the colon)."""
    reach = max(0, at - _BREAKDOWN_REACH)
    # Or after a dash set off by spaces: "The death toll stands at 557 \u2014 502 civilians and
    # 27 soldiers".
    colon = max(
        text.rfind(":", reach, at), *(_last_dash(text, dash, reach, at) for dash in _DASHES)
    )
    if colon < 0 or _BREAKDOWN.fullmatch(text, colon, at) is None:
        return False
    if m.item_end.match(text, noun_end) is None:
        return False
    low = max(0, colon - _WHOLE_REACH)
    wholes = numbers.find(text[low:colon], language=m.language)
    return bool(wholes) and not mark_between(text, low + wholes[-1].end, colon, ",;:\n")


def _in_inclusion_list(text: str, at: int, noun_end: int, m: _Matcher) -> bool:
    """Whether the figure at ``at`` (its noun ending at ``noun_end``) is a later item of a list
    of parts opened by "including" and the like: "the deaths of 300 civilians, including 80
    children and 40 women" (the first item is found by the words right before it)."""
    listed = any(
        m.inclusion_list.fullmatch(text, opener.start(), at) is not None
        for opener in m.inclusion_list.finditer(text, max(0, at - _BREAKDOWN_REACH), at)
    )
    return listed and m.item_end.match(text, noun_end) is not None


_SAME_PERIOD_REACH = 400  # characters of a figure's clause read for "over the same period"


def _same_period(text: str, span, mention, m: _Matcher, language: str) -> bool:
    """Whether the figure's own clause, or its sentence's opening words, refer back to a period
    ("The aircraft hit 1,623 targets over the same period", "In that time, they hit ..."); not
    a superlative's ("the deadliest single attack in that period")."""
    # The clause is read at most _SAME_PERIOD_REACH characters each side of the figure, so
    # that a sentence that never ends (text stripped of its punctuation) costs each figure a
    # bounded read.
    floor = max(span.start, mention.start - _SAME_PERIOD_REACH)
    ceiling = min(span.end, mention.end + _SAME_PERIOD_REACH)
    start = after_last_mark(text, floor, mention.start, ",;:")
    # After the figure its clause runs on past a list's or a part's commas ("hit 1,623 targets
    # in Hama, Idlib and Latakia over the same period") to a clause of its own.
    turn = m.clause_after.search(text, mention.end, ceiling)
    found = m.same_period.search(
        text, max(start, floor), turn.start() if turn is not None else ceiling
    )
    if found is None:
        found = m.same_period.match(text, first_word_at(text, span.start, span.end), span.end)
    if found is None:
        return False
    sentence = text[span.start : span.end]
    return not periods.ranks(sentence, found.start() - span.start, language)


def _source_after(article: _Article, sentence_key, mention, who, m: _Matcher) -> tuple[str, str]:
    """(speaker, organisation) of a figure whose sentence names no source, from the next
    sentence of its paragraph when that one is about the same figures and names one: "At least
    15 civilians were killed on Thursday. These civilians were targeted in the town of
    Ghandoura, said the Observatory." ('', '') otherwise, and for the outlet's background."""
    index, number = sentence_key
    spans = article.paragraph_sentences(index)[0]
    if number + 1 >= len(spans):
        return "", ""
    following = spans[number + 1]
    opening = first_word_at(article.text, following.start, following.end)
    if m.source_after_opener.match(
        article.text, opening, following.end
    ) is None or article.in_background(sentence_key, mention.start):
        return "", ""
    # Only a verb that ends its clause ("..., said the Observatory") speaks for what came
    # before it.
    return _source_at_start(article, (index, number + 1), who)


def _source_at_start(
    article: _Article, sentence_key, who, *, or_at_end: bool = False
) -> tuple[str, str]:
    """(speaker, organisation) a sentence names for what comes before it, read as if a figure
    stood at its start: the verb nearest there names the source, not an outlet relaying it
    ("The commander reported this, according to Ukrinform"). With ``or_at_end``, when none
    does, as if it stood at its end, for a verb that opens what it says ("The ministry said
    the militants were killed in ...")."""
    span = article.sentence_span(sentence_key)
    speaker, organisation, _ = _speaker(
        article, Span(span.start, span.start), sentence_key, span, who
    )
    if or_at_end and not (speaker or organisation):
        end = max(span.start, span.end - 1)
        speaker, organisation, _ = _speaker(article, Span(end, end), sentence_key, span, who)
    return speaker, organisation


def _source_of_tally(article: _Article, mention, who) -> tuple[str, str]:
    """(speaker, organisation) of an item of a tally that names no source, from the sentence
    that heads the tally ("The total combat losses of the enemy ... are as follows, the
    General Staff reported." before "tanks \u2013 5,013 (+28);"); ('', '') when it names none."""
    text = article.text
    line_start = text.rfind("\n", 0, mention.start) + 1
    list_start = _tally_list_start(text, line_start, max(0, line_start - _TALLY_CUE_REACH))
    heading_end = len(text[:list_start].rstrip()) - 1
    if heading_end < 0:
        return "", ""
    key = article.sentence_at(heading_end)
    if key is None or key == article.sentence_at(mention.start):
        return "", ""
    return _source_at_start(article, key, who, or_at_end=True)


def _source_of_lede(
    article: _Article, sentence_key, mention, who, m: _Matcher, *, toll: bool
) -> tuple[str, str]:
    """(speaker, organisation) of a figure of a lede that names no source, from the sentence
    after it (:meth:`_Article.lede_source_sentence`); ('', '') otherwise, and for the outlet's
    background."""
    if (
        sentence_key != article.lede
        or article.in_headline(mention.start)  # the headline again, as scraped pages repeat it
        or article.sentence_attributions(sentence_key)
        or article.in_background(sentence_key, mention.start)
    ):
        return "", ""
    following = article.lede_source_sentence(m)
    if following is None:
        return "", ""
    # A verb that opens what it says names the lede's source only when what it says tells the
    # same fate ("The Ministry of Interior said the militants were killed in ..."), not a
    # reaction to it ("The White House said this was unacceptable"); of a toll, the fate of
    # people ("The army said the airstrikes targeted Hamas militants" is not the toll's).
    told = m.lede_retold_toll if toll else m.lede_retold
    retold = told.search(article.sentence_of(following)) is not None
    return _source_at_start(article, following, who, or_at_end=retold)


def _goes_on_with_window(
    article: _Article, sentence_key, organisation: str, last_period, count: tuple, value: float
) -> bool:
    """Whether a perfect-tense count goes on with the window its organisation stated in the
    sentence right before: "Jets flew 64 sorties in the past 24 hours, the ministry said. //
    'The bombers have destroyed 11 command posts,' Konashenkov said." is that day's report, not
    a running total (the ministry's spokesman speaks for it). Not a count larger than the
    window's own of the same thing (``count``, see :func:`_count_key`): "shot down 20 drones
    in the past 24 hours. // 'Our forces have shot down 7,000 drones'" is the war's."""
    return (
        bool(organisation)
        and last_period is not None
        and last_period.period[0] == "window"
        and last_period.source[1] == organisation
        # The sentence before, or this one when an earlier item of it went on already.
        and last_period.sentence in (article.sentence_before(sentence_key), sentence_key)
        and not _beyond_window(last_period, count, value, sentence_key)
    )


def _count_key(counted: _Counted) -> tuple[str, str, str]:
    """What a figure counts, for comparing its size with a window's (see
    :func:`_beyond_window`): kind and subtype, and for targets the head noun, as a window of 3
    command posts says nothing of how many tanks it holds."""
    head = counted.what.lower().split()[-1:] if counted.kind == "targets" else []
    return counted.kind, counted.subtype, head[0].removesuffix("s") if head else ""


def _beyond_window(last_period, count: tuple, value: float, sentence_key) -> bool:
    """Whether a figure counts more of a thing (``count``, see :func:`_count_key`) than the
    window ``last_period`` stated in an earlier sentence counted of it at most, so it cannot
    lie within that window: "lost 15 tanks within a day. // Russia also lost 2,786 tanks" is
    the war's count. Within one sentence the items of a list may be any size."""
    return (
        last_period.period[0] == "window"
        and last_period.sentence != sentence_key
        and value > dict(last_period.largest).get(count, value)
    )


class _Sourced(NamedTuple):
    """The last figure with a source, for the breakdown by place of its report that follows."""

    source: tuple[str, str]  # (speaker, organisation)
    sentence: tuple[int, int]  # (paragraph, sentence) of the figure
    kinds: frozenset[str]  # the kinds the report and its breakdown count so far
    report: tuple[int, int]  # the sentence of the report the breakdown began from
    breakdown: tuple[int, int] | None  # the figure's sentence, when it is a breakdown's


class _StatedPeriod(NamedTuple):
    """The last window or running count a figure stated, for the figures that refer back to it
    or go on with its report."""

    period: tuple  # (basis, start, end, words)
    source: tuple[str, str]  # (speaker, organisation)
    sentence: tuple[int, int]  # (paragraph, sentence) it was stated in
    kinds: frozenset[str]  # the kinds that report counts
    # The largest count of each thing (see _count_key) the report gave in that period.
    largest: tuple[tuple[tuple[str, str, str], float], ...] = ()


def _sentence_opening(phrases: list[str]) -> regex.Pattern:
    """Any of the phrases opening a sentence, maybe after a quotation mark, as a whole word."""
    return regex.compile(rf"[\"'“‘]?(?:{phrase_alternation(phrases)})(?![\w-])", regex.IGNORECASE)


_WORD = regex.compile(r"[^\W\d_]{2,40}")
_BULLET = re.compile("[-\u2013\u2014\u2022*\u00b7]{1,3}\\s{0,3}")


def _goes_on(
    text: str, span, mention, m: _Matcher, *, same_kind: bool, casualties: bool = False
) -> bool:
    """Whether the figure's sentence goes on with the report of the sentence before it: it
    opens with "In addition", its clause has "also" before the figure, or, for a figure of the
    report's own kind, it opens a breakdown by place ("Near Mosul, five strikes hit ...")."""
    opening = first_word_at(text, span.start, span.end)
    bullet = _BULLET.match(text, opening, mention.start)
    if bullet is not None:
        opening = bullet.end()  # "-- Near Raqqa, three strikes ...": a release's bullet
    if m.goes_on_opener.match(text, opening, mention.start) is not None:
        return True
    clause_start = after_last_mark(text, span.start, mention.start, ",;:")
    also = m.goes_on_adverb.search(text, max(clause_start, span.start), mention.start)
    if also is not None:
        # Only in the figure's own clause: not "has also drawn criticism after a strike
        # killed 40", where "after" opens another.
        return m.clause_turn_word.search(text, also.end(), mention.start) is None
    if not same_kind or casualties:
        return False  # "In Damascus, a mortar shell wounded three": a story of its own
    breakdown = m.breakdown_opener.match(text, opening, mention.start)
    # A breakdown by place of a release's strikes and targets, the place one the gazetteer
    # knows: "In Ukraine, three soldiers were killed" or "In Paris, ..." is another story.
    return breakdown is not None and places.is_place_name(breakdown.group("place"))


def _opens_on_the_report(text: str, span, report_kind: str, lex: Lexicon, m: _Matcher) -> bool:
    """Whether a sentence opens on the strikes or sorties the report before it counted ("The
    strikes destroyed four armed trucks", "These raids hit 12 targets")."""
    words = text[span.start : min(span.end, span.start + 40)].split()[:2]
    return (
        report_kind in _MISSION_KINDS
        and len(words) == 2
        and words[0].lower() in m.report_references
        and lex.noun_to_kind.get(_bare_word(words[1])) == report_kind
    )


def _opens_with(text: str, span, words: str) -> bool:
    """Whether the sentence ``span`` opens with ``words`` (in any case): "Over the past day,"."""
    if not words:
        return False
    opening = first_word_at(text, span.start, span.end)
    return text[opening : opening + len(words)].lower() == words.lower()


def _tells_of_elsewhere(text: str, span, report_span, m: _Matcher) -> bool:
    """Whether the figure's sentence ``span`` tells of another event than the report in the
    sentence ``report_span``: it opens so ("Another strike also killed two"), or, with no opening
    that goes on ("In addition"), names a town or country the report's sentence does not, when
    that sentence names one ("... in Kharkiv, the governor said. // Strikes also killed two in
    Kherson", "In Lebanon, strikes also ...")."""
    opening = first_word_at(text, span.start, span.end)
    if m.other_event_opener.match(text, opening, span.end) is not None:
        return True
    if m.goes_on_opener.match(text, opening, span.end) is not None:
        return False  # "Additionally, warplanes hit 12 targets in Deir al-Zor": the same release
    report_places = places.find_places(text, report_span.start, report_span.end)
    report = text[report_span.start : report_span.end]
    countries = claimants().countries_in(report) | {p.place.country for p in report_places}
    if not countries:
        return False
    named = {p.place.name for p in report_places} | {p.place.province for p in report_places}
    if any(
        p.place.name not in named and p.place.province not in named
        for p in places.find_places(text, span.start, span.end)
    ):
        return True
    return bool(claimants().countries_in(text[span.start : span.end]) - countries)


def _breaks_down_report(text: str, span, mention, report_span, m: _Matcher) -> bool:
    """Whether the figure's sentence opens a breakdown by place of the report in the sentence
    ``report_span``: "The coalition carried out 17 strikes in Syria and Iraq, the task force
    said. // In Syria, eight strikes near Raqqa ...": a place the gazetteer knows, or a country
    the report's sentence names."""
    opening = first_word_at(text, span.start, span.end)
    bullet = _BULLET.match(text, opening, mention.start)
    if bullet is not None:
        opening = bullet.end()
    breakdown = m.breakdown_opener.match(text, opening, mention.start)
    if breakdown is None:
        return False
    place = breakdown.group("place")
    if places.is_place_name(place):
        return True
    country = claimants().country(place)
    report = text[report_span.start : report_span.end]
    return bool(country) and country in claimants().countries_in(report)


_GENERIC_REACH = 80  # characters of the figure's clause read before it for a generic word


def _disease_toll(text: str, mention, counted: _Counted, span, m: _Matcher) -> bool:
    """Whether a casualty figure counts a disease's toll: a disease named before it in its
    sentence ("3,392 coronavirus cases with 104 deaths", "Cholera has killed 400 people") or
    as the cause after its noun ("400 people died of cholera"); not one a later clause names
    ("killed 40 people in Sanaa, where a cholera outbreak has spread"), nor one in a clause
    before the figure's ("struck a hospital treating cholera patients, killing 12")."""
    start = max(span.start, mention.start - _DISEASE_REACH)
    start = max(start, after_last_mark(text, start, mention.start, ",;:"))  # its own clause
    if m.disease.search(text, start, mention.start) is not None:
        return True
    return (
        m.disease_cause.match(text, counted.what_end, counted.what_end + _DISEASE_REACH)
        is not None
    )


_DISEASE_REACH = 100  # characters before a figure, or after its noun, read for a disease


def _generic(text: str, mention, m: _Matcher) -> bool:
    """Whether the figure's clause says what is usual or possible before it: "A NATO battalion
    typically consists of 300 to 800 troops", "A Su-34 can carry up to 8 tonnes" (not "Usually
    quiet, the town was hit by 12 strikes": a comma ends that clause; nor "the usually busy
    market", where the adverb describes no verb of size)."""
    low = max(0, mention.start - _GENERIC_REACH)
    if m.generic_hint.search(text[low : mention.start].lower()) is None:
        return False  # one literal scan spares most figures the clause and the pattern
    clause_start = after_last_mark(text, low, mention.start, ".,;!?\n")
    return m.generic.search(text, max(low, clause_start), mention.start) is not None


def _ellipsis_before(words: list[str]) -> bool:
    """ "and another five", ", 5 in Jableh", "since 2014: 8,462 in Iraq": a bare figure joined
    to the one before."""
    return bool(words) and (
        words[-1] in ("and", "another", "with") or words[-1].endswith((",", ":"))
    )


def _opens_clause(words: list[str], m: _Matcher) -> bool:
    """Whether the figure after ``words`` (lower-cased, see :func:`_words_before`) opens its
    clause: after a stop or an opener ("said", "that"), with only leading words between ("at
    least"); not the object of a verb ("housed 400 people")."""
    for word in reversed(words):
        if word[-1] in ".;:!?,(\u2013\u2014-":
            # "Of the 131 victims, 102 men, 17 women and 12 children were killed", "Thirteen
            # service members - 11 Marines, one Navy corpsman and one Army soldier - were".
            return True
        bare = _bare_word(word)
        if bare in m.list_subject_openers:
            return True
        if bare not in m.list_subject_leads:
            return False
    return True


# A part of a whole named after it, maybe with the whole's figure: " of the 10 villages".
_PART_OF_THINGS = regex.compile(
    r"\s{1,3}of\s{1,3}(?:the|these|those|its|their|our)\s{1,3}"
    r"(?:\d[\d,]{0,9}\s{1,3})?(?P<noun>[A-Za-z-]{2,25})(?![\w-])",
    regex.IGNORECASE,
)


def _people_of_thing(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a noun ending at ``end`` only owns or describes the people after it: "30 of
    the town's defenders", "8 of the village elders"."""
    if text[end : end + 1] in ("'", "\u2019") or _plural_noun_after(text, end):
        return True  # "the town's defenders", "the village elders"
    following = text[end : end + 30].split(None, 1)
    if not following:
        return False
    word = following[0].lower().strip(".,;:")
    return word in lex.people_nouns or lex.noun_to_kind.get(word) in _PEOPLE_KINDS


def _thing_noun_after(text: str, mention, lex: Lexicon, m: _Matcher) -> bool:
    """Whether one of the two words right after a figure, or the noun of the whole it is a
    part of ("3 of the 10 villages"), is a noun of no people, in the plural or the singular
    ("24 targeting operation", "12 goat"); not a word of the dead or the hurt ("claimed 40
    lives")."""
    line_end = text.find("\n", mention.end, mention.end + 40)
    words = text[mention.end : line_end if line_end != -1 else mention.end + 40].split()[:2]
    part = _PART_OF_THINGS.match(text, mention.end, mention.end + 60)
    if part is not None and not _people_of_thing(text, part.end(), lex):
        words = [part.group("noun")]  # "captured 3 of the 10 villages": a part of the villages
    for word in words:
        bare = word.rstrip(".,;:!?\"'").lower()
        if not bare.isalpha() or bare in m.subtype_of or bare in m.figure_prepositions:
            return False  # "killed 24 in operations across Balochistan": the 24 are people
        if bare in lex.not_people or f"{bare}s" in lex.not_people:
            return True
        if len(bare) < len(word):
            return False  # a mark ends the figure's phrase: "killed 24 overnight, officials said"
    return False


def _bare_figure_conjunct(text: str, coordinated: regex.Match) -> bool:
    """Whether a comma and "and" lead to one figure alone: in "3 civilians, and 30 were
    wounded" the verb is the bare figure's own clause's; without the comma it is shared ("Ten
    soldiers and another five were killed", "40 soldiers and 18 insurgents were killed")."""
    if "," not in text[coordinated.start() : coordinated.start("conjunct")]:
        return False
    words = coordinated.group("conjunct").split()
    if words[:1] == ["another"]:
        words = words[1:]  # "and another 30 were wounded"
    if not words or len(words) > 4:
        return False
    figure = " ".join(words).strip(" ,")
    found = numbers.find(figure)
    return len(found) == 1 and found[0].text == figure


def _people_among(among: regex.Match, lex: Lexicon) -> bool:
    """Whether "among N ... killed" counts people: a figure ("among 11", "among eleven"), and a
    noun of people if any ("among 20 companies hurt" is no toll)."""
    whole = (among.group("whole") or "").lower()
    if whole and whole not in lex.people_nouns and lex.noun_to_kind.get(whole) != "fighters":
        return False
    return bool(numbers.find(among.group("count")))


def _part_of_things(text: str, mention, limit: int, lex: Lexicon, m: _Matcher) -> bool:
    """Whether a bare figure is a part of a whole of things counted after it: "3 of its 34
    aircraft", "22 of 28 drones" (not of people: "three of the 12 soldiers")."""
    found = m.partitive_figure.match(text, mention.end, limit)
    if found is None:
        return False
    kinds = {lex.noun_to_kind.get(_bare_word(word)) for word in found.group("words").split()}
    return bool(kinds - {None, "casualties", "fighters"})


def _next_target_item(
    text: str, mention, limit: int, lex: Lexicon, m: _Matcher, previous: _Counted | None
) -> _Counted | None:
    """The next item of a list of targets, whatever its noun: "destroyed 66 fighting positions,
    five vehicles, three anti-air systems and three communications lines" (the lexicon lacks
    the last two). Only right after a target item, with a plural noun that ends its item; not
    "destroyed 12 tanks and 5 companies pulled out", nor people."""
    if previous is None or previous.kind != "targets" or previous.what_end >= mention.start:
        return None
    # The item before may carry a phrase ("130 tanks and other armored vehicles, 25 ..."), or
    # a second noun ("destroyed 43 caves and shelters and 9 weapon depots").
    item_end = previous.what_end
    joined_end = _joined_noun_end(text, item_end, mention.start, lex.kinds["targets"].nouns, m)
    if joined_end is not None and m.item_gap.fullmatch(text, joined_end, mention.start):
        item_end = joined_end
    if m.item_gap.fullmatch(text, item_end, mention.start) is None:
        return None
    item = m.target_item.match(text, mention.end, limit)
    if item is None:
        return None
    head = item.group("head").lower()
    if (
        head in lex.people_nouns
        or head in m.not_target_heads
        or lex.noun_to_kind.get(head, "targets") != "targets"
        or any(word.lower() in m.target_item_verbs for word in item.group("np").split())
    ):
        return None
    end = item.end("head")
    start = item.start("np") + len(item.group("np")) - len(item.group("np").lstrip())
    return _Counted("targets", text[start:end], end, lex.kinds["targets"].unit, "", "")


_SAME_REPORT_PARAGRAPHS = 2  # paragraphs a source's report may go on for after its period


def _same_source(source: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two (speaker, organisation) pairs name one source: the same organisation, else
    the same speaker, a person named in full and then by surname ("Sergei Rudskoy" and
    "Rudskoy"), or a source and then "the" and its head ("a military official" and "the
    official")."""
    (speaker, organisation), (other_speaker, other_organisation) = source, other
    if organisation and other_organisation:
        return organisation == other_organisation
    if not (speaker and other_speaker):
        return False
    a, b = speaker.lower().split(), other_speaker.lower().split()
    if a == b:
        return True
    same_head = a[-1] == b[-1] and a[-1][:1].isalpha()
    return same_head and (
        len(a) == 1 or len(b) == 1 or (len(a) == 2 or len(b) == 2) and "the" in (a[0], b[0])
    )


def _in_sentence_before(article: _Article, sentence_key, row: dict) -> bool:
    """Whether ``row``'s figure stands in the sentence right before ``sentence_key``."""
    before = article.sentence_before(sentence_key)
    if before is None:
        return False
    span = article.sentence_span(before)
    return span.start <= row["start"] < span.end


def _running_total_before(text: str, mention, m: _Matcher) -> str:
    """The words that make a figure a running total, written before it ("bringing the death
    toll to |139"), or ''."""
    last_word = text[max(0, mention.start - 8) : mention.start].lower().split()[-1:]
    if not last_word or last_word[0] not in m.running_total_links:
        return ""
    reach = max(0, mention.start - _RUNNING_TOTAL_REACH)
    if m.running_total_hint.search(text, reach, mention.start) is None:
        return ""
    found = m.running_total.search(text, reach, mention.start)
    return " ".join(found.group().split()) if found is not None else ""


_LOST_BARE_REACH = 250  # characters back to the aircraft a bare loss counts


def _lost_of_those_launched(
    text: str, mention, last_row: dict, lex: Lexicon, m: _Matcher
) -> _Counted | None:
    """A bare figure after a loss word, counting aircraft the figure before it named: "the
    enemy launched 17 drones. Air defences have shot down 11", "destroyed 14 of them"; or
    before one, after words that refer back to them: "attacked with 28 drones, 22 of which
    were shot down". None unless that figure counts aircraft close before and nothing else
    follows the figure."""
    if last_row["kind"] not in AIR_KINDS or mention.start - last_row["end"] > _LOST_BARE_REACH:
        return None
    if mention.unit:
        return None  # "99 percent of them were intercepted": a share, not a count
    aircraft = lex.kinds[last_row["kind"]]
    if _loss_word_before(text, mention.start, aircraft, last_row["what"]):
        if m.bare_loss_end.match(text, mention.end) is None:
            return None
        return _Counted(aircraft.name, last_row["what"], mention.end, aircraft.unit, "lost", "")
    lost_end = _lost_part_after(text, mention, aircraft, m)
    if lost_end is None and aircraft.lost_after is not None:
        # "Fifteen were destroyed over the Volgograd region": the figure alone, then its loss;
        # "while 20 others were lost to jamming": more of them.
        more = m.continuation_after.match(text, mention.end)
        after = more.end() if more is not None else mention.end
        lost = aircraft.lost_after.match(text, after, after + _LOSS_REACH)
        lost_end = (
            lost.end() if lost is not None and aircraft.loses(lost, last_row["what"]) else None
        )
    if lost_end is None:
        return None
    return _Counted(aircraft.name, last_row["what"], lost_end, aircraft.unit, "lost", "")


def _loss_part_follows(
    text: str, end: int, limit: int, lex: Lexicon, m: _Matcher, kind: str = "aircraft"
) -> bool:
    """Whether a part of the aircraft (or missiles) counted up to ``end`` follows with its
    loss: "a total of 31 drones|, 23 of which were shot down", "40 drones|, of which 11 were
    downed"."""
    part = m.part_after_whole.match(text, end, min(limit, end + 60))
    aircraft = lex.kinds[kind]
    return (
        part is not None
        and aircraft.lost_after is not None
        and aircraft.lost_after.match(text, part.end(), part.end() + _LOSS_REACH) is not None
    )


def _included_right_after(text: str, end: int, start: int, m: _Matcher) -> bool:
    """Whether the figure at ``start`` is a part, opened by "including" or "among them", of
    the count ending at ``end`` in the same clause: "five aircraft, including |three"."""
    return (
        0 <= start - end <= _INCLUDED_REACH
        and m.inclusion_before.search(text, max(end, start - 20), start) is not None
        and not mark_between(text, end, start, ".;!?\n")
    )


_INCLUDED_REACH = 40  # characters from a count's end to a part's figure


def _first_after_colon(text: str, end: int, start: int) -> bool:
    """Whether the figure at ``start`` opens, right after a colon, a list that the figure
    ending at ``end`` heads in the same sentence: "destroyed 55 UAVs overnight: |27"."""
    if start - end > _WHOLE_REACH:
        return False
    colon = text.rfind(":", end, start)
    return (
        colon != -1
        and not text[colon + 1 : start].strip()
        and not mark_between(text, end, colon, ".;!?\n")
    )


def _lost_part_after(text: str, mention, kind, m: _Matcher) -> int | None:
    """The end of the words after a bare figure that make it a part of the figure before
    lost ("22| of which were shot down|"), or None."""
    reference = m.part_reference_after.match(text, mention.end)
    if reference is None or kind.lost_after is None:
        return None
    return (
        reference.end()
        if kind.lost_after.match(text, reference.end(), reference.end() + _LOSS_REACH)
        else None
    )


def _perfect_count(text: str, mention, noun_end: int, m: _Matcher) -> str:
    """The words of a perfect tense that count a figure up to the report, or '': "have flown"
    before it ("Russian jets have flown 5,000 sorties"), "have been destroyed" after its noun
    ("89 planes have been destroyed")."""
    before = m.perfect_before.search(text, max(0, mention.start - 60), mention.start)
    if before is not None:
        return " ".join(before.group().split())
    after = m.perfect_after.match(text, noun_end, min(len(text), noun_end + 80))
    if after is None:
        return ""
    words = after.group().split()
    auxiliary = max(i for i, word in enumerate(words) if word.lower() in m.perfect_auxiliaries)
    return " ".join(words[auxiliary:])


def _left_in_list(words: list[str], m: _Matcher) -> bool:
    """Whether the figure after ``words`` is an item of a list that a verb of leaving heads:
    right after it ("left |14 soldiers") or after earlier items ("left 30 rebels, |12 soldiers
    and 4 civilians dead"), with no clause between."""
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if _bare_word(words[index]) in m.leaving_verbs:
            between = words[index + 1 :]
            return not between or (
                (between[-1].endswith(",") or between[-1] in ("and", "or"))
                and not any(_bare_word(word) in m.clause_words for word in between)
            )
    return False


def _cue_subtype(match: regex.Match) -> str:
    """killed/injured/captured (or killed_or_injured, both at once) for a cue match;
    'excluded' for "fled", "evacuated"."""
    for name in ("killed_or_injured", "killed", "injured", "captured", "excluded"):
        if match.group(name):
            return name
    return ""


# A capitalised head noun followed by another capitalised word is a word of a name: "13
# Kurdistan Workers Party targets" counts targets, not workers.
_NAME_GOES_ON = regex.compile(r"(?<=\b[A-Z][\w'-]{0,30})\s{1,3}(?P<next>[A-Z][a-z][\w'-]{0,30})")


def _fate_then_things(noun: regex.Match, lex: Lexicon, m: _Matcher) -> bool:
    """Whether a noun phrase after a figure opens with a fate ("wounded", "killed") and ends
    in a head that counts no people: the fate is the figure's, as scraped text runs on into
    the next phrase ("17 wounded Afghan Air Force airstrikes"); "17 wounded soldiers" are
    people."""
    mods = noun.group("mods").split()
    if not mods or mods[0].lower() not in m.subtype_of:
        return False
    head = " ".join(noun.group("head").lower().split())
    return lex.noun_to_kind.get(head) not in (None, "fighters") and head not in lex.people_nouns


def _name_goes_on(text: str, head_end: int, lex: Lexicon) -> bool:
    """Whether a capitalised head noun is a word inside a name, followed by more of it; not
    when the next word is a counted word itself ("Leave 31 Civilians Dead")."""
    found = _NAME_GOES_ON.match(text, head_end)
    if found is None:
        return False
    following = found.group("next").lower()
    return not (
        following in lex.noun_to_kind
        or following in lex.people_nouns
        or bool(lex.fate_of_noun(following))
    )


def _agent_of(text: str, noun_end: int, after: regex.Match, m: _Matcher) -> bool:
    """Whether counted people are the agents of the verb right after their noun: "three
    soldiers killed two militants", where the verb takes a figure of its own, and that figure
    no fate word of its own ("Two Soldiers Killed 5 Wounded": a headline's two tolls)."""
    if after.end() - noun_end > len(after.group().split()[-1]) + 1:
        return False  # only the verb right after the noun: "were killed" is passive
    following = text[after.end() : after.end() + 60]
    objects = numbers.find(following) if following[:1].isspace() else []
    if not objects or following[: objects[0].start].strip():
        return False  # no figure right after the verb ("at least two" is one)
    # The object's noun, and the word after it: people ("Twelve people killed 3 days after
    # the truce" is a headline's passive), no part of the count before ("20 Palestinians
    # Killed 5 Of Them Children"), and no fate of their own ("Two Soldiers Killed 5
    # Wounded"; a second verb joined by "and" is the agents' too: "killed 3 soldiers and
    # wounded 5").
    rest = following[objects[0].end :]
    if m.part_reference_after.match(rest):
        return False
    words = [word.strip(",.;:").lower() for word in rest.split(None, 3)]
    if not words or words[0] in lexicon().not_people:
        return False
    return not any(m.cue_after.match(" " + word) for word in words[:2])


def _past_spaces(text: str, at: int) -> int:
    """Where the white space at ``at`` ends, within a few characters."""
    following = text[at : at + 8]
    return at + len(following) - len(following.lstrip())


#: How much of the lines around a line break is read for the punctuation stripped text lacks.
_STRIPPED_LINE_REACH = 200


def _opens_stripped_line(text: str, position: int, m: _Matcher) -> bool:
    """Whether a capital at ``position`` opens its line as a sentence of text whose punctuation
    was stripped does: in "... dozens of terrorists had been neutralised\nSeveral hundred
    assailants took part" the verb is no verb of the figure after it. Not a line wrapped inside
    a punctuated sentence ("killed\nFive people, including a child, the governor said"), nor a
    word in capitals ("killed\nFOUR CIVILIANS"), nor a line after one ending on an active verb
    of fate, which wants its object ("The shelling killed\nFive people")."""
    line_start = text.rfind("\n", max(0, position - 8), position)
    word = text[position : position + 12].split(None, 1)[:1]
    if line_start == -1 or text[line_start:position].strip() or not word:
        return False
    if not word[0][:1].isupper() or word[0].isupper():
        return False
    if _ends_on_an_active_fate(text[max(0, line_start - 60) : line_start].lower().split(), m):
        return False
    around = text[max(0, line_start - _STRIPPED_LINE_REACH) : position + _STRIPPED_LINE_REACH]
    return not any(mark in around for mark in ".,;")


def _ends_on_an_active_fate(words: list[str], m: _Matcher) -> bool:
    """Whether lower-case words end on a verb of fate in the active voice, which wants its
    object ("The shelling killed", "Artillery fire had killed", "The strikes also wounded");
    not one in the passive ("had been neutralised", "was shot and killed"), one that takes no
    object ("Three people died") or a noun's participle ("among those killed")."""
    if not words or words[-1] not in m.verb_subtype or words[-1] in m.intransitive_fates:
        return False
    before = words[-6:-1]
    index = len(before) - 1
    while index >= 0:
        word = before[index]
        if word in m.passive_markers or word in m.nominal_before_fate:
            return False  # "were killed", "among those killed"
        if word in m.part_list_words:
            # A verb joined to the one before: "was shot and killed" is passive, "ambushed a
            # convoy and killed" and "shelled and killed" active.
            return index < 2 or before[index - 2] not in m.passive_markers
        if word not in m.auxiliary_words:
            return True  # the subject's last word: "The shelling| killed"
        index -= 1
    return True


def _arrived_as_a_force(text: str, mention, end: int, m: _Matcher) -> bool:
    """Whether a verb right before a force's figure or right after its noun moves it to the
    fight ("had brought in 5,000 mercenaries", "transferred 2,500 fighters to Libya", "500
    troops arrived"), where the same verbs move people out of harm ("brought in 60 wounded
    civilians")."""
    words = _words_before(text, mention.start, 30, 3)
    if words and words[-1][-1:] not in ",.;:":
        for size in (2, 1):
            if m.force_arrival.fullmatch(" " + " ".join(words[-size:])):
                return True
    return m.force_arrival.match(text, end, min(len(text), end + 40)) is not None


def _part_of_the_moved(text: str, mention, m: _Matcher) -> bool:
    """Whether a figure is a part ("among them", "including") of people its clause says were
    moved, freed or held: "the Taliban had freed more than 500 prisoners, among them about 140
    Taliban fighters"."""
    words = _words_before(text, mention.start, 100, 14)
    opener = next(
        (size for size in (2, 1) if " ".join(words[-size:]).rstrip(",") in m.inclusion_openers),
        0,
    )
    if not opener:
        return False
    before = words[:-opener]
    for index in range(len(before) - 1, -1, -1):
        if before[index][-1:] in ".;:!?":
            return False  # the sentence before: no whole of this part
        if numbers.has_figure(before[index]):
            # The whole's figure: the verb right before it (its qualifier between) says what
            # befell the whole ("freed more than 500").
            for word in reversed(before[max(0, index - 4) : index]):
                if _bare_word(word) in m.excluded_words:
                    return True
                if word.endswith(",") or word in m.toll_clause_breaks:
                    return False  # "freed 200 hostages but 40 people, including 12 children"
            return False
    return False


def _population_before(text: str, mention, m: _Matcher) -> bool:
    """Whether the words before a figure say it counts people who live somewhere: "Goma, a
    city of some two million people", "the town, home to 50,000 people"."""
    words = _words_before(text, mention.start, 30, 3)
    return any(" ".join(words[-size:]) in m.population_leads for size in (2, 3))


def _figure_right_after(text: str, at: int) -> bool:
    """Whether a figure starts right after ``at``, past white space."""
    start = at
    while start < len(text) and start - at < 3 and text[start].isspace():
        start += 1
    if start == at or start == len(text):
        return False
    return numbers.figure_at(text, start) is not None


def _casualty_subtype(
    text: str,
    mention: numbers.NumberMention,
    noun,
    m: _Matcher,
    *,
    near_only: bool = False,
    shared: bool = True,
) -> str:
    """What happened to the counted people: killed, injured, captured, 'excluded' when they
    fled or were moved, '' when nothing says.

    The verb right before the figure wins ("killed 27 people"), then a verb or adjective right
    after the noun ("27 people were killed", "31 civilians dead"), a casualty adjective
    ("wounded combatants"), a toll ("the death toll at 14 people"), a verb after coordinated
    nouns ("40 soldiers and 18 insurgents were killed") and the nearest verb before the figure
    in its clause ("killed 27 people, including three children"). ``near_only`` stops before
    that last, looser step; ``shared`` False skips the verb after coordinated nouns, for a
    part of a toll before it ("killed 30 people including 8 children and 60 people were
    wounded": the children are of the 30).
    """
    if _population_before(text, mention, m):
        # "seized Mosul, a city of some 1.5 million people": people who live there, whatever
        # befell the city.
        return "excluded"
    before_floor = max(0, mention.start - 60)
    end = _noun_end(noun)
    limit = min(len(text), end + 140)
    # One literal scan of the words after the noun decides whether the cue patterns can match.
    cue_ahead = m.cue_hint.search(text[end:limit].lower()) is not None
    after = m.cue_after.match(text, end, limit) if cue_ahead else None
    if after is not None and _agent_of(text, end, after, m):
        # "three soldiers killed two militants": the soldiers killed; no toll, nor a force.
        return "excluded"
    if after is not None and (
        after.end() - end <= len(after.group().split()[-1]) + 1
        or (
            after.group("killed_or_injured")
            and not text[end : after.start("killed_or_injured")].strip()
        )
    ):
        # "A child killed 7 people injured": the word after wins; so do the dead and hurt
        # together right after the noun ("lost 1,200 troops killed and wounded"). But people
        # sheltering or fleeing whom a verb right before killed are dead: "killing eight
        # people sheltering in the compound".
        fate = (
            m.fate_after_moved.match(text, after.end(), limit) if after.group("excluded") else None
        )
        if fate is not None:
            # "17 people arrived dead at the hospital": moved, but dead ("arrived wounded": hurt).
            return "killed" if fate.group("killed") else "injured"
        if after.group("excluded") and not _opens_stripped_line(text, mention.start, m):
            words = _words_before(text, mention.start)
            adjacent = _verb_before(words, m)
            if adjacent is not None:
                return _combined_before(words, adjacent[1], m) or adjacent[0]
        return _cue_subtype(after)
    among = m.among_counted.match(text, end, limit) if cue_ahead else None
    if among is not None and _people_among(among, lexicon()):
        # "12 Civilians Among 20 Dead", "two children were among 11 people killed".
        return "killed" if among.group("killed") else "injured"
    words = _words_before(text, mention.start)
    if _opens_stripped_line(text, mention.start, m):
        words = []  # "... had been neutralised\nSeveral hundred assailants took part"
    adjacent = _verb_before(words, m)
    if adjacent is not None:
        # "killed and wounded scores of people": both together; "killed and captured": none.
        return _combined_before(words, adjacent[1], m) or adjacent[0]
    if words and _bare_word(words[-1]) in m.care_verbs and m.for_wounds.match(text, end, limit):
        # "had treated more than 200 people for injuries": the hurt a hospital took in (but
        # "compensated 40 families for injuries" counts no one hurt).
        return "injured"
    if (
        len(words) >= 2
        and words[-1] in m.agent_links
        and (
            words[-2] in m.verb_subtype
            or (words[-2] in m.attack_words and any(word in m.verb_subtype for word in words))
        )
    ):
        # "12 people were killed by five gunmen", "killed in attacks by five suicide
        # bombers": the agents, no toll.
        return "excluded"
    if (
        words
        and (words[-1] in m.excluded_words or " ".join(words[-2:]) in m.excluded_words)
        # "the death toll (of the bombing) reached 4,408 people": the dead; "Russian losses
        # have reached 800,000 troops": the dead and hurt
        and not (
            _toll_before(words, m)
            or _toll_linked_before(text, _past_link(mention, m), m)
            # ... also past a date and a place: "Russian losses in Ukraine since February 24,
            # 2022 have reached 350,000 personnel".
            or _loss_noun_before(_words_to_figure(text, mention, m), lexicon(), m)
        )
        # "transported 42 wounded people": moved from the scene, counted by what befell them;
        # not "let in 60 wounded fighters", people crossing a border.
        and not (
            (
                words[-1] in m.casualty_transport_verbs
                or " ".join(words[-2:]) in m.casualty_transport_verbs
            )
            and noun.group("mods")
            and m.casualty_modifier.search(noun.group("mods"))
        )
    ):
        # "buses carrying 300 rebels", "evacuated 200 fighters"; but people trapped and then
        # held captive were captured.
        return "captured" if cue_ahead and _captured_later(text, end, limit, m) else "excluded"
    if after is not None and (
        not _figure_right_after(text, after.end())
        or _opens_stripped_line(text, _past_spaces(text, after.end()), m)
    ):
        # Not a verb that takes a figure of its own: "claimed the lives of 470,000 people,
        # injured 1.9 million" (the injured are the next figure).
        moved = _moved_casualties(after, noun, m)
        return moved or _cue_subtype(after)
    modifier = m.casualty_modifier.search(noun.group("mods")) if noun.group("mods") else None
    if modifier is not None:
        if cue_ahead and m.excluded_coordinated.match(text, end, limit):
            return "excluded"  # "wounded combatants and civilians let in": people moved
        return "killed" if modifier.group("killed") else "injured"
    if _toll_before(words, m) or _toll_linked_before(text, _past_link(mention, m), m):
        return "killed"
    counted_before = _fate_counted_before(text, mention, m)
    if counted_before:
        return counted_before  # "the number of dead has risen to 50 people"
    lex = lexicon()
    noun_of = _noun_of_before(words, m) or _victims_before(
        _words_before(text, mention.start, 120, 16),
        lex,
        " ".join(noun.group("head").lower().split()) in lex.people_nouns,
    )
    if noun_of:
        return noun_of
    coordinated = m.cue_coordinated.match(text, end, limit) if cue_ahead and shared else None
    if (
        coordinated is not None
        and coordinated.group("comma_list")
        and not _opens_clause(_words_before(text, mention.start, 80, 10), m)
    ):
        coordinated = None  # "housed 400 people, 150 children and 30 were killed"
    if coordinated is not None and not _bare_figure_conjunct(text, coordinated):
        return _cue_subtype(coordinated)
    if cue_ahead and _left_in_list(words, m):
        # "The raid left 14 soldiers and 6 civilians dead": the state closes the whole list.
        left = m.left_coordinated.match(text, end, limit)
        if left is not None:
            return m.subtype_of.get(left.group("state").lower(), "")
    if near_only:
        return ""
    if m.own_clause_verb.match(text, end, limit):
        return ""  # "killed 12 soldiers, and 300 rebels joined the offensive": its own verb
    clause_start = max(after_last_mark(text, before_floor, mention.start, ".;:!?\n"), before_floor)
    if m.casualty_hint.search(text[clause_start : mention.start].lower()):
        earlier = m.verb_in_clause.search(text, clause_start, mention.start)
        said = (
            m.that_clause.match(text, earlier.end(), mention.start)
            if earlier is not None and earlier.group("verb").lower() in m.speech_fates
            else None
        )
        if said is not None and any(
            _bare_word(word) in lexicon().loss_nouns for word in said.group().split()
        ):
            # "Kyiv claims Russia's losses are now 500,000 troops": a side's losses claimed,
            # its dead and hurt together.
            return "killed_or_injured"
        if earlier is not None and said is None:
            # Not a verb of speech that is one of fate too: "Nasrallah claimed in 2021 that
            # the group had 100,000 fighters" counts no dead.
            return m.subtype_of.get(" ".join(earlier.group("verb").lower().split()), "")
    if cue_ahead and _captured_later(text, end, limit, m):
        return "captured"
    return ""


def _moved_casualties(after: regex.Match, noun: regex.Match, m: _Matcher) -> str:
    """The fate a moved count's own noun names, as in the active ("evacuated 8 wounded
    soldiers"): "Eight wounded soldiers were evacuated by helicopter" were hurt; "" when the
    verb after is no verb of carrying the hurt, or the noun names no fate."""
    if not after.group("excluded") or not noun.group("mods"):
        return ""
    words = after.group("excluded").lower().split()
    modifier = m.casualty_modifier.search(noun.group("mods"))
    # The verb, or the verb and its particle: "were |brought in|".
    if modifier is None or not (
        words[-1] in m.casualty_transport_verbs
        or " ".join(words[-2:]) in m.casualty_transport_verbs
    ):
        return ""
    return "killed" if modifier.group("killed") else "injured"


def _captured_later(text: str, end: int, limit: int, m: _Matcher) -> bool:
    """Whether a word of capture later in the clause of people counted up to ``end`` says
    they were taken ("... and was believed to be holding them captive"); not when it takes a
    figure of its own, which the people took: "300 troops took part and captured three
    rebels"."""
    later = m.captured_later.match(text, end, limit)
    if later is None or _figure_right_after(text, later.end()):
        return False
    word = text[max(end, later.start("captured") - 25) : later.start("captured")].split()[-1:]
    # A participle right after another noun is that noun's: "interviewed 23 people and
    # analysed satellite imagery captured on February 27" took no one.
    return not (
        word
        and later.group("captured").lower().endswith("ed")
        and word[0].isalpha()
        and word[0].islower()
        and not word[0].endswith("ly")
        and word[0] not in m.auxiliary_words
        and word[0] not in m.object_pronouns
        and word[0] not in m.figure_prepositions  # "surrounded and captured them"
        and word[0] not in _FUNCTION_WORDS
        and word[0] not in lexicon().people_nouns
    )


# A model designation: "Su-30", "MiG-29", "F-16", "Tu-160M".
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,2}-\d")  # "Su-24", "MQ-9": a model's designation
# A count right before a model designation: "4 Su-34", "six F-16s", "12 Su-25SM", "24
# Shahed-136s".
_COUNT_OF_DESIGNATION = regex.compile(
    # Maybe its makers' people first: "two Turkish F-16s".
    r"\s{1,2}(?:(?P<people>[A-Z][a-z]{2,15})\s{1,2})?"
    # Its hyphen may be a space or gone, as scraped text writes it: "15 B52s", "2 Su 25".
    # A variant's letters may carry a digit too: "eight Kh-47M2".
    r"(?P<prefix>[A-Z][A-Za-z]{0,5})(?:-|\s?)(?P<number>\d{1,3})(?:[A-Z]{1,3}\d?)?(?:(?P<plural>s)|\b)"
    r"(?![\w-])"
)
# A count before a model named by a word and a number, then the machines' noun: "3 Hermes 900
# drones", "two Boeing 737 planes" (the model's number counts nothing); never a year ("on 2
# March 2016 jets struck").
_COUNT_OF_NAMED_MODEL = regex.compile(
    r"\s{1,2}[A-Z][a-z]{2,15}\s(?P<number>\d{2,3}|(?!19|20)\d{4})[A-Z]{0,3}\s{1,3}"
    r"(?P<noun>[a-z]{3,15})\b"
)


def _designated(
    text: str, mention: numbers.NumberMention, limit: int, lex: Lexicon, m: _Matcher
) -> _Counted | None:
    """ "4 Su-34 and 12 Su-25": machines counted by their model, of the kind whose makers'
    prefixes it has (aircraft); None for other figures."""
    start = mention.end
    # A designation starts with a capital after one or two spaces: most figures fail here.
    first = text[start : start + 3].lstrip(" \u00a0")[:1]
    if not first.isupper():
        # ... or after a word of more: "lost 20 more F-16s".
        if first.lower() not in m.designation_opener_initials:
            return None
        opener = m.designation_opener.match(text, start, limit)
        if opener is None:
            return None
        start = opener.end()
    if mention.high < 1:
        return None
    model = _COUNT_OF_DESIGNATION.match(text, start, limit)
    if (
        model is not None
        and model.group("people")
        and not claimants().country(model.group("people"))
    ):
        model = None  # "3 Hermes 900": no people's word before a designation
    kind = (
        next(
            (k for k in lex.kinds.values() if model.group("prefix") in k.designation_prefixes),
            None,
        )
        if model is not None
        else None
    )
    if kind is None:
        # "3 Boeing 737 planes": a maker's name and a number, read as a named model.
        named = _COUNT_OF_NAMED_MODEL.match(text, start, limit)
        kind = lex.kinds.get(lex.noun_to_kind.get(named.group("noun"), "")) if named else None
        if kind is None or not kind.designation_prefixes:
            return None
        return _Counted(kind.name, named.group().strip(), named.end(), kind.unit, "", "")
    if len(model.group("prefix")) == 1 and len(model.group("number")) < 2:
        # "2 C-4 charges", "3 A-4 pages": a letter and one digit name other things, unless
        # the model itself is in the plural ("six B-2s").
        if not model.group("plural"):
            return None
    following = m.designated_noun.match(text, model.end(), limit)
    if following is not None:
        if lex.noun_to_kind.get(following.group(1).lower()) != kind.name:
            return None  # "Twelve F-16 pilots", "3 F-16 squadrons": people or units of the model
        # "Two Su 34 bombers were shot down": the machines' noun is the count's too.
        return _Counted(
            kind.name, text[model.start() : following.end()].strip(), following.end(), kind.unit,
            "", "",
        )  # fmt: skip
    return _Counted(kind.name, model.group().strip(), model.end(), kind.unit, "", "")


_DEFINITE = frozenset({"the", "these", "those", "our"})

#: The kinds of things launched through the air and shot down: their launches and losses are
#: events, their other counts fleets or stocks.
AIR_KINDS = frozenset({"aircraft", "missiles"})
_MISSION_KINDS = frozenset({"strikes", "sorties"})  # what a report's aircraft did

# The kinds whose figures count people, of which a later figure of people may be a part.
_PEOPLE_KINDS = frozenset({"casualties", "fighters"})
_STRIKE_KINDS = frozenset({"strikes", "sorties"})  # kinds of a briefing of air operations


# Between a tally's noun and its figure: a dash, or a colon right after the noun ("Tanks:
# 8,582 (+12)", as live blogs lay the General Staff's tally out).
_TALLY_SEPARATOR = r"(?:[ \t]{1,3}[\u2012\u2013\u2014-]{1,2}|:)[ \t]{1,3}"
# An item of a tally of losses: its noun, then a dash and its figure, at the start of a line
# or after a comma ("tanks – 3,350 (+2)", "personnel – about 254,900 (+730) persons"). The noun
# has up to five words; one word (a qualifier such as "about") may stand after the dash.
_TALLY_ITEM = regex.compile(
    r"(?:^|(?<=[\n,;:]))[ \t]{0,3}"
    r"(?P<noun>[A-Za-z][\w'/-]{0,30}(?:[ \t]{1,2}[A-Za-z][\w'/-]{0,30}){0,4})"
    rf"{_TALLY_SEPARATOR}(?:[a-z]{{2,13}}[ \t]{{1,2}})?$"
)
# The dash right before an item's figure: "tanks \u2013 5,557", or the figure dash, as
# Ukraine's General Staff often writes it ("tanks \u2012 5,557"); or a colon ("Tanks: 8,582").
_TALLY_DASH_BEFORE = regex.compile(r"(?:[\u2012\u2013\u2014-][ \t]{0,2}|:[ \t]{1,2})$")
_TALLY_REACH = 120  # characters read before an item's figure for its noun
_TALLY_CUE_REACH = 600  # characters read before an item for the losses the tally is of
# The day's addition after an item's figure: "3,350 (+2)", maybe with the day it is over ("8,582
# (+11 compared to the previous day)").
_TALLY_INCREMENT = regex.compile(r"[ \t]{0,2}\(\+\d[\d,]{0,8}(?:[ \t]{1,2}[^()\n\d]{1,60})?\)")
_TALLY_TOTAL_BEFORE = regex.compile(r"\d[\d,.]{0,12}[ \t]{0,2}\($")


# A line of a tally: up to five words, a dash and a figure ("aircraft \u2013 320;").
_TALLY_LINE = regex.compile(
    r"[ \t]{0,3}[A-Za-z][\w'/-]{0,30}(?:[ \t]{1,2}[A-Za-z][\w'/-]{0,30}){0,4}"
    rf"{_TALLY_SEPARATOR}(?:[a-z]{{2,13}}[ \t]{{1,2}})?\d[^\n]{{0,60}}$"
)


def _tally_list_start(text: str, line_start: int, floor: int) -> int:
    """Where the tally holding the line at ``line_start`` starts: back over the tally lines and
    blank lines before it, not past ``floor``."""
    start = line_start
    while start > floor:
        previous = max(floor, text.rfind("\n", floor, start - 1) + 1)
        if previous == floor and text[floor - 1 : floor] not in ("", "\n"):
            break  # the line runs on before the floor: not read
        line = text[previous : start - 1]
        if line.strip() and not _TALLY_LINE.fullmatch(line):
            break
        start = previous
    return start


def _tally_item(text: str, mention, lex: Lexicon, m: _Matcher) -> _Counted | None:
    """What an item of a tally of a side's losses counts, from its noun before the figure:
    "tanks – 3,350 (+2)" counts tanks destroyed, "aircraft – 313" aircraft lost, "personnel –
    about 254,900" the dead and hurt; so does the day's addition in brackets after it. None when
    the figure is no such item, or the text before it names no losses."""
    start = mention.start
    if mention.text.startswith("+") and text[start - 1 : start] == "(":
        total = _TALLY_TOTAL_BEFORE.search(text, max(0, start - 16), start)
        if total is None or mention.high == 0:
            return None  # "(+0)": no loss that day
        start = total.start()
    elif _TALLY_INCREMENT.match(text, mention.end) is None and text[start - 1 : start] != " ":
        return None
    line_start = text.rfind("\n", max(0, start - _TALLY_REACH), start) + 1
    item = _TALLY_ITEM.search(text, max(line_start, start - _TALLY_REACH), start)
    if item is None:
        return None
    noun = m.noun_after.match(" " + item.group("noun") + " ")
    if noun is None:
        return None
    head = " ".join(noun.group("head").lower().split())
    kind = lex.noun_to_kind.get(head, "")
    if (
        kind not in ("targets", "aircraft", "missiles", "fighters")
        and head not in lex.people_nouns
    ):
        return None
    increments = _TALLY_INCREMENT.match(text, mention.end) is not None or start != mention.start
    if kind == "fighters" or (not kind and head in lex.people_nouns):
        if not increments:
            return None  # "troops – about 100,000": a force's size, unless counted by the day
    # The words of loss must head the list itself: the sentence or heading line it follows
    # ("... were approximately:", "have also destroyed:", "... are as follows, the General
    # Staff reported."), not an earlier sentence.
    floor = max(0, item.start() - _TALLY_CUE_REACH)
    # An item on a line of its own heads back to the sentence before its list; one inside a
    # sentence ("... by item - kits - 2,000, generators - 50") to its own sentence's start.
    own_line = not text[line_start : item.start()].strip()
    before_list = (
        max(0, _tally_list_start(text, line_start, floor) - 2) if own_line else item.start()
    )
    heading = max(
        floor, text.rfind(". ", 0, before_list) + 1, text.rfind(".\n", 0, before_list) + 1
    )
    if not increments and m.tally_cue.search(text, heading, item.start()) is None:
        return None  # "Weapons - 40 rifles": a list of no losses
    what = noun.group("head").strip()
    tally = "increment" if start != mention.start else "total"
    if kind in ("aircraft", "missiles"):
        return _Counted(kind, what, mention.end, lex.kinds[kind].unit, "lost", "", tally=tally)
    if kind == "targets":
        return _Counted(kind, what, mention.end, lex.kinds[kind].unit, "", "", tally=tally)
    group = lex.casualty_group(head)
    return _Counted(
        "casualties", what, mention.end, "person", "killed_or_injured", group, tally=tally
    )


def _counted(
    text: str,
    mention: numbers.NumberMention,
    sentence: Callable[[], str],
    lex: Lexicon,
    m: _Matcher,
    hints: _Hints,
    previous: _Counted | None = None,
    referred: bool = False,
) -> _Counted | None:
    """What a number counts, from the words around it; None if it is no claim kind.

    ``sentence`` returns the figure's sentence, which some nouns need a cue word in ("flights"
    flown, "positions" hit); it is asked for only then, as most numbers are no claim.
    ``previous`` is the counted figure before it in its sentence, which a bare figure joined
    to it ("30 militants were killed ... and another five outside Kobane", "at least 80 of them
    soldiers") counts more of. ``hints`` says where the article has casualty and "number of"
    words. ``referred`` says that words referring back to ``previous`` open the figure's
    sentence ("The victims included 45 children"): the figure is a part of it, as after "of
    whom".
    """
    if mention.unit:
        return None  # money or a percentage ("captured $5 billion", "killed 5%"): no count
    if _TALLY_DASH_BEFORE.search(text, max(0, mention.start - 3), mention.start) or (
        mention.text[:1] == "+" and text[mention.start - 1 : mention.start] == "("
    ):
        item = _tally_item(text, mention, lex, m)
        if item is not None:
            return item
    limit = min(len(text), mention.end + 120)
    line_end = text.find("\n", mention.end, limit)
    limit = line_end if line_end != -1 else limit
    # Every noun, partitive or "of the dead" after a figure starts with a space and then a
    # letter or a quotation mark; a figure followed by anything else (a digit, a comma) is
    # spared those patterns.
    following = text[mention.end : mention.end + 4]
    first = following.lstrip()[:1]
    word_after = following[:1].isspace() and (
        first.isalpha()
        or first in "\"'\u201c["  # "[" of an editor's insertion: "21 [metric] tons"
        or (first.isdigit() and m.age_next.match(text, mention.end) is not None)
    )
    if word_after:
        words = text[mention.end : mention.end + 16].split(None, 2)
        # As written: "IS" (Islamic State) is a name where "is" is a verb.
        if len(words) > 1 and words[0] in m.no_noun_words:
            word_after = False  # "10 to 12", "5 in Aleppo": no noun follows
        elif words and words[0].lower().rstrip(",.;:") in m.distance_units:
            return None  # "500 people died 10 km from the border": a distance
    of_casualties = m.of_the_casualties.match(text, mention.end, limit) if word_after else None
    group = (of_casualties.group("group") or "").lower() if of_casualties is not None else ""
    if of_casualties is not None and of_casualties.group("died"):
        what = text[of_casualties.start() : of_casualties.end()].strip()
        group = previous.group if previous is not None and previous.kind == "casualties" else ""
        return _Counted("casualties", what, of_casualties.end(), "person", "killed", group)
    if group and (group in lex.people_nouns or lex.noun_to_kind.get(group) == "fighters"):
        # Only with a group: "four of the dead were identified" adds no figure of its own.
        subtype = "killed" if of_casualties.group("killed") else "injured"
        what = text[of_casualties.start() : of_casualties.end(subtype)].strip()
        return _Counted(
            "casualties",
            what,
            of_casualties.end(),
            "person",
            subtype,
            lex.casualty_group(of_casualties.group("group")),
            part_group=True,
        )
    partitive = m.partitive_after.match(text, mention.end, limit) if word_after else None
    if partitive is not None and (previous is None or previous.what_end < mention.start):
        referred_to = _part_of_referent(text, mention, partitive, previous, limit, lex, m)
        if referred_to is not None:
            return referred_to or None
    if previous is None:
        partitive = None
    opening = None
    if partitive is None and previous is not None:
        opening = m.partitive_opening.search(text, max(0, mention.start - 20), mention.start)
        if (
            opening is not None
            and word_after
            and opening.group().lower().rstrip().endswith("which")
            and m.noun_after.match(text, mention.end, limit) is not None
        ):
            opening = None  # "of which 22 drones were destroyed": counted by its own noun
    if partitive is not None:
        part_end = partitive.end()
    elif (
        opening is not None
        or (referred and previous is not None)
        or (
            # "45 civilians were killed. Twelve children were among them": in a sentence of its
            # own ("Three women and three children were among those killed" are two parts).
            previous is not None
            and word_after
            and _sentence_between(text, previous.what_end, mention.start)
            and _among_them(text, mention, limit, m)
        )
    ):
        # ", of whom 8 were children": the same part, its "of whom" before the figure.
        copula = m.copula_after.match(text, mention.end, limit)
        part_end = copula.end() if copula is not None else mention.end
    else:
        part_end = None
    if part_end is not None:
        # "at least 80 of them soldiers": part of the figure before, with its own noun if any.
        tail = m.noun_after.match(text, part_end, limit)
        if tail is not None and _attributive(text, tail, tail.group("head"), mention, lex):
            # "1,021 sorties, 392 of them strike sorties": "strike" describes sorties.
            longest = m.noun_after_longest.match(text, part_end, limit)
            if longest is not None and longest.end("head") > tail.end("head"):
                tail = longest
        own = tail is not None and _is_people(tail, lex)
        # But people are no part of a count of things: "40 sorties, of whom 8 pilots were new".
        by_whom = partitive or opening
        of_people = own or (by_whom is not None and "whom" in by_whom.group().lower())
        if of_people and previous.kind not in _PEOPLE_KINDS:
            return None
        if previous.kind not in _PEOPLE_KINDS and not own:
            plural = m.any_plural_after.match(text, part_end, limit) if tail is None else None
            if plural is not None and not plural.group("of") and not plural.group("mods"):
                return None  # "14 buildings. Among them were 2 schools": a thing of no kind
            # "Of those, 40 targeted positions": a verb, and the part is of the whole.
            first_mod = (tail.group("mods") or "").split()[:1] if tail is not None else []
            if tail is not None and not (first_mod and first_mod[0].lower().endswith("ed")):
                head = " ".join(tail.group("head").lower().split())
                if lex.noun_to_kind.get(head) != previous.kind:
                    return None  # "40 targets. Among them were 12 sorties": no part of them
                # "40 targets. Among them were 12 command posts": counted by their own noun.
                what = text[tail.start("head") : tail.end("head")]
                return dataclasses.replace(
                    _more_of(previous, mention.end, previous.group), what=what, what_end=tail.end()
                )
        part = _more_of(
            previous,
            mention.end,
            _group(tail, tail.group("head"), text, lex, m) if own else previous.group,
        )
        # "40 people were hurt, nine of them were seriously wounded": its own participle.
        befell = None if own else m.participle_after.match(text, part_end, limit)
        if befell is not None:
            subtype = m.subtype_of.get(" ".join(befell.group("head").lower().split()), "")
        else:
            # "held 30 hostages and killed 12 of them": the verb right before the part.
            verb = (
                _verb_before(_words_before(text, mention.start, 30, 3), m) if partitive else None
            )
            subtype = verb[0] if verb is not None else ""
        if subtype and subtype != part.subtype:
            part = dataclasses.replace(part, subtype=subtype)
        if part.kind == "fighters" and part.subtype:
            # "Ten soldiers came under fire and four of them were killed": the force's dead.
            head = _bare_word(previous.what.split()[-1]) if previous.what else ""
            part = dataclasses.replace(part, kind="casualties", group=lex.casualty_group(head))
        return part
    noun = m.noun_after.match(text, mention.end, limit) if word_after else None
    if noun is None and word_after:
        counter = m.counter_of.match(text, mention.end, limit)
        if counter is not None:
            # "13 units of T-72 tank", "1 unit of drone", as translated briefings count
            # hardware: the thing after the counter word is counted.
            things = m.noun_after.match(text, counter.end() - 1, limit)
            if (
                things is not None
                and lex.noun_to_kind.get(" ".join(things.group("head").lower().split()))
                in _THING_KINDS
            ):
                noun = things
    if noun is None or _verb_right_after(text, mention, lex):
        # "Of the 64 sorties, 20 targeted oil facilities": 20 of the sorties; but in "Of the
        # 40 strikes, 12 people were killed" the figure counts its own noun.
        opened = _part_of_opener(text, mention, lex, m)
        if opened is not None:
            return opened
    if noun is not None and (
        _attributive(text, noun, noun.group("head"), mention, lex)
        or _name_goes_on(text, noun.end("head"), lex)
    ):
        # A part ("4 of the sorties' targets") is read as a part, whatever its whole owns.
        part = bool(noun.group("of")) and noun.group("of").split() != ["of"]
        owned = None if part else _after_possessive(text, _noun_end(noun))
        if owned is not None:
            # "2,000 militants' facilities": the facilities are counted; "3 children's
            # relatives": a noun the lexicon lacks, read as a figure with no noun.
            noun = m.noun_after.match(text, owned, limit)
        else:
            longest = m.noun_after_longest.match(text, mention.end, limit)
            if longest is not None and longest.end("head") > noun.end("head"):
                noun = longest  # "2,000 terrorist facilities": "terrorist" describes facilities
            elif _machines_before_things(
                text, _noun_end(noun), noun.group("head").split()[-1], lex
            ):
                noun = m.noun_after.match(text, _noun_end(noun), limit) or noun  # "launchers"
            elif _machine_describing_a_plural(text, noun, lex):
                noun = None  # "two aircraft carriers", "12 tank crews": no machines counted
    if noun is not None and _fate_then_things(noun, lex, m):
        noun = None  # "were killed and 17 wounded Afghan Air Force airstrikes": 17 wounded
    if noun is None:
        named = (
            _designated(text, mention, limit, lex, m)
            or _number_of_before(text, mention, m, lex, hints)
            or _things_lost_before(text, mention, m, lex)
            or _force_numbered(text, mention, m, lex)
            or _strong_force(text, mention, m, lex)
            or _force_of(text, mention, m, lex)
        )
        if named is not None:
            return named
    if noun is None or (
        noun.group("of")
        and not _casualty_of(text, noun, lex, m)
        and not _lost_part(text, mention, noun, lex)
        and not _performed_part(text, mention, noun, lex)
        and not _hit_part(text, noun, lex, m)
        and not _own_aircraft_part(text, mention, noun, lex, m)
    ):
        if noun is not None and mention.qualifier != "vague" and not _scaled(mention):
            return None  # "17 of the targets" counts part of something else
        if noun is None:
            # Most bare numbers are no casualty figure; a lookup of the casualty words near
            # them spares the costlier patterns.
            item = _next_target_item(text, mention, limit, lex, m, previous)
            if item is not None:
                return item
            level = _earlier_level(text, mention, previous, m)
            if level is not None:
                return level
            labelled = _labelled_count(text, mention, limit, lex, m)
            if labelled is not None:
                return labelled
            total = _things_total_after(text, mention, limit, lex, m)
            if total is not None:
                return total
            if _part_of_things(text, mention, limit, lex, m):
                # "lost 3 of its 34 aircraft": the whole names the part's noun, and its own
                # reading takes the part (see _part_before_whole); "lost 3" alone is no toll.
                return None
            if not hints.casualty.within(max(0, mention.start - TOLL_REACH), limit):
                return _bare_figure(text, mention, limit, m, previous, ellipsis_only=True)
            plural = m.any_plural_after.match(text, mention.end, limit) if word_after else None
            others = _other_people(text, mention, limit, lex, m, plural)
            if others is not None:
                return others
            thing = plural.group("head").lower() if plural is not None else ""
            if (thing in lex.not_people and thing not in m.subtype_of) or (  # "49 lives" are dead
                plural is not None
                and _casualty_subtype(text, mention, plural, m, near_only=True) == "captured"
            ):
                # "the terrorists lost about 200 units of armored vehicles", "seized seven
                # assault rifles": things, so the verb before the figure counts no one.
                return _bare_figure(text, mention, limit, m, previous, ellipsis_only=True)
            return _bare_figure(text, mention, limit, m, previous)
    head = " ".join(noun.group("head").lower().split())
    what_start = noun.start("mods") if noun.group("mods") else noun.start("head")
    while what_start < noun.end() and text[what_start].isspace():
        what_start += 1
    kind_name = lex.noun_to_kind.get(head)
    if noun.group("mods") and _DESIGNATION.search(noun.group("mods")):
        # "4 more Su-30 fighters": a model designation makes them machines of that kind.
        kind_name = next(
            (k.name for k in lex.kinds.values() if head in k.after_designation), kind_name
        )
    people = head in lex.people_nouns or bool(lex.fate_of_noun(head))
    if kind_name is None and not people:
        return None
    if kind_name in _MISSION_KINDS and _unrealised_before(text, mention, m):
        return None  # "cancelled dozens of strikes", "planned 30 sorties": none flown
    if kind_name == "tonnage":
        kind = lex.kinds["tonnage"]
        if head in kind.needs_cue and (
            kind.cues is None or not hints.sentence_has(kind.cues, sentence())
        ):
            return None  # "($1 = 0.6825 pounds)": money, not weight
        end = noun.end("cargo") if noun.group("cargo") else noun.end("head")
        mods = noun.group("mods") or ""
        if "[" in mods:
            # "16 [short] tons": the editor's word is part of the measure.
            measure = " ".join(mods.replace("[", " ").replace("]", " ").split()[-1:] + [head])
            head = measure.lower() if measure.lower() in kind.nouns else head
        unit = str(parse_unit(head))
        return _Counted("tonnage", text[what_start:end], end, unit, "", "")
    end = _noun_end(noun)
    what = text[what_start : noun.end("head")]
    if kind_name == "aircraft":
        mission = m.mission_after.match(text, end, limit)
        if mission is not None and not head.endswith("s"):
            # "35 fighter jet and 21 helicopter missions": missions flown, not aircraft.
            return _Counted(
                "sorties",
                text[what_start : mission.end()],
                mission.end(),
                lex.kinds["sorties"].unit,
                "",
                "",
            )
    if kind_name is None and head in lex.group_of and not lex.group_of[head]:
        # "15 others", "Seven others were wounded": whoever they are, the text does not say.
        subtype = _casualty_subtype(text, mention, noun, m)
        if subtype in ("killed", "injured", "captured"):
            return _Counted("casualties", what, end, "person", subtype, "", False)
        return None
    if lex.fate_of_noun(head):
        subtype = lex.fate_of_noun(head)
        if subtype == "captured":
            # "Three hostages were killed": what befell them wins; "released 33 hostages",
            # "20 hostages were freed": no longer held, no count.
            befell = _casualty_subtype(text, mention, noun, m, near_only=True)
            around = _words_before(text, mention.start, 30, 2)
            for word in text[end : end + 40].split()[:5]:
                word = word.lower()
                if word in m.part_list_words or any(char.isdigit() for char in word):
                    break  # "seized 12 hostages and 4 hostages escaped": the 4 escaped
                around.append(word.strip(",.;:"))
                if word[-1:] in ",.;:":
                    break
            if befell == "excluded" or set(around) & m.excluded_words:
                return None  # "100 of the captives have since been freed"
            subtype = befell if befell in ("killed", "injured", "killed_or_injured") else subtype
        group = lex.casualty_group(head) if head in lex.group_of else ""
        modifier = noun.group("mods").split()[-1:]
        if not group and modifier:
            # "10,000 civilian deaths", "30 militant deaths": the word before names whose.
            word = modifier[0].lower()
            group = lex.casualty_group(word) if word in lex.group_of else ""
        group = group or _group_after_fate(text, end, lex)  # "8 martyrs from its fighters"
        return _Counted("casualties", what, end, "person", subtype, group)
    if kind_name in (None, "fighters"):
        sub_figure = previous is not None and _sub_figure_before(
            _words_before(text, mention.start)
        )
        part = sub_figure and previous.kind == "casualties"
        # A part keeps the whole's fate unless its own words name one: the looser clause verb
        # ("died of their wounds, bringing the toll to 61, including five children") is not its.
        subtype = _casualty_subtype(text, mention, noun, m, shared=not part, near_only=part)
        if (
            subtype == "excluded"
            and kind_name == "fighters"
            and not (noun.group("mods") and m.casualty_modifier.search(noun.group("mods")))
            and _arrived_as_a_force(text, mention, end, m)
        ):
            subtype = ""  # "brought in 5,000 mercenaries": a force moved to the fight
        if subtype in ("excluded", "combined") or _part_of_the_moved(text, mention, m):
            # People who fled or were moved, or a part of them ("freed 500 prisoners, among
            # them 140 Taliban fighters"); killed and wounded together.
            return None
        if (
            not subtype
            and previous is not None
            and (
                sub_figure
                or _in_breakdown(text, mention.start, end, m)
                or _in_inclusion_list(text, mention.start, end, m)
                # "the deaths of 1,984 children and 1,237 women": the next item of its list,
                # also past each item's phrase ("the death of 684 fighters of the regime
                # forces, 471 members of the pro-regime militias and ...").
                or (
                    previous.kind == "casualties"
                    and previous.what_end < mention.start
                    and m.item_gap.fullmatch(text, previous.what_end, mention.start) is not None
                    and m.item_end.match(text, end) is not None  # not "and 30 rebels joined"
                    and m.own_clause_verb.match(text, end, limit) is None
                )
            )
        ):
            # "the toll rose to 20, including at least 13 civilians"; "left 70 dead: 40
            # soldiers and 30 rebels"
            subtype = previous.subtype
        if (
            not subtype
            and kind_name == "fighters"
            # A plural ("servicemen", "personnel" too), not a word describing another noun:
            # "destroyed 3 terrorist groups".
            and head.endswith(("s", "men", "personnel"))
            and not _attributive(text, noun, head, mention, lex)  # "40 personnel files"
            and (destroyed := _combatants_destroyed(text, mention, end, m))
        ):
            # "the aviation destroyed 40 terrorists", "up to 60 bandits were destroyed": as
            # Russian and Syrian briefings write the killing of fighters.
            subtype = destroyed
        if _attributive(text, noun, head, mention, lex) and not subtype:
            return None  # "two rebel sources": "rebel" describes the sources
        if not subtype and _aimed_fate_before(_words_before(text, mention.start), m):
            return None  # "vowed to kill 100 soldiers": no one killed, and no force
        if subtype:
            return _Counted(
                "casualties", what, end, "person", subtype, _group(noun, head, text, lex, m)
            )
        if (
            noun.group("of")
            and noun.group("of").split()[1:2]
            and (noun.group("of").split()[1].lower() in _DEFINITE)
        ):
            # "two of the soldiers were deployed": part of a force named before, not its
            # size; "300 of their fighters joined" is one.
            return None
        if kind_name is None:
            if head in lex.noncombatants:
                return None  # "35,000 civilians massed at the border": no force
            if m.moved_after.match(text, end, limit) or _population_before(text, mention, m):
                return None  # "a city of two million people", "... people remain trapped"
            before = _words_before(text, mention.start, 12, 1) if head in lex.dwellers else []
            if before and before[-1].lower() in m.possession_verbs:
                return None  # "Goma, on Lake Kivu, had more than 1 million residents"
            cues = lex.kinds["fighters"].cues
            if cues is None or not hints.sentence_has(cues, sentence()):
                return None
            if (
                cues.search(
                    text,
                    max(0, mention.start - _FORCE_CUE_REACH),
                    min(len(text), end + _FORCE_CUE_REACH),
                )
                is None
            ):
                # A sentence that runs on, as text stripped of its punctuation does: "a
                # lifeline for some 110000 people who have been under siege ... 135 million
                # people are in need" makes no force of the 110,000.
                return None
            fleeing = m.fleeing_later.match(text, end, limit)
            if fleeing is not None and not cues.search(text, end, fleeing.start("flight")):
                return None  # "35,000 Syrians massed at the border, fleeing the offensive"
            kind_name = "fighters"
        if mention.high < 2:
            return None  # "One rebel commander": a force of one is no force size
        if mention.qualifier == "vague" and mention.high < 10:
            return None  # "several personnel were asleep": a handful is no force size either
        loss = _loss_noun_before(_words_to_figure(text, mention, m), lex, m)
        if loss:
            # "suffered losses of 400 fighters", "Russian losses stood at 1,120 troops": dead
            # and hurt together, no force; "deaths rose to 40 soldiers": the dead.
            group = lex.casualty_group(head) if head in lex.group_of else ""
            subtype = lex.fate_of_noun(loss) or "killed_or_injured"
            return _Counted("casualties", what, end, "person", subtype, group)
    kind = lex.kinds[kind_name]
    if (
        head in kind.needs_cue
        and (kind.cues is None or not hints.sentence_has(kind.cues, sentence()))
        # ... unless a verb of the kind governs it: "rebels overran 20 positions near Goma".
        and not (
            kind.verbs
            and mention.qualifier != "vague"  # "captured several positions": no count
            and _governed(text, mention, end, limit, kind, m, head)
        )
    ):
        return None
    if kind_name == "targets":
        # (Not drones or missiles: "3 drones Shahed" names a model a lost machine's noun reads.)
        model = m.model_after.match(text, end, limit)
        if model is not None:
            # "8 tanks Leopard, 11 infantry fighting vehicles Bradley": the model's name after
            # the thing, as translated briefings write it, belongs to the item.
            what, end = f"{what} {model.group('model')}", model.end()
    if head in kind.needs_verb and (
        # "shelling hit several areas of the capital" counts no places.
        (head in kind.after_place and mention.qualifier == "vague")
        or (
            not _governed(text, mention, end, limit, kind, m, head)
            and not _next_item_of(text, previous, mention, end, kind_name, m)
        )
    ):
        return None
    return _Counted(kind_name, what, end, kind.unit, "", "")


def _war_near(text: str, start: int, end: int, kind_name: str) -> bool:
    """Whether a word of war stands within reach of a count of things (the kind's
    ``verb_context``): a storm, a fire or a company destroys and loses things too."""
    context = lexicon().kinds[kind_name].verb_context
    return context is None or bool(
        context.search(text, max(0, start - _WAR_REACH), min(len(text), end + _WAR_REACH))
    )


_WAR_REACH = 300  # characters either side of a count of things a word of war is read in


def _past_joint_fates(text: str, previous: _Counted, m: _Matcher) -> int:
    """Where a list's item of the dead and hurt ends, past the fates after its noun: "60
    servicemen| killed and wounded|, 2 tanks"."""
    if previous.kind == "casualties" and previous.subtype == "killed_or_injured":
        joint = m.joint_after.match(text, previous.what_end)
        if joint is not None:
            return joint.end()
    return previous.what_end


def _next_item_of(
    text: str, previous: _Counted | None, mention, end: int, kind_name: str, m: _Matcher
) -> bool:
    """Whether the figure is the next item of a list whose item before it was counted as the
    same kind: "destroyed 23 fighting positions, 18 mortar systems, ..., three tunnels, two
    artillery systems, a weapons cache" is one list however long, its verb long before."""
    return (
        previous is not None
        and (
            previous.kind == kind_name
            # A tally of losses lists aircraft lost, then other things: "destroyed 347
            # aircraft, 325 helicopters, 1,969 cruise missiles, 26 warships/boats".
            or (
                previous.kind in AIR_KINDS
                and previous.subtype == "lost"
                and kind_name == "targets"
            )
            # A side's losses list people, then things: "the losses of the enemy amounted to
            # 255 servicemen, 7 tanks and 4 pickup vehicles" ("up to 60 servicemen killed and
            # wounded, 2 tanks").
            or (
                previous.kind == "casualties"
                and previous.subtype == "killed_or_injured"
                and kind_name in _THING_KINDS
                and _war_near(text, mention.start, end, kind_name)  # not a storm's toll
            )
        )
        and previous.what_end <= mention.start
        and m.item_gap.fullmatch(text, _past_joint_fates(text, previous, m), mention.start)
        is not None
        # Not a clause of its own: "destroyed 5 tanks, and 12 vehicles fled"; an item may carry
        # a phrase of any length ("and 5 off-road vehicles with large-caliber machine guns
        # mounted on them were destroyed").
        and (m.item_end.match(text, end) is not None or m.item_phrase.match(text, end) is not None)
    )


#: How far before an aircraft count its launch is read: "attacked with 4 Iskander-M ballistic
#: missiles and |117 Shahed drones".
_LAUNCH_REACH = 80

#: The most words an object may have between a verb and a count of times ("struck |the
#: Islamic State group| 1,340 times").
_OBJECT_WORDS = 5


def _whole_after_part(between: list[str]) -> bool:
    """Whether the words between a verb and a figure are a part of it: "375 of", "375 of the",
    "more than 375 of iraq's", "12 of the enemy's", "7 of the russian army's" (lower-cased
    words, as :func:`_words_before` gives them)."""
    if len(between) < 2:
        return False
    at = len(between) - 1 if between[-1] == "of" else len(between) - 2
    if between[at] != "of" and between[-1].endswith(("'s", "\u2019s")):
        # A possessive of two or three words: "of the enemy's", "of the russian army's".
        at = next(
            (i for i in (len(between) - 3, len(between) - 4) if between[i : i + 1] == ["of"]), 0
        )
    return (
        at >= 1
        and between[at] == "of"
        and all(word.replace("'", "").replace("\u2019", "").isalnum() for word in between)
        and numbers.has_figure(" ".join(between[:at]))
    )


def _governed(
    text: str,
    mention: numbers.NumberMention,
    end: int,
    limit: int,
    kind: Kind,
    m: _Matcher,
    head: str = "",
) -> bool:
    """Whether one of ``kind.verbs`` counts the figure: right before it ("destroyed 40 fuel
    trucks", "hit another 12 vehicles") or after its noun, which ends at ``end`` ("17 tanks
    were destroyed", "12 vehicles destroyed")."""
    words = _without_fillers(_words_before(text, mention.start, 100, 14), m)
    governed = False
    for index in range(len(words) - 1, -1, -1):
        if (
            _bare_word(words[index]) in kind.verbs
            or " ".join(words[max(0, index - 1) : index + 1]).lower() in kind.verbs
            or " ".join(words[max(0, index - 2) : index + 1]).lower() in kind.verbs
        ):
            between = words[index + 1 :]
            # Right before the figure, or through a list the verb heads: "destroyed 3
            # refineries and 12 storage facilities", "destroyed a command post and 3
            # warehouses"; not into another clause ("..., and Russia has 12 tanks").
            governed = not between or (
                (
                    between[-1].endswith(",")
                    or any(tuple(between[-len(link) :]) == link for link in m.object_list_links)
                    # A list whose commas were stripped: "destroyed 15 fighting positions
                    # four vehicles three VBIEDs", after an item of the kind.
                    or (
                        _bare_word(between[-1]) in kind.nouns
                        and numbers.has_figure(" ".join(between))
                    )
                )
                and not any(_bare_word(word) in m.clause_words for word in between)
                # "destroyed a bridge that linked the town to Raqqa, and 5 tanks were spotted"
                and (
                    m.list_item_end.match(text, end) is not None
                    or _figure_right_after(text, end)  # the next item of a stripped list
                )
            )
            if not governed:
                # The whole a part of it was counted from: "destroyed 375 of Iraq's 594 aircraft
                # shelters", "destroyed 12 of the 40 tanks".
                governed = _whole_after_part(between)
            if not governed and head in kind.after_place and between[-1:] == ["in"]:
                # "struck manpower and military equipment in 134 areas": the places its
                # object was hit in, in the same clause.
                governed = not any(
                    word[-1] in ";:"
                    or _bare_word(word) in m.clause_words
                    # Another verb: "struck positions and killed civilians in 5 districts",
                    # "struck Gaza, cutting power in 12 districts".
                    or _bare_word(word) in m.target_item_verbs
                    or (at and between[at - 1].endswith(",") and _bare_word(word).endswith("ing"))
                    # Another clause: "struck the town, and residents fled in 3 districts"
                    # (but "on firing positions, and also manpower ... in 143 districts").
                    or (
                        word[-1] == ","
                        and between[at + 1 : at + 2] in (["and"], ["but"])
                        and between[at + 2 : at + 3] != ["also"]
                    )
                    for at, word in enumerate(between)
                )
            if not governed and head in kind.after_object:
                # "struck the town 12 times": an object of a few words, in the same clause.
                governed = len(between) <= _OBJECT_WORDS and not any(
                    word[-1] in ",;:"
                    or word.lower() in ("and", "or")
                    or _bare_word(word) in m.clause_words
                    for word in between
                )
            break
        if words[index][-1] in ".;:!?":
            break
    if not governed and kind.name == "targets":
        # "Among the targets were four launchers": the clause's subject is the targets hit.
        governed = (
            m.targets_listed_before.search(text, max(0, mention.start - 100), mention.start)
            is not None
        )
    if not governed:
        # Passive only: in "Two tanks destroyed 12 buildings" the tanks did it. A count that
        # is the object of another verb is no subject of a passive further on ("Ukraine
        # received 30 tanks from Germany, and 12 bunkers were destroyed").
        verb_before = _bare_word(words[-1]) if words else ""
        object_of_other = (
            verb_before.endswith("ed")
            and verb_before not in kind.verbs
            and verb_before not in m.speech_verb_words
        )
        governed = _passive_verb_at(text, end, limit, kind, m, bare=not object_of_other) or (
            not object_of_other
            and _passive_after_list(text, end, min(len(text), end + _LIST_REACH), kind, m)
        )
        if not governed and not object_of_other:
            # "Three buildings near the airport were hit": where they stood, then the passive.
            where = m.thing_postmodifier.match(text, end, limit)
            governed = where is not None and _passive_verb_at(
                text, where.end(), limit, kind, m, bare=False
            )
    # A storm, a fire or a company destroys or targets things too: only where the text
    # speaks of strikes, forces or fighting.
    return (
        governed
        and kind.verb_context is not None
        and _war_near(text, mention.start, end, kind.name)
    )


def _passive_verb_at(
    text: str, position: int, limit: int, kind: Kind, m: _Matcher, *, bare: bool = True
) -> bool:
    """Whether one of ``kind.verbs`` in the passive starts at ``position`` (" were destroyed"),
    or, with ``bare``, its bare past participle where the clause ends, its auxiliary left to an
    earlier clause ("1,000 militants have been killed and 19 tanks and 37 vehicles destroyed,
    it said"); not a verb with an object ("Two tanks destroyed 12 buildings") nor one of
    action ("Twenty tanks engaged in heavy fighting", "tanks attacking on the front")."""
    after = m.verb_after.match(text, position, limit)
    verb = " ".join(after.group("verb").lower().split()) if after is not None else ""
    if verb not in kind.verbs:
        return False
    if after.group("aux") is not None:
        return True
    if not bare or verb.endswith("ing"):
        return False
    window = min(len(text), after.end() + 20)
    return m.participle_end.match(text, after.end(), window) is not None or (
        verb not in m.action_participles
        and m.participle_phrase.match(text, after.end(), window) is not None
        # Not the subject of a verb later in its clause: "About 100 homes damaged in last
        # year's shelling were rebuilt".
        and _CLAUSE_AUXILIARY.match(text, after.end(), min(len(text), after.end() + 120)) is None
    )


# A finite auxiliary later in the clause of a participle and its phrase, before any link that
# opens another clause (stripped text runs its clauses on: "four camps destroyed since the
# start of the operations and that 1700 troops were deployed").
_CLAUSE_AUXILIARY = regex.compile(
    r"(?:(?!(?<![\w-])(?:and|that|which|while|but|as|after)(?![\w-]))[^.,;:!?\n]){0,100}?"
    r"(?<![\w-])(?:were|was|are|is|have|has|had|will)(?![\w-])"
)


# One word of a list item's noun phrase ("..., 11 warehouses and 27 fortified areas were
# destroyed").
# A word may be a name in quotes ('4 "Osa" and 1 "Kub" systems').
_LIST_WORD = regex.compile(r"\s{1,3}[\"\u201c]?[A-Za-z'-]{1,20}[\"\u201d]?")
_LIST_ITEMS, _LIST_ITEM_WORDS = 8, 6
# How far a list of counts is read for its passive verb: its items, their words and links.
_LIST_REACH = _LIST_ITEMS * (_LIST_ITEM_WORDS + 4) * 24


# An item of one opened by its article: "Three houses| and |a |monastery were destroyed".
_ARTICLE_ITEM = regex.compile(r"(?i:an?)(?=\s{1,3}[A-Za-z])")
_JOINED_NOUN_WORDS = 3  # "11 tanks and| other armoured vehicles| were destroyed"
_NEXT_WORD = regex.compile(r"\s{1,3}(?P<word>[A-Za-z-]{1,30})")  # the word after a position


def _joined_noun_end(
    text: str, position: int, limit: int, nouns: frozenset[str], m: _Matcher
) -> int | None:
    """End of a noun of ``nouns`` joined at ``position`` to the item before, inside one item:
    "8,187 field artillery guns| and mortars|", "11 tanks| and armoured vehicles|", "| and
    other armoured vehicles|" (up to three words, the last ending a noun of the kind); None
    when no such noun is joined there."""
    joined = m.joined_noun.match(text, position, limit)
    if joined is None:
        return None
    words, end, found = [joined.group("noun").lower()], joined.end(), None
    while True:
        if any(" ".join(words[start:]) in nouns for start in range(len(words))):
            found = end
        if len(words) == _JOINED_NOUN_WORDS:
            return found
        word = _NEXT_WORD.match(text, end, limit)
        if word is None:
            return found
        words.append(word.group("word").lower())
        end = word.end()


def _passive_after_list(text: str, end: int, limit: int, kind: Kind, m: _Matcher) -> bool:
    """Whether a list of counts that goes on after the noun ending at ``end`` ends in one of
    ``kind.verbs`` in the passive: "3 command points, 11 warehouses of ammunition and 27
    fortified areas were destroyed" destroyed all three, and "8,187 field artillery guns and
    mortars have been destroyed" its one item of two nouns. At most 8 more items, of up to 6
    words each, are read."""
    position, items, words, joined = end, 0, 0, False
    while items <= _LIST_ITEMS and words <= _LIST_ITEM_WORDS:
        if (items or joined) and _passive_verb_at(text, position, limit, kind, m):
            return True
        item = m.list_next_item.match(text, position, limit)
        # The item's figure in digits or words: "4 vehicles, seven motorcycles, 3 bunkers".
        figure = None if item is None else numbers.figure_at(text, item.end(), language=m.language)
        if figure is not None:
            position, items, words = item.end() + figure.end, items + 1, 0
            continue
        if item is not None and not words and _ARTICLE_ITEM.match(text, item.end(), limit):
            # "Three houses and a monastery were destroyed": an item of one, its noun any.
            position, items = _ARTICLE_ITEM.match(text, item.end(), limit).end(), items + 1
            continue
        joined_end = _joined_noun_end(text, position, limit, kind.nouns, m)
        if joined_end is not None:
            position, words, joined = joined_end, words + 1, True
            continue
        word = _LIST_WORD.match(text, position, limit)
        if word is None:
            return False
        position, words = word.end(), words + 1
    return False


def _verb_right_after(text: str, mention: numbers.NumberMention, lex: Lexicon) -> bool:
    """Whether the word right after a figure is a verb of striking ("20 targeted oil
    facilities", "15 hit depots"), which a noun phrase's modifier could be mistaken for."""
    following = text[mention.end : mention.end + 20].split(None, 1)
    targets = lex.kinds.get("targets")
    return bool(following) and targets is not None and following[0].lower() in targets.verbs


def _part_of_opener(
    text: str, mention: numbers.NumberMention, lex: Lexicon, m: _Matcher
) -> _Counted | None:
    """The figure as a part of the count a sentence opened with ("Of the 64 sorties, 20 hit
    oil sites": 20 sorties), for counts of things; None for any other figure."""
    if text[max(0, mention.start - 3) : mention.start].rstrip()[-1:] != ",":
        return None
    opener = m.part_of_opener.search(text, max(0, mention.start - 130), mention.start)
    if opener is None:
        return None
    inner = opener.group("inner")
    fate = m.fate_in.search(inner)
    if fate is not None and _names_the_fallen(inner[: fate.start()], lex, m):
        # "Of the 20 people killed, nine were children", "Of those wounded, 12 are soldiers".
        limit = min(len(text), mention.end + 60)
        part = m.group_after.match(text, mention.end, limit)
        named = part.group("group").lower() if part is not None else ""
        if named not in lex.people_nouns and lex.noun_to_kind.get(named) != "fighters":
            return None
        subtype = "killed" if fate.group("killed") else "injured"
        group = lex.casualty_group(part.group("group"))
        return _Counted("casualties", fate.group(), part.end(), "person", subtype, group, False)
    whole = numbers.find(inner)
    if not whole:
        return None
    noun = m.noun_after.match(inner, whole[0].end)
    if noun is None or noun.group("of"):
        return None
    kind_name = lex.noun_to_kind.get(" ".join(noun.group("head").lower().split()))
    if kind_name not in ("sorties", "strikes", "targets", *AIR_KINDS):
        return None  # people: their fate is read from the figure's own clause
    kind = lex.kinds[kind_name]
    return _Counted(kind_name, noun.group("head"), mention.end, kind.unit, "", "")


def _sentence_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``."""
    return mark_between(text, start, end, ".!?\n")


def _among_them(text: str, mention, limit: int, m: _Matcher) -> bool:
    """Whether the figure's noun is followed by words placing it among the count before:
    "Twelve children| were among them"."""
    noun = m.noun_after.match(text, mention.end, limit)
    return noun is not None and m.among_them_after.match(text, noun.end(), limit) is not None


def _part_opening_sentence(text: str, mention, lex: Lexicon, m: _Matcher) -> bool:
    """Whether a sentence opens with a part of the count before it that says who or what
    befell them ("Nine of them were children.", "Three of them died in hospital.", "Twelve
    children were among them."); "Three of them hit a market" (the strikes) and "Nine of them
    were missing" are none."""
    limit = min(len(text), mention.end + 80)
    partitive = m.partitive_after.match(text, mention.end, limit)
    if partitive is None:
        noun = m.noun_after.match(text, mention.end, limit)
        return noun is not None and _is_people(noun, lex) and _among_them(text, mention, limit, m)
    noun = m.noun_after.match(text, partitive.end(), limit)
    return (noun is not None and _is_people(noun, lex)) or m.participle_after.match(
        text, partitive.end(), limit
    ) is not None


def _names_the_fallen(before_fate: str, lex: Lexicon, m: _Matcher) -> bool:
    """Whether the words of an opener before its word of killing or wounding only count and
    name the people it befell ("the 1,700 people", "those", "the 20 civilians who were"), so
    that the opener is a toll; "the 5,000 people who fled after the strikes" is none."""
    words = before_fate
    for mention in reversed(numbers.find(before_fate)):
        words = words[: mention.start] + " " + words[mention.end :]
    return all(
        word in lex.people_nouns or word in lex.modifiers or word in m.toll_opener_words
        for word in words.lower().split()
    )


def _other_people(
    text: str, mention: numbers.NumberMention, limit: int, lex: Lexicon, m: _Matcher, noun
) -> _Counted | None:
    """People the lexicon has no noun for, when a killing or wounding verb counts them:
    "killed dozens of tourists", "34 of his comrades were killed". ``noun`` is the plural after
    the figure (``m.any_plural_after``), or None."""
    if noun is None or noun.group("head").lower() in lex.not_people:
        return None
    if _people_only_verb(text, _words_before(text, mention.start), noun.end("head"), limit, m):
        return None  # "neutralised 300 explosive devices": things, not people
    head = noun.group("head")
    if speakers.is_event_word(head) or head.lower() in lex.noun_to_kind:
        return None  # "Three Blasts Killed 40": the events that killed, not the dead
    if head[:1].isupper() and (
        places.is_place_name(head) or m.participle_after.match(text, noun.end(), limit) is None
    ):
        # A capitalised plural may be a place ("Homs"); as people ("10 Revolutionary Guards
        # had been killed", "Three Americans were killed") its verb follows it directly.
        return None
    if (
        noun.group("of")
        and noun.group("of").split()[-1].lower() == "of"
        and mention.qualifier != "vague"
        and not _scaled(mention)
    ):
        return None  # "all three of mass deaths": a part of something, not a count of people
    subtype = _casualty_subtype(text, mention, noun, m, near_only=True)
    if subtype in ("", "excluded", "combined", "captured"):
        # Things are seized and captured too: "seized seven assault rifles", "captured 40
        # districts"; only a noun of people counts the captured.
        return None
    what_start = noun.start("mods") if noun.group("mods") else noun.start("head")
    what = text[what_start : noun.end("head")].strip()
    return _Counted(
        "casualties",
        what,
        noun.end("head"),
        "person",
        subtype,
        _group(noun, noun.group("head"), text, lex, m),
    )


def _people_only_verb(text: str, words: list[str], end: int, limit: int, m: _Matcher) -> bool:
    """Whether the verb that counts a figure is one that counts people only with a people noun
    ("eliminated", "neutralised"): among ``words`` (:func:`_words_before` the figure), or right
    after ``end`` (its noun's end, or its own)."""
    verb = _verb_before(words, m)
    if verb is not None and _bare_word(words[verb[1]]) in m.people_only:
        return True
    after = m.participle_after.match(text, end, limit)
    return after is not None and _bare_word(after.group("head")) in m.people_only


def _bare_word(word: str) -> str:
    """A word without the quotation marks around it, lower-cased: '"neutralised"'."""
    return word.strip("\"'\u201c\u201d\u2018\u2019").lower()


def _is_people(noun, lex: Lexicon) -> bool:
    head = " ".join(noun.group("head").lower().split())
    return head in lex.people_nouns or lex.noun_to_kind.get(head) == "fighters"


def _lost_part(text: str, mention, noun, lex: Lexicon) -> bool:
    """ "air defences destroyed 21 of the drones", "25 of the cruise missiles were shot down":
    a part of machines counted by their loss, so the "of" is no part of something else."""
    kind = lex.kinds.get(lex.noun_to_kind.get(" ".join(noun.group("head").lower().split()), ""))
    if kind is None:
        return False
    if _loss_word_before(text, mention.start, kind, noun.group()):
        return True
    # The next part of a list the loss word heads: "destroyed 87 of the missiles and |27 of
    # the drones".
    earlier = _PART_BEFORE_AND.search(
        text, max(0, mention.start - _PART_ITEM_REACH), mention.start
    )
    if earlier is not None and _loss_word_before(text, earlier.start(), kind, noun.group()):
        return True
    end = _noun_end(noun)
    return kind.lost_after is not None and bool(
        kind.lost_after.match(text, end, min(len(text), end + _LOSS_REACH))
    )


# A part of a list before the next one: "|87 of the missiles and |27 of the drones".
_PART_BEFORE_AND = regex.compile(
    r"(?<![\w,.-])\d[\d,]{0,9}\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}[\w'-]{1,30}"
    r"(?:\s{1,3}[\w'-]{1,30}){0,2}\s{0,3},?\s{1,3}and\s{1,3}$"
)
_PART_ITEM_REACH = 90  # characters back from a part to the list's part before it


def _performed_part(text: str, mention, noun, lex: Lexicon) -> bool:
    """ "bombers flew 112 of those sorties": a part of flights or strikes counted by their own
    verb right before the figure (``Kind.part_verbs``), so the "of" is no part of something
    else."""
    kind = lex.kinds.get(lex.noun_to_kind.get(" ".join(noun.group("head").lower().split()), ""))
    if kind is not None and _people_of_thing(text, noun.end("head"), lex):
        return False  # "seized 12 of the ship's crew": people, not the ship
    return kind is not None and _part_verb_before(text, mention, kind)


def _own_aircraft_part(text: str, mention, noun, lex: Lexicon, m: _Matcher) -> bool:
    """ "four of its C-130 aircraft took part": a part of a body's own aircraft, after its
    possessive, counts aircraft (where "4 of the aircraft" is a part of a count before), where
    the text speaks of war ("The airline said two of its aircraft were delayed" counts none)."""
    if lex.noun_to_kind.get(" ".join(noun.group("head").lower().split())) != "aircraft":
        return False
    owner = noun.group("of").split()[1:2]
    if not owner or m.possessive_between.fullmatch(owner[0]) is None:
        return False
    # A word of war around it, not the aircraft's own noun.
    war, end = lex.kinds["targets"].verb_context, _noun_end(noun)
    return war is not None and bool(
        war.search(text, max(0, mention.start - _WAR_REACH), mention.start)
        or war.search(text, end, min(len(text), end + _WAR_REACH))
    )


def _hit_part(text: str, noun, lex: Lexicon, m: _Matcher) -> bool:
    """ "Three of our centres were hit", "two of its ambulances were destroyed": a part of a
    body's things counted by the passive of a verb of striking after them."""
    if lex.noun_to_kind.get(" ".join(noun.group("head").lower().split())) != "targets":
        return False
    verbs = lex.kinds["targets"].verbs or frozenset()
    for word in text[_noun_end(noun) : _noun_end(noun) + 40].lower().split()[:4]:
        word = word.strip(",.;:")
        if word in verbs:
            return True
        if word not in m.auxiliary_words:
            return False
    return False


def _part_verb_before(text: str, mention, kind: Kind) -> bool:
    """Whether one of ``kind.part_verbs`` (one word or two) ends the words before a figure."""
    words = text[max(0, mention.start - 30) : mention.start].lower().split()[-2:]
    return bool(words) and (words[-1] in kind.part_verbs or " ".join(words) in kind.part_verbs)


def _casualty_of(text: str, noun, lex: Lexicon, m: _Matcher) -> bool:
    """ "34 of his comrades", "two of the soldiers", "15 of the dead": people, or the fallen,
    so the "of" is no part-of. The fallen only where nothing else befalls them after: "12 of
    the dead were identified" counts no one."""
    if noun.group("of") is None:
        return False
    if _is_people(noun, lex):
        return True
    head = " ".join(noun.group("head").lower().split())
    if head not in lex.killed_nouns and head not in lex.injured_nouns:
        return False
    end = _noun_end(noun)
    following = text[end : end + 40].split(None, 2)
    # "were identified", "were buried": a participle that is no fate ("were killed when ...",
    # "were from the Sunni community" count).
    return not (
        len(following) >= 2
        and following[0].lower() in m.copulas
        and following[1].lower().endswith(("ed", "en"))
        and m.participle_after.match(text, end, min(len(text), end + 60)) is None
    )


def _noun_end(noun: regex.Match) -> int:
    """Where the words after a counted noun start: past the closing mark of scare quotes
    around it ('12 "terrorists" were killed') or around the count and it ('"two Hezbollah
    fighters" were killed')."""
    if "closing" in noun.re.groupindex and noun.group("closing"):
        return noun.end("closing")
    end = noun.end("head")
    return end + 1 if noun.string[end : end + 1] in _CLOSING_QUOTES else end


_CLOSING_QUOTES = frozenset('"\u201d')  # not "'", which may close a possessive


def _attributive(text: str, noun, head: str, mention: numbers.NumberMention, lex: Lexicon) -> bool:
    """Whether a singular counted noun only describes the noun after it: "two rebel sources"."""
    last = head.split()[-1]
    end = _noun_end(noun)
    owned = _after_possessive(text, end)
    if owned is not None:
        # "2,000 militants' facilities", "three army's positions": a possessive describes the
        # noun after it, unless no noun follows ("killed 20 militants' in Homs", a stray mark).
        following = text[owned : owned + 30].split(maxsplit=1)
        return bool(following) and following[0].lower() not in _NOT_A_NOUN
    if last.lower() == "personnel" and _plural_noun_after(text, end):
        return True  # "40 personnel files": "personnel" describes the files
    if mention.high > 1 and last.endswith(
        ("s", "men", "people", "police", "personnel", "children")
    ):
        # A plural head after a count of many is the noun itself, unless it is machines
        # written before the things counted, as translated briefings do: "12 rockets
        # launchers", "4 drones depots".
        return _machines_before_things(text, end, last, lex)
    following = text[end : end + 30].split(maxsplit=1)
    return (
        bool(following) and following[0][:1].isalpha() and following[0].lower() not in _NOT_A_NOUN
    )


def _machine_describing_a_plural(text: str, noun, lex: Lexicon) -> bool:
    """Whether a machine's or a thing's noun in the singular (or the same in the plural) only
    describes the plural noun after it: "two aircraft |carriers|", "12 tank |crews|"; not "40
    tanks were hit" nor "two aircraft flew"."""
    head = " ".join(noun.group("head").lower().split())
    if lex.noun_to_kind.get(head) not in _THING_KINDS or head.endswith("s"):
        return False
    end = _noun_end(noun)
    # Not before a noun of a kind, which counts instead: "21 helicopter |missions|".
    return (
        _plural_noun_after(text, end) and text[end:].split(maxsplit=1)[0] not in lex.noun_to_kind
    )


def _plural_noun_after(text: str, end: int) -> bool:
    """Whether a plural noun in lower case follows ``end`` ("personnel |files"), not a verb
    or a word of the clause ("personnel were killed")."""
    following = text[end : end + 30].split(maxsplit=1)
    if not following:
        return False
    word = following[0]
    return word.isalpha() and word.islower() and word.endswith("s") and word not in _NOT_A_NOUN


def _machines_before_things(text: str, end: int, head: str, lex: Lexicon) -> bool:
    """Whether a plural machine noun ending at ``end`` stands before a noun of things: "12
    rockets |launchers" count launchers; not after a verb that only machines take, when text
    stripped of its punctuation runs the next clause on ("launched 45 drones depots in Lviv
    were hit", "shot down 20 missiles bridges were not damaged")."""
    if lex.noun_to_kind.get(head.lower()) not in AIR_KINDS:
        return False
    following = [word.lower().rstrip(".,;:!?") for word in text[end : end + 30].split()[:2]]
    if not any(lex.noun_to_kind.get(" ".join(following[:size])) == "targets" for size in (1, 2)):
        return False  # "12 rockets |launchers", "3 missile |launch pads|"
    words = text[max(0, end - 60) : end].lower().split()
    figure_at = next(
        (i for i in range(len(words) - 1, -1, -1) if numbers.has_figure(words[i])), None
    )
    return figure_at is None or not (
        set(words[max(0, figure_at - 2) : figure_at]) & lex.machine_verbs
    )


def _after_possessive(text: str, end: int) -> int | None:
    """Where the words after a possessive mark right at ``end`` start ("militants' |",
    "army's |"), or None when none stands there."""
    if text.startswith(("'s", "\u2019s"), end):
        return end + 2
    return end + 1 if text.startswith(("'", "\u2019"), end) else None


# Words after a singular counted noun that leave it the head, not a word describing the next
# noun: "one child was killed", "2 civilian lives", "25 thousand fighter according to observers".
_NOT_A_NOUN = frozenset(
    lang.table("claims", lang.DEFAULT_LANGUAGE, not_nouns_after_count="words")[
        "not_nouns_after_count"
    ]
)


def _group(noun, head: str, text: str, lex: Lexicon, m: _Matcher) -> str:
    """The canonical casualty group of a counted noun; "government fighters" are soldiers."""
    own = lex.casualty_group(noun.group("head"))
    group = _joint_group(text, _noun_end(noun), own, lex, m)
    mods = noun.group("mods") or ""
    if group == "people" and own == "people":
        # "12 civilian persons", as translations write it: the group the word before names;
        # "14 military persons" are soldiers.
        for word in mods.lower().split():
            if word in lex.group_of and lex.casualty_group(word) not in ("", "people"):
                return lex.casualty_group(word)
        if m.government_modifier.search(mods):
            return "soldiers"
    if group == "militants":
        if head.lower() == "members" and (
            m.family.search(mods) or m.family.match(text, _noun_end(noun))
        ):
            return "civilians"  # "six members of the same family", "four family members"
        if m.government_modifier.search(mods) or m.government_members.match(text, _noun_end(noun)):
            return "soldiers"
    return group


def _loss_owner(text: str, mention, floor: int, lex: Lexicon, m: _Matcher) -> str:
    """The group whose dead a bare figure counts when a group word names them in its clause
    before it: "rebel losses stood at 10 dead" (militants), "the army's casualties rose to 12"
    (soldiers); '' otherwise."""
    owned = m.owned_loss.search(text, max(floor, mention.start - 80), mention.start)
    if owned is None:
        return ""
    owner = owned.group("owner").lower().removesuffix("'s")
    if owner in lex.government_words:
        return "soldiers"
    return lex.casualty_group(owner) if owner in lex.group_of else ""


# The groups a rank may be joined to on one side: "officers and soldiers", "police officers
# and policemen"; "officers and militants" fought each other.
_RANKED_GROUPS = frozenset({"soldiers", "police"})


def _joint_group(text: str, end: int, group: str, lex: Lexicon, m: _Matcher) -> str:
    """The group of a figure whose noun goes on with "and" and another people noun, which
    the figure counts too: "9 women and children" are civilians, "9 soldiers and civilians"
    people, and so are "9 fighters on both sides"; the noun's own group otherwise ("killed 9
    soldiers and civilians fled")."""
    if group and m.all_sides.match(text, end):
        return "people"  # "dozens of fighters on both sides"
    other = m.joint_noun.match(text, end)
    if other is None or not group:
        return group
    word = " ".join(other.group("noun").lower().split())
    known = word in lex.group_of or word in lex.people_nouns
    if not known or not lex.casualty_group(word):
        return group  # "9 women and wounded 12", "20 soldiers and 18 insurgents", "and others"
    joined = {group, lex.casualty_group(word)}
    if len(joined) == 1:
        return group
    # A rank joined to soldiers or police is of their side: "137 officers and soldiers" are
    # soldiers (but "officers and civilians", "officers and militants" are people).
    ranks = joined & m.rank_groups
    if len(ranks) == 1 and len(joined) == 2 and (men := (joined - ranks).pop()) in _RANKED_GROUPS:
        return men
    return "civilians" if joined <= m.civilian_groups else "people"


# "310 killed| from the terrorists|", as translation from Arabic names whose dead they are.
_GROUP_AFTER_FATE = regex.compile(
    r"\s{1,3}(?:from|of|among)\s{1,3}(?:the|its|their|his|her)\s{1,3}(?P<noun>[a-z]{3,20})(?![\w-])"
)


def _group_after_fate(text: str, end: int, lex: Lexicon) -> str:
    """The group a phrase right after a fate names: "310 killed from the terrorists",
    "8 martyrs from its fighters"; '' when none follows or it names no people."""
    found = _GROUP_AFTER_FATE.match(text, end, min(len(text), end + 40))
    noun = found.group("noun") if found is not None else ""
    return lex.casualty_group(noun) if noun in lex.group_of or noun in lex.people_nouns else ""


def _of_people_named_before(text: str, mention, words: list[str], m: _Matcher) -> bool:
    """Whether a bare figure is a part of people its clause named before it: "engaged the
    terrorists, neutralising |11 of them|" (not "found 40 devices, neutralising 11 of them")."""
    verb = _verb_before(words, m)
    if verb is None or verb[1] < 1 or m.part_reference_after.match(text, mention.end) is None:
        return False
    # The last noun of a kind or of people before the verb: "the terrorists| in a fierce
    # firefight, neutralising", not "40 explosive |devices|, neutralising".
    lex = lexicon()
    for word in reversed(words[: verb[1]]):
        noun = _bare_word(word).rstrip(",;:")
        if noun in lex.people_nouns or lex.noun_to_kind.get(noun) == "fighters":
            return True
        if noun in lex.noun_to_kind or noun.endswith("s") or numbers.has_figure(noun):
            return False  # another plural noun, or a count of its own, comes first
    return False


def _bare_figure(
    text: str,
    mention: numbers.NumberMention,
    limit: int,
    m: _Matcher,
    previous: _Counted | None,
    *,
    ellipsis_only: bool = False,
) -> _Counted | None:
    """A figure with no counted noun after it, from the verb around it: "120 were wounded",
    "killing two and injuring 13", "put the toll at 20", "and another five outside Kobane".

    ``ellipsis_only`` tries only the last, for a figure with no casualty word near it."""
    if _thing_noun_after(text, mention, lexicon(), m):
        return None  # "executed 24 targeting operation": things a translation left singular
    words = _words_before(text, mention.start)
    if not ellipsis_only:
        if _people_only_verb(text, words, mention.end, limit, m) and not _of_people_named_before(
            text, mention, words, m
        ):
            return None  # "the army neutralised 40": alone, no count of people
        participle = m.participle_after.match(
            text, _after_scare_quotes(text, mention), limit
        ) or m.of_casualty_word.match(text, mention.end, limit)
        participle = participle or m.captive_after.match(text, mention.end, limit)
        # "killed a family of six", "a family of five was killed": family members, civilians.
        family = words[-2:] == ["family", "of"]
        if participle is not None:
            head = participle.group("head")
            subtype = m.subtype_of.get(" ".join(head.lower().split()), "killed")
            if _both_fates_after(text, participle.end(), head, m):
                subtype = "killed_or_injured"  # "lost about 790,000 killed and wounded"
            carries = head.lower() != "lives"  # "claimed 49 lives": a toll, no one's group
            group = "civilians" if family else _group_after_fate(text, participle.end(), lexicon())
            return _Counted("casualties", head, participle.end(), "person", subtype, group,
                            carries)  # fmt: skip
        named = _next_part_named(text, mention, limit, words, previous, m)
        if named is not None:
            return named
        if (
            previous is not None
            and previous.kind == "casualties"
            and (
                words[-1:] == ["and"]
                or any(
                    m.continuation_opener.fullmatch(
                        " ".join(words[-size:]).lstrip(_OPENING_QUOTES)
                    )
                    for size in (2, 1)
                    if words
                )
            )
        ):
            # "30 fighters were killed and 12 captured", "... killed 12. Another five were
            # captured": "captured" alone counts people only after a casualty figure (else
            # "$5 billion captured" would be people).
            taken = m.captured_after.match(text, mention.end, limit)
            if taken is not None:
                head = taken.group("head")
                return _Counted("casualties", head, taken.end(), "person", "captured", "")
        total, what, _ = _total_after(text, mention, words, limit, m)
        if total:
            # "to 37 the number of Turkish soldiers killed": soldiers, when its head names
            # people, the longest the lexicon knows ("aid workers"); "the number of those
            # killed" names no group.
            lex, words_of = lexicon(), what.split()
            heads = [" ".join(words_of[-size:]) for size in (2, 1) if len(words_of) >= size]
            head = next(
                (h for h in heads if h.lower() in lex.people_nouns or h.lower() in lex.group_of),
                "",
            )
            what = what if head else ""
            group = lex.casualty_group(head) if head else ""
            return _Counted("casualties", what, mention.end, "person", total, group, False)
        verb = _verb_before(words, m)
        if verb is not None:
            combined = _combined_before(words, verb[1], m)
            if combined == "combined":
                return None  # "killed and captured 30": no one subtype
            if combined:
                # "killed and wounded 30": the dead and the hurt together.
                return _Counted("casualties", "", mention.end, "person", combined, "")
            if family:
                return _Counted("casualties", "family", mention.end, "person", verb[0],
                                "civilians")  # fmt: skip
            return _Counted("casualties", "", mention.end, "person", verb[0], "")
        if _toll_before(words, m) or _toll_linked_before(text, _past_link(mention, m), m):
            return _Counted("casualties", "", mention.end, "person", "killed", "", False)
        lex = lexicon()
        # Not across a clause: in "The dead are 28, officials said, and 3 are still missing"
        # the 3 are not the dead.
        victims = _victims_before(
            _words_before(text, mention.start, 120, 16), lex, False, m.clause_words
        )
        if victims:
            # "the dead are 28", "Among the wounded were 12": counted by the subject's fate.
            return _Counted("casualties", "", mention.end, "person", victims, "", False)
        if _loss_noun_before(words, lexicon(), m) in ("losses", "casualties"):
            # "Russia's losses in Ukraine reach 465,000": the dead and hurt together.
            return _Counted(
                "casualties", "", mention.end, "person", "killed_or_injured", "", False
            )
        if (
            previous is not None
            and previous.kind == "casualties"
            and previous.subtype
            and _running_total_before(text, mention, m)
        ):
            # "lost 1,200 troops killed and wounded over the past day, bringing the total since
            # the start of the invasion to 465,980": the total of the same count.
            return _Counted(
                "casualties", "", mention.end, "person", previous.subtype, previous.group, False
            )
    # "and another five outside Kobane", ", 25 in Hama", "including 1,600 in Syria"
    if previous is not None and (_ellipsis_before(words) or _sub_figure_before(words)):
        ellipsis = m.ellipsis_after.match(text, mention.end, limit)
        if (
            ellipsis is not None
            and ellipsis.group().split()[-1].lower() == "over"
            and previous.subtype != "lost"
            and m.time_after_over.match(text, ellipsis.end()) is None
        ):
            ellipsis = None  # "over" places only a loss ("28 over Voronezh"): "10 over Kyiv"
        if ellipsis is not None:
            fate = _fate_after(text, ellipsis.end(), limit, m)
            more = _more_of(previous, mention.end, previous.group)
            if fate == "excluded":
                return None  # "and 8 more from Homs fled"
            if fate and fate != previous.subtype and previous.kind == "casualties":
                return dataclasses.replace(more, subtype=fate)  # "8 more in Homs were wounded"
            return more
    return None


def _next_part_named(
    text: str,
    mention: numbers.NumberMention,
    limit: int,
    words: list[str],
    previous: _Counted | None,
    m: _Matcher,
) -> _Counted | None:
    """The next part of a toll after "and", named by its copula like the part before it: "Of
    those killed, 35 were children |and 23 were women|", "two were British soldiers and one
    was a US Marine"; the toll's fate, the part's own group."""
    if previous is None or previous.kind != "casualties" or not previous.subtype:
        return None
    if words[-1:] != ["and"]:
        return None
    part = m.group_after.match(text, mention.end, limit)
    lex = lexicon()
    if part is None or part.group("group").lower() not in lex.group_of:
        return None
    group = lex.casualty_group(part.group("group"))
    return _Counted("casualties", previous.what, part.end(), "person", previous.subtype, group,
                    False)  # fmt: skip


_CLAUSE_END = re.compile(r"[.,;:!?]")
_FATE_REACH = 60


def _combatants_destroyed(text: str, mention, end: int, m: _Matcher) -> str:
    """ "killed" when a verb of destruction governs the fighters a figure counts: right before
    it ("destroyed 40 terrorists"), as its passive right after its noun ("60 bandits were
    destroyed") or after the list of losses the noun starts ("210 servicemen, two tanks and
    five armoured vehicles were destroyed"); "killed_or_injured" for such a list of a side's
    losses ("Enemy losses amounted to up to 350 servicemen, 2 tanks ... destroyed"); ''
    otherwise."""
    words = _words_before(text, mention.start, 30, 2)
    if words and (words[-1] in m.combatant_destroy_verbs):
        return "killed"
    if m.combatants_destroyed_after.match(text, end) is not None:
        return "killed"
    # A list goes on after the noun with a comma, "and", or (in stripped text) its next
    # figure, in digits or words ("125 servicemen two tanks and four vehicles"); most figures
    # stop here.
    next_word = _past_spaces(text, end)
    following = text[next_word : next_word + 4]
    if (
        text[end : end + 1] != ","
        and following.split()[:1] != ["and"]
        and not following[:1].isdigit()
        and numbers.figure_at(text, next_word, language=m.language) is None
    ):
        return ""
    reach = min(len(text), end + _LIST_REACH)
    if not _passive_after_list(text, end, reach, m.combatants_destroyed_list, m):
        return ""
    losses = lexicon().loss_nouns
    if any(word.strip(".,;:!?\"'") in losses for word in _words_before(text, mention.start)):
        return "killed_or_injured"
    return "killed"


def _both_fates_after(text: str, end: int, participle: str, m: _Matcher) -> bool:
    """Whether a fate right after a bare figure's participle (ending at ``end``) joins it to
    the other fate ("790,000 killed |and wounded"): the dead and hurt counted together."""
    other = m.other_fate.match(text, end)
    if other is None:
        return False
    first = m.subtype_of.get(" ".join(participle.lower().split()), "")
    second = m.subtype_of.get(other.group("fate").lower(), "")
    return {first, second} == {"killed", "injured"}


def _running_total_opening(words: list[str], m: _Matcher) -> bool:
    """Whether the words before a figure open a running total written figure first:
    "bringing to", "raising to" (lower-cased words, as :func:`_words_before` gives them)."""
    return (
        len(words) >= 2
        and words[-1] in m.running_total_links
        and words[-2] in m.running_total_verbs
    )


def _total_after(
    text: str, mention, words: list[str], limit: int, m: _Matcher
) -> tuple[str, str, str]:
    """(killed/injured, the group as written, the words that make it a total) for a running
    total written figure first ("bringing to 30 the number of civilians killed": "killed",
    "civilians", "bringing to 30 the number of civilians killed"; "raising to 52 the death
    toll"); ('', '', '') when it is none or counts no one."""
    none = ("", "", "")
    if not _running_total_opening(words, m):
        return none
    total = m.total_after.match(text, mention.end, limit)
    if total is None or total.group("both") or total.group("other"):
        return none
    if total.group("injured"):
        subtype = "injured"
    elif total.group("killed") or total.group("noun").lower() == "toll":
        # "the death toll", "the toll", "the number of dead": the dead, unless it says wounded.
        subtype = "killed"
    else:
        return none
    group = " ".join((total.group("group") or "").split())
    said = " ".join([*words[-2:], text[mention.start : total.end()]]).split()
    return subtype, group, " ".join(said)


def _fate_after(text: str, start: int, limit: int, m: _Matcher) -> str:
    """The fate the predicate right after a bare figure's place names ("8 more in Homs were
    wounded": "injured"; "excluded" for the fled or moved; "in hospital": "injured"), or ''."""
    end = min(limit, start + _FATE_REACH)
    stop = _CLAUSE_END.search(text, start, end)
    found = m.fate_after.match(text, start, stop.start() if stop else end)
    if found is None:
        return ""
    if found.group("hospital"):
        return "injured"  # "with 8 more in hospital"
    word = " ".join(found.group("fate").lower().split())
    if word in m.excluded_words:
        return "excluded"
    return m.subtype_of.get(word, "")


_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
_OPENING_QUOTES = "\"'\u201c\u2018"
_OPENING_QUOTE_MARKS = frozenset(_OPENING_QUOTES)


def _with_scare_quotes(text: str, mention: numbers.NumberMention) -> numbers.NumberMention:
    """The figure with the scare quotes that hug it ('killed "more than 14" militants', 'put
    the toll at "at least 300"'), so the words around it are read past them; else itself."""
    if not mention.start or mention.end >= len(text):
        return mention
    opening, closing = text[mention.start - 1], text[mention.end]
    if opening not in _OPENING_QUOTE_MARKS or closing not in _QUOTE_MARKS:
        return mention
    before = text[mention.start - 2 : mention.start - 1]
    if before and not before.isspace():
        return mention  # a quote mark inside a word, or a quote's own opening after a mark
    start, end = mention.start - 1, mention.end + 1
    return dataclasses.replace(mention, text=text[start:end], start=start, end=end)


def _after_scare_quotes(text: str, mention: numbers.NumberMention) -> int:
    """Where the words after a figure start, past the closing mark of scare quotes around it:
    'said "dozens" were wounded'."""
    closing = text[mention.end : mention.end + 1]
    opening = text[mention.start - 1 : mention.start] if mention.start else ""
    if closing and opening and closing in _QUOTE_MARKS and opening in _QUOTE_MARKS:
        return mention.end + 1
    return mention.end


#: How far back the noun "of them" stands for is looked for: the sentence before at most.
_REFERENT_REACH = 200


def _part_of_referent(
    text: str,
    mention,
    partitive: regex.Match,
    previous: _Counted | None,
    limit: int,
    lex: Lexicon,
    m: _Matcher,
) -> _Counted | str | None:
    """A part "of them" of the nearest people, or things counted, before it when no count of
    them was read nearer: "soldiers came under fire and at least 4 |of them were killed"
    (casualties, soldiers), "The militants had 15 tanks. They lost 12 |of them" (things lost,
    not dead).
    '' when the part is of things no verb counts (no claim), None when no noun is found, or
    the count before is the whole ("Russia launched 40 drones. Air defences shot down 35 of
    them"), for the caller's reading of a part."""
    window_start = max(0, mention.start - _REFERENT_REACH)
    window_start = text.rfind("\n", window_start, mention.start) + 1 or window_start
    words = text[window_start : mention.start].split()
    # People are killed or hurt, things are not: after "of them were killed" the nearest
    # people are meant ("soldiers based at a camp came under fire and 4 of them were killed").
    befell = m.participle_after.match(text, partitive.end(), limit)
    for index in range(len(words) - 1, -1, -1):
        word = _bare_word(words[index]).rstrip(",.;:")
        people = word in lex.people_nouns or lex.noun_to_kind.get(word) == "fighters"
        kind = "casualties" if people else lex.noun_to_kind.get(word)
        if not kind or kind == "fighters" or (befell is not None and not people):
            continue
        if people and any(
            _bare_word(word) in m.agent_links for word in words[max(0, index - 2) : index]
        ):
            continue  # "fired on by soldiers and 12 of them were killed": the agents are not meant
        if not people and not (index and numbers.has_figure(words[index - 1])):
            continue  # things only as counted: "had 15 tanks", not "strikes against targets"
        at = window_start + text[window_start : mention.start].rfind(words[index])
        if previous is not None and previous.what_end >= at:
            return None  # the count before names it: its own reading of a part
        if kind == "casualties":
            # Only by their own participle: in "Gunmen stormed the school and killed 12 of
            # them" the gunmen are not those killed.
            if befell is None:
                return None
            subtype = m.subtype_of.get(" ".join(befell.group("head").lower().split()), "")
            if not subtype:
                return None
            return _Counted("casualties", words[index].strip(",.;:"), partitive.end(),
                            "person", subtype, lex.casualty_group(word))  # fmt: skip
        lost = _loss_word_before(text, mention.start, lex.kinds[kind], word)
        if lost or _part_verb_before(text, mention, lex.kinds[kind]):
            subtype = "lost" if lost and kind in ("aircraft", "missiles") else ""
            return _Counted(kind, words[index].strip(",.;:"), partitive.end(),
                            lex.kinds[kind].unit, subtype, "")  # fmt: skip
        return ""
    return None


# A line that labels its figure, as releases and live pages tabulate them: "Sorties conducted
# 09 JUNE 2011: 146", "- Killed: 14". The label opens its line (after a bullet), holds no
# sentence's stop nor a spaced dash ("Gaza strikes, day 12. Death toll: 44"), and the figure
# ends the line.
_LABEL_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]{0,3}(?:[-\u2022*][ \t]{1,3})?"
    r"(?P<label>[A-Za-z](?:(?![ \t][-\u2013\u2014][ \t])[^:\n.,;!?]){0,60}):[ \t]{1,3}$"
)
_LABELLED_END = regex.compile(r"[ \t]{0,3}(?:[.;,]?[ \t]{0,3}(?:\n|$))")
_LABEL_WORD = regex.compile(r"[A-Za-z][A-Za-z-]{0,30}")
# The kinds whose count a label gives only with a verb of what befell them ("Drones shot down:
# 12"): without one it lists an arsenal ("Combat aircraft: 120", "Missiles: 3,000").
_LABEL_NEEDS_VERB = frozenset({"targets", "aircraft", "missiles"})


def _labelled_count(
    text: str, mention: numbers.NumberMention, limit: int, lex: Lexicon, m: _Matcher
) -> _Counted | None:
    """A figure its line's label counts, where the text speaks of war: "Sorties conducted 09
    JUNE 2011: 146" (sorties), "Tanks destroyed: 12" (targets, with the verb a thing needs),
    "Killed: 14" and "Death toll: 14" (the dead), "Wounded: 32" (the hurt). The kind's noun
    ends the label's noun phrase, a participle or a time after it ("Air strike alerts: 3"
    counts no strikes); anything else ("Population: 2 million", "Tanks: 40", "Missiles:
    3,000") is none."""
    if _LABELLED_END.match(text, mention.end, limit) is None:
        return None
    label = _LABEL_BEFORE.search(text, max(0, mention.start - 70), mention.start)
    if label is None or not _war_near(text, mention.start, mention.end, "targets"):
        return None
    words = [word.lower() for word in _LABEL_WORD.findall(label.group("label"))]
    what = label.group("label").strip()
    for size in (3, 2, 1):
        for at in range(len(words) - size, -1, -1):
            phrase = " ".join(words[at : at + size])
            kind_name = lex.noun_to_kind.get(phrase)
            if kind_name not in ("sorties", "strikes", *_LABEL_NEEDS_VERB):
                continue
            rest = words[at + size :]
            if rest and not (_participle(rest[0]) or rest[0] in m.label_time_words):
                return None  # "Air strike alerts today: 3", "Drone attacks: 30"
            if not all(word in lex.modifiers or _NATIONALITY.match(word) for word in words[:at]):
                return None  # "Hunger strikes: 3"; but "Russian air strikes: 12"
            kind = lex.kinds[kind_name]
            if kind_name in _LABEL_NEEDS_VERB and not any(
                word in kind.verbs or word in m.label_fate_verbs for word in rest
            ):
                # "Tanks: 40" lists equipment, "Vessels boarded: 71" no target; "Tanks
                # destroyed: 7" counts targets, "Drones shot down: 9" aircraft lost.
                return None
            return _Counted(kind_name, what, mention.end, kind.unit, "", "")
    for word in words:
        subtype = m.subtype_of.get(word)
        if subtype is None and word in lex.toll_words:
            subtype = "killed"
        if subtype in ("killed", "injured", "captured"):
            return _Counted("casualties", what, mention.end, "person", subtype, "", False)
    return None


# A nationality's adjective among a label's modifiers: "Russian", "Israeli", "British".
_NATIONALITY = re.compile(r"[a-z]{2,20}(?:an|ish|ese|i)$")


def _participle(word: str) -> bool:
    """Whether a word of a label is a past participle: "destroyed", "flown", "shot", "lost"."""
    return word.endswith(("ed", "own", "ot")) or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset({"lost", "hit", "struck", "sunk", "burnt", "taken"})


# A running total of things written figure first: "bringing to 105 the number of drones
# downed", "raising to 40 the total of tanks destroyed".
_THINGS_TOTAL_AFTER = regex.compile(
    r"\s{1,3}the\s{1,3}(?:total\s{1,3})?(?:number|total|tally|count)\s{1,3}of\s{1,3}"
    r"(?P<what>[A-Za-z][\w'-]{0,25}(?:\s{1,3}[A-Za-z][\w'-]{0,25}){0,3}?)"
    r"\s{1,3}(?P<fate>[a-z]{3,15}(?:\s{1,3}down)?)(?![\w-])"
)


def _things_total_after(
    text: str, mention: numbers.NumberMention, limit: int, lex: Lexicon, m: _Matcher
) -> _Counted | None:
    """A running total of things written figure first, as casualty totals are: "bringing to
    105 the number of drones downed" (aircraft lost), "raising to 40 the number of tanks
    destroyed" (targets). The things' noun, then what befell them: a verb of their kind."""
    # The pattern after the figure first: most figures have no "the number of" after them,
    # and are spared reading the words before.
    total = _THINGS_TOTAL_AFTER.match(text, mention.end, limit)
    if total is None or not _running_total_opening(_words_before(text, mention.start), m):
        return None
    what = " ".join(total.group("what").split())
    fate = " ".join(total.group("fate").lower().split())
    heads = [" ".join(what.lower().split()[-size:]) for size in (3, 2, 1)]
    kind_name = next((lex.noun_to_kind[h] for h in heads if h in lex.noun_to_kind), None)
    if kind_name is None and lex.noun_to_kind.get(f"{what} {fate}".lower()):
        # "the number of air strikes carried out": the noun runs on into the word read as
        # the verb; the verb is the next word.
        following = text[total.end() : total.end() + 20].split()[:1]
        if following:
            kind_name = lex.noun_to_kind[f"{what} {fate}".lower()]
            what, fate = f"{what} {fate}", following[0].lower()
    if kind_name not in ("targets", "sorties", "strikes", *AIR_KINDS):
        return None
    kind = lex.kinds[kind_name]
    if kind_name in ("sorties", "strikes"):
        # "bringing to 4,200 the number of sorties flown", "... of air strikes carried out":
        # by a verb that counts them.
        done = {verb.split()[0] for verb in kind.part_verbs or ()} | set(kind.verbs or ())
        return _Counted(kind_name, what, total.end(), kind.unit, "", "") if fate in done else None
    if kind_name == "targets":
        return (
            _Counted(kind_name, what, total.end(), kind.unit, "", "")
            if fate in kind.verbs
            else None
        )
    lost = kind.lost_after is not None and kind.lost_after.match(f" {fate}") is not None
    if not lost and fate not in m.label_fate_verbs:
        return None
    return _Counted(kind_name, what, total.end(), kind.unit, "lost" if lost else "", "")


_EARLIER_LEVEL_GAP = 120  # characters between a count and the level it was at before


def _earlier_level(
    text: str, mention: numbers.NumberMention, previous: _Counted | None, m: _Matcher
) -> _Counted | None:
    """The level the count before was at earlier, in its sentence: "the toll had risen to 143
    civilians, up from 103 it reported on Saturday", "47 people killed, down from 63 the
    previous week", "some 2,000 militants remain, down from an estimated 4,000": the same
    count, of its own day or period."""
    if previous is None or previous.what_end > mention.start:
        return None
    if mention.start - previous.what_end > _EARLIER_LEVEL_GAP:
        return None
    link = m.earlier_level_link.search(text, previous.what_end, mention.start)
    if link is None or _CLAUSE_STOP.search(text, previous.what_end, link.start()):
        return None
    between = text[previous.what_end : link.start()].lower().split()
    if any(_bare_word(word) in m.earlier_level_breaks for word in between) or any(
        word.endswith(",") and following in ("and", "or")
        for word, following in zip(between, between[1:], strict=False)
    ):
        # Another clause: "3,000 fighters, up from 1,500, and controls 12 villages, up from
        # 5" (the villages'), "... while turnout was down from 60".
        return None
    following = _NEXT_WORD.match(text, mention.end, min(len(text), mention.end + 40))
    if following is not None and following.group("word").lower() in m.subtype_of:
        return None  # "12 soldiers were wounded, compared with 30 killed": a fate of its own
    return _more_of(previous, mention.end, previous.group)


_CLAUSE_STOP = re.compile(r"[.;:!?]\s|\n")


def _more_of(previous: _Counted, end: int, group: str, *, inherited: bool = True) -> _Counted:
    """A figure counting more of the casualty figure before it ("and another five"); with
    ``inherited`` False, that figure itself with the group shown for it (and its place in a
    tally)."""
    carries = previous.carries_group and not inherited
    return _Counted(
        previous.kind,
        previous.what,
        end,
        previous.unit,
        previous.subtype,
        group,
        carries,
        inherited,
        tally="" if inherited else previous.tally,
    )


_SCALE_WORD_END = regex.compile(r"(?i)(?:hundred|thousand|million|billion)s?$")


def _scaled(mention: numbers.NumberMention) -> bool:
    return bool(_SCALE_WORD_END.search(mention.text))


_CONTENT_FIELDS = ("kind", "subtype", "low", "high", "qualifier", "basis", "period_start",
                   "period_end")  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _day_text(nanoseconds: int) -> str:
    # str() of a Timestamp is slow, and hashing one is too; the same few days recur.
    return str(pd.Timestamp(nanoseconds))


def _content_key(row: dict) -> tuple[str, ...]:
    """What a claim says, whoever words it: the key that merges repeats within an article."""
    return tuple(
        _day_text(value.value) if isinstance(value, pd.Timestamp) else str(value)
        for value in (row[name] for name in _CONTENT_FIELDS)
    )


def _claim_id(doc_id: str, content_key: tuple[str, ...], row: dict) -> str:
    key = "|".join(content_key + (row["speaker_org"], row["speaker"], row["what"]))
    # surrogatepass: a lone surrogate in a caller's doc_id must not make hashing raise.
    return hashlib.sha1(f"{doc_id}|{key}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _timestamp(value) -> pd.Timestamp | None:
    """The publication day of ``value``; None when unknown, or (with a warning) when it lies
    outside the years articles are dated in, which pandas may not even represent."""
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    if not plausible_day(stamp):
        warnings.warn(
            f"publication date {stamp.date()} lies outside {FIRST_YEAR}-{LAST_YEAR}; "
            "read as unknown",
            stacklevel=3,
        )
        return None
    return pd.Timestamp(stamp.year, stamp.month, stamp.day)


_CONTINUATION = regex.compile(
    r"^(?:He|She|They|The\s{1,3}(?:minister|ministry|spokesman|general))\s{1,3}(?:also\s{1,3})?"
    r"(?:added|went\s{1,3}on|continued)\b"
)


def extract_claims(
    text: str,
    *,
    published=None,
    doc_id: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
) -> pd.DataFrame:
    """Extract every claim of a known kind from one article's cleaned text.

    Parameters
    ----------
    text:
        Cleaned article text (``load_corpus`` gives it); offsets refer to it.
    published:
        Publication date, used to resolve "on Saturday", "Sept. 30" and as-of dates. When
        None, a dateline at the start of the text ("Wed 19 Apr 2017 ...") is used.
    doc_id, outlet:
        Copied to every row.
    language:
        Language code of the text (``lang/<code>/``); empty or unknown codes read as English.

    Returns
    -------
    pandas.DataFrame with the columns of ``schema.CLAIMS_COLUMNS``, sorted by ``start``.

    Examples
    --------
    >>> claims = extract_claims("Jets flew 64 sorties over the past 24 hours, the ministry said.",
    ...                         published="2015-10-10")
    >>> claims[["kind", "value", "basis"]].to_dict("records")
    [{'kind': 'sorties', 'value': 64.0, 'basis': 'window'}]
    >>> claims["speaker_org"].tolist()
    ['Russian Ministry of Defence']
    """
    if not isinstance(text, str):
        raise TypeError(
            f"extract_claims() needs the article text as str, got {type(text).__name__}"
        )
    rows = _article_rows(
        text, _timestamp(published), doc_id or "", outlet or "", _language_of(language)
    )
    if not rows:
        return _no_claims()
    return _claims_frame(rows)


def _article_rows(
    text: str, published, doc_id: str, outlet: str, language: str = lang.DEFAULT_LANGUAGE
) -> list[dict]:
    """One article's claim rows, each with its scope, place and event day (``incidents``)."""
    # A lone surrogate cannot be written to a table (UTF-8); U+FFFD keeps every offset.
    text, doc_id, outlet = (without_surrogates(value) for value in (text, doc_id, outlet))
    if published is None:
        published = periods.dateline(text, language=language)  # "Wed 19 Apr 2017 ..." opens it
    # A wire dateline's day ("NEW DELHI, March 3 (UNI)") is the day the story's relative days
    # and windows count from; the table keeps the publication date.
    reference = incidents.dateline_day(text, published, language)
    article = _Article(text, published if reference is None else reference, language)
    rows = list(_claim_rows(article, doc_id, outlet))
    # The places step reads the same paragraphs: they are split once. It runs before the
    # merge, so that the same figure of two incidents ("Near Raqqa, three strikes ...",
    # "Near Palmyra, three strikes ...") stays two claims.
    incidents.annotate(rows, text, article.published, language, article.paragraph_spans)
    for row in rows:
        source = row.pop("_tally_of")
        if source is not None and not row["place"]:
            # A tally's item names no place: it is the place of the total it goes on from.
            row["place"], row["province"] = source["place"], source["province"]
    if reference is not None:
        for row in rows:
            row["published"] = published
    return _merge(rows, doc_id)


class _Hints:
    """Where an article has the words that a figure's costlier patterns need, in its
    lower-cased text (see :class:`Occurrences`)."""

    def __init__(self, text: str, m: _Matcher):
        self._text, self._matcher = text, m
        self._sentence_cues: dict[tuple[int, str], bool] = {}

    @functools.cached_property
    def lowered(self) -> str:
        return lowered(self._text)

    @functools.cached_property
    def casualty(self) -> Occurrences:
        """Any casualty word (_Matcher.casualty_hint)."""
        return Occurrences(self.lowered, pattern=self._matcher.casualty_hint)

    def sentence_has(self, pattern, sentence: str) -> bool:
        """Whether ``pattern`` occurs in ``sentence``, searched once per sentence: the figures
        of one long sentence ask the same question, and each search reads it whole."""
        key = (id(pattern), sentence)
        found = self._sentence_cues.get(key)
        if found is None:
            found = self._sentence_cues[key] = pattern.search(sentence) is not None
        return found

    @functools.cached_property
    def disease(self) -> bool:
        """Whether the article may name a disease (_Matcher.disease): a lookup of each word in
        the lower-cased text, many times faster than the case-blind pattern."""
        return any(word in self.lowered for word in self._matcher.disease_words)

    @functools.cached_property
    def number_of(self) -> Occurrences:
        """ "number", "count", "tally" (_Matcher.number_of_words)."""
        return Occurrences(self.lowered, words=self._matcher.number_of_words)


_DATELINE_PARAGRAPHS = 3  # the headline, a byline, then the lede its dateline opens


_QUESTION_LONGEST = 300  # characters of a paragraph that is only an interviewer's question


class _Article:
    """One article read once: paragraphs, sentences, quotations, attributions and the starts
    it states, each computed on first use and kept, so every figure's stages look them up
    instead of rescanning the text."""

    @functools.cached_property
    def named_countries(self) -> frozenset[str]:
        """The countries the article names anywhere ("Afghan", "Kabul", "Russia's")."""
        return claimants().countries_in(self.text)

    @functools.cached_property
    def countries_placed_in(self) -> frozenset[str]:
        """The countries the article names as where something is ("killed 5 people in
        Lebanon"), not only as whose ("An Israeli strike")."""
        who = claimants()
        return frozenset(
            country
            for match in _IN_A_NAME.finditer(self.text)
            for name in _LIST_JOINT.split(match.group("names"))
            if (country := who.country(name.strip()))
        )

    @functools.cached_property
    def dateline_country(self) -> str:
        """The country of a dateline that opens one of the first paragraphs ("BEIRUT —",
        "KYIV, Ukraine (AP) —"), where the story was filed; ''. A bureau city's only when
        none of the story's places lies in another country."""
        for span in self.paragraph_spans[:_DATELINE_PARAGRAPHS]:
            found = places.find_places(self.text, span.start, min(span.end, span.start + 40))
            if found and found[0].start - span.start <= 3:
                if not incidents.is_dateline(self.text, found[0]):
                    continue
                country = claimants().country(found[0].place.country)
                if not places.is_bureau(found[0].place):
                    return country
                # A bureau city ("BEIRUT (Reuters) - Air strikes in Idlib ...") says only where
                # the reporter sits when the story's places past the dateline ("BEIRUT/
                # JERUSALEM") lie in other countries and none in its own.
                after = found[-1].end
                placed = {
                    claimants().country(mention.place.country)
                    for mention in places.find_places(self.text, after)
                    if mention.place.country and not places.is_bureau(mention.place)
                } | self.countries_placed_in
                return country if not placed - {""} or country in placed else ""
        return ""

    @functools.cached_property
    def headline_countries(self) -> frozenset[str]:
        """The countries the article's headline names ("... in northern Burkina attack")."""
        return frozenset().union(
            *(claimants().countries_in(self.text[start:end]) for start, end in self.headlines)
        )

    @functools.cached_property
    def place_countries(self) -> frozenset[str]:
        """The countries of the places the article names ("the Belgorod region" is Russia's),
        bureau cities left out: they say where the reporter sits."""
        return frozenset(
            mention.place.country
            for mention in places.find_places(self.text)
            if mention.place.country and not places.is_bureau(mention.place)
        )

    def __init__(self, text: str, published, language: str):
        self.text = text
        self.published = published
        self.language = language
        self.paragraph_spans = paragraphs(text)
        self.paragraph_index = SpanIndex(self.paragraph_spans)
        self._sentences: dict[int, tuple[list, SpanIndex]] = {}
        self._quotes: dict[int, list] = {}
        self._context: dict[int, list] = {}
        self._named: dict[tuple, tuple[str | None, str]] = {}
        self._kinds: dict[tuple, tuple[list[int], list[str]]] = {}
        # Per paragraph: where a person first spoke in it, and the person each sentence's
        # subject or an earlier one's names (see subject_in_paragraph).
        self._paragraph_people: dict[int, tuple[int | None, list[str]]] = {}
        self._armed: dict[tuple, str] = {}
        self._headline_named: list | None = None
        self._quote_index: dict[int, SpanIndex] = {}
        self._attributions: dict[tuple[int, int], list] = {}
        self._paragraph_attributions: dict[int, list] = {}
        self._acronyms: dict[str, str] = {}
        self._heading_sources: dict[int, object] = {}
        self._release_sources: dict[int, object] = {}  # see release_source
        self._colon_lines: list[int] | None = None  # paragraphs ending in a colon
        self._headed_names: dict[str, tuple[list[int], list[str]]] = {}  # see names_another_before
        self._first_capitalised: dict[str, int] | None = None
        self._answers: dict[int, object] = {}
        self._acronym_places: dict[str, list[int]] | None = None
        self._starts: dict[str, pd.Timestamp | None] = {}
        self._periods: dict[tuple, list[periods.Period]] = {}
        self._period_order: dict[tuple, tuple[list[int], list[int]]] = {}
        self._stated: dict[tuple[int, int], pd.Timestamp | None] = {}
        self._cues: dict = {}
        self._sentence_texts: dict[tuple[int, int], str] = {}
        self._speakers_in: dict[tuple[int, int], tuple] = {}
        self._background: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._quote_speaker: dict[tuple[int, int], speakers.Attribution | None] = {}
        self._carried: dict[int, speakers.Attribution | None] = {}
        self._event_day_named: dict[tuple[int, int], bool] = {}
        self._event_named: dict[tuple[int, int], bool] = {}
        self._stops: dict[tuple[int, int], bool] = {}
        self._as_of: dict[tuple[int, int], str] = {}
        self._quote_attributions: dict[int, tuple[list, list[int]]] = {}
        self._lede_source: tuple[tuple[int, int] | None] | None = None
        self._briefing_turns: tuple[list[int], list, list[bool]] | None = None
        self._war_tolls: dict[tuple[int, int], str] = {}
        self._written_names: dict[tuple[str, ...], tuple[list[int], list[str]]] = {}
        # The name each short phrase's position was read back to (fuller_name_before).
        self._fuller_names: dict[int, str] = {}
        # Each kind's bodies named by a longer name: see body_of_kind_named_before.
        self._kind_names: dict[str, tuple[list[int], list[str]]] = {}
        self.figure_starts: list[int] = []  # where the article's figures start, in order
        self.headlines = self._headline_spans()
        self._hints: _Hints | None = None

    def hints(self, m: _Matcher) -> _Hints:
        """The article's :class:`_Hints`, found on first use."""
        if self._hints is None:
            self._hints = _Hints(self.text, m)
        return self._hints

    # Sentences are split only in paragraphs that hold a figure; a sentence is known by its
    # paragraph and its place there.
    def paragraph_sentences(self, index: int) -> tuple[list, SpanIndex]:
        if index not in self._sentences:
            spans = sentences(self.text, [self.paragraph_spans[index]])
            self._sentences[index] = (spans, SpanIndex(spans))
        return self._sentences[index]

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        index = self.paragraph_index.find(position)
        if index is None:
            return None
        number = self.paragraph_sentences(index)[1].find(position)
        return None if number is None else (index, number)

    def sentence_span(self, key: tuple[int, int]):
        return self.paragraph_sentences(key[0])[0][key[1]]

    def sentence_text(self, position: int) -> str:
        """The sentence holding ``position`` ('' between paragraphs)."""
        key = self.sentence_at(position)
        return "" if key is None else self.sentence_of(key)

    def list_heading_source(self, index: int):
        """The source of the heading a line of a list follows, for a line that names none:
        "The statement listed the following strikes in Iraq" (or a heading ending in a colon)
        over "Near Mosul 10 strikes engaged four ISIL tactical units", its source's, or the
        document's that it refers back to ("the statement": the body named before). None for
        a paragraph that is no such line, or a heading that names no source."""
        if index in self._heading_sources:
            return self._heading_sources[index]
        found = None
        first = 1 if self.headlines else 0  # a headline heads no list
        heading = index
        # Up the lines of the list, each right below the one before (one line break between:
        # a blank line ends the list, "... :\n\nSeparately, a bomb killed 3 soldiers").
        while heading > first and index - heading <= _LIST_LINES_READ:
            above = heading - 1
            if not self._next_line(above, heading):
                # Across a blank line only a heading ending in a colon reaches ("Zelensky
                # wrote on Telegram:\n\nRussia launched 40 drones"); else there is no list.
                colon = self._paragraph_text(above).rstrip().endswith(":")
                heading = above if colon else index
                break
            heading = above
            if not _list_line(self._paragraph_text(heading), self.language):
                break
        if first <= heading < index and _list_line(self._paragraph_text(index), self.language):
            span = self.paragraph_spans[heading]
            line = self.text[span.start : span.end]
            if not numbers.has_figure(line, language=self.language) and (
                _matcher(self.language).list_heading.search(line) is not None
            ):
                attributions = self.context(heading)[1]
                if attributions:
                    found = attributions[-1]
                else:
                    document = speakers.document_opening(line, language=self.language)
                    if document:
                        found = speakers.Attribution(document, span.start, False)
        self._heading_sources[index] = found
        return found

    def release_source(self, index: int):
        """The source of a release's sections, for a line of one that names none: up through
        the list's items, section headings ("Strikes in Syria"), section totals ending in a
        colon ("In Syria, coalition forces conducted 112 strikes:") and the bullets of sections
        before, the first paragraph that names a source, when a colon opened a list on the way
        ("... officials reported today. // Strikes in Syria // In Syria, ... 112 strikes: //
        -- Near Raqqa, 85 strikes ..."). None when prose that names no source comes first
        ("SOUTHWEST ASIA - On June 10, coalition forces conducted 31 strikes.")."""
        if index not in self._release_sources:
            self._release_sources[index] = self._release_source(index)
        return self._release_sources[index]

    def _release_source(self, index: int):
        if self._colon_lines is None:
            self._colon_lines = [
                number
                for number, span in enumerate(self.paragraph_spans)
                if self.text[span.start : span.end].rstrip().endswith(":")
            ]
        # Only a colon on the way opens a list: most lines have none above them to read for.
        above_colon = bisect.bisect_right(self._colon_lines, index) - 1
        if above_colon < 0 or index - self._colon_lines[above_colon] >= _LIST_LINES_READ:
            return None
        line = self._paragraph_text(index).strip()
        if not _list_line(line, self.language) or _TALLY_LINE.fullmatch(line):
            return None  # a tally's line ("Aircraft: 367") is the tally's, read elsewhere
        colon = line.endswith(":")
        bulleted = line[:1] in _BULLETS
        # The items of one list share their spacing: "Separately, a bomb killed 3" after a
        # blank line under "... the following strikes:\nNear Mosul, 10 strikes" is no item.
        spacing = None
        first = 1 if self.headlines else 0
        above = index
        m = _matcher(self.language)
        while above > first and index - above < _LIST_LINES_READ:
            above -= 1
            line = self._paragraph_text(above).strip()
            attributions = self.context(above)[1]
            if attributions:
                # "The ministry said the situation over the past day was as follows:" opens
                # its list itself, and so does "The ministry said:" over bullets; "Zelensky
                # said in his address:" only the paragraph right below it (see
                # list_heading_source).
                opens_list = line.endswith(":") and (
                    bulleted or m.list_heading.search(line[:-1]) is not None
                )
                return attributions[-1] if colon or opens_list else None
            if not colon and not bulleted:
                adjacent = self._next_line(above, above + 1)
                if spacing is not None and adjacent != spacing:
                    return None
                spacing = adjacent
            if line.endswith(":"):
                if not (
                    numbers.has_figure(line, language=self.language)
                    or m.list_heading.search(line[:-1]) is not None
                ):
                    return None  # an outlet's own label: "Key figures:", "Timeline:"
                colon = True
            elif not (
                _section_heading(line, self.language)
                # The items of the list itself, or bullets of a section before.
                or ((line[:1] in _BULLETS or not colon) and _list_line(line, self.language))
            ):
                return None  # prose: "SOUTHWEST ASIA - On June 10, coalition forces ..."
        return None

    def attribution_after(self, key: tuple[int, int]):
        """The source the next sentence of the paragraph names for this one, when it only says
        who reported it ("Jets made 43 sorties over the last day. This was reported on
        Wednesday by the Russian Defence Ministry."); None when it says anything else, holds
        a figure or names several sources."""
        spans = self.paragraph_sentences(key[0])[0]
        if key[1] + 1 >= len(spans):
            return None
        after = spans[key[1] + 1]
        if not _matcher(self.language).back_attribution.match(self.text, after.start):
            return None
        sentence = self.text[after.start : after.end]
        if numbers.has_figure(sentence, language=self.language):
            return None
        found = self.sentence_attributions((key[0], key[1] + 1))
        if found:
            return found[0] if len({a.phrase for a in found}) == 1 else None
        # ... or names a body the claimant table knows where no verb of speech finds it, as
        # machine translation from Russian words it: "About this was reported on Wednesday in
        # the Ministry of Defence of Russian Federation".
        bodies = claimants().find(sentence)
        if not bodies:
            return None
        start, end, _ = max(bodies, key=lambda body: body[1] - body[0])
        return speakers.Attribution(sentence[start:end], after.start + start, False)

    def briefing_source(self, position: int):
        """The speaker of the briefing the article reports, for a figure after its start that
        names no source of its own: "Konashenkov at a briefing told about the results of the
        day" over paragraphs of losses and downed drones, or a headline "Briefing by the
        official representative ...". The briefing goes on while later sources are its speaker
        again ("he said", "according to the general", his surname, his body) and ends where
        another source speaks. None outside a briefing."""
        turn = self._briefing_turn(position)
        return turn[0] if turn is not None else None

    def in_headline_briefing(self, position: int) -> bool:
        """Whether ``position`` lies in a briefing a headline announced ("Summary of the
        Ministry of Defence ..."): the whole article is then the briefer's, its running totals
        since the war began too."""
        turn = self._briefing_turn(position)
        return turn is not None and turn[1]

    def _briefing_turn(self, position: int) -> tuple[Any, bool] | None:
        """(the briefing's source or None, whether a headline announced it) at ``position``;
        None before any briefing's turn."""
        if self._briefing_turns is None:
            self._briefing_turns = self._briefings()
        positions, sources, from_headline = self._briefing_turns
        index = bisect.bisect_right(positions, position) - 1
        return (sources[index], from_headline[index]) if index >= 0 else None

    def _briefings(self) -> tuple[list[int], list, list[bool]]:
        """Where the article's briefings start and end: (positions, source or None there,
        whether the headline announced it)."""
        m = _matcher(self.language)
        positions: list[int] = []
        sources: list = []
        from_headline: list[bool] = []

        def turn(position: int, source) -> None:
            # A turn at a paragraph's start replaces the turns within that paragraph.
            while positions and positions[-1] >= position:
                positions.pop()
                sources.pop()
                from_headline.pop()
            positions.append(position)
            sources.append(source)
            from_headline.append(source is not None and whole_article)

        current = None
        whole_article = False  # the headline says the article is the briefing
        if self.headlines:
            span = self.paragraph_spans[0]
            opening = m.briefing_headline.match(self.text, span.start, span.end)
            if opening is None:
                # A wire's headline that opens with a defence body and a colon tells that
                # body's daily report: "Ministry of Defense: in Kursk direction over past day
                # enemy lost up to 230 servicemen".
                opening = m.briefer_headline.match(self.text, span.start, span.end)
            if opening is not None:
                current = speakers.Attribution(
                    opening.group("speaker").strip(), opening.start("speaker"), False
                )
                whole_article = True
                turn(span.start, current)
        if current is None and (
            m.briefing_hint.search(self.hints(m).lowered) is None
            or m.briefing_cue.search(self.text) is None
        ):
            return positions, sources, from_headline  # most articles: no briefing read here
        begun_in = 0
        resumed = None  # a headline's briefing that another source's paragraph interrupted
        for index in range(1 if whole_article else 0, len(self.paragraph_spans)):
            attributions = [a for a in self.context(index)[1] if not a.inside_quote]
            span = self.paragraph_spans[index]
            if resumed is not None:
                current, whole_article, resumed = resumed, True, None
                turn(span.start, current)
            if (
                current is not None
                and not whole_article
                and index > begun_in
                and not self.holds_figure(span)
                and not any(self._same_briefer(a, current) for a in attributions)
            ):
                # A paragraph of the outlet's own ("Iraqi forces retook Ramadi in December"):
                # the briefing told before it is over.
                current = None
                turn(span.start, None)
            for attribution in attributions:
                if current is not None and self._same_briefer(attribution, current):
                    if not speakers.needs_resolution(attribution.phrase, language=self.language):
                        current = attribution  # "informed Konashenkov": named again
                        turn(attribution.position, current)
                    continue
                key = (
                    index,
                    self.paragraph_sentences(index)[1].at_or_before(attribution.position),
                )
                if key[1] >= 0 and m.briefing_cue.search(self.sentence_of(key)) is not None:
                    current, whole_article, begun_in, resumed = attribution, False, index, None
                    turn(attribution.position, current)
                elif current is not None:
                    # Another source speaks: the briefing has ended, from its paragraph's start
                    # ("About 100 insurgents attacked a base. A military source said ..."); a
                    # headline's goes on in the next paragraph (the ministry's summary tells
                    # what a governor posted, then its own totals).
                    if whole_article:
                        resumed = current
                    current, whole_article = None, False
                    turn(span.start, None)
        return positions, sources, from_headline

    def fuller_name_before(self, position: int, phrase: str) -> str:
        """The speaker named before ``position`` whose name a short definite phrase shortens:
        "the General Staff" for "the General Staff of the Armed Forces of Ukraine", "The
        alliance" for "The Three Brotherhood Alliance", "Officials" for "CJTF-OIR officials";
        the phrase's words end the name's head, before its "of" or "in". With no such speaker,
        a name written before the phrase as no speaker (:meth:`_name_written_before`). '' when
        none is."""
        words = phrase.split()
        # A source class alone opening its sentence, as a release says "Officials reported
        # details of the strikes" after "CJTF-OIR officials reported today": those officials.
        # Not "In Gaza, officials said" after "Israeli officials said": others, placed.
        bare_class = (
            len(words) == 1
            and words[0][:1].isupper()
            and speakers.is_source_class(words[0], language=self.language)
        )
        if not bare_class and (
            not 2 <= len(words) <= _SHORT_NAME_WORDS or _bare_word(words[0]) != "the"
        ):
            return ""
        short = [_bare_word(word) for word in words[1:]] or [_bare_word(words[0])]
        paragraph = self.paragraph_index.at_or_before(position)
        # A class refers to one named a few paragraphs before; a name may stand further back.
        floor = max(-1, paragraph - _CLASS_REACH) if bare_class else -1
        for index in range(paragraph, floor, -1):
            for attribution in reversed(self.context(index)[1]):
                if (
                    not bare_class
                    and attribution.position < position
                    and [_bare_word(word) for word in attribution.phrase.split()]
                    == [_bare_word(word) for word in words]
                ):
                    # The same short phrase said before: the name it was read back to then,
                    # if it was ("..., the General Staff said. ..., according to the General
                    # Staff" after "The General Staff of the Armed Forces of Ukraine said").
                    fuller = self._fuller_names.get(attribution.position)
                    if fuller:
                        self._fuller_names[position] = fuller
                    return fuller or attribution.phrase
                if (
                    attribution.position < position
                    and _shortens(short, attribution.phrase, self.language)
                    # A class is named by capitalised words before it ("Syrian officials"),
                    # not "Putin and his officials" nor "The witnesses".
                    and not (
                        bare_class
                        and (
                            _bare_word(attribution.phrase.split()[0]) == "the"
                            or any(word[:1].islower() for word in attribution.phrase.split()[:-1])
                        )
                    )
                ):
                    self._fuller_names[position] = attribution.phrase
                    return attribution.phrase
        if bare_class:
            return ""  # no name written as no speaker is one for a class of sources
        # The name must stand before the phrase itself, not inside its clause ("The alliance,
        # made up of the ... Democratic Alliance Army, said"): the phrase stands right after
        # its verb ("said the Directorate"), else before it, maybe with an aside between.
        if self.text.find(phrase, position, position + _VERB_REACH + len(phrase)) >= 0:
            written_at = position
        else:
            written_at = self.text.rfind(phrase, max(0, position - _PHRASE_REACH), position)
        written = self._name_written_before(
            written_at if written_at >= 0 else position - len(phrase), short
        )
        if written:
            self._fuller_names[position] = written
        return written

    def body_of_kind_named_before(self, position: int, kind: str) -> str:
        """The latest body of a kind ("coalition") the text names before ``position`` by a
        longer name of the claimant table, spoken or not: "the coalition said" after "The
        Saudi-led coalition carried out 18 air strikes" is that coalition; ''. Each kind's
        names are found once per article."""
        if kind not in self._kind_names:
            head, length = kind.split()[-1], len(kind.split())
            found = []
            for start, end, alias in claimants().find(self.text):
                words = alias.split()
                if words[0] == "the":
                    words = words[1:]  # "the coalition" is the bare kind again
                if len(words) > length and _bare_word(words[-1]) == head:
                    found.append((start, self.text[start:end]))
            self._kind_names[kind] = ([at for at, _ in found], [name for _, name in found])
        starts, names = self._kind_names[kind]
        index = bisect.bisect_left(starts, position) - 1
        return names[index] if index >= 0 else ""

    def person_s_body(self, position: int, person: str) -> str:
        """The body a person named without one at ``position`` speaks for, from a role the
        article writes beside their name up to the end of that sentence: "Dorrian said" after
        "Coalition spokesman Col. John Dorrian", "said Ahmed Ali, an MSF doctor"; ''."""
        name = speakers.strip_titles(person, language=self.language)
        if not speakers.is_personal_name(name, language=self.language):
            return ""
        surname = name.split()[-1].strip(".,;:")
        # "al-Qudra" is capitalised after its particle, and opens a sentence as "Al-Qudra".
        if len(surname) < 3 or not surname.split("-")[-1][:1].isupper():
            return ""
        key = self.sentence_at(position)
        limit = self.sentence_span(key).end if key is not None else position
        # The lower-cased text the article's hints keep, offsets intact.
        text, lowered = self.text, self.hints(_matcher(self.language)).lowered
        surname = surname.lower()
        # The person's given name, as the speaker phrase or the nearest mention writes it:
        # "Ahmed Mayhoub" is not "Ali Mayhoub" named before him.
        given = name.split()[-2] if len(name.split()) > 1 else ""
        at = lowered.rfind(surname, 0, limit)
        for _ in range(_NAME_MENTIONS_READ):
            if at < 0:
                break
            end = at + len(surname)
            before = text[max(0, at - 40) : at].split()[-1:]
            written = (
                before[0]
                if before and before[0][:1].isupper() and before[0][-1:].isalpha()
                else ""
            )
            # A given name, not a title ("Maj Gen Buba").
            run = speakers.strip_titles(f"{written} {text[at:end]}", language=self.language)
            if written and written in run.split():
                if not given:
                    given = written
                elif written != given:
                    at = lowered.rfind(surname, 0, at)
                    continue  # another person of that surname
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
                body, role = speakers.body_named_beside(text, at, end, language=self.language)
                if not body and role:
                    if speakers.refers_back(role, language=self.language):
                        # "Its spokesman, Colonel Ali Hamdan,": the body "its" stands for.
                        return _body_referred_to(self, at, claimants())
                    # "Ministry spokesman Ashraf al-Qudra" after "the Gaza Health Ministry
                    # said": that ministry; "Health Minister Firass Abiad" of a Lebanon story:
                    # its ministry.
                    return self.owner_of_kind_before(at, role) or (
                        _body_of_the_story_s_country(self, role)
                    )
                if body and _default_abroad(self, body, role):
                    # "The ministry's spokesman" after "the Afghan Defence Ministry said": the
                    # ministry named before; "Defence Ministry spokesman Dawlat Waziri" of a
                    # Kabul story: the ministry of the story's country, not the table's default.
                    return self.owner_of_kind_before(at, role) or (
                        _body_of_the_story_s_country(self, role, default=body)
                    )
                if body:
                    return body
            at = lowered.rfind(surname, 0, at)
        return ""

    def owner_of_kind_before(self, position: int, role: str) -> str:
        """The body a role of a bare kind stands for: "The ministry's spokesman" or "Ministry
        spokesman" after "according to the Ministry of Health in Gaza" is that ministry's; ''."""
        owner, _, owned = speakers.possessive_split(role)
        # "the commander of |the army|'s 143rd battalion": the possessive's own noun phrase.
        owner = owner.rsplit(" of ", 1)[-1]
        kind = (
            speakers.generic_head(owner, language=self.language)
            if owned
            else speakers.generic_head_of_voice(role, language=self.language)
        )
        earlier = self.latest_before(position, f"kind:{kind}") if kind else ""
        if not earlier:
            return ""
        return (
            claimants().organisation(earlier)
            or _listed_body_of_its_country(earlier, kind)
            or speakers.named_organisation(earlier, language=self.language)
        )

    def names_another_before(self, position: int, head: str, organisation: str) -> bool:
        """Whether a capitalised name the word ``head`` ends, written before ``position``, names
        a body other than ``organisation`` ("The Horn Conflict Observatory" before "the
        observatory said"): a cheap test before reading the speakers before it."""
        if head not in self._headed_names:
            pattern = regex.compile(
                rf"(?:[A-Z][\w'\u2019-]{{0,30}}{_NAME_GAP}){{1,4}}{regex.escape(head.capitalize())}"
                r"(?![\w-])"
            )
            found = [(match.end(), match.group()) for match in pattern.finditer(self.text)]
            self._headed_names[head] = ([at for at, _ in found], [name for _, name in found])
        ends, names = self._headed_names[head]
        return any(
            claimants().organisation(name) != organisation
            for name in names[: bisect.bisect_right(ends, position)]
        )

    def _name_written_before(self, limit: int, short: list[str]) -> str:
        """The last capitalised name ending before ``limit`` that the words ``short`` are the
        head of, written as no speaker ("fighting with the Three Brotherhood Alliance",
        "counted the Directorate of Health in Aleppo"): more capitalised words before the head,
        or an "of" or "in" with capitalised words after it, all in one line. Each head's names
        are found once."""
        key = tuple(short)
        if key not in self._written_names:
            m = _matcher(self.language)
            head = _NAME_GAP.join(regex.escape(word.capitalize()) for word in short)
            word = rf"(?!(?i:{m.name_tail_determiners}){_NAME_GAP})[A-Z][\w'\u2019-]{{0,30}}"
            pattern = regex.compile(
                rf"(?<![\w-])(?P<before>(?:{word}{_NAME_GAP}){{0,4}}){head}(?![\w-])"
                # Not the first words of a longer head: "Democratic Alliance| Army".
                rf"(?!{_NAME_GAP}[A-Z])"
                rf"(?P<after>(?:{_NAME_GAP}(?:{m.name_tail_links})"
                rf"(?:{_NAME_GAP}(?:{m.name_tail_determiners}))?"
                rf"(?:{_NAME_GAP}{word}){{1,4}}){{0,2}})(?![\w-])"
            )
            found = [
                (match.end(), " ".join(match.group().split()))
                for match in pattern.finditer(self.text)
                if (match.group("before") or match.group("after"))
                # Not an operation or a place: "Operation Alliance in Helmand".
                and not speakers.names_an_event(match.group(), language=self.language)
                and not places.is_place_name(match.group())
            ]
            self._written_names[key] = ([at for at, _ in found], [name for _, name in found])
        ends, names = self._written_names[key]
        index = bisect.bisect_right(ends, limit) - 1
        if index < 0:
            return ""
        name, end = names[index], ends[index]
        if _whole_word(short[-1]).search(self.text, end, max(end, limit)):
            return ""  # another of its kind named since: "... and the Arab League commission"
        if (
            index > 0
            and names[index - 1] != name
            and self.paragraph_index.find(ends[index - 1]) == self.paragraph_index.find(end)
        ):
            return ""  # two of them named together: "the Tripoli Brigade and the Nawasi Brigade"
        return name

    def _same_briefer(self, attribution, briefer) -> bool:
        """Whether a later attribution is the briefing's speaker again: a pronoun or bare
        title ("he", "the general"), the same surname, or the same body."""
        phrase = attribution.phrase
        if speakers.needs_resolution(phrase, language=self.language):
            return True
        named, briefer_named = (
            speakers.strip_titles(words, language=self.language).split()
            for words in (phrase, briefer.phrase)
        )
        if named and briefer_named and named[-1] == briefer_named[-1]:
            return True
        briefer_words = (
            set(briefer.phrase.lower().split()) - _matcher(self.language).name_determiners
        )
        if briefer_words and briefer_words <= set(phrase.lower().split()):
            return True  # "the ministry" told about the day; "the ministry's spokesman" goes on
        who = claimants()
        body = who.organisation(phrase)
        return bool(body) and body == who.organisation(briefer.phrase)

    def answer_speaker(self, index: int):
        """The person whose answer a paragraph of an interview's transcript is, as its label
        names them ("Warsame: We lost 19 soldiers."), by the full name the article introduced
        them with ("Col. Abdirahman Ahmed Warsame"); else the body a live blog's entry is
        titled by ("Israeli military: 800 targets hit"). None for a paragraph with no label, or
        a label that names no one introduced before (the interviewer's "Q:" or "GO:", a tally's
        "Tanks: 8,582"). Read once for all the paragraph's figures."""
        if index == 0:
            return None
        if index not in self._answers:
            self._answers[index] = (
                self._answer_of(index)
                or self._entry_source(index)
                or self._unlabelled_answer(index)
            )
        return self._answers[index]

    def _unlabelled_answer(self, index: int):
        """The interviewee whose answer a paragraph is, in a question-and-answer piece that
        labels no one: it follows a paragraph that is only a question ("How big was the
        force?"), and the introduction named whom the outlet spoke to ("We spoke to Rear
        Admiral Thomas Keller")."""
        if index < 2:
            return None
        question = self._paragraph_text(index - 1).strip()
        if not question.endswith("?") or len(question) > _QUESTION_LONGEST:
            return None
        if self._paragraph_text(index).rstrip().endswith("?"):
            return None
        interviewee = self._interviewee
        if interviewee is None or interviewee[0] >= self.paragraph_spans[index - 1].start:
            return None
        return speakers.Attribution(interviewee[1], self.paragraph_spans[index].start, False)

    @functools.cached_property
    def _interviewee(self) -> tuple[int, str] | None:
        """(where, name) of the person an interview's introduction says the outlet spoke to
        ("We spoke to Rear Admiral Thomas Keller, commander of ..."); None if there is none."""
        found = _matcher(self.language).interviewee.search(self.text)
        return None if found is None else (found.start(), found.group("name"))

    def _entry_source(self, index: int):
        """The body a live blog's entry is titled by: "Israeli military: 800 targets hit", a
        short line opening with a body the claimant table knows and a colon."""
        span = self.paragraph_spans[index]
        body = _BODY_LABEL.match(self.text, span.start, min(span.end, span.start + 80))
        if (
            body is not None
            and span.end - span.start <= _LABELLED_LINE_LONGEST
            and claimants().organisation(body.group("name"))
        ):
            return speakers.Attribution(body.group("name"), span.start, False)
        return None

    def _answer_of(self, index: int):
        """The person a transcript's paragraph is the answer of (see :meth:`answer_speaker`)."""
        span = self.paragraph_spans[index]
        label = _ANSWER_LABEL.match(self.text, span.start, min(span.end, span.start + 80))
        if label is None or "?" in self.text[span.start : span.end]:
            return None  # no label, or a question: the interviewer's, relaying what others say
        name = label.group("name")
        if places.find_places(name):
            return None  # "Donetsk: Two civilians were killed": a place's news, not an answer
        if self._first_capitalised is None:
            # Where each capitalised word first stands, read in one pass: an article of many
            # labelled paragraphs is not searched whole for each label.
            self._first_capitalised = {}
            for word in _CAPITALISED_WORD.finditer(self.text):
                self._first_capitalised.setdefault(word.group(), word.start())
        # The label ends the name the article first wrote it in, not that name's only word
        # ("Tanks" written alone before).
        last = name.rsplit(None, 1)[-1]
        introduced = self._first_capitalised.get(last, span.start) + len(last) - len(name)
        if not 0 <= introduced < span.start or not self.text.startswith(name, introduced):
            return None
        # A surname may follow its particle: "Saadi:" after "Brig. Gen. Hassan Kadhim al-Saadi".
        particle = _NAME_PARTICLE_BEFORE.search(self.text, max(0, introduced - 4), introduced)
        named_from = introduced if particle is None else particle.start()
        run = _NAME_RUN_BEFORE.search(self.text, max(0, named_from - 60), named_from)
        if run is None or self.text[introduced + len(name) : introduced + len(name) + 1].isalnum():
            return None
        if "'s" in run.group() or "\u2019s" in run.group():
            return None  # "India's Operation Sindoor": a possessive is no given name
        if _matcher(self.language).interviewer_after.match(self.text, introduced + len(name)):
            return None  # "Christiane Amanpour spoke to ...": the interviewer's lines
        # The given names, not a sentence's opening word: "In Gaza", "Sunday. Casualties".
        given = run.group().split()
        while given and given[0].lower() in _NAME_RUN_STOPS:
            given.pop(0)
        if not given:
            return None
        start = run.end() - len(run.group()) + run.group().index(given[0])
        return speakers.Attribution(self.text[start : introduced + len(name)], span.start, False)

    def _next_line(self, before: int, after: int) -> bool:
        """Whether paragraph ``after`` starts on the line right after paragraph ``before``."""
        between = self.text[self.paragraph_spans[before].end : self.paragraph_spans[after].start]
        return between.count("\n") == 1 and not between.replace("\n", "").strip()

    def _paragraph_text(self, index: int) -> str:
        span = self.paragraph_spans[index]
        return self.text[span.start : span.end]

    def acronym_expansion(self, phrase: str) -> str:
        """The name the article spells an acronym out as, for a speaker named by it ("The
        TDF" after "the Tigray Defence Forces (TDF)", or "the Arakan Army AA" in text whose
        brackets were stripped); '' when the phrase is no acronym or the article never spells
        it out."""
        acronym = phrase.removeprefix("The ").removeprefix("the ")
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return ""
        if self._acronym_places is None:
            # Where each acronym stands, read in one pass: an article naming many acronyms is
            # not searched whole for each.
            self._acronym_places = {}
            for found in _ACRONYM.finditer(self.text):
                places = self._acronym_places.setdefault(found.group(1), [])
                if len(places) < _ACRONYM_PLACES:
                    places.append(found.start())
        if acronym not in self._acronyms:
            self._acronyms[acronym] = _spelled_out(
                self.text, acronym, self._acronym_places.get(acronym, [])
            )
        return self._acronyms[acronym]

    def subject_in_paragraph(self, position: int, pronoun: str) -> str:
        """For "he" or "she", the person a sentence before opens with in the same paragraph,
        when no person spoke before in that paragraph: "Shushan Stepanyan, spokeswoman for
        the ministry, called the figures fiction. Karabakh forces lost seven men, she wrote"
        (not a speaker of an earlier paragraph). '' otherwise, and for a title ("the
        spokesman"), which names whom it stands for by its role."""
        if not speakers.is_person_pronoun(pronoun, language=self.language):
            return ""
        key = self.sentence_at(position)
        if key is None or key[1] == 0:
            return ""
        paragraph, number = key
        if paragraph not in self._paragraph_people:
            # Read once per paragraph, so that many pronouns in a long one stay linear.
            first_spoke, subjects, subject = None, [], ""
            for index in range(len(self.paragraph_sentences(paragraph)[0])):
                for attribution in self.sentence_attributions((paragraph, index)):
                    found, _ = self._named_in([attribution], "person", "")
                    if found is not None and first_spoke is None:
                        first_spoke = attribution.position
                subject = self._subject_of((paragraph, index), "person") or subject
                subjects.append(subject)
            self._paragraph_people[paragraph] = (first_spoke, subjects)
        first_spoke, subjects = self._paragraph_people[paragraph]
        if first_spoke is not None and first_spoke < position:
            return ""  # a person spoke in the paragraph: latest_before finds them
        return subjects[number - 1]

    def subject_before(self, position: int, want: str) -> str:
        """The subject the sentence before the one at ``position`` opens with, for "He" or "It"
        when no speaker was named before: "Maj. Gen. Igor Konashenkov held a briefing on
        Monday. He said ..."; a person of two words or more for "person", a body the claimant
        table knows for "organisation"; '' otherwise. The sentence before may end the
        paragraph before."""
        if want not in ("person", "organisation"):
            return ""
        key = self.sentence_at(position)
        if key is None:
            return ""
        paragraph, number = key
        if number > 0:
            before = (paragraph, number - 1)
        elif paragraph > 0 and not (paragraph == 1 and self.headlines):
            before = (paragraph - 1, len(self.paragraph_sentences(paragraph - 1)[0]) - 1)
        else:
            return ""  # the headline is no sentence a pronoun refers back to
        if before[1] < 0:
            return ""
        return self._subject_of(before, want)

    def _subject_of(self, key: tuple[int, int], want: str) -> str:
        """The subject sentence ``key`` opens with, as :meth:`subject_before` wants it."""
        subject = speakers.sentence_subject(self.sentence_of(key), language=self.language)
        if want == "person":
            lex = lexicon()
            personal = (
                len(subject.split()) > 1
                # "Russian Jets struck": a headline's capitals make no name of a kind's noun.
                and not any(
                    word.lower() in lex.noun_to_kind or word.lower() in lex.people_nouns
                    for word in subject.split()
                )
                and speakers.is_personal_name(subject, language=self.language)
            )
            return subject if personal else ""
        return subject if claimants().organisation(subject) else ""

    def sentence_of(self, key: tuple[int, int]) -> str:
        """A sentence's text, sliced once: a long sentence of many figures is not copied for
        each of them."""
        if key not in self._sentence_texts:
            span = self.sentence_span(key)
            self._sentence_texts[key] = self.text[span.start : span.end]
        return self._sentence_texts[key]

    def in_background(self, key: tuple[int, int], position: int) -> bool:
        """Whether the figure at ``position`` sits in a war-wide toll appended to its sentence
        (:func:`speakers.in_background`), the sentence read once for all its figures."""
        if key not in self._background:
            self._background[key] = speakers.background_spans(
                self.sentence_of(key), language=self.language
            )
        offset = position - self.sentence_span(key).start
        return any(start <= offset < end for start, end in self._background[key])

    def quote_speaker(self, index: int, quote) -> speakers.Attribution | None:
        """The attribution nearest a quotation of paragraph ``index``, the same for all its
        figures."""
        key = (quote.start, quote.end)
        if key not in self._quote_speaker:
            self._quote_speaker[key] = speakers.nearest(
                self._quote_candidates(index, quote), quote
            )
        return self._quote_speaker[key]

    def carried_quote_speaker(self, index: int, quote) -> speakers.Attribution | None:
        """The speaker of a quotation that opens paragraph ``index`` and names none: the one of
        the quotation that ends the paragraph before, as a quotation goes on over paragraphs
        ('"... 444 sorties," Rudskoy said. // "Twenty-three command posts were destroyed."').
        A paragraph with no quotation, or a headline, passes on no speaker; nor does one that
        goes on past its quotation ('"At least 30 were killed." That was Amnesty's verdict.')."""
        if not self._all_quotation(index, quote):
            return None
        # Walk back over paragraphs that are each one unattributed quotation; every one of them
        # carries the same speaker, kept so that a run of them is read once.
        chain, found = [], None
        while index > 0 and index not in self._carried:
            chain.append(index)
            index -= 1
            quotes = self.quotes(index)
            if not quotes or self.in_headline(self.paragraph_spans[index].start):
                break
            found = self.quote_speaker(index, quotes[-1])
            if found is not None or not self._all_quotation(index, quotes[-1]):
                break
        else:
            found = self._carried.get(index)
        for number in chain:
            self._carried[number] = found
        return found

    def _all_quotation(self, index: int, quote) -> bool:
        """Whether ``quote`` is all of paragraph ``index`` but its marks and spaces."""
        span = self.paragraph_spans[index]
        return quote.start - span.start <= 1 and not self.text[quote.end : span.end].strip(
            " \t\r\n\"'\u201d\u2019.,"
        )

    def _quote_candidates(self, index: int, quote) -> list:
        """The attributions of paragraph ``index`` that can be nearest ``quote``, in their order:
        :func:`speakers.nearest` skips toll verbs for a quotation, and of the rest only the
        first at the latest position before it, the first inside it and the first at or after
        its end can win. A paragraph of many quotations is so read in linear time."""
        if index not in self._quote_attributions:
            usable = [a for a in self.context(index)[1] if not a.toll]
            self._quote_attributions[index] = (usable, [a.position for a in usable])
        usable, positions = self._quote_attributions[index]
        picked = set()
        before = bisect.bisect_left(positions, quote.start)
        if before:
            picked.add(bisect.bisect_left(positions, positions[before - 1]))
        if before < len(usable):
            picked.add(before)  # inside the quotation, or else the first after its start
        after = bisect.bisect_left(positions, quote.end)
        if after < len(usable):
            picked.add(after)
        return [usable[i] for i in sorted(picked)]

    def nearest_in_sentence(self, key: tuple[int, int], span, figure: int):
        """The attribution of a sentence nearest the figure at ``figure``, exactly as
        :func:`speakers.nearest` picks it from all of them, from the few that can win."""
        if key not in self._speakers_in:
            found = self._in_span(key, span)
            # A sentence of a few verbs is weighed whole, cheaper than indexing it; so is one
            # whose verbs are not in order of position.
            indexed = _SentenceSpeakers.of(found) if len(found) > 8 else None
            self._speakers_in[key] = (found, indexed)
        found, indexed = self._speakers_in[key]
        if indexed is None:
            return speakers.nearest(found, span, figure)
        return speakers.nearest(indexed.candidates(figure), span, figure)

    def _in_span(self, key: tuple[int, int], span) -> list:
        return [a for a in self.sentence_attributions(key) if span.start <= a.position < span.end]

    def sentence_before(self, key: tuple[int, int]) -> tuple[int, int] | None:
        index, number = key
        while number == 0:
            index -= 1
            if index < 0:
                return None
            number = len(self.paragraph_sentences(index)[0])
        return index, number - 1

    def sentence_after(self, key: tuple[int, int]) -> tuple[int, int] | None:
        """The next sentence: in the same paragraph, else the first of the next one."""
        index, number = key
        if number + 1 < len(self.paragraph_sentences(index)[0]):
            return index, number + 1
        return (index + 1, 0) if index + 1 < len(self.paragraph_spans) else None

    @functools.cached_property
    def lede(self) -> tuple[int, int] | None:
        """The key of the lede: the first sentence of the first paragraph after the headline
        that holds a figure (a standfirst without one comes before it)."""
        for start in self.figure_starts:
            index = self.paragraph_index.find(start)
            if index is not None and not self.in_headline(self.paragraph_spans[index].start):
                return index, 0
        return None

    def holds_figure(self, span) -> bool:
        """Whether one of the article's figures starts inside ``span``."""
        at = bisect.bisect_left(self.figure_starts, span.start)
        return at < len(self.figure_starts) and self.figure_starts[at] < span.end

    def lede_source_sentence(self, m: _Matcher) -> tuple[int, int] | None:
        """The sentence after the lede, when it names the lede's source: it holds no figure,
        opens with no quotation, names a source outside any, and speaks of what the lede does,
        by "this" or by a word of the lede's ("At least 10 rebels were killed in airstrikes. //
        The agency quoted local sources as saying the airstrikes hit ...", "... shot down 14
        of 16 drones. // The commander reported this on Telegram."). "At least 15 civilians
        were killed. // The army blamed rebels, state media said." names none."""
        if self._lede_source is None:
            found = None
            after = None if self.lede is None else self.sentence_after(self.lede)
            if after is not None:
                span, following = self.sentence_span(after), self.sentence_of(after)
                words = {word.lower() for word in _WORD.findall(following)}
                lede_words = {word.lower() for word in _WORD.findall(self.sentence_of(self.lede))}
                shared = {w for w in words & lede_words if len(w) >= 5} - m.lede_common_words
                if (
                    (shared or words & m.lede_references)
                    and any(
                        not (a.toll or a.inside_quote) for a in self.sentence_attributions(after)
                    )
                    and self.text[span.start : span.start + 1] not in _OPENING_QUOTE_MARKS
                    and not self.holds_figure(span)
                ):
                    found = after
            self._lede_source = (found,)
        return self._lede_source[0]

    def _headline_spans(self) -> list[tuple[int, int]]:
        """The headline, when the text opens with one (a short first line of one sentence,
        with no comma unless it ends without a full stop: a lede has clauses and ends with one,
        "Russian Jets Pound Aleppo, 45 Civilians Dead" does not), and where it is repeated at
        the start of the next paragraph, as scraped pages do."""
        if len(self.paragraph_spans) < 2:
            return []
        first = self.paragraph_spans[0]
        line = self.text[first.start : first.end]
        clauses = "," in line and line.rstrip()[-1:] in '.!?"\u201d'
        if len(line) > 150 or clauses or len(sentences(self.text, [first])) > 1:
            return []
        spans = [(first.start, first.end)]
        second = self.paragraph_spans[1]
        deck = self.text[second.start : second.end]
        if (
            len(self.paragraph_spans) > 2
            and self._next_line(0, 1)
            # Not in text stripped of its punctuation, whose every line lacks a full stop: the
            # body's first paragraphs end with one.
            and any(
                self._paragraph_text(index).rstrip()[-1:] in '.!?"\u201d'
                for index in range(2, min(len(self.paragraph_spans), 5))
            )
            and len(deck) <= 150
            and deck.rstrip()[-1:] not in '.!?"\u201d'
            and len(sentences(self.text, [second])) == 1
        ):
            # A deck right under the headline, on the next line and as short, with no full
            # stop: "Report summary: Soldiers summarily executed at least 218 civilians".
            spans.append((second.start, second.end))
        body = self.paragraph_spans[1]
        title = line.rstrip(". ")
        again = self.text.find(title, body.start, min(body.end, body.start + 120 + len(title)))
        if again != -1:
            spans.append((again, again + len(title)))
        return spans

    def in_headline(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.headlines)

    def quotes(self, index: int) -> list:
        """The quotations of paragraph ``index``."""
        if index not in self._quotes:
            self._quotes[index] = quote_spans(
                self.text,
                self.paragraph_spans[index],
                speakers.closing_attribution(language=self.language),
            )
        return self._quotes[index]

    def quote_index(self, index: int) -> SpanIndex:
        """The quotations of paragraph ``index``, indexed by offset."""
        if index not in self._quote_index:
            self._quote_index[index] = SpanIndex(self.quotes(index))
        return self._quote_index[index]

    def paragraph_frame(self, key: tuple[int, int]):
        """The source that opens the paragraph of a later sentence naming none ("According to
        him, two attacks were repelled. Losses of the enemy made up to 80 servicemen"): it
        frames the whole paragraph, when no other source is named before the sentence."""
        if key[1] == 0:
            return None
        opening = self.paragraph_spans[key[0]].start
        words = (
            self.text[opening : opening + _FRAME_WORD_REACH].lstrip(_OPENING_MARKS).split(None, 1)
        )
        if not words or words[0].lower() not in speakers.frame_opening_words(self.language):
            return None  # most paragraphs: their attributions need not be read
        span = self.sentence_span(key)
        start = span.start
        before = [a for a in self.context(key[0])[1] if a.position < start]
        if not before or before[0].frames_until == -1 or len({a.phrase for a in before}) != 1:
            return None
        if self.text[opening : before[0].position].strip(_OPENING_MARKS):
            return None  # "Two died. According to X, ...": the frame does not open it
        published_year = None if self.published is None else str(self.published.year)
        lead = _matcher(self.language).year_lead
        if any(
            year.group() != published_year
            and lead.search(self.text, max(start, year.start() - 12), year.start())
            for year in _A_YEAR.finditer(self.text, start, span.end)
        ):
            return None  # "In 2014, 200 people died there": background the outlet adds
        return before[0]

    def carried_attribution(self, key: tuple[int, int], figure: int):
        """The one speaker of the sentence before, in the same paragraph, for a sentence that
        names none and opens by referring back to its figures ("... neutralised 718 targets,
        the Air Force said. Of those, 296 drones were shot down"), for a figure of that
        opening clause. None when the sentence before has no figure, no speaker or several;
        a sentence that only goes on ("Two people were killed.") may be the outlet's own."""
        # The opening words first: most sentences do not refer back, and their speakers
        # need not be read.
        start = self.sentence_span(key).start
        if key[1] == 0 or not _matcher(self.language).carried_opener.match(self.text, start):
            return None
        matcher = _matcher(self.language)
        if mark_between(self.text, start, figure, ";") or matcher.comma_turn.search(
            self.text, start, figure
        ):
            return None  # "This figure could not be verified, and 30 were killed"
        before_key = (key[0], key[1] - 1)
        if self.sentence_attributions(key) or not numbers.has_figure(
            self.sentence_of(before_key), language=self.language
        ):
            return None
        before = self.sentence_attributions(before_key)
        if not before or len({a.phrase for a in before}) != 1:
            return None
        return before[-1]

    def sentence_attributions(self, key: tuple[int, int]) -> list:
        """The attributions whose speech verb is in one sentence (found on first use; taken
        from the paragraph's when those are known already)."""
        if key not in self._attributions:
            index = key[0]
            span = self.sentence_span(key)
            if index in self._paragraph_attributions:
                found = [
                    a
                    for a in self._paragraph_attributions[index]
                    if span.start <= a.position < span.end
                ]
            else:
                found = speakers.paragraph_attributions(
                    self.text, self.paragraph_spans[index], self.quotes(index),
                    language=self.language, within=span,
                )  # fmt: skip
                if span == self.paragraph_spans[index]:
                    # A one-sentence paragraph: the sentence's search was the paragraph's.
                    self._paragraph_attributions[index] = found
            self._attributions[key] = found + self._headline_source(index)
        return self._attributions[key]

    def _headline_source(self, index: int) -> list:
        """The source a headline names ("...: state TV", "Monitor: ..."), for paragraph 0."""
        if not (self.headlines and index == 0):
            return []
        if self._headline_named is None:
            named = speakers.headline_attribution(
                self.text, self.paragraph_spans[0], language=self.language
            )
            self._headline_named = [] if named is None else [named]
        return self._headline_named

    def context(self, index: int) -> tuple[list, list]:
        """The quotations and attributions of paragraph ``index`` (found in one pass)."""
        if index not in self._context:
            if index not in self._paragraph_attributions:
                self._paragraph_attributions[index] = speakers.paragraph_attributions(
                    self.text, self.paragraph_spans[index], self.quotes(index),
                    language=self.language,
                )  # fmt: skip
            found = self._paragraph_attributions[index] + self._headline_source(index)
            self._context[index] = sorted(found, key=lambda a: a.position)
        return self.quotes(index), self._context[index]

    def issuer_before(self, position: int, phrase: str) -> str:
        """The body an earlier sentence says put out the document a reference names: "the
        communiqué" after "The General Staff of the Armies (EMGA) has made public ... a
        communiqué"; ''."""
        noun = _bare_word(phrase.split()[-1]) if phrase.split() else ""
        issued = self._documents_issued
        found = ""
        for _, issuer, document in issued[: bisect.bisect_left(issued, (position,))]:
            if _bare_word(document) == noun:
                found = issuer
        return found

    @functools.cached_property
    def _documents_issued(self) -> list[tuple[int, str, str]]:
        """(where, issuer, document) of each document the text says a body put out."""
        m = _matcher(self.language)
        return [
            (found.end(), found.group("issuer"), found.group("document"))
            for found in m.document_issued.finditer(self.text)
        ]

    def latest_before(self, position: int, want: str, organisation: str = "") -> str:
        """The latest speaker named before ``position``, as written: a person for "he" and bare
        titles, an organisation or source for "it", "the group", "the source", and for
        ``want="kind:<kind>"`` a body of that kind named with its country ("the Iraqi Defence
        Ministry" for "kind:ministry"). With ``organisation``, only a person of that claimant
        counts ("the U.N. envoy" is not the last person named, unless that person speaks for
        the U.N.).

        Sentences are read backwards from the position: the figure's own sentence, the ones
        before it in its paragraph, then earlier paragraphs whole. What lies before the
        figure's sentence is the same for every figure after it, so its answer is kept
        (:meth:`_named_before`): an article of many "he said" paragraphs is read once, not
        once per figure.
        """
        paragraph = self.paragraph_index.at_or_before(position)
        if paragraph < 0:
            return ""
        number = self.paragraph_sentences(paragraph)[1].at_or_before(position)
        if want.startswith("kind:"):
            return self._kind_before(paragraph, number, position, want)
        if paragraph == 0 and self.headlines:
            # The headline's source is listed with every sentence of the first paragraph,
            # wherever it stands, so each is read with the position test.
            pieces = [self.sentence_attributions((0, n)) for n in range(number, -1, -1)]
            found, fallback = None, ""
            for piece in pieces:
                found, later = self._named_in(piece, want, organisation, position)
                fallback = fallback or later
                if found is not None:
                    break
        else:
            found, fallback = (None, "")
            if number >= 0:
                found, fallback = self._named_in(
                    self.sentence_attributions((paragraph, number)), want, organisation, position
                )
            if found is None:
                found, earlier = self._named_before(paragraph, number, want, organisation)
                fallback = fallback or earlier
        if found is not None:
            return found
        return fallback if want == "organisation" else ""

    def _kind_before(self, paragraph: int, number: int, position: int, want: str) -> str:
        """:meth:`latest_before` for a kind: the sentence's bodies of that kind are listed
        once and looked up by position, so that a long sentence of "the ministry said ..."
        is not read again for each figure in it."""
        if number >= 0:
            key = (paragraph, number, want)
            if key not in self._kinds:
                found = [
                    (a.position, a.phrase)
                    for a in self.sentence_attributions((paragraph, number))
                    if speakers.names_whose(a.phrase, want[5:], language=self.language)
                ]
                self._kinds[key] = ([p for p, _ in found], [phrase for _, phrase in found])
            positions, phrases = self._kinds[key]
            index = bisect.bisect_left(positions, position) - 1
            if index >= 0:
                return phrases[index]
        found, _ = self._named_before(paragraph, number, want, "")
        return found or ""

    def _named_in(
        self, attributions: list, want: str, organisation: str, position: int | None = None
    ) -> tuple[str | None, str]:
        """(the speaker :meth:`latest_before` wants, else None; the first other named speaker,
        else '') among ``attributions`` read backwards, before ``position`` if given."""
        fallback = ""
        for index in range(len(attributions) - 1, -1, -1):
            attribution = attributions[index]
            phrase = attribution.phrase
            if position is not None and attribution.position >= position:
                continue
            if attribution.relays and any(
                not _sentence_between(self.text, other.position, attribution.position)
                for other in attributions[:index]
                if other.position < attribution.position
            ):
                # "The ministry said 151 were killed, Xinhua reported. It added ...": the
                # ministry, not the outlet relaying it.
                continue
            if want.startswith("kind:"):
                # "the Iraqi Defence Ministry" may itself read as a reference to resolve.
                if speakers.names_whose(phrase, want[5:], language=self.language):
                    return phrase, fallback
                continue
            if speakers.needs_resolution(phrase, language=self.language):
                continue
            # A claimant called by its own name is no person ("Airwars said"); one of its
            # people is ("Konashenkov said", the ministry's).
            personal = speakers.is_personal_name(phrase, language=self.language) and (
                claimants().organisation(phrase).lower() != phrase.lower().removeprefix("the ")
            )
            if want == "person" and (
                personal or speakers.is_person_role(phrase, language=self.language)
            ):
                if organisation and claimants().organisation(phrase) != organisation:
                    continue
                return phrase, fallback
            if want == "organisation" and not personal:
                return phrase, fallback
            if (
                want.startswith("head:")
                and not personal
                # ... by its name as written, or by the claimant it is ("AFRICOM" is the US
                # Africa Command that "the command" refers to).
                and (
                    speakers.names_head(phrase, want[5:])
                    or speakers.names_head(claimants().organisation(phrase).lower(), want[5:])
                )
            ):
                return phrase, fallback
            fallback = fallback or phrase
        return None, fallback

    def _named_before(
        self, paragraph: int, number: int, want: str, organisation: str
    ) -> tuple[str | None, str]:
        """:meth:`_named_in` over the sentences of ``paragraph`` before sentence ``number``,
        then the earlier paragraphs whole, each answer kept for the figures after it."""
        # A step is a sentence (paragraph, n) or a whole paragraph (paragraph, None).
        step = (paragraph, number - 1) if number > 0 else (paragraph - 1, None)
        walked: list[tuple[tuple, str | None, str]] = []
        below: tuple[str | None, str] = (None, "")
        while step[0] >= 0:
            key = (*step, want, organisation)
            if key in self._named:
                below = self._named[key]
                break
            index, sentence = step
            if sentence is None:
                pieces = self.context(index)[1]
                following = (index - 1, None)
            else:
                pieces = self.sentence_attributions((index, sentence))
                following = (index, sentence - 1) if sentence > 0 else (index - 1, None)
            found, fallback = self._named_in(pieces, want, organisation)
            walked.append((key, found, fallback))
            if found is not None:
                break
            step = following
        for key, found, fallback in reversed(walked):
            below = (found, fallback) if found is not None else (below[0], fallback or below[1])
            self._named[key] = below
        return below

    def armed_country(self, key: tuple[int, int], span, kind: str) -> str:
        """:func:`speakers.armed_country` of a sentence, found once per sentence and kind."""
        cache_key = (key, kind)
        if cache_key not in self._armed:
            sentence = self.text[span.start : span.end]
            self._armed[cache_key] = speakers.armed_country(sentence, kind, language=self.language)
        return self._armed[cache_key]

    def start_of(self, what: str) -> pd.Timestamp | None:
        """The operation's or the war's start as the article states it ("operation" or
        "conflict"), found on first use: most sentences never need it."""
        if what not in self._starts:
            find = periods.operation_start if what == "operation" else periods.conflict_start
            self._starts[what] = find(self.text, self.published, language=self.language)
        return self._starts[what]

    def period_cues(self, span) -> periods.Cues:
        """Which period words a sentence holds, found once for its as-of day and periods."""
        if span not in self._cues:
            self._cues[span] = periods.cues_of(
                self.text[span.start : span.end], language=self.language
            )
        return self._cues[span]

    def as_of(self, sentence_key: tuple[int, int]) -> str:
        """The words that date a sentence's tally ("as of October 9"), or '', read once."""
        if sentence_key not in self._as_of:
            span = self.sentence_span(sentence_key)
            found = periods.as_of_phrase(self.text, span.start, span.end, language=self.language)
            self._as_of[sentence_key] = " ".join(found.group().split()) if found else ""
        return self._as_of[sentence_key]

    def war_toll(self, sentence_key: tuple[int, int]) -> str:
        """How a sentence ties a toll to the war as a whole (``incidents.war_toll``: "subject",
        "frame" or ""), read once for all its figures."""
        if sentence_key not in self._war_tolls:
            self._war_tolls[sentence_key] = incidents.war_toll(
                self.sentence_of(sentence_key), language=self.language
            )
        return self._war_tolls[sentence_key]

    def stops_going_on(self, sentence_key: tuple[int, int]) -> bool:
        """Whether a sentence has a frame of its own that a report before does not reach
        ("since", "during the war": ``goes_on_stops``), read once for all its figures."""
        if sentence_key not in self._stops:
            span = self.sentence_span(sentence_key)
            m = _matcher(self.language)
            self._stops[sentence_key] = (
                m.goes_on_stop.search(self.text, span.start, span.end) is not None
            )
        return self._stops[sentence_key]

    def names_an_event(self, sentence_key: tuple[int, int]) -> bool:
        """Whether a sentence ties its counts to one event: it names a town, or a word links
        them to an event ("after rockets were fired"); read once per sentence."""
        if sentence_key not in self._event_named:
            span = self.sentence_span(sentence_key)
            m = _matcher(self.language)
            self._event_named[sentence_key] = m.perfect_event_link.search(
                self.text, span.start, span.end
            ) is not None or any(
                mention.place.level in ("town", "local")
                for mention in places.find_places(self.text, span.start, span.end)
            )
        return self._event_named[sentence_key]

    def names_event_day(self, sentence_key: tuple[int, int]) -> bool:
        """Whether a sentence names an event's day (:func:`incidents.names_event_day`), read
        once for all its figures."""
        if sentence_key not in self._event_day_named:
            span = self.sentence_span(sentence_key)
            self._event_day_named[sentence_key] = incidents.names_event_day(
                self.text, span.start, span.end, language=self.language
            )
        return self._event_day_named[sentence_key]

    def _date_before(self, sentence_key: tuple[int, int]) -> pd.Timestamp | None:
        """The last calendar date the sentence before ``sentence_key`` writes, or None."""
        earlier = self.sentence_before(sentence_key)
        if earlier is None:
            return None
        span = self.sentence_span(earlier)
        return periods.last_date(
            self.text[span.start : span.end], self.published, language=self.language
        )

    def stated_date(self, sentence_key: tuple[int, int]) -> pd.Timestamp | None:
        """The day a sentence says its figures were given ("said on Saturday"), or None."""
        if sentence_key not in self._stated:
            span = self.sentence_span(sentence_key)
            self._stated[sentence_key] = periods.stated_date(
                self.text[span.start : span.end], self.published, language=self.language,
                cues=self.period_cues(span),
            )  # fmt: skip
        return self._stated[sentence_key]

    def sentence_periods(self, sentence_key: tuple[int, int], as_of) -> list[periods.Period]:
        """Periods stated in a sentence ("He added ..." inherits the one before)."""
        key = (sentence_key, as_of)
        if key not in self._periods:
            span = self.sentence_span(sentence_key)
            sentence = self.text[span.start : span.end]
            found = periods.find_periods(
                sentence, span.start, as_of, self.published,
                lambda: self.start_of("operation"), lambda: self.start_of("conflict"),
                language=self.language, cues=self.period_cues(span),
                earlier_date=lambda: self._date_before(sentence_key),
            )  # fmt: skip
            earlier = self.sentence_before(sentence_key)
            if not found and earlier is not None and _CONTINUATION.match(sentence):
                previous = self.sentence_periods(earlier, as_of)
                found = [p for p in previous if p.basis == "cumulative"] or previous
            self._periods[key] = found
        return self._periods[key]

    def periods_near(self, sentence_key, as_of, at: int) -> list[periods.Period]:
        """The periods of a sentence nearest the offset ``at``, at most ``_PERIODS_NEAR`` on
        each side: a figure's period is one of them, and reading only those keeps a sentence
        with many figures and many periods linear."""
        found = self.sentence_periods(sentence_key, as_of)
        if len(found) <= 2 * _PERIODS_NEAR:
            return found
        key = (sentence_key, as_of)
        if key not in self._period_order:
            order = sorted(range(len(found)), key=lambda i: found[i].offset)
            self._period_order[key] = (order, [found[i].offset for i in order])
        order, offsets = self._period_order[key]
        index = bisect.bisect_left(offsets, at)
        near = sorted(order[max(0, index - _PERIODS_NEAR) : index + _PERIODS_NEAR])
        # In the order they were found, which decides between periods equally near a figure.
        return [found[i] for i in near]


@dataclass(frozen=True)
class _SentenceSpeakers:
    """A sentence's attributions in order of position, with, for each, the latest earlier one
    of each kind and the next that closes its clause: what :meth:`candidates` needs to find
    the few that can be nearest a figure without weighing them all."""

    attributions: list
    positions: list[int]
    last_open: list[int]  # index of the latest non-toll verb opening its content, or -1
    last_closing: list[int]  # index of the latest non-toll verb closing its clause, or -1
    next_closing: list[int]  # index of the next non-toll closing verb, or len()

    @classmethod
    def of(cls, attributions: list) -> _SentenceSpeakers | None:
        positions = [a.position for a in attributions]
        if positions != sorted(positions) or any(a.reach >= 0 for a in attributions):
            return None  # weighed whole: out of order, or a verb bounded by its clause
        last_open, last_closing, open_at, closing_at = [], [], -1, -1
        for index, attribution in enumerate(attributions):
            if not attribution.toll:
                if attribution.closes:
                    closing_at = index
                else:
                    open_at = index
            last_open.append(open_at)
            last_closing.append(closing_at)
        next_closing, closing_at = [0] * len(attributions), len(attributions)
        for index in range(len(attributions) - 1, -1, -1):
            if attributions[index].closes and not attributions[index].toll:
                closing_at = index
            next_closing[index] = closing_at
        return cls(attributions, positions, last_open, last_closing, next_closing)

    def candidates(self, figure: int) -> list:
        """The attributions that can be nearest ``figure`` (see ``speakers.nearest``), in their
        order: those at the figure, the latest verb of each kind before it, toll verbs within
        their reach before it, the first closing verb after it, and any sharing their
        position. Every other one is farther than one of these, whatever its kind."""
        positions = self.positions
        before = bisect.bisect_left(positions, figure)  # first at or after the figure
        # Toll verbs within their reach before it.
        picked = set(
            range(bisect.bisect_left(positions, figure - speakers.TOLL_VERB_REACH + 1), before)
        )
        at_figure = bisect.bisect_right(positions, figure)
        picked.update(range(before, at_figure))
        if self.attributions and self.attributions[0].frames_until >= 0:
            picked.add(0)  # "According to X," opening the sentence (see speakers.nearest)
        if before:
            for index in (self.last_open[before - 1], self.last_closing[before - 1]):
                if index >= 0:
                    picked.update(self._sharing(index))
        if at_figure < len(positions) and self.next_closing[at_figure] < len(positions):
            picked.update(self._sharing(self.next_closing[at_figure]))
        return [self.attributions[index] for index in sorted(picked)]

    def _sharing(self, index: int) -> range:
        position = self.positions[index]
        return range(
            bisect.bisect_left(self.positions, position),
            bisect.bisect_right(self.positions, position),
        )


_SHORT_NAME_WORDS = 4  # "the" and up to three words: "the General Staff", "the alliance"
_NAME_GAP = r"[ \t]{1,3}"  # between the words of a name, never across a line
_PHRASE_REACH = 300  # characters before its verb a speaker phrase is looked for in
_VERB_REACH = 20  # characters of a verb (and an adverb) before the phrase it opens
_LONGEST_FULL_NAME = 12  # words of a speaker's name a short phrase may stand for


@functools.lru_cache(maxsize=256)
def _whole_word(word: str) -> regex.Pattern:
    """``word`` as a whole word, in any case: a short name's head ("commission")."""
    return words_pattern([word])


def _shortens(short: list[str], name: str, language: str) -> bool:
    """Whether the bare words ``short`` end the head of the longer ``name``, which says more
    (see :meth:`_Article.fuller_name_before`)."""
    words = name.split()
    if len(words) > _LONGEST_FULL_NAME or speakers.needs_resolution(name, language=language):
        return False
    ends = _matcher(language).name_head_ends
    head: list[str] = []
    for word in words:
        bare = _bare_word(word.rstrip(","))
        if bare in ends:
            break
        head.append(bare)
        if word.endswith(","):
            break
    return len(head) > len(short) and head[-len(short) :] == short


_FRAME_WORD_REACH = 20  # characters at a paragraph's start read for a frame's first word
_A_YEAR = regex.compile(r"(?<!\d)(?<!\d[,.])(?:19|20)\d\d(?!\d|[,.]\d)")  # not in "12,014"
_OPENING_MARKS = (
    " \t\"'\u201c\u2018-\u2013\u2014"  # what may stand before a paragraph's first word
)


def _speaker(article: _Article, mention, sentence_key, span, who) -> tuple[str, str, bool]:
    """(speaker as written, canonical organisation, quoted) of the figure at ``mention``.

    The attribution nearest the quotation holding the figure, else the one in its sentence
    whose verb is nearest the figure; none for a war-wide toll the outlet appends ("..., a
    war that has killed 250,000 people"). Pronouns and references resolve to the latest named
    person or organisation.
    """
    paragraph_number = article.paragraph_index.find(mention.start)
    quotes = article.quotes(paragraph_number)
    quote = None
    if quotes:
        number = article.quote_index(paragraph_number).find(mention.start)
        quote = None if number is None else quotes[number]
    if quote is not None:
        attribution = article.quote_speaker(paragraph_number, quote) or (
            article.carried_quote_speaker(paragraph_number, quote)
        )
    else:
        if article.in_headline(mention.start):
            in_sentence = [
                a
                for a in article.sentence_attributions(sentence_key)
                if span.start <= a.position < span.end
            ]
            # A headline's source may stand after a repeat of it that runs into the lede.
            in_sentence += [a for a in article.context(0)[1] if a not in in_sentence]
            attribution = speakers.nearest(in_sentence, span, mention.start)
        else:
            attribution = article.nearest_in_sentence(sentence_key, span, mention.start)
            if attribution is None:
                attribution = article.carried_attribution(sentence_key, mention.start)
            if attribution is None:
                attribution = article.paragraph_frame(sentence_key)
            if attribution is None:
                attribution = article.list_heading_source(sentence_key[0])
            if attribution is None:
                attribution = article.answer_speaker(sentence_key[0])
            if attribution is None:
                attribution = article.attribution_after(sentence_key)
            if attribution is None:
                attribution = article.briefing_source(mention.start)
                war_toll = article.war_toll(sentence_key) if attribution is not None else ""
                if war_toll == "subject" or (
                    war_toll and not article.in_headline_briefing(mention.start)
                ):
                    # "The war has killed 250,000": the outlet's own words; but a headline's
                    # briefing counts its totals since the war began itself.
                    attribution = None
            if attribution is None:
                attribution = article.release_source(sentence_key[0])
        if attribution is not None and article.in_background(sentence_key, mention.start):
            attribution = None
    if attribution is None:
        return "", "", quote is not None
    speaker, lead = attribution.phrase, attribution.lead
    want = speakers.needs_resolution(speaker, language=article.language)
    if want:
        titled = who.organisation(speaker) if want == "person" else ""
        fuller = (
            article.fuller_name_before(attribution.position, speaker)
            if want == "organisation"
            and _bare_word(speaker.split()[-1]) in _matcher(article.language).fuller_name_heads
            else ""
        )
        speaker = (
            fuller
            or article.subject_in_paragraph(attribution.position, speaker)
            or (
                article.issuer_before(attribution.position, speaker)
                if want == "organisation"
                else ""
            )
            or article.latest_before(attribution.position, want, titled)
            or article.subject_before(attribution.position, want)
            # "The command estimates" after "U.S. Africa Command conducted two airstrikes": a
            # body of that kind the text named, though not as a speaker.
            or (
                article.fuller_name_before(attribution.position, speaker)
                if want.startswith("head:")
                else ""
            )
            or speaker
        )
        if speaker != attribution.phrase and not who.organisation(speaker):
            # "the report says" after "the General Staff said", itself short for "the General
            # Staff of the Armed Forces of Ukraine": the name it was read back to.
            speaker = article.fuller_name_before(attribution.position, speaker) or speaker
        lead = ""
    # "a source close to the ministry" is not the ministry: only the words before its ties
    # can name the organisation it speaks for.
    lead, phrase, named = (
        speakers.without_source_ties(words, language=article.language)
        for words in (lead, attribution.phrase, speaker)
    )
    # "The ministry said" after "the Iraqi Defence Ministry said" is the Iraqi one; the
    # claimant table's reading of a bare "the ministry" holds only when no earlier phrase
    # says whose it is.
    kind = "" if want or lead else speakers.generic_head(phrase, language=article.language)
    if not kind and not lead and speaker == attribution.phrase:
        # "The ministry spokesman said" after "the Gaza Health Ministry said", no person named
        # before: that ministry's.
        kind = speakers.generic_head_of_voice(phrase, language=article.language)
    earlier = article.latest_before(attribution.position, f"kind:{kind}") if kind else ""
    if kind and not earlier:
        # "Israeli jets struck 12 targets, the army said": the army of the forces it names.
        country = article.armed_country(sentence_key, span, kind)
        earlier = f"the {country} {kind}" if country else ""
    if kind and not earlier and kind in _matcher(article.language).kinds_named_in_passing:
        earlier = article.body_of_kind_named_before(attribution.position, kind)
        body = who.organisation(earlier) if earlier else ""
        theatre = {who.country_of.get(body, "")} | who.operates_in.get(body, frozenset())
        named_here = who.countries_in(article.sentence_text(attribution.position))
        if named_here and not named_here & theatre:
            earlier = ""  # "In Syria, the coalition said" after the Saudi-led one was named
    if earlier and kind and not who.organisation(earlier):
        # "Nigeria's army" named before is the Nigerian military the table lists.
        earlier = _listed_body_of_its_country(earlier, kind) or earlier
    if earlier:
        lead, phrase, named = "", earlier, earlier
    elif not want and not lead:
        # "According to the General Staff" after "the General Staff of the Armed Forces of
        # Ukraine said": one claimant, named in full, not two. And "the observatory" after "The
        # Horn Conflict Observatory said" is that one, not the body the table calls so.
        known = who.organisation(phrase)
        fuller = (
            article.fuller_name_before(attribution.position, phrase)
            if not known
            or (
                who.shared_head(phrase)
                and article.names_another_before(
                    attribution.position, _bare_word(phrase.split()[-1]), known
                )
            )
            else ""
        )
        if fuller and (not known or not who.organisation(fuller)):
            speaker, phrase, named = fuller, fuller, fuller
    if speakers.in_past_role(attribution.phrase, language=article.language):
        organisation = ""  # "a former Turkish army officer" speaks for no body
    else:
        organisation = (
            who.organisation(lead) or who.organisation(phrase) or who.organisation(named)
            or (attribution.affiliation if named == attribution.phrase else "")
            or _owner_referred_to(article, attribution, who)
            or speakers.run_by(named)
            or speakers.local_authorities(named, language=article.language)
            or _unit_s_army(article, named, attribution.position)
            # A listed body a role beside the person's name gives beats an unlisted one their
            # title names: "U.S. Army Maj. Gen. Gregg Olson, U.S. Africa Command director".
            or article.person_s_body(attribution.position, named)
            or _named_organisation(lead, named, article.language)
            or _acronym_organisation(article, named, who)
        )  # fmt: skip
        organisation = _coalition_of_the_story(article, organisation, (lead, phrase, named))
        body_phrase = named
        if (
            organisation
            and organisation == attribution.affiliation
            and not speakers.names_state_body(named, language=article.language)
        ):
            # "The army spokesman in North Kivu, Lt Col Guillaume Ndjike,": the aside's body,
            # which the table read as its default, is checked as the bare body it was.
            body_phrase = f"the {organisation.split()[-1].lower()}"
        if organisation and _default_abroad(article, organisation, body_phrase):
            organisation = _body_of_the_story_s_country(
                article, body_phrase, article.sentence_text(attribution.position), organisation
            ) or _body_of_the_forces_named_before(article, attribution.position, body_phrase)
        elif organisation and _away_from_home(article, organisation, named):
            organisation = ""  # "a local monitoring group" of a Myanmar story
        elif not organisation and any(
            speakers.names_the_story_s_country(word, language=article.language)
            for word in named.split()[:2]
        ):
            # "The territory's health ministry": the body of the country the story is about.
            organisation = _body_of_the_story_s_country(article, named)
        elif (
            not organisation
            and speakers.of_a_domestic_portfolio(named.split(), language=article.language)
            and speakers.names_state_body(named, language=article.language)
        ):
            # "the health ministry said" of a story filed in Beirut: Lebanon's.
            organisation = _body_of_the_story_s_country(
                article, named, article.sentence_text(attribution.position)
            )
        elif not organisation:
            # "The General Staff said" after "Ukraine's military gave a different picture".
            organisation = _body_of_the_forces_named_before(article, attribution.position, named)
    return (
        speakers.strip_titles(speaker, language=article.language),
        organisation,
        quote is not None,
    )


def _owner_referred_to(article: _Article, attribution, who) -> str:
    """The organisation a referring possessive before a named outlet or wing stands for: "The
    group's Radio Andalus" after al-Shabaab was named speaks for al-Shabaab, "Its Al-Manar
    television" after Hezbollah for Hezbollah; '' otherwise."""
    owner = speakers.referring_owner(attribution.phrase, language=article.language)
    if not owner:
        return ""
    return _body_referred_to(article, attribution.position, who)


def _body_referred_to(article: _Article, position: int, who) -> str:
    """The organisation a referring possessive at ``position`` ("The group's", "Its") stands
    for; '' when none spoke before."""
    key = article.sentence_at(position)
    # The body the sentence before opens with, in the same paragraph, is the owner ("Al-Shabaab
    # gave a different account. The group's radio claimed ..."); else, as "The group said" is
    # resolved, the latest body that spoke.
    earlier = (
        article.subject_before(position, "organisation") if key is not None and key[1] else ""
    ) or article.latest_before(position, "organisation")
    if not earlier:
        return ""
    body = who.organisation(earlier)
    if body and _default_abroad(article, body, earlier):
        # "the military" of a Ukraine story is not the table's default army.
        return _body_of_the_story_s_country(article, earlier, default=body)
    return body or speakers.named_organisation(earlier, language=article.language)


def _default_abroad(article: _Article, organisation: str, named: str) -> bool:
    """Whether a bare state body ("the ministry", "the Ministry of Defence") was read as the
    claimant table's default, a body of a country the article never names, by name or by a
    place of it, while it names others: "the ministry" of a Kabul story is Afghanistan's, not
    Russia's. Nor is "the military" of a story naming no country but placed only in Sudan
    Syria's army, unless the body's forces fight there (its `operates_in`). A story naming no
    country and no place keeps the default."""
    who = claimants()
    country = who.country_of.get(organisation, "")
    if not country or not speakers.names_state_body(named, language=article.language):
        return False
    if who.countries_in(named):
        return False  # "Russia's Defence Ministry" says whose it is
    if any(
        who.owner_country(word) == country
        for word in named.split()
        if word.endswith(places.POSSESSIVE)
    ):
        return False  # "Putin's defence ministry": the Kremlin's, so Russia's
    # A place of the default's country counts for it ("destroyed 48 Ukrainian drones over the
    # Belgorod region" is Russia's report); places only of another country count against it
    # when the story names no country, unless its forces fight there (the ministry of a Syrian
    # story is Russia's, the table's default).
    named_countries = article.named_countries
    if country in named_countries:
        return False
    place_countries = article.place_countries  # the article's places, read only when needed
    if country in place_countries:
        return False
    if named_countries:
        return True
    # A dateline in capitals ("MANILA -") names its country as a place does.
    place_countries = place_countries or frozenset({article.dateline_country}) - {""}
    if country in place_countries:
        return False
    return bool(place_countries) and not place_countries & who.operates_in.get(
        organisation, frozenset()
    )


# "in Lebanon", "in the Gaza Strip", "in Lebanon and Syria": capitalised names after "in"
# (one or two words each, up to four in a list).
_NAME = r"[A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w-]{1,30})?"
_LIST_JOINT = regex.compile(r",\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or)\s{1,3}")
_IN_A_NAME = regex.compile(
    rf"(?<![\w-])in\s{{1,3}}(?:the\s{{1,3}})?(?P<names>{_NAME}"
    rf"(?:(?:,\s{{0,3}}|\s{{1,3}}(?:and|or)\s{{1,3}}|,\s{{0,3}}(?:and|or)\s{{1,3}}){_NAME}){{0,3}})"
)


def _coalition_of_the_story(article: _Article, organisation: str, phrases) -> str:
    """The coalition a speaker speaks for, read by the story's war: a body the speaker phrases
    name only by words any coalition is called (its `theatre_aliases`: "the coalition", or a
    spokesman of it), in a story that names none of the countries its forces fight in but
    those of one other body called so, is that one ("the coalition" of a Yemen story is the
    Saudi-led one). ``organisation`` otherwise, and when a phrase names it by a name of its
    own ("CENTCOM")."""
    who = claimants()
    generic = who.theatre_aliases.get(organisation)
    theatre = who.operates_in.get(organisation)
    if not generic or not theatre:
        return organisation
    named = [
        alias
        for words in phrases
        if words
        for _, _, alias in who.find(words)
        if who.alias_to_name.get(alias) == organisation
    ]
    if any(alias not in generic for alias in named):
        return organisation
    story = article.named_countries
    if story & theatre:
        return organisation

    def called_so_in(countries) -> list[str]:
        return [
            name
            for name, words in who.theatre_aliases.items()
            if name != organisation
            and words & generic
            and who.operates_in.get(name, set()) & countries
        ]

    # The countries the story names come before its places, of which a gazetteer may misread
    # one ("Al-Thawra hospital" of a Yemen story is no Syrian town).
    others = called_so_in(story)
    if len(others) == 1:
        return others[0]
    story = story | article.place_countries
    if not story or story & theatre:
        return organisation
    others = called_so_in(story)
    return others[0] if len(others) == 1 else organisation


def _only_generic(named: str, generic: frozenset[str]) -> bool:
    """Whether a speaker phrase names a body only by one of its generic aliases: its words,
    past a determiner and "local", are one of them ("a local monitoring group")."""
    words = [w for w in named.lower().split() if w not in ("a", "an", "the", "local")]
    return " ".join(words) in generic or " ".join(["the", *words]) in generic


def _away_from_home(article: _Article, organisation: str, named: str) -> bool:
    """Whether a claimant the table names by words any such body is called ("a monitoring
    group" for the Syrian Observatory; its `home`) stands in a story that names other countries
    but not its home, by name or by a place, and the phrase does not name the home either."""
    who = claimants()
    home = who.home_of.get(organisation)
    if not home or not _only_generic(named, who.generic_aliases.get(organisation, frozenset())):
        return False  # "the Observatory", "Rami Abdel Rahman": its own names, anywhere
    in_phrase = who.countries_in(named)
    if home in in_phrase:
        return False
    # Not the countries the phrase itself names: "a Britain-based monitor". The article's
    # places are read only when its named countries leave it open.
    if home in article.named_countries:
        return False
    countries = (article.named_countries | article.place_countries) - in_phrase
    return bool(countries) and home not in countries


def _country_s_listed_body(country: str, words: str, *, or_countryless: bool = False) -> str:
    """The body the claimant table lists for ``country``'s ``words`` ("Nigeria", "army" ->
    "Nigerian military"), never another country's ("the Colombian intelligence of the Army"
    holds the table's default "Army", Syria's); with ``or_countryless``, also a listed body of
    no country; ''."""
    who = claimants()
    demonym = who.demonym_of.get(country, "")
    listed = who.organisation(f"the {demonym} {words}") if demonym else ""
    home = who.country_of.get(listed, country if or_countryless else "")
    return listed if home == country else ""


def _listed_body_of_its_country(phrase: str, kind: str) -> str:
    """The body of ``kind`` the claimant table lists for the one country ``phrase`` names
    ("Nigeria's army" is the Nigerian military); ''."""
    countries = claimants().countries_in(phrase)
    return _country_s_listed_body(next(iter(countries)), kind) if len(countries) == 1 else ""


def _body_of_the_forces_named_before(article: _Article, position: int, named: str) -> str:
    """The body of an army's staff or command named with no country ("The General Staff said")
    in a story of two countries: the one of the forces the sentence before names with one
    country ("Ukraine's military gave a very different picture."), if the claimant table lists
    it; ''."""
    who = claimants()
    words = named.split()
    if (
        not words
        or not speakers.names_state_body(named, language=article.language)
        # "the army" of a story of two is read by the story's headline and places.
        or speakers.is_armed_head(_bare_word(words[-1]), language=article.language)
    ):
        return ""
    key = article.sentence_at(position)
    before = article.sentence_before(key) if key is not None else None
    earlier = article.sentence_of(before) if before is not None else ""
    written = [_bare_word(word) for word in earlier.split()]
    if not any(
        speakers.is_armed_head(word, language=article.language)
        for word in (
            *written,
            *(" ".join(pair) for pair in zip(written, written[1:], strict=False)),
        )
    ):
        return ""  # no forces named: "Ukraine's military", "Ukraine's armed forces"
    countries = who.countries_in(earlier)
    opening = article.text[article.sentence_span(key).start : position]
    if len(countries) != 1 or who.countries_in(opening) - countries:
        return ""  # not after another country in the speaker's own sentence ("In Mali, the")
    if words[0].lower() == "the":
        words = words[1:]
    return _country_s_listed_body(next(iter(countries)), " ".join(words))


def _body_of_the_story_s_country(
    article: _Article, named: str, sentence: str = "", default: str = ""
) -> str:
    """The body a state body's name means in a story of one country other than the claimant
    table's default: "the Ministry of Defence" or "the country's Defense Ministry" of a story
    that names only Afghanistan, by name or by its places, is the Afghan one ("Afghan Ministry
    of Defence"). '' for a story of several countries, and for a phrase that is no name ("the
    ministry", "the military"). "The country's" is the country of the story's places when
    they lie in one ("An Israeli strike killed 5 in Lebanon, the country's health ministry
    said"). A role of the body is read as the body ("The Chief of the General Staff of the
    Armies"); and a body the table does not list for that country, whose ``default`` reading
    is an army, is that country's army ("the General Staff of the Armies" of a Burkina Faso
    story)."""
    words = speakers.body_of_role(named, language=article.language).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    words = speakers.without_office_modifiers(words, language=article.language)
    # A dateline in capitals ("MANILA - ... The Army said") names where the story is too.
    countries = (
        article.named_countries | article.place_countries | {article.dateline_country}
    ) - {""}
    possessive = bool(words) and speakers.names_the_story_s_country(
        words[0], language=article.language
    )
    if possessive:
        words = words[1:]  # "the country's Defense Ministry"
        placed = article.place_countries | article.countries_placed_in
        if len(placed) == 1:
            countries = placed
    if len(countries) != 1 and sentence:
        # A story of several countries whose headline names one: "Dozens of soldiers killed in
        # northern Burkina attack: army" over a body that names Mali and Niger as neighbours,
        # unless the speaker's own sentence names another ("In neighbouring Mali, the army
        # said").
        headline = article.headline_countries
        if len(headline) == 1 and headline <= countries:
            # ... whose places, if the story names any, lie there too ("Militants from Mali
            # kill 20 soldiers" over a story placed in Niger is none).
            placed = article.place_countries
            if not claimants().countries_in(sentence) - headline and (
                not placed or headline & placed
            ):
                countries = headline
    if speakers.of_a_domestic_portfolio(words, language=article.language):
        # "BEIRUT — Health Minister Firass Abiad said Israeli strikes killed 12": a portfolio
        # of the country's own affairs is the country's the story was filed in, whichever
        # other country its sentences name.
        dateline = article.dateline_country
        if dateline:
            countries = frozenset({dateline})
    if len(countries) != 1:
        return ""
    demonym = claimants().demonym_of.get(next(iter(countries)), "")
    if not demonym or not words:
        return ""
    # "the country's health ministry" of a Lebanon story, "the military's media wing" of a
    # Pakistan story: the body the claimant table names, in whatever case it is written.
    country = next(iter(countries))
    listed = _country_s_listed_body(country, " ".join(words), or_countryless=True)
    # The body a longer phrase names: "Caretaker Health Ministry" of "BEIRUT — Caretaker Health
    # Ministry Firass", as a dateline and a given name run into the role.
    body = speakers.named_organisation(" ".join(words), language=article.language)
    if not listed and body:
        listed = _country_s_listed_body(country, body, or_countryless=True)
    if listed:
        return listed
    army = default.split()[-1:]
    if army and speakers.is_armed_head(army[0], language=article.language):
        # The same body of the story's country: "the Burkina army".
        listed = claimants().organisation(f"the {demonym} {army[0]}")
        if listed:
            return listed
    if not words[0][:1].isupper():
        return ""
    return speakers.named_organisation(
        f"the {demonym} {body or ' '.join(words)}", language=article.language
    )


_LIST_LINES_READ = 40  # lines of a list read back for the heading above them


def _list_line(line: str, language: str) -> bool:
    """Whether a paragraph is a line of a list: one short line holding a figure ("Near Mosul
    10 strikes engaged four ISIL tactical units", "- Near Raqqah, 16 strikes ...")."""
    return (
        len(line) <= _LIST_LINE_LONGEST
        and "\n" not in line.strip()
        and numbers.has_figure(line, language=language)
    )


def _section_heading(line: str, language: str) -> bool:
    """Whether a paragraph is a section's heading: a few words with no figure and no full
    stop ("Strikes in Syria", "Strikes in Iraq")."""
    return (
        len(line) <= _SECTION_HEADING_LONGEST
        and len(line.split()) <= _SECTION_HEADING_WORDS
        and line.rstrip()[-1:] not in ".!?"
        and not numbers.has_figure(line, language=language)
    )


_CLASS_REACH = 6  # paragraphs back a source class alone may refer to
_SECTION_HEADING_WORDS = 8
_SECTION_HEADING_LONGEST = 80  # characters
_BULLETS = frozenset("-\u2013\u2014*\u2022\u00b7")  # what a list's lines open with
_LIST_LINE_LONGEST = 300
_RETRACTED_WORDS = 4  # words between a correction's verb and the figure it withdraws
# A transcript's label opening a paragraph: a surname or a name of up to three words, then a
# colon ("Warsame: We lost 19 soldiers").
_ANSWER_LABEL = regex.compile(
    r"[ \t]{0,3}(?P<name>[A-Z][a-z'\u2019-]{1,25}(?:[ \t][A-Z][a-z'\u2019-]{1,25}){0,2}):[ \t]"
)
# A body a short line opens with, then a colon: "Israeli military: 800 targets hit", "UN: 40
# civilians killed".
_BODY_LABEL = regex.compile(
    r"[ \t]{0,3}(?P<name>[A-Z][\w'\u2019.-]{1,25}(?:[ \t][\w'\u2019.-]{1,25}){0,3}):[ \t]"
)
_LABELLED_LINE_LONGEST = 120  # characters of a line titled by its source (a live blog's entry)
_CAPITALISED_WORD = regex.compile(r"(?<![\w'\u2019])[A-Z][a-z'\u2019-]{1,25}(?![\w'\u2019-])")
_NAME_PARTICLE_BEFORE = regex.compile(r"(?<![\w-])[a-z]{2,3}-$")  # "al-", "el-", "ad-"
# The given names (and a rank, abbreviated) right before a surname: "Col. Abdirahman Ahmed
# |Warsame"; a word ending a sentence ("Sunday. ") is none.
_NAME_RUN_BEFORE = regex.compile(
    r"(?<![\w'\u2019.-])(?:(?:[A-Z][a-z'\u2019-]{1,25}|[A-Z][a-z]{0,3}\.)[ \t]){1,4}$"
)
# Capitalised words at a sentence's start before a name that are not names: "In Gaza".
_NAME_RUN_STOPS = frozenset(_FUNCTION_WORDS) | {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "his",
    "her",
}


def _acronym_organisation(article: _Article, named: str, who) -> str:
    """The organisation a speaker named by an acronym is, by the name the article spells it
    out as ("The TDF" after "the Tigray Defence Forces (TDF)"); '' when it spells none."""
    spelled = article.acronym_expansion(named)
    if not spelled:
        return ""
    return who.organisation(spelled) or _named_organisation("", spelled, article.language)


def _spelled_out(text: str, acronym: str, places: list[int]) -> str:
    """The capitalised words right before one of the acronym's first ``places`` in ``text``
    whose initials spell it ("Tigray Defence Forces (TDF)", "Arakan Army AA"); small joining
    words may stand between them ("Syrian Observatory for Human Rights (SOHR)")."""
    for at in places:
        words = text[max(0, at - 120) : at].split()[-(len(acronym) + 4) :]
        initials = ""
        for start in range(len(words) - 1, -1, -1):
            word = words[start]
            if word.lower() in _JOINING_WORDS:
                continue
            if not word[:1].isupper():
                break
            initials = word[0] + initials
            if initials == acronym:
                return " ".join(words[start:])
            if len(initials) >= len(acronym):
                break
    return ""


# An acronym, bracketed or not: "(TDF)", "AA".
_ACRONYM = regex.compile(r"(?<![\w(])\(?([A-Z]{2,6})\)?(?![\w)])")
_ACRONYM_PLACES = 3  # places of each acronym read for its spelling out


_JOINING_WORDS = frozenset({"of", "for", "the", "and", "al", "de"})  # inside names, no initial


def _unit_s_army(article: _Article, named: str, position: int) -> str:
    """The army of the story's country for a numbered unit of it that speaks ("The 6th
    Infantry Division said", "the 93rd Brigade"); '' for any other phrase, or a story placed
    in several countries or none."""
    if not speakers.names_an_army_unit(named, language=article.language):
        return ""
    who = claimants()
    # "Russia's 58th Army": the army of the country it names; else of the one country the
    # story's places lie in (not of a country it names otherwise: "killed 50 Russian
    # soldiers" names the enemy).
    countries = who.countries_in(named) or article.place_countries
    if len(countries) != 1:
        return ""
    demonym = who.demonym_of.get(next(iter(countries)), "")
    return who.organisation(f"the {demonym} army") if demonym else ""


def _named_organisation(lead: str, named: str, language: str) -> str:
    """The organisation a speaker phrase names, read from the first of joint sources (its
    ``lead``), unless the whole phrase is one name that runs through "and" ("the Union of
    Medical Care and Relief Organizations")."""
    whole = speakers.named_organisation(named, language=language)
    if not lead:
        return whole
    first = speakers.named_organisation(lead, language=language)
    return whole if first and whole.startswith(first) and len(whole) > len(first) else first


_PERIODS_NEAR = 8  # periods read on each side of a figure (see _Article.periods_near)


def _period(
    article: _Article, sentence_key, mention, as_of, kind, incident: bool, figures: _FigureSpans
):
    """(basis, start, end, words) of a figure: the stated period nearest it, else its kind's
    default. A window of the sentence wins over a total with no start ("in total", "so far")
    that opens it.
    A month that only dates one incident ("an airstrike that killed 20 in October"), "last
    month" that does not closely follow the figure ("an attack last month killed 24"), a
    period a part of the figure names after it ("5,240 sorties, including 400 in the past
    week") and, when the figure has a period of its own, a period of the next or previous
    figure's clause ("5,000 sorties so far, 300 this week alone") do not count."""
    m = _matcher(article.language)
    stated = [
        p
        for p in article.periods_near(sentence_key, as_of, mention.start)
        if _dates(article.text, p, mention, incident, m)
        and not _part_between(article.text, mention, p)
        and not _other_increase(article.text, mention, p)
    ]
    text = article.text
    reach = max(0, mention.start - _RUNNING_TOTAL_REACH)
    raised = None
    last_word = text[max(0, mention.start - 8) : mention.start].lower().split()[-1:]
    if (
        last_word
        and last_word[0] in m.running_total_links
        and m.running_total_hint.search(text, reach, mention.start) is not None
    ):
        raised = m.running_total.search(text, reach, mention.start)
    if raised is not None:
        # "Nine died over the past two days, bringing the toll to 1,200": the window is the
        # nine's; the total's own period, if any, is named inside its clause.
        stated = [p for p in stated if p.offset >= raised.start()]
    # And the other way: "Strikes killed 12, bringing the number killed since January to 300".
    stated = [
        p
        for p in stated
        if p.offset < mention.end
        or p.offset - mention.end > _RUNNING_TOTAL_REACH
        or m.running_total_hint.search(text, mention.end, p.offset) is None
        or m.running_total_head.search(text, mention.end, p.offset) is None
    ]
    stated = [p for p in stated if not _own_clause_day(text, p, mention, article.language)]
    # "killing 56 people, who had taken shelter from three weeks of bombardment": a clause
    # about the people, not their count's period.
    stated = [p for p in stated if not _about_the_people(text, p, mention, m)]
    # "... since October 7, 2023, when militants attacked Israel, killing 1,200": the figure
    # in the clause on the start day counts that day's event, not the count since.
    opening_at = article.sentence_span(sentence_key).start
    stated = [p for p in stated if not _tells_the_start(text, p, mention, opening_at)]
    opening = article.sentence_span(sentence_key).start + _OPENING_REACH
    if len(stated) > 1:
        inside = [(p.offset, p.offset + len(p.text)) for p in stated]
        own = [
            p for p in stated if not figures.owns_other_clause(article.text, p, mention, inside)
        ]
        if own and all(p.total and p.offset <= opening for p in own):
            # A total with no start that opens the sentence frames all of it, and so does the
            # start a "since" gives it past one comma: "In total, 20,000 were killed, since
            # August 2014 in 9,000 strikes". A window, or a start past ", and", stays the other
            # figure's.
            own += [
                p
                for p in stated
                if p.basis == "cumulative"
                and p.start is not None
                and _one_break_apart(article.text, p, mention)
            ]
        stated = own or stated
    if any(p.basis == "window" for p in stated):
        # "In total, 2,300 militants were eliminated in the last month": a total with no start
        # that opens the sentence frames all of it, so the sentence's window bounds it. A total
        # further in is its own figure's ("300 sorties in the past week, and 5,000 so far").
        stated = [p for p in stated if not (p.total and p.offset <= opening)]
    if stated:
        period = min(stated, key=lambda p: abs(p.offset - mention.start))
        return period.basis, period.start, period.end, period.text
    return kind.default_basis, None, as_of, ""


_RUNNING_TOTAL_REACH = 120  # characters read before a figure for "bringing the toll ... to"


class _FigureSpans:
    """Where an article's figures are, to tell which figure's clause a period between two of
    them belongs to: the side with the lighter clause break. "5,000 sorties so far, 300 this
    week alone": "so far" is the 5,000's (no break; a comma before the 300). "So far, 5,000
    were flown, and in the past week, 300": the week is the 300's (a comma, against a comma
    and "and")."""

    def __init__(self, mentions: list):
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def owns_other_clause(
        self, text: str, period: periods.Period, mention, inside: list[tuple[int, int]] = ()
    ) -> bool:
        """Whether ``period`` is another figure's, beside ``mention`` in its sentence. Numbers
        within the ``inside`` spans (the sentence's periods: the 24 of "within the last 24
        hours") are no other figure."""
        period_end = period.offset + len(period.text)
        if period.offset >= mention.end:
            # A figure the mention is compared with, between them, owns the period after it:
            # "22 airstrikes since January, compared with 47 in all of 2018".
            compared = bisect.bisect_left(self.starts, mention.end)
            if (
                compared < len(self.starts)
                and self.ends[compared] <= period.offset
                and _COMPARED_WITH.search(text, mention.end, self.starts[compared]) is not None
            ):
                return True
            index = bisect.bisect_left(self.starts, period_end)
            while index < len(self.starts) and _within(self.starts[index], inside):
                index += 1
            if index == len(self.starts):
                return False
            other = self.starts[index]
            return _lighter(
                _break_weight(text, period_end, other),
                _break_weight(text, mention.end, period.offset),
            )
        if period_end <= mention.start:
            index = bisect.bisect_right(self.ends, period.offset) - 1
            while index >= 0 and _within(self.ends[index] - 1, inside):
                index -= 1
            if index < 0:
                return False
            other = self.ends[index]
            return _lighter(
                _break_weight(text, other, period.offset),
                _break_weight(text, period_end, mention.start),
            )
        return False


def _about_the_people(text: str, period: periods.Period, mention, m: _Matcher) -> bool:
    """Whether a period after a figure stands in a relative clause about the people it counts
    ("at least 56 people, 34 of them children, who had taken shelter in the basement from
    three weeks of bombardment"), with no other figure before it."""
    if period.offset < mention.end or period.offset - mention.end > _RELATIVE_REACH:
        return False
    between = text[mention.end : period.offset]
    found = m.people_relative.search(between)
    if found is None:
        return False
    clause = between[found.end() :]
    # The clause must still run at the period ("56 people, who were mostly women, over the
    # past day" closed it), and tell no fate of its own ("who died since October 7" dates it).
    return not (
        numbers.has_figure(clause)
        or "," in clause
        or any(word.strip('.;:!?"').lower() in m.subtype_of for word in clause.split())
    )


_RELATIVE_REACH = 120  # characters from a figure to a period its people's clause may hold


def _own_clause_day(text: str, period: periods.Period, mention, language: str) -> bool:
    """Whether a clause break stands between a period and the figure after it, and the
    figure's own clause names its day: "A bomber yesterday killed five people, and on Monday,
    another killed four policemen" (Monday's four are not yesterday's); "Since then, violence
    has dropped, though 12 people were killed on Monday". The clause runs from the last break
    before the figure to the next after it, with a short phrase set off before it ("and on
    Monday,")."""
    period_end = period.offset + len(period.text)
    if period_end > mention.start:
        return False
    low = max(period_end, mention.start - _CLAUSE_REACH)
    breaks = list(_CLAUSE_BREAK.finditer(text, low, mention.start))
    if not breaks:
        return False
    start = breaks[-1].end()
    if len(breaks) > 1 and len(text[breaks[-2].end() : breaks[-1].start()].split()) <= 4:
        start = breaks[-2].end()
    after = _CLAUSE_BREAK.search(text, mention.end, mention.end + _CLAUSE_REACH)
    end = after.start() if after is not None else min(len(text), mention.end + _CLAUSE_REACH)
    return periods.names_day(text, start, end, language=language)


def _within(offset: int, spans) -> bool:
    return any(start <= offset < end for start, end in spans)


def _one_break_apart(text: str, period: periods.Period, mention) -> bool:
    """Whether at most one light break (a comma) stands between ``period`` and ``mention``."""
    if period.offset >= mention.end:
        return _break_weight(text, mention.end, period.offset) <= 1
    return _break_weight(text, period.offset + len(period.text), mention.start) <= 1


# Words that compare a figure with the next: "compared with", "up from", "against".
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s{1,3}(?:with|to)|versus|vs\.?|against|up\s{1,3}from|down\s{1,3}from)\b",
    re.IGNORECASE,
)


def _lighter(to_other: int, to_figure: int) -> bool:
    """Whether the other figure is in the period's clause and the figure less so."""
    return to_other < _NO_CLAUSE and to_other < to_figure


# What breaks a clause between a figure and a period: a comma or a joining word is light, both
# or a semicolon heavier; a sentence end, or text too long to be one clause, heaviest.
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b|[.!?](?:\s|$)", re.IGNORECASE)
_CLAUSE_REACH = 80
_NO_CLAUSE = 10


def _break_weight(text: str, start: int, end: int) -> int:
    """How strongly the text between ``start`` and ``end`` breaks a clause: 0 for none, 1 for a
    comma or a joining word, more for several or a semicolon, ``_NO_CLAUSE`` for a sentence end
    or a stretch too long for one clause."""
    if end - start > _CLAUSE_REACH:
        return _NO_CLAUSE
    weight = 0
    for found in _CLAUSE_BREAK.finditer(text, start, end):
        mark = found.group()
        if mark[0] in ".!?":
            return _NO_CLAUSE
        weight += 2 if mark == ";" else 1
    return min(weight, _NO_CLAUSE)


# A part of the figure before it, set off by a comma: "5,240 sorties, including 400 in the
# past week", "1,200 died, 40 of them in the past week". Without the comma ("131 civilians
# including 21 children in the past week"), or once a comma closes the part ("20 killed,
# including 5 children, in the past week"), a period after it is the whole figure's.
_PART_OPENER = re.compile(
    r",\s{0,3}(?:including|among them|of whom|of which"
    # "40 of them", "most of whom"; "all of them", "both" and "each" name the whole.
    r"|(?!(?:all|both|each)\b)[\w.,-]{1,12}\s{1,3}of\s{1,3}(?:them|whom|which))\b",
    re.IGNORECASE,
)
_OPENING_REACH = 3  # a quotation mark or a space may come before a sentence's first word
_PART_REACH = 120


def _part_between(text: str, mention, period: periods.Period) -> bool:
    """Whether a period after the figure belongs to a part of it named in between."""
    if period.offset <= mention.end:
        return False
    # A part follows its whole closely: the bounded windows keep a long sentence linear.
    opener = _PART_OPENER.search(text, mention.end, min(period.offset, mention.end + _PART_REACH))
    return (
        opener is not None
        and period.offset - opener.end() <= _PART_REACH
        # A comma of a clause, not of a figure's thousands ("including 1,080 over the past day").
        and _CLAUSE_COMMA.search(text, opener.end(), period.offset) is None
    )


_CLAUSE_COMMA = regex.compile(r",(?!\d)")


def _other_increase(text: str, mention, period: periods.Period) -> bool:
    """Whether a period sits in the bracketed increase of a tally's item that is not the
    figure's own: "6,692 tanks (+11 |over the past day|), 12,793 armoured vehicles" dates the
    11, not the totals."""
    opening = text.rfind("(+", max(0, period.offset - _INCREASE_REACH), period.offset)
    if opening == -1 or opening <= mention.start < period.offset:
        return False
    closing = text.find(")", period.offset, period.offset + len(period.text) + _INCREASE_REACH)
    return closing != -1 and "(" not in text[opening + 1 : period.offset]


_INCREASE_REACH = 12  # characters between a bracket's "(+11" and its period, either side


def _tells_the_start(text: str, period: periods.Period, mention, sentence_start: int) -> bool:
    """Whether a figure sits in a "when" clause right after a cumulative period's start date
    ("since October 7, 2023|, when militants attacked Israel, killing |1,200"), which tells
    what happened on that day; not when the period opens its sentence, whose main clause
    follows the "when" clause ("Since October 7, 2023, when ..., the campaign has killed")."""
    if period.basis != "cumulative" or period.after_figure:
        return False
    if not text[sentence_start : period.offset].strip(" \t\n\"'\u201c"):
        return False
    end = period.offset + len(period.text)
    if not 0 < mention.start - end <= _WHEN_CLAUSE_REACH:
        return False
    return speakers.WHEN_CLAUSE_AFTER.match(text, end) is not None and not mark_between(
        text, end, mention.start, ".;!?\n"
    )


_WHEN_CLAUSE_REACH = 120  # characters from a period's start date to a figure of its clause


def _dates(text: str, period: periods.Period, mention, incident: bool, m: _Matcher) -> bool:
    """Whether a stated period covers a figure of its sentence (see :func:`_period`)."""
    if period.after_figure:
        gap = period.offset - mention.end
        # "killed 24 last month", and a little further in the same clause: "Two children died
        # of malnutrition last month", but not "killed 24, among them people who fled last
        # month".
        if not (
            0 < gap <= _CLOSE_AFTER
            or (
                0 < gap <= _SAME_CLAUSE_AFTER
                and m.clause_turn.search(text, mention.end, period.offset) is None
            )
        ):
            return False
    return not (period.month and incident)


_CLOSE_AFTER = 30  # characters between a figure and a period that follows it closely
_SAME_CLAUSE_AFTER = 60  # ... and one further on with no clause turn between


def _incident_clause(text: str, start: int, position: int, m: _Matcher) -> bool:
    """ "an airstrike on a hospital that killed over 20": the toll of one incident."""
    before = text[start:position]
    return ("that" in before or "which" in before) and m.incident_clause.search(
        text, start, position
    ) is not None


_BY_BEFORE = regex.compile(
    r"\bby\s{1,3}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3})?$", regex.IGNORECASE
)


def _rate_per_thing(text: str, counted: _Counted, m: _Matcher) -> bool:
    """Whether a count is a rate per thing, not an amount: "2 tonnes per sortie", "4 bombs per
    aircraft"; not a rate per span of time ("64 sorties per day"), which a window counts."""
    rate = m.rate_after.match(text, counted.what_end, min(len(text), counted.what_end + 40))
    return rate is not None and rate.group("unit").lower() not in m.window_units


def _share(mention: numbers.NumberMention) -> bool:
    """Whether a figure is a share below one ("a third", "more than half"), which counts
    nothing but what it is a share of."""
    return 0 < mention.high < 1 or (0 < mention.low < 1 and math.isinf(mention.high))


def _part_before_whole(
    text: str, previous, mention: numbers.NumberMention, m: _Matcher
) -> numbers.NumberMention | None:
    """The part a figure is the whole of ("three" in "three of the 12 soldiers"), the figure
    itself when the part is a word of quantity ("most of the 12"), else None ("all of the
    12" and "the deaths of 12" take no part)."""
    before = text[max(0, mention.start - 12) : mention.start]
    if " of " not in before.lower() and not before.rstrip().endswith(("'s", "\u2019s")):
        return None  # most figures: a substring test instead of the pattern
    opening = m.partitive_before.search(text, max(0, mention.start - 40), mention.start)
    if opening is None:
        return None
    if previous is not None and previous.end == opening.start("part") + len(opening.group("part")):
        return previous
    return mention if opening.group("part").lower() in m.part_words else None


def _names_its_fate(text: str, counted: _Counted, lex: Lexicon, m: _Matcher) -> bool:
    """Whether a counted phrase says itself what befell them ("the 20 dead", "the 20 people
    killed"), so that it is a toll even as the whole a part is taken from ("Nine of the 20
    dead were children"); "the 12 soldiers were killed" has its verb outside it."""
    if counted.kind != "casualties":
        return False
    fates = (*lex.killed_nouns, *lex.injured_nouns, *lex.joint_nouns, *m.subtype_of)
    if any(word in fates for word in counted.what.lower().split()):
        return True  # "the 20 dead", "the 12 wounded", "the scores of wounded people"
    following = text[counted.what_end : counted.what_end + 24].split(None, 1)
    return bool(following) and following[0].lower().strip(",.") in m.verb_subtype


def _singular_fates(text: str, m: _Matcher) -> list[regex.Match]:
    """Each "was killed" of ``text``, in order: found from its first word with ``str.find``,
    which skips through text many times faster than a pattern's scan."""
    found = []
    for word in m.singular_fate_starts:
        at = text.find(word)
        while at >= 0:
            fate = m.singular_fate.match(text, at + 1)
            if fate is not None:
                found.append(fate)
            at = text.find(word, at + len(word) - 1)
    return sorted(found, key=lambda fate: fate.start())


# How far a match of ``Kind.single_lost`` reaches before the last word of its machine's noun
# (the loss words, the article and up to four words) and after it (the rest of the noun, a
# passive verb and the lookahead after that).
_SINGLE_LOST_BEFORE, _SINGLE_LOST_AFTER = 250, 150


@lru_cache(maxsize=16)
def _machine_hints(kind_name: str) -> tuple[tuple[str, ...], re.Pattern | None]:
    """Where a kind's single machine may be named (see ``_with_single_machines``): the last
    word of each singular noun, lower-cased, to find in lower-cased text, and the kind's
    designation prefixes ("Su-", "MQ-"), to find in the text itself (None when it has none)."""
    kind = lexicon().kinds[kind_name]
    singular = {noun.lower() for noun in kind.singular_nouns}
    last_words = tuple(sorted({noun.split()[-1] for noun in singular}))
    prefixes = sorted(kind.designation_prefixes, key=len, reverse=True)
    if not prefixes:
        return last_words, None
    return last_words, re.compile("(?:" + "|".join(map(re.escape, prefixes)) + r")-\d")


def _machine_windows(text: str, lowered: str, kind_name: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` a match of the kind's ``single_lost`` can lie in: within its
    reach of a word of its machine, overlapping stretches joined, in order. Most texts name no
    machine, and a pattern that opens with an article would otherwise be tried at every "a".
    A match wholly inside a stretch is the one the whole text gives there: no match reaches
    the end of its stretch, which lies its reach past the last machine word in it."""
    words, designation = _machine_hints(kind_name)
    hints = []
    for word in words:  # str.find skips through text many times faster than an alternation
        at = lowered.find(word)
        while at >= 0:
            hints.append(at)
            at = lowered.find(word, at + 1)
    if designation is not None:
        hints += [found.start() for found in designation.finditer(text)]
    windows: list[tuple[int, int]] = []
    for hint in sorted(hints):
        start = max(0, hint - _SINGLE_LOST_BEFORE)
        end = min(len(text), hint + _SINGLE_LOST_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _with_single_machines(
    text: str, mentions: list[numbers.NumberMention]
) -> list[numbers.NumberMention]:
    """``mentions`` with a count of one for each machine lost by its article: "Turkey shot down
    a Russian Su-24 bomber", "An MQ-9 Reaper drone was shot down" (the article is the claim's
    span), when no figure stands between the article and the machine."""
    singles = []
    starts = [mention.start for mention in mentions]
    lowered = text.lower()
    # Lower-casing keeps the offsets of nearly every text; where it does not, the whole text
    # is one stretch.
    whole = [(0, len(text))] if len(lowered) != len(text) else None
    for kind in lexicon().kinds.values():
        if kind.single_lost is None or kind.lost_before is None:
            continue
        windows = whole or _machine_windows(text, lowered, kind.name)
        for found in (
            f for start, end in windows for f in kind.single_lost.finditer(text, start, end)
        ):
            start, end = found.span("article")
            if bisect.bisect_left(starts, start) != bisect.bisect_left(starts, found.end()):
                continue  # "shot down a further 12 drones" counts 12
            singles.append(_one(text, start, end))
    return _with_ones(mentions, singles)


_SINGLE_ITEM_REACH = 200  # characters after a figure its list's later items are read in
# The kinds that count things, which one thing named with its article or a counter word ("13
# units of T-72 tank") may count.
_THING_KINDS = frozenset({"targets", "aircraft", "missiles"})


def _with_single_targets(
    text: str, mentions: list[numbers.NumberMention], m: _Matcher
) -> list[numbers.NumberMention]:
    """``mentions`` with a count of one for each thing named with its article right after a
    verb of destruction ("destroyed an ISIS wellhead") or as a later item of a list of counted
    things or people ("destroyed two fighting positions, an ISIS headquarters and a tactical
    vehicle", "shot down 12 drones and a helicopter", "killing three soldiers and a child").
    Each item must follow the one before right after its noun, so an appositive ("near al-Bab,
    an Islamic State stronghold") is none."""
    if " a" not in text:
        return mentions
    lex = lexicon()
    singles: list[numbers.NumberMention] = []
    starts = {mention.start for mention in mentions}
    figure_starts = sorted(starts)

    def items_after(noun: regex.Match | None, stop: int) -> None:
        # The list's later items named with their article, one after the other.
        while noun is not None and not noun.group("of"):
            head = " ".join(noun.group("head").lower().split())
            # Things, or people a verb of fate lists: "killing three soldiers, two policemen
            # and a child" (whose fate the count's own reading then finds).
            people = lex.noun_to_kind.get(head) not in _THING_KINDS
            if people and head not in lex.group_of:
                return
            item = m.single_item.match(text, noun.end(), stop)
            if item is None:
                # "a US-made HIMARS multiple launch rocket system and ...": the longest noun.
                longest = m.noun_after_longest.match(text, noun.start(), stop)
                if longest is not None and longest.end() > noun.end():
                    item = m.single_item.match(text, longest.end(), stop)
            if item is None:
                return
            start, end = item.span("article")
            noun = _thing_noun_at(text, end, stop, lex, m)
            if noun is not None and _noun_goes_on(text, noun.end(), stop, lex):
                return  # "two drone workshops and a missile launch platform": no missile
            if people and not _person_item(text, item, noun, stop, lex, m):
                return  # "wounding 11 others, a doctor said": the source, no one hurt
            if noun is not None and start not in starts:
                singles.append(_one(text, start, end))
                starts.add(start)

    for index, mention in enumerate(mentions):
        if mention.unit or not text[mention.end : mention.end + 1].isspace():
            continue
        stop = min(len(text), mention.end + _SINGLE_ITEM_REACH)
        if index + 1 < len(mentions):
            stop = min(stop, mentions[index + 1].start)
        # Most figures have no article after them before the next: spared the noun pattern.
        if (
            text.find(" a ", mention.end, stop) == -1
            and text.find(" an ", mention.end, stop) == -1
        ):
            continue
        items_after(m.noun_after.match(text, mention.end, stop), stop)
    lowered = text.lower()
    # The verbs are lower-case literals: the stdlib engine finds them in lower-cased text
    # several times faster than a case-blind pattern does in the text.
    verbs = (
        m.target_verb_article.finditer(lowered)
        if len(lowered) == len(text)
        else m.target_verb_article_any_case.finditer(text)
    )
    for verb in verbs:
        start, end = verb.span("article")
        if start in starts:
            continue
        stop = min(len(text), end + _SINGLE_ITEM_REACH)
        following = bisect.bisect_right(figure_starts, start)
        if following < len(figure_starts):
            stop = min(stop, figure_starts[following])
        noun = _thing_noun_at(text, end, stop, lex, m)
        if noun is None or noun.group("of"):
            continue
        if lex.noun_to_kind.get(" ".join(noun.group("head").lower().split())) == "targets":
            singles.append(_one(text, start, end))
            starts.add(start)
            items_after(noun, stop)
    return _with_ones(mentions, sorted(singles, key=lambda single: single.start))


def _thing_noun_at(
    text: str, end: int, stop: int, lex: Lexicon, m: _Matcher
) -> regex.Match | None:
    """The noun of a thing named right after an article ending at ``end``: the nearest, or
    the farthest when the nearest only describes the next ("a missile| launcher|", "a
    ballistic missile| depot|")."""
    noun = m.noun_after.match(text, end, stop)
    if noun is not None and _noun_goes_on(text, noun.end(), stop, lex):
        longest = m.noun_after_longest.match(text, end, stop)
        if longest is not None and longest.end() > noun.end():
            return longest
    return noun


def _person_item(
    text: str, item: regex.Match, noun: regex.Match | None, stop: int, lex: Lexicon, m: _Matcher
) -> bool:
    """Whether a list of people goes on with one person named with its article: joined by
    "and" ("three soldiers and a child"), a noun of people that ends its phrase (a stop, a
    link or a fate after it), and no one named or speaking after it ("11 others, a doctor
    said", "and a police spokesman said", "and a resident, Ahmed Ali, said", "and an army
    officer described the scene")."""
    if noun is None or "and" not in text[item.start() : item.start("article")].lower().split():
        return False
    if " ".join(noun.group("head").lower().split()) not in lex.group_of:
        return False
    if _APPOSITIVE_NAME.match(text, noun.end(), stop):
        return False
    following = _NEXT_WORD.match(text, noun.end(), stop)
    return following is None or following.group("word").lower() in m.person_item_followers


# A name set off by commas after a person: "a local resident|, Ahmed Ali,| said".
_APPOSITIVE_NAME = regex.compile(
    r"\s{0,3},\s{1,3}[A-Z][\w'-]{1,30}(?:\s{1,3}[A-Z][\w'-]{1,30}){0,3},"
)


def _noun_goes_on(text: str, end: int, stop: int, lex: Lexicon) -> bool:
    """Whether the noun ending at ``end`` only describes the next word, itself a noun or a
    modifier of the lexicon: "a missile| launch platform", "a drone| factory"."""
    following = _NEXT_WORD.match(text, end, stop)
    if following is None:
        return False
    word = following.group("word").lower()
    return word in lex.modifiers or word in lex.noun_to_kind


def _one(text: str, start: int, end: int) -> numbers.NumberMention:
    """A count of one written as an article ("a", "an") at ``text[start:end]``."""
    return numbers.NumberMention(
        text=text[start:end], start=start, end=end, low=1, high=1, low_inclusive=True,
        high_inclusive=True, qualifier="exact",
    )  # fmt: skip


def _with_ones(
    mentions: list[numbers.NumberMention], singles: list[numbers.NumberMention]
) -> list[numbers.NumberMention]:
    if not singles:
        return mentions
    return sorted(mentions + singles, key=lambda mention: mention.start)


def _with_single_persons(
    text: str, mentions: list[numbers.NumberMention], m: _Matcher
) -> list[numbers.NumberMention]:
    """``mentions`` with a count of one for each "A Russian pilot was killed": the article
    stands for the figure and is the claim's span. The fate is found first (few texts have
    one), then the article in the few words before it, with no figure in between ("a further
    12 soldiers were killed" counts 12)."""
    starts = [mention.start for mention in mentions]
    singles = []
    lex = lexicon()
    for fate in _singular_fates(text, m):
        opening = m.one_article_before.search(text, max(0, fate.start() - 100), fate.start() - 1)
        if opening is None:
            continue
        start, end = opening.span("article")
        if bisect.bisect_left(starts, start) != bisect.bisect_left(starts, fate.start()):
            continue
        words = text[end : fate.start()].lower().split()
        if not any(" ".join(words[-n:]) in lex.group_of for n in (1, 2)):
            continue  # "a convoy was hit", "a strike was killed": no person
        singles.append(_one(text, start, end))
    if " another " in text:
        for found in m.another_after_fate.finditer(text):
            start, end = found.span("article")
            if bisect.bisect_left(starts, start) == bisect.bisect_left(starts, end):
                singles.append(_one(text, start, end))
    return _with_ones(mentions, sorted(singles, key=lambda single: single.start))


def _opened_parts(text: str, m: _Matcher) -> Iterator[regex.Match]:
    """Each match of ``m.one_article_part`` in ``text``, tried only where an inclusion opener
    stands with single spaces, as nearly all text writes it (``str.find`` skips through text
    many times faster than a pattern's scan)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
        yield from m.one_article_part.finditer(text)
        return
    starts = set()
    for word in m.part_opener_words:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    for start in sorted(starts):
        found = m.one_article_part.match(text, start)
        if found is not None:
            yield found


def _with_single_parts(
    text: str, mentions: list[numbers.NumberMention], m: _Matcher
) -> list[numbers.NumberMention]:
    """``mentions`` with a count of one for each person named as a part of a count before it:
    "Four people, including a 12-year-old boy, were injured", "killed five, among them a
    woman" (the article is the claim's span; the part is read as parts with figures are).
    Only after a figure of the same sentence: "including a child" alone counts nobody."""
    if not mentions:
        return mentions
    people = m.part_person_nouns
    starts = [mention.start for mention in mentions]
    singles = []
    for found in _opened_parts(text, m):
        words = [word.strip("'.").lower() for word in found.group("words").split()]
        # The person's noun, after an age or an adjective: "a 12-year-old boy", "a woman";
        # one of two words first: "a police officer", "a U.S. service member".
        pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        noun_at = next((i + 1 for i, pair in enumerate(pairs) if pair in people), None)
        if noun_at is None:
            noun_at = next((i for i, word in enumerate(words) if word in people), None)
        if noun_at is None:
            continue
        if any(word in people or word in m.part_list_words for word in words[noun_at + 1 :]):
            continue  # "a woman and her two children": one noun only
        start, end = found.span("article")
        before = bisect.bisect_left(starts, start)
        if before == 0 or mark_between(text, mentions[before - 1].end, start, ".;!?"):
            continue
        singles.append(_one(text, start, end))
    return _with_ones(mentions, singles)


def _unbracketed(text: str, mentions: list[numbers.NumberMention]) -> list[numbers.NumberMention]:
    """``mentions`` with a figure in brackets after a lower-case word taken with its brackets,
    as some outlets write every count ("the toll rose to (31) people, while (103) others were
    injured"), so that its verb and noun are read around them; not after a name ("Ahmed (31)",
    an age) nor glued to a word ("(PKK)")."""
    if "(" not in text:
        return mentions
    read = []
    for mention in mentions:
        start, end = mention.start, mention.end
        if (
            start >= 2
            and text[start - 1] == "("
            and text[end : end + 1] == ")"
            and text[start - 2].isspace()
        ):
            before = text[max(0, start - 30) : start - 2].split()[-1:]
            if before and before[0][:1].islower():
                mention = dataclasses.replace(
                    mention, start=start - 1, end=end + 1, text=text[start - 1 : end + 1]
                )
        read.append(mention)
    return read


def _with_ratio_counts(
    text: str, mentions: list[numbers.NumberMention], language: str
) -> list[numbers.NumberMention]:
    """``mentions`` with a ratio before a noun of a kind read as its two counts: "shot down two
    out of three drones" is two drones of three, as "two of three drones" is; "two out of three
    voters" stays a share."""
    if not any(" out " in mention.text.lower() for mention in mentions):
        return mentions
    kinds = lexicon().noun_to_kind
    read = []
    for mention in mentions:
        parts = numbers.ratio_parts(text, mention, language=language)
        if parts is not None:
            after = text[mention.end : mention.end + 60].split(",")[0].split(".")[0].split()[:4]
            if any(kinds.get(_bare_word(word)) not in (None, "fighters") for word in after):
                read += parts
                continue
        read.append(mention)
    return read


def _change_amount(text: str, mention: numbers.NumberMention) -> bool:
    """Whether a figure is the amount a count changed by ("rose by 20"), not a count."""
    return (
        bool(mention.change)
        and _BY_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
    )


_ONE_DAY = pd.Timedelta(days=1)
_TALLY_SOURCE_REACH = 1500  # characters between a tally's first item and its running total


def _tally_source(rows: list[dict], text: str, start: int) -> dict | None:
    """The row whose source and period an item of a tally of losses at ``start`` takes: the
    list's item before it, or for the first item the running total before the list (a period
    up to the report, from a written start), if one is near."""
    for row in reversed(rows):
        if row.get("_tally") == "total":
            if "\n\n" not in text[row["end"] : start]:
                return row  # the item before, in the same list
            return None
        if row.get("_tally"):
            continue  # the day's addition of the item before
        if start - row["end"] > _TALLY_SOURCE_REACH:
            return None
        if row["basis"] == "cumulative" or (
            row["basis"] == "window"
            and row["period_start"] is not None
            and row["period_end"] - row["period_start"] > _ONE_DAY * 7
        ):
            return row
    return None


_AGES_REACH = 60  # characters before a figure read for "aged" and the ages listed after it


def _aged_before(text: str, start: int, m: _Matcher) -> bool:
    """Whether a figure at ``start`` is an age after "aged" or in the list of ages after it;
    the pattern runs only where one of its words is written near (most figures have none)."""
    window = text[max(0, start - _AGES_REACH) : start].lower()
    return any(word in window for word in m.age_hints) and (
        m.age_before.search(text, max(0, start - _AGES_REACH), start) is not None
    )


def _claim_rows(article: _Article, doc_id: str, outlet: str) -> Iterator[dict]:
    text, published, language = article.text, article.published, article.language
    m = _matcher(language)
    # The amount of a change ("increased by 20 sorties") counts no sorties; its level does.
    # Nor does an age ("a 25-year-old man").
    mentions = [
        found
        for found in numbers.find(text, language=language)
        if not _change_amount(text, found)
        and not m.age_after.match(text, found.end)
        # "a boy aged 17", "children aged 8, 12 and 17": ages too
        and not _aged_before(text, found.start, m)
    ]
    retracted = (
        [found.end() for found in m.retraction.finditer(text)]
        if any(hint in text for hint in m.retraction_hints)
        else []
    )
    if retracted:
        # "An earlier version of this story said 30 people were killed; the toll is 23": the
        # figure the correction withdraws, the first after its words, is no claim (with its
        # punctuation stripped, the corrected toll follows in the same clause).
        starts = [found.start for found in mentions]
        withdrawn = set()
        for end in retracted:
            index = bisect.bisect_left(starts, end)
            # The verb's own object, a few words on, in its clause: not "gave an incorrect date
            # for the attack, which killed 30 people", "misstated the name of the brigade that
            # lost 40 soldiers".
            if (
                index < len(starts)
                and not mark_between(text, end, starts[index], ",;.:")
                and len(text[end : starts[index]].split()) <= _RETRACTED_WORDS
            ):
                withdrawn.add(index)
        mentions = [found for index, found in enumerate(mentions) if index not in withdrawn]
    mentions = _with_single_persons(text, mentions, m)
    mentions = _with_single_parts(text, mentions, m)
    mentions = _with_single_machines(text, mentions)
    mentions = _with_single_targets(text, mentions, m)
    mentions = _with_ratio_counts(text, mentions, language)
    mentions = _unbracketed(text, mentions)
    if not mentions:
        return
    article.figure_starts = sorted(mention.start for mention in mentions)
    lex = lexicon()
    who = claimants()
    # The body whose own release the article is ("CJTF-OIR Public Affairs"), whose figures
    # its unattributed sentences state; '' for a news outlet.
    issuing = who.issuing_body(outlet) if outlet else ""
    figures = _FigureSpans(mentions)

    # Days on which named speakers gave the interview the article reports ("He spoke to Bild on
    # January 5"): their figures are as of that day unless their sentence says otherwise.
    interview_day: dict[str, pd.Timestamp] = {}
    for position, subject, day in periods.interview_dates(text, published, language=language):
        if speakers.needs_resolution(subject, language=language):
            subject = article.latest_before(position, "person")
        if subject:
            interview_day.setdefault(speakers.strip_titles(subject, language=language), day)

    rows: list[dict] = []
    # The counted figure before, with the group shown for it, and the end of its sentence:
    # a bare figure later in that sentence may count more of it ("and another five").
    previous: tuple[_Counted, int] | None = None
    previous_row: dict | None = None  # the row of that figure
    # The last stated window or running count: its period, period words and source.
    last_period: _StatedPeriod | None = None
    last_source: _Sourced | None = None  # the last figure with a source
    goes_on_sentence = None  # the last sentence that went on with the report before it
    source_goes_on = None  # the last sentence that went on with the source of the one before
    # The groups the sentence's casualty figures so far were shown for.
    casualty_groups_in_sentence: dict[tuple[int, int], set[str]] = {}
    # The toll the last figure was a part of, and the end of that figure's sentence: the rest
    # of a list of parts ("The dead included 5 children and 3 women") is part of it too.
    parts_of: tuple[dict, int] | None = None
    carried_in = None  # the sentence whose figures took the period of their source's report
    # Figures to read, in order; a whole of aircraft read as its part's figure ("shot down 22
    # of 28 drones") is read again after it, as the count of its own it also is.
    pending = list(enumerate(mentions))
    read_again: set[int] = set()
    next_figure = 0
    while next_figure < len(pending):
        index, mention = pending[next_figure]
        mention = _with_scare_quotes(text, mention)
        next_figure += 1
        attacked = False  # a whole of aircraft some of which were lost
        whole_again = False  # that whole, read again after its part
        # Sentences are found only for figures that make claims: most numbers do not.
        before = previous[0] if previous is not None and mention.start < previous[1] else None
        whole = None  # the row of the toll the sentence before gave, when this is its part
        opening = None  # the words referring back to it ("The dead included")
        if (
            before is None
            and previous is not None
            and 0 <= mention.start - previous[1] <= _BACK_REFERENCE_REACH
            and (
                (
                    (
                        not text[previous[1] : mention.start].strip()
                        # "Activists said eight of them were children": the part's own source
                        # opens its sentence.
                        or m.part_speech_opening.fullmatch(text, previous[1], mention.start)
                    )
                    and _part_opening_sentence(text, mention, lex, m)
                )
                or (
                    (opening := m.back_reference.fullmatch(text, previous[1], mention.start))
                    is not None
                    # A year is no part that no verb links ("Among them 2014 graduates").
                    and not (opening.group("unlinked") and _YEAR_SHAPED.fullmatch(mention.text))
                )
            )
        ):
            # "20 people died in the raids. Nine of them were children.", "... The dead
            # included 500 children.": the next sentence opening with a part of the toll.
            before = previous[0]
            if "\n" not in text[previous[1] : mention.start] or (
                # "The dead included": words that refer back reach past a paragraph's end, as
                # wire copy sets each sentence apart; never back into the headline.
                opening is not None and previous_row is not None and not previous_row["_headline"]
            ):
                whole = previous_row  # its source and period carry
        if (
            before is None
            and previous is not None
            and 0 <= mention.start - previous[1] <= _BACK_REFERENCE_REACH
            and m.continuation_opener.fullmatch(
                text[previous[1] : mention.start].strip().strip(_QUOTE_MARKS)
            )
        ):
            # "Troops killed 12 militants. Another five were captured": more of the people
            # the sentence before counted, whose fate the verb gives.
            before = previous[0]
        if whole is None and before is not None and parts_of is not None:
            whole = parts_of[0] if mention.start < parts_of[1] else None
        sentence_of = functools.partial(article.sentence_text, mention.start)
        counted = _counted(
            text, mention, sentence_of, lex, m, article.hints(m), before, opening is not None
        )
        if counted is None and _bracketed_increase(text, mention):
            counted = _inline_increase(text, mention, before, m)
        elif (
            counted is not None
            and not counted.tally
            and (
                _day_increase_at(text, counted.what_end, m)
                or (
                    before is not None
                    and before.tally
                    and before.kind in _INCREASED_KINDS
                    and counted.kind in _INCREASED_KINDS - {"casualties"}
                    and m.item_gap.fullmatch(text, before.what_end, mention.start) is not None
                )
            )
        ):
            # "6,692 tanks (+11), 12,793 armoured vehicles": running totals, the day's increase
            # after one.
            counted = dataclasses.replace(counted, tally="total")
        if counted is None and rows:
            counted = _lost_of_those_launched(text, mention, rows[-1], lex, m)
        elif (
            counted is not None
            and counted.inherited
            and counted.kind in AIR_KINDS
            and counted.subtype != "lost"
            and (
                _lost_part_after(text, mention, lex.kinds[counted.kind], m) is not None
                or _lost(
                    text,
                    mention,
                    dataclasses.replace(counted, what_end=mention.end),
                    lex.kinds[counted.kind],
                    m,
                )
            )
        ):
            # "struck Odesa with 28 drones, and 22 of them were destroyed", "attacked with 40
            # drones, of which 11 were downed": more of them, lost.
            counted = dataclasses.replace(counted, subtype="lost")
        if (
            counted is not None
            and counted.kind in AIR_KINDS
            and counted.subtype == ""
            and rows
            and rows[-1]["kind"] == counted.kind
            and rows[-1]["subtype"] == "lost"
            and (
                _first_after_colon(text, rows[-1]["end"], mention.start)
                or _included_right_after(text, rows[-1]["end"], mention.start, m)
            )
        ):
            # "destroyed 55 UAVs overnight: 27 UAVs over the Rostov Region, ...": the first
            # item of the loss's breakdown, lost too (the items after it are more of it); so
            # is a part of the loss, "shot down five aircraft, including three Rafale jets".
            counted = dataclasses.replace(counted, subtype="lost")
        if counted is None or (_share(mention) and counted.kind != "tonnage"):
            # A share ("a third of them children", "more than half of the incoming missiles")
            # counts no one and nothing; half a tonne weighs.
            continue
        if _generic(text, mention, m):
            continue  # "A battalion typically consists of 300 to 800 troops"
        if _rate_per_thing(text, counted, m):
            continue  # "a C-130 drops about 2 tonnes per sortie": a rate, no amount moved
        head_noun = counted.what.lower().rsplit(None, 1)[-1] if counted.what.strip() else ""
        if (
            mention.low > 1
            and head_noun in m.singular_machines
            and _model_name_before(text, mention)
        ):
            continue  # "a Hermes 900 drone": a model's number, not 900 of them
        model = _COUNT_OF_NAMED_MODEL.match(text, mentions[index - 1].end) if index else None
        if model is not None and model.start("number") == mention.start:
            continue  # "3 Hermes 900 drones": the model's number, inside the count of 3
        if counted.kind in AIR_KINDS and _unrealised_loss(
            text, mention, counted, lex.kinds[counted.kind], m
        ):
            continue
        if (
            _lost(text, mention, counted, lex.kinds[counted.kind], m)
            or (
                # "29 drones were destroyed over Ryazan, 27 over Bryansk, six drones over Tver":
                # an item of a list of losses is one too.
                before is not None
                and before.subtype == "lost"
                and before.kind == counted.kind
                and _ellipsis_before(_words_before(text, mention.start))
            )
            # "air defences destroyed 36 missiles and 64 drones": so is a later item of a list
            # of other things the loss verb heads, unless it has a verb of its own ("destroyed
            # 20 tanks and 12 aircraft took off"), and an earlier item of a list whose last
            # item's loss follows it ("593 aircraft, 270 helicopters and 23,917 drones have
            # been destroyed").
            or (
                _lost_in_list(text, mentions, index, lex.kinds[counted.kind], counted.what, m)
                and m.verb_after_item.match(text, counted.what_end) is None
            )
        ):
            # "Turkey shot down 2 Russian jets": losses, an event, not the size of a fleet.
            counted = dataclasses.replace(counted, subtype="lost")
        if opening is not None and counted.kind == "casualties":
            # "The wounded included 12 children": whatever the toll before counted.
            reference = " ".join(opening.group("reference").lower().split())
            subtype = m.back_reference_subtype.get(reference, counted.subtype)
            counted = dataclasses.replace(counted, subtype=subtype)
        part = _part_before_whole(text, mentions[index - 1] if index else None, mention, m)
        if part is not None and part is not mention and _share(part):
            # "two-thirds of the 30 drones": the share counts nothing; the whole does, and
            # what befell the share ("a third of the 45 missiles were shot down") is no loss of
            # the whole, which came in an attack.
            part = None
            if counted.kind in AIR_KINDS:
                attacked = True
                counted = dataclasses.replace(counted, subtype="")
        if part is not None and not _names_its_fate(text, counted, lex, m):
            # "killed three of the 12 soldiers", "Two of the three crew were killed": the
            # figure is the group a part was taken from, and the count is the part's.
            if rows and rows[-1]["start"] == part.start:
                if counted.kind == rows[-1]["kind"] and not rows[-1]["casualty_group"]:
                    rows[-1]["casualty_group"] = counted.group
                if counted.kind not in AIR_KINDS or rows[-1]["kind"] != counted.kind:
                    continue
                # "shot down 22 of 28 drones": the drones that came are a count of their own,
                # which the part's verb did not befall (but an event's, as the part's is).
                # "lost 3 of its 34 aircraft": a possessive makes the whole a fleet.
                attacked = rows[-1]["subtype"] == "lost" and not m.possessive_between.search(
                    text, rows[-1]["end"], mention.start
                )
                whole_again = True
                counted = dataclasses.replace(counted, subtype="")
            elif part is mention or index in read_again:
                continue  # "most of the 12 soldiers": a part with no figure of its own
            else:
                if counted.kind in AIR_KINDS:
                    pending.insert(next_figure, (index, mention))
                    read_again.add(index)
                mention = part
                if counted.subtype != "lost" and _lost(
                    text, mention, counted, lex.kinds[counted.kind], m
                ):
                    # "destroyed 20 of the 25 drones": the verb is the part's.
                    counted = dataclasses.replace(counted, subtype="lost")
        sentence_number = article.sentence_at(mention.start)
        if sentence_number is None:
            continue
        span = article.sentence_span(sentence_number)
        if (
            counted.kind == "casualties"
            and article.hints(m).disease
            and _disease_toll(text, mention, counted, span, m)
        ):
            continue  # "3,392 coronavirus cases with 104 deaths": a disease's toll, no war's
        sentence = text[span.start : span.end]
        group = counted.group
        if counted.kind == "casualties":
            # "rebel losses stood at 10 dead", "the civilian death toll rose to 40": a group
            # word names whose dead the figure counts.
            group = group or _loss_owner(text, mention, span.start, lex, m)
            # "250,000 people killed and over one million injured": the group carries over, and
            # to "others" ("14 militants were killed and two others wounded"), unless the group
            # only says they were people ("killed two people and wounded nine others").
            others = counted.what.lower() in m.other_nouns
            if (counted.carries_group or others) and not counted.inherited:
                # Only one group can carry: in "killed 12 militants and 3 civilians, and 30
                # were wounded" the wounded may be either.
                groups = casualty_groups_in_sentence.get(sentence_number, set())
                carried = next(iter(groups)) if len(groups) == 1 else ""
                if others and (
                    carried in m.unspecific_groups
                    # "wounded 12 others, including civilians": others of more than that group
                    or m.inclusion_after.match(text, counted.what_end) is not None
                ):
                    carried = ""
                group = group or carried
            part = m.among_counted.match(text, counted.what_end, min(len(text), span.end))
            if not counted.part_group and (part is None or not _people_among(part, lex)):
                # "12 Civilians Among 20 Dead": a part's group is not the whole's.
                casualty_groups_in_sentence.setdefault(sentence_number, set()).add(group)
        if not counted.inherited and not whole_again:
            # "hit 40 targets in Idlib, 25 in Hama": any kind may be counted on so (more of
            # the part, not of the whole read again after it: "shot down 30 of 35 drones, 10
            # over Kyiv").
            previous = (_more_of(counted, counted.what_end, group, inherited=False), span.end)

        speaker, organisation, quoted = _speaker(article, mention, sentence_number, span, who)
        if not (speaker or organisation or quoted):
            speaker, organisation = _source_after(article, sentence_number, mention, who, m)
        if not (speaker or organisation or quoted):
            speaker, organisation = _source_of_lede(
                article, sentence_number, mention, who, m, toll=counted.kind in _PEOPLE_KINDS
            )
        # As-of day: stated in the sentence, else the speaker's interview day, else publication.
        as_of = article.stated_date(sentence_number) or interview_day.get(speaker) or published
        # "an airstrike on a hospital that killed over 20 in October": one incident's toll.
        incident = counted.kind == "casualties" and _incident_clause(
            text, max(span.start, mention.start - 120), mention.start, m
        )
        basis, period_start, period_end, period_text = _period(
            article, sentence_number, mention, as_of, lex.kinds[counted.kind], incident, figures
        )
        if (
            not period_text
            and last_period is not None
            and _same_period(text, span, mention, m, language)
            # "15 tanks within a day ... // lost 2,786 tanks within the same time period": not
            # that day, which held fewer.
            and not _beyond_window(
                last_period, _count_key(counted), mention.value, sentence_number
            )
        ):
            # "... 2,300 sorties in October, the ministry said. The aircraft hit 1,623 targets
            # over the same period": the period of the figure before that stated one, and, when
            # the sentence names no source, that figure's: it goes on with the same report.
            basis, period_start, period_end, period_text = last_period.period
            if not (speaker or organisation):
                speaker, organisation = last_period.source
        elif (
            not period_text
            and last_period is not None
            # A sentence with a source of its own reports on its own ("The United States also
            # said 500 fighters were killed").
            and not (speaker or organisation)
            and counted.subtype != "captured"  # "also holds 400 soldiers captive": standing
            and (
                # Another figure of the sentence went on with it already: "The aircraft also
                # destroyed 12 tanks and five command posts".
                last_period.sentence == goes_on_sentence == sentence_number
                or (
                    last_period.sentence == article.sentence_before(sentence_number)
                    and _goes_on(
                        text,
                        span,
                        mention,
                        m,
                        same_kind=counted.kind in last_period.kinds,
                        casualties=counted.kind == "casualties",
                    )
                )
            )
            and not article.stops_going_on(sentence_number)
            # Not the outlet's background ("The war has also killed 250,000"), nor a fleet, which
            # exists at a moment ("Turkey also has 12 jets"), nor one day's incident ("In Aleppo,
            # a bomb killed 12 on Monday").
            and not article.in_background(sentence_number, mention.start)
            and (counted.subtype == "lost" or lex.kinds[counted.kind].default_basis != "snapshot")
            and not incident
            and not article.period_cues(span).when
            and not article.war_toll(sentence_number)
            and not _beyond_window(
                last_period, _count_key(counted), mention.value, sentence_number
            )
        ):
            # "Jets flew 64 sorties in the past 24 hours, the ministry said. The aircraft also
            # destroyed 12 tanks": the next sentence goes on with that report.
            goes_on_sentence = sentence_number
            basis, period_start, period_end, period_text = last_period.period
            speaker, organisation = last_period.source
        elif (
            not (speaker or organisation)
            and previous_row is not None
            and (previous_row["speaker"] or previous_row["speaker_org"])
            and (
                # "In addition, 16 strikes ...", "The attack also wounded 21 people"; not
                # "Another strike also killed two in Kherson".
                (
                    _in_sentence_before(article, sentence_number, previous_row)
                    and _goes_on(text, span, mention, m, same_kind=False)
                    and not _tells_of_elsewhere(
                        text,
                        span,
                        article.sentence_span(article.sentence_before(sentence_number)),
                        m,
                    )
                )
                # "..., including eight children": the rest of that sentence.
                or source_goes_on == sentence_number
                # "Kirby said jets conducted five airstrikes. // The strikes destroyed four
                # armed trucks": the things the report counted, doing more.
                or (
                    _in_sentence_before(article, sentence_number, previous_row)
                    and _opens_on_the_report(text, span, previous_row["kind"], lex, m)
                )
                # "... flown 41 sorties over the past 24 hours, Konashenkov told reporters. //
                # Over the past day, bombers destroyed 30 vehicles": the report's own window,
                # restated to open its details.
                or (
                    _in_sentence_before(article, sentence_number, previous_row)
                    and basis == previous_row["basis"] == "window"
                    # Of the same length: the report's day may be its statement's, not the
                    # publication's, which a window stated alone counts back from.
                    and period_end - period_start
                    == previous_row["period_end"] - previous_row["period_start"]
                    and _opens_with(text, span, period_text)
                )
            )
            # Not a fleet or captives, which exist at a moment ("Russia also has 50 jets").
            and counted.subtype != "captured"
            and (counted.subtype == "lost" or lex.kinds[counted.kind].default_basis != "snapshot")
            and not article.stops_going_on(sentence_number)  # "during the war": another frame
            and not article.in_background(sentence_number, mention.start)
        ):
            # "... 15 strikes on Monday, officials reported. Additionally, 16 strikes were
            # conducted from July 19-20": a period or day of its own, but the same report's
            # source.
            speaker, organisation = previous_row["speaker"], previous_row["speaker_org"]
            source_goes_on = sentence_number
        if (
            not period_text
            and counted.kind in m.perfect_kinds
            and (counted.kind not in AIR_KINDS or counted.subtype == "lost")
            and not incident
            # A tally is precise: "has conducted several strikes" says only that some were.
            and mention.qualifier != "vague"
            # Nor is one thing named with its article: "this strike has taken out a camp".
            and mention.text.lower() not in m.one_article_words
            and not article.in_background(sentence_number, mention.start)
            and not article.names_event_day(sentence_number)
            # "Overnight into February 8, the enemy launched 17 drones. Air defences have shot
            # down 11": the night the sentence before names, when the sentence goes on with it
            # (no source of its own, no "since" of a running total).
            and not (
                not (speaker or organisation)
                and not article.stops_going_on(sentence_number)
                and (earlier_sentence := article.sentence_before(sentence_number)) is not None
                and article.names_event_day(earlier_sentence)
            )
        ):
            # "Russian jets have flown 5,000 sorties": counted up to the report, from a start
            # the sentence does not give.
            perfect = _perfect_count(text, mention, counted.what_end, m)
            first_item = _list_first(text, mentions, index) if not perfect else index
            if first_item != index:
                # "Russia has also lost 7,449 tanks, ... 357 airplanes and 326 helicopters": the
                # perfect before the list's first item counts every item up to the report.
                perfect = _perfect_count(text, mentions[first_item], mentions[first_item].end, m)
            if (
                perfect
                and not article.names_an_event(sentence_number)
                and not _goes_on_with_window(
                    article,
                    sentence_number,
                    organisation,
                    last_period,
                    _count_key(counted),
                    mention.value,
                )
            ):
                basis, period_start, period_end, period_text = "cumulative", None, as_of, perfect
            elif (
                previous_row is not None
                and previous_row["sentence_start"] == span.start
                and previous_row["basis"] == "cumulative"
                and previous_row["kind"] == counted.kind
                and (
                    m.inclusion_before.search(text, max(0, mention.start - 20), mention.start)
                    or _in_inclusion_list(text, mention.start, counted.what_end, m)
                )
            ):
                # "have hit 4,100 targets, including 260 oil facilities": the part of a running
                # total counts up to the report too.
                basis, period_start, period_end, period_text = (
                    "cumulative", None, as_of, previous_row["period_text"],
                )  # fmt: skip
        # A release's own sentences go on with its report however far it runs: "Russian forces
        # killed 38 civilians", paragraphs below the monthly report's lead.
        released = (
            bool(issuing)
            and not (speaker or organisation)
            and last_period is not None
            # A window: a running total since a start does not bound the parts told after it
            # ("flown 54 airdrop missions since April ... In the latest round, 11 flights").
            and last_period.period[0] == "window"
            # The report's source, or its own voice already carried on.
            and (last_period.source[1] == issuing or last_period.source == ("", ""))
        )
        if (
            not period_text
            and last_period is not None
            # A figure of the period's own sentence reads it there, unless an earlier figure of
            # its sentence took it from the report too.
            and (last_period.sentence != sentence_number or carried_in == sentence_number)
            and (
                sentence_number[0] - last_period.sentence[0] <= _SAME_REPORT_PARAGRAPHS or released
            )
            # A briefing of sorties goes on with its targets; a toll with its tolls; and the
            # dead of the briefing's strikes when the sentence opens with them ("The strikes
            # killed more than 320 militants"), or any figure the same source "also" gives
            # ("... killed 850 militants over the past day. The ministry said its jets had also
            # destroyed 11 tanks").
            and (
                (counted.kind in _PEOPLE_KINDS) == bool(last_period.kinds & _PEOPLE_KINDS)
                or (
                    bool(last_period.kinds & _STRIKE_KINDS)
                    and m.strikes_reference.match(text, span.start) is not None
                )
                or m.goes_on_adverb.search(text, span.start, mention.start) is not None
            )
            and counted.subtype != "captured"  # "holding 150 soldiers captive": standing
            and (released or _same_source((speaker, organisation), last_period.source))
            and not incident
            # "The Observatory said a car bomb killed 12 in Homs", "... killed when a barrel bomb
            # hit a bakery", "destroyed 14 vehicles in a strike near Palmyra": one event's.
            and m.single_event.search(
                text, max(span.start, mention.start - 80), min(span.end, mention.end + 80)
            )
            is None
            and not article.stops_going_on(sentence_number)
            and not article.names_event_day(sentence_number)
            and not article.in_background(sentence_number, mention.start)
            and (counted.subtype == "lost" or lex.kinds[counted.kind].default_basis != "snapshot")
            and not _beyond_window(
                last_period, _count_key(counted), mention.value, sentence_number
            )
        ):
            # "Rudskoy said jets flew 522 sorties over the past week. // According to Rudskoy,
            # 94 command posts were destroyed.": the same source goes on with the same report.
            basis, period_start, period_end, period_text = last_period.period
            carried_in = sentence_number
        broken_down = False  # a figure of a breakdown by place of the report before
        if (
            not (speaker or organisation)
            and last_source is not None
            and counted.kind not in _PEOPLE_KINDS
            and (
                # Another figure of its sentence opened the breakdown: "In Syria, eight strikes
                # near Raqqa destroyed three oil wellheads".
                last_source.breakdown == sentence_number
                or (
                    last_source.sentence == article.sentence_before(sentence_number)
                    and counted.kind in last_source.kinds
                    and _breaks_down_report(
                        text, span, mention, article.sentence_span(last_source.report), m
                    )
                )
            )
        ):
            # "The coalition carried out 17 strikes in Syria and Iraq on Sunday, the task force
            # said. // In Syria, eight strikes near Raqqa destroyed ... In Iraq, nine strikes
            # ...": the report's source speaks for its breakdown, whatever its period.
            speaker, organisation = last_source.source
            broken_down = True
        if not period_text and not incident:
            tally = article.as_of(sentence_number)
            if tally:
                # "The UN has verified 6,300 civilian deaths as of October 9": a tally up to
                # that day, from a start the sentence does not give.
                basis, period_start, period_end, period_text = "cumulative", None, as_of, tally
        if not period_text and counted.kind == "casualties":
            total = (
                _running_total_before(text, mention, m)
                or _total_after(text, mention, _words_before(text, mention.start), span.end, m)[2]
                or _overall_toll_before(text, mention, m)
                or _losses_so_far_before(text, mention, m)
            )
            if total:
                # "two soldiers were killed, bringing its toll in the ground offensive to 139":
                # a running total up to the report, from a start the sentence does not give.
                basis, period_start, period_end, period_text = "cumulative", None, as_of, total
        if basis == "snapshot" and (
            counted.subtype == "lost"
            or attacked
            or (
                counted.kind in AIR_KINDS
                and (
                    m.launch_before.search(
                        text, max(0, mention.start - _LAUNCH_REACH), mention.start
                    )
                    or m.launch_after.match(text, counted.what_end)
                    or _loss_part_follows(text, counted.what_end, span.end, lex, m, counted.kind)
                )
            )
        ):
            # Losses happen, and so do launches ("Russia launched 31 drones overnight", "the
            # 28 drones launched", the 28 of which 22 were shot down); a fleet exists at a
            # moment.
            basis = "unspecified"
        if counted.tally:
            # An item of a tally of losses: the source of the list, and the period of the
            # running total it goes on from; the day's addition is the day's.
            source_row = _tally_source(rows, text, mention.start)
            if source_row is not None and not (speaker or organisation):
                speaker, organisation = source_row["speaker"], source_row["speaker_org"]
            elif not (speaker or organisation or quoted):
                # No running total before the list: the sentence that heads it names its source.
                speaker, organisation = _source_of_tally(article, mention, who)
            if counted.tally == "increment":
                basis, period_start, period_end, period_text = (
                    "window", as_of - _ONE_DAY, as_of, mention.text,
                )  # fmt: skip
            elif (
                period_text
                and (increment := _TALLY_INCREMENT.match(text, mention.end)) is not None
                and period_text in text[increment.start() : increment.end()]
            ):
                # "600,000 (+1,200 since yesterday)": the day's words are the addition's, the
                # total counts up to the report.
                basis, period_start, period_end, period_text = (
                    (source_row["basis"], source_row["period_start"], source_row["period_end"],
                     source_row["period_text"])
                    if source_row is not None
                    else ("cumulative", None, as_of, "")
                )  # fmt: skip
            elif source_row is not None and (not period_text or period_start is None):
                # Its own words give no start ("have also destroyed"): the running total's.
                basis, period_start, period_end, period_text = (
                    source_row["basis"], source_row["period_start"], source_row["period_end"],
                    source_row["period_text"],
                )  # fmt: skip
            elif not period_text:
                basis, period_start, period_end, period_text = "cumulative", None, as_of, ""
        stored = _stored_span(text, span, mention)
        row = _row(
            mention, counted, group, doc_id, outlet, published,
            sentence if stored is span else text[stored.start : stored.end], stored,
        )  # fmt: skip
        if whole is not None and whole["kind"] == counted.kind:
            # The part says no more than the toll it is part of: unless it names its own, its
            # source and period are the toll's.
            if not (speaker or organisation):
                # Not whether it is quoted: that is the part's own sentence's.
                speaker, organisation = whole["speaker"], whole["speaker_org"]
            if not period_text:
                basis, period_start, period_end, period_text = (
                    whole["basis"], whole["period_start"], whole["period_end"],
                    whole["period_text"],
                )  # fmt: skip
        elif (
            previous_row is not None
            and previous_row["sentence_start"] == span.start
            and previous_row["kind"] == counted.kind
            and previous_row["period_text"]
            and period_text != previous_row["period_text"]
            # Its own period stands after the whole: "5,240 sorties, including 400 in the past
            # week".
            and (not period_text or text.find(period_text, previous_row["end"], span.end) == -1)
            and (
                m.inclusion_before.search(text, max(0, mention.start - 20), mention.start)
                or _in_inclusion_list(text, mention.start, counted.what_end, m)
            )
        ):
            # "SNHR, a group founded in June 2011, documented the killing of 223 civilians in
            # September 2019, including 55 children": a part of its sentence's whole has the
            # whole's period, not one an earlier clause names.
            basis, period_start, period_end, period_text = (
                previous_row["basis"], previous_row["period_start"], previous_row["period_end"],
                previous_row["period_text"],
            )  # fmt: skip
        if (
            not (speaker or organisation)
            and previous_row is not None
            and (previous_row["speaker"] or previous_row["speaker_org"])
            and previous_row["sentence_start"] < span.start
            and "\n" not in text[previous_row["start"] : mention.start]
            and _continues_the_count(text, span.start, mention, m)
        ):
            # "The Observatory said 12 people were killed in Aleppo. Another 5 died in Idlib.":
            # the same report goes on.
            speaker, organisation = previous_row["speaker"], previous_row["speaker_org"]
        row.update(
            basis=basis,
            period_start=period_start,
            period_end=period_end,
            period_text=period_text,
            speaker=speaker,
            speaker_org=organisation,
            quoted=quoted,
            _headline=article.in_headline(mention.start),
            _tally=counted.tally,
            _tally_of=source_row if counted.tally else None,
        )
        rows.append(row)
        if speaker or organisation:
            kinds = {counted.kind}
            if (
                last_source is not None
                and last_source.source == (speaker, organisation)
                and (broken_down or last_source.sentence == sentence_number)
            ):
                kinds |= last_source.kinds
            last_source = _Sourced(
                (speaker, organisation),
                sentence_number,
                frozenset(kinds),
                last_source.report if broken_down else sentence_number,
                sentence_number if broken_down else None,
            )
        parts_of = (whole, span.end) if whole is not None else None
        if period_text and basis in ("window", "cumulative"):
            # The kinds the report counts, so that its breakdown by place is known as one.
            kinds = {counted.kind}
            if (
                last_period is not None
                and (
                    sentence_number in (goes_on_sentence, carried_in)
                    # The same window stated again ("Over the past week, ... 826 targets") goes
                    # on with the same report.
                    or last_period.period[1:3] == (period_start, period_end)
                )
            ):
                kinds |= last_period.kinds
                largest = dict(last_period.largest)
            else:
                largest = {}
            count = _count_key(counted)
            # Its upper bound: "over 1,300 targets" may be 1,354.
            if not math.isnan(row["high"]):
                largest[count] = max(largest.get(count, row["high"]), row["high"])
            last_period = _StatedPeriod(
                (basis, period_start, period_end, period_text),
                (speaker, organisation),
                sentence_number,
                frozenset(kinds),
                tuple(sorted(largest.items())),
            )
        if not counted.inherited:
            previous_row = row
        elif whole is not None and previous is not None:
            # "The dead included 9 children. The wounded included 12 women.": the next part
            # refers back to the same toll, one sentence further on.
            previous = (previous[0], span.end)
    yield from rows


def _lost(text: str, mention, counted: _Counted, kind, m: _Matcher) -> bool:
    """Whether a count of a kind with loss words counts losses: "shot down 2 jets", "Russia
    lost 3 helicopters", "2 drones were shot down", "2 drones shot down near the border" (see
    ``lexicon.Kind.lost_before``); not the machines that did it ("Two F-16s shot down a
    Russian jet": a verb with no auxiliary and an object after it)."""
    if _loss_word_before(text, mention.start, kind, counted.what):
        return True
    if kind.lost_after is None:
        return False
    loss = kind.lost_after.match(text, counted.what_end, counted.what_end + _LOSS_REACH)
    if loss is None:
        # "All three missiles, fired from strategic bombers, were destroyed": an aside between
        # commas, then the passive.
        aside = _APPOSITIVE_AFTER.match(text, counted.what_end)
        if aside is not None and not numbers.has_figure(aside.group(), language=m.language):
            passive = kind.lost_after.match(text, aside.end(), aside.end() + _LOSS_REACH)
            if passive is not None and passive.groupdict().get("aux") is not None:
                return kind.loses(passive, counted.what)
        # "15 cruise missiles at Kyiv overnight, all of which were shot down": the whole lost.
        whole = m.whole_reference_after.match(text, counted.what_end)
        if whole is not None:
            loss = kind.lost_after.match(text, whole.end(), whole.end() + _LOSS_REACH)
            return (
                loss is not None
                and kind.loses(loss, counted.what)
                and m.whole_loss_exception.match(text, loss.end()) is None
            )
    if loss is None or not kind.loses(loss, counted.what):
        return False
    return (
        loss.groupdict().get("aux") is not None or m.active_object.match(text, loss.end()) is None
    )


_LOSS_REACH = 40  # characters read before a figure, or after its noun, for a loss word
# An aside between commas right after a count's noun: "All three missiles|, fired from
# Tu-95MS bombers over the Caspian Sea,| were destroyed".
_APPOSITIVE_AFTER = regex.compile(r"\s{0,3},[^,;:.!?\n]{1,80},")
# A list item between two figures: "36 |cruise missiles and |64 drones", "5 |missiles, |12",
# "12 |JDAM guided aerial bombs, |3".
_LIST_ITEM_BETWEEN = regex.compile(
    r"\s{1,3}(?:[\w'/-]{1,25}\s{1,3}){0,3}[\w'/-]{1,25}"
    rf"{_BRACKETED_ASIDE}?(?:\s{{0,3}},)?(?:\s{{1,3}}and)?\s{{1,3}}"
)
_LIST_ITEMS_READ = 12  # items of a list read either side of a figure for its loss word
_LIST_ITEM_REACH = 80  # characters from one item's figure to the next's, at most


def _first_word_after(text: str, end: int) -> str:
    """The first word after a figure, lower case, its plural "s" dropped ("drones", "drone")."""
    words = text[end : end + 30].split(None, 1)
    return words[0].lower().strip(",.;:").removesuffix("s") if words else ""


def _list_item_after(text: str, previous, mention) -> bool:
    """Whether ``mention`` is the next item of a list after the figure ``previous``."""
    if mention.start - previous.end > _LIST_ITEM_REACH:
        return False
    between = _LIST_ITEM_BETWEEN.fullmatch(text, previous.end, mention.start)
    return between is not None and ("," in between.group() or " and" in between.group())


def _list_first(text: str, mentions: list, index: int) -> int:
    """The index of the first item of the list of counts ``mentions[index]`` is an item of
    (``index`` itself when it is none), a dozen items back at most. A day's increase in
    brackets ("6,692 tanks (+11), ...") is no item, and is stepped over."""
    first = index
    while first > max(0, index - _LIST_ITEMS_READ):
        before = first - 1
        while before > 0 and _bracketed_increase(text, mentions[before]):
            before -= 1
        if not _list_item_after(text, mentions[before], mentions[first]):
            break
        first = before
    return first


def _next_list_item(text: str, mentions: list, index: int) -> int | None:
    """The index of the list's item after ``mentions[index]``, a bracketed increase stepped
    over; None at the list's end."""
    after = index + 1
    while after < len(mentions) and _bracketed_increase(text, mentions[after]):
        after += 1
    if after < len(mentions) and _list_item_after(text, mentions[index], mentions[after]):
        return after
    return None


def _day_increase_at(text: str, at: int, m: _Matcher) -> regex.Match | None:
    """The bracketed day's increase right after a tally's item's noun ending at ``at``: "(+11)",
    "(+11 over the past day)"; None for a comparison or another count in brackets ("(+12 from
    the previous night)", "(+2 Kh-59 missiles)", "(+3%)")."""
    found = m.inline_increase.match(text, at)
    if found is None:
        return None
    words = found.group("words")
    if m.increase_comparison.search(words) or any(
        _bare_word(word) in lexicon().noun_to_kind for word in words.split()
    ):
        return None
    return found


def _inline_increase(
    text: str, mention, previous: _Counted | None, m: _Matcher
) -> _Counted | None:
    """The day's increase in brackets right after a tally's item inside a sentence: "destroyed
    6,692 tanks (+11 over the past day)" counts 11 tanks; "(+0)" counts none."""
    if previous is None or mention.high <= 0 or previous.kind not in _INCREASED_KINDS:
        return None
    if _day_increase_at(text, previous.what_end, m) is None:
        return None
    if text.find("(", previous.what_end, mention.end) == -1:
        return None
    # Its words run to the closing bracket, after which the tally's next item comes.
    closing = text.find(")", mention.end - 1, mention.end + _INCREASE_WORDS)
    end = closing + 1 if closing != -1 else mention.end
    return dataclasses.replace(previous, what_end=end, tally="increment")


_INCREASE_WORDS = 40  # characters of an increase's words inside its bracket ("over the past day")


_INCREASED_KINDS = frozenset({"casualties", "targets", "aircraft", "missiles"})


def _bracketed_increase(text: str, mention) -> bool:
    """Whether a figure is a day's increase in brackets after a tally's item: "(+11 over the
    past day)"."""
    if mention.text[:2] == "(+":
        return True  # a tally's item, its bracket kept on its figure
    return (
        mention.text[:1] == "+" and text[max(0, mention.start - 2) : mention.start].strip() == "("
    )


def _lost_in_list(text: str, mentions: list, index: int, kind, what: str, m: _Matcher) -> bool:
    """Whether the figure ``mentions[index]``, counting ``what``, is an item of a list of
    counts whose loss word stands before its first item ("shot down 12 guided bombs, 3
    rockets and 176 drones") or after its last item's noun ("593 aircraft, 270 helicopters and
    23,917 drones have been destroyed"). A dozen items are read either way."""
    if kind.lost_before is None:
        return False
    first = _list_first(text, mentions, index)
    if any(
        _loss_word_before(text, mentions[item].start, kind, what) for item in range(first, index)
    ):
        return True
    # The clause of counts the figure is in: a later one begins where the list names its
    # things again or a launch's clause ends ("launched 54 drones and 4 missiles, |30 drones
    # and 2 missiles were shot down"). Only the first is the launch's.
    clause_start, heads = first, set()
    for item in range(first, index + 1):
        head = _first_word_after(text, mentions[item].end)
        if item > first and (
            head in heads
            or m.launch_clause_end.search(text, mentions[item - 1].end, mentions[item].start)
        ):
            clause_start, heads = item, set()
        heads.add(head)
    opening = mentions[first].start
    launched = clause_start == first and (
        m.launch_before.search(text, max(0, opening - _LAUNCH_REACH), opening) is not None
    )
    last = index
    while (following := _next_list_item(text, mentions, last)) is not None and (
        following < index + _LIST_ITEMS_READ
    ):
        head = _first_word_after(text, mentions[following].end)
        if launched and (
            m.launch_clause_end.search(text, mentions[last].end, mentions[following].start)
            or head in heads
        ):
            # "Russia fired 75 missiles, and 41 missiles were shot down", "launched 54 drones
            # and 4 missiles overnight, 30 drones and 2 missiles were shot down", "launched 54
            # drones and 4 missiles, 30 drones ...": the loss is a later clause's, which names
            # the launch's things again, not the launch's.
            return False
        heads.add(head)
        last = following
    if last == index or kind.lost_after is None:
        return False
    noun = m.noun_after.match(text, mentions[last].end, min(len(text), mentions[last].end + 80))
    if noun is None:
        return False
    loss = kind.lost_after.match(text, noun.end(), noun.end() + _LOSS_REACH)
    return loss is not None and kind.loses(loss, what)


def _loss_word_before(text: str, start: int, kind, what: str) -> bool:
    """Whether a loss word of ``kind`` that loses the machines ``what`` names ends the words
    before ``start`` ("shot down |2"; "intercepted |2" only drones)."""
    return _loss_match_before(text, start, kind, what) is not None


def _loss_match_before(text: str, start: int, kind, what: str) -> regex.Match | None:
    """The loss word of :func:`_loss_word_before`, or None."""
    if kind.lost_before is None:
        return None
    loss = kind.lost_before.search(text, max(0, start - _LOSS_REACH), start)
    return loss if loss is not None and kind.loses(loss, what) else None


def _unrealised_loss(text: str, mention, counted: _Counted, kind, m: _Matcher) -> bool:
    """Whether machines are lost only in an aim or a supposition: "threatened to shoot down
    10 aircraft", "The downing of two F-16s would be an escalation". Neither reports a loss,
    nor the size of a fleet."""
    loss = _loss_match_before(text, mention.start, kind, counted.what)
    if loss is None:
        return False
    words = _words_before(text, loss.start())
    if len(words) > 1 and words[-1] in m.infinitive_markers and words[-2] in m.aim_verbs:
        return True
    written = text[max(0, loss.start() - 12) : loss.start()].split()
    if written and written[-1] in m.loss_modals:
        # "the new systems will shoot down 50 drones a night": a promise (in lower case: "in
        # May shot down 1,200 drones" tells a month's losses).
        return True
    return m.supposition_after.match(text, counted.what_end) is not None


def _continues_the_count(text: str, sentence_start: int, mention, m: _Matcher) -> bool:
    """Whether a sentence opens with its figure as more of a count before it: "Another 5
    died", "A further 12 were hurt", "Five more were wounded", "12 others were hurt"."""
    before = m.continuation_before.fullmatch(text, sentence_start, mention.start)
    if before is None:
        return False
    return (
        before.group("opener") is not None
        # "At least another 5 died": the opener inside the figure's qualifier.
        or m.continuation_opener.search(text, mention.start, mention.end) is not None
        or m.continuation_after.match(text, mention.end, mention.end + 12) is not None
    )


#: How many of a person's earlier mentions, nearest first, are read for the body they speak
#: for: a bound on the work per figure whatever the text.
_NAME_MENTIONS_READ = 12
#: The longest opening read before a part of the toll in the sentence before ("Among the
#: dead were ").
_BACK_REFERENCE_REACH = 48
# A four-digit year, not a round hundred ("2014", not "2000").
_YEAR_SHAPED = regex.compile(r"(?:19|20)(?!00)\d\d")


#: A sentence longer than this (only text with no sentence ends is) is stored as the
#: ``_SENTENCE_CONTEXT`` characters either side of the figure: every claim of it holding all of
#: it would make the table grow with the square of the text.
_LONGEST_SENTENCE = 1000
_SENTENCE_CONTEXT = 400


def _stored_span(text: str, span: Span, mention) -> Span:
    """The part of a figure's sentence its row stores: the sentence, or for an overlong one
    the whole words around the figure."""
    if span.end - span.start <= _LONGEST_SENTENCE:
        return span
    start = max(span.start, mention.start - _SENTENCE_CONTEXT)
    end = min(span.end, mention.end + _SENTENCE_CONTEXT)
    if start > span.start:
        space = text.find(" ", start, mention.start)
        start = space + 1 if space != -1 else start
    if end < span.end:
        space = text.rfind(" ", mention.end, end)
        end = space if space != -1 else end
    return Span(start, end)


def _row(
    mention, counted: _Counted, group: str, doc_id, outlet, published, sentence, span
) -> dict:
    """One claim row (``schema.CLAIMS_COLUMNS``) without its period, speaker and id."""
    low, high = mention.low, mention.high
    low_inclusive = mention.low_inclusive
    if math.isinf(low) and low < 0:
        low, low_inclusive = 0.0, True  # counts are never negative
    value = mention.value if not math.isinf(mention.value) else low
    quantity, quantity_unit = to_comparison(value, counted.unit)
    return {
        "doc_id": doc_id,
        "outlet": outlet,
        "published": published,
        "kind": counted.kind,
        "what": counted.what,
        "low": low,
        "high": high,
        "low_inclusive": low_inclusive,
        "high_inclusive": mention.high_inclusive,
        "value": value,
        "qualifier": mention.qualifier,
        "unit": counted.unit,
        "quantity": quantity,
        "sentence": sentence,
        "start": mention.start,
        "end": mention.end,
        "subtype": counted.subtype,
        "casualty_group": group,
        "quantity_unit": quantity_unit,
        "sentence_start": span.start,
        "mentions": 1,
        "_part": counted.inherited,  # "5 in Tartous and 5 in Jableh": parts, never merged
    }


def _source_key(row: dict) -> str:
    """Who a claim is from, for finding the same claim told twice: its organisation, else its
    speaker, a person by the surname, as a story names them again ("Reza Rezai", then
    "Rezai")."""
    if row["speaker_org"]:
        return row["speaker_org"].lower()
    speaker = row["speaker"]
    if " " in speaker and speakers.is_personal_name(speaker):
        return speaker.split()[-1].lower()
    return speaker.lower()


def _merge(rows: list[dict], doc_id: str) -> list[dict]:
    """One row per claim an article states, with how often it states it in ``mentions``.

    The same content from the same claimant is one claim; so is a figure the outlet states
    without a source and a source gives elsewhere in the article; an exact figure and its
    bounded restatement by one claimant ("18" and "at least 18") keep the exact one; and a
    headline figure is the lede's claim its interval overlaps ("Kill 35" and "at least 35
    civilians were killed").
    """
    seen: dict[tuple, dict] = {}
    by_content: dict[tuple, dict] = {}
    # One sentence may list the same figure of different things ("destroyed two buildings and
    # two heavy machine guns"): those are two claims, where the same figure of the same kind
    # in two sentences is one claim told twice.
    nouns_in_sentence: dict[tuple, set[str]] = {}
    for row in rows:
        row["_content"] = content = _content_key(row)
        nouns_in_sentence.setdefault((content, row["sentence_start"]), set()).add(_noun_key(row))
    for row in rows:
        content = row["_content"]
        listed = len(nouns_in_sentence[(content, row["sentence_start"])]) > 1
        source = _source_key(row)
        place_in_list = row["start"] if row["_part"] or listed else -1
        if row["_tally"] == "increment":
            # A day's additions of a tally, each on its line: "vehicles \u2012 10,364 (+20)" and
            # "artillery systems \u2013 7,933 (+20)" are two claims.
            place_in_list = _head_key(row)
        key = content + (row["casualty_group"], source, row["_headline"], place_in_list)
        key += _incident_key(row)
        if row["kind"] == "targets" and not row["_headline"]:
            # A briefing's "two armoured vehicles" and, later, "two ammunition depots" are two
            # things destroyed, not one count told twice.
            key += (_head_key(row),)
        if key in seen:
            seen[key]["mentions"] += 1
            continue
        seen[key] = row
    kept = list(seen.values())
    # A restatement with no group ("dozens had been killed") is the grouped claim of the same
    # claimant; one with no source ("one of two people killed") the sourced claim of the same
    # noun or group.
    grouped: dict[tuple, dict] = {}
    for row in kept:
        if row["casualty_group"] and not row["_headline"] and not row["_part"]:
            grouped.setdefault(row["_content"] + (_source_key(row),), row)
            by_content.setdefault(row["_content"] + (_head_key(row),), row)
        elif (row["speaker"] or row["speaker_org"]) and not row["_headline"] and not row["_part"]:
            by_content.setdefault(row["_content"] + (_head_key(row),), row)
    merged: list[dict] = []
    for row in kept:
        if not row["_headline"] and not row["_part"]:
            owner = None
            if not row["casualty_group"]:
                owner = grouped.get(row["_content"] + (_source_key(row),))
            if owner is None and not (row["speaker"] or row["speaker_org"]):
                owner = by_content.get(row["_content"] + (_head_key(row),))
                owner = (
                    owner
                    if owner is not None and (owner["speaker"] or owner["speaker_org"])
                    else None
                )
            if owner is not None and owner is not row:
                owner["mentions"] += row["mentions"]
                continue
        merged.append(row)
    merged = _merge_restated(merged)
    merged = _merge_headlines(merged)
    for row in merged:
        del row["_headline"], row["_part"], row["_tally"]
        row["claim_id"] = _claim_id(doc_id, row.pop("_content"), row)
    return merged


def _incident_key(row: dict) -> tuple:
    """Where and when an incident's figure happened, which a restatement shares: the same
    figure of two places or days is two claims."""
    if row["scope"] == "periodic" and incidents.carries_period(row):
        # The lines of a report broken down by place ("Near Abu Kamal, three strikes ...",
        # "Near Al Qaim, three strikes ..."), each of its own place.
        return (row["place"],)
    if row["scope"] != "incident":
        return ()
    return (row["place"], row["event_day"])


def _noun_key(row: dict) -> str:
    """What a claim counts, for telling restatements apart: its group for casualties ("two
    SU-24 jets" and "Two Russian warplanes" are two claims, not one)."""
    return row["casualty_group"] if row["kind"] == "casualties" else row["what"].lower()


def _head_key(row: dict) -> str:
    """:func:`_noun_key` by the head noun only, for a restatement with no source: "14 Shahed
    drones" restates "14 Shahed attack drones"."""
    noun = _noun_key(row)
    return noun if row["kind"] == "casualties" else noun.rpartition(" ")[2]


_SAME_FIGURE_FIELDS = ("kind", "subtype", "casualty_group", "basis", "period_start", "period_end")


def _merge_restated(rows: list[dict]) -> list[dict]:
    """An exact figure and the same figure with a bound ("at least 18", "18") from one
    claimant are one claim; the exact one is kept."""
    exact: dict[tuple, dict] = {}
    for row in rows:
        if row["qualifier"] == "exact" and not row["_headline"]:
            exact.setdefault(_figure_key(row, row["low"]), row)
    merged = []
    for row in rows:
        if (
            row["qualifier"] in ("at_least", "more_than", "approx")
            and not row["_headline"]
            and (row["low"] == row["high"] or math.isinf(row["high"]))
        ):  # "about 20-30" is no restatement of an exact 20
            owner = exact.get(_figure_key(row, row["low"]))
            if owner is not None and owner is not row:
                owner["mentions"] += row["mentions"]
                continue
        merged.append(row)
    return merged


def _figure_key(row: dict, figure: float) -> tuple:
    return tuple(str(row[name]) for name in _SAME_FIGURE_FIELDS) + (
        figure, _source_key(row),
    )  # fmt: skip


def _merge_headlines(rows: list[dict]) -> list[dict]:
    """A headline figure is the body's claim of the same kind and subtype whose interval holds
    it ("Suicide bombing kills at least 16" and "killed at least 16 people"; "Hundreds dead"
    and "more than 500 lives"): headlines drop the bounds the lede gives."""
    body = [row for row in rows if not row["_headline"]]
    merged = []
    for row in rows:
        if row["_headline"]:
            owner = next((b for b in body if _same_figure(row, b, exact=True)), None) or next(
                (b for b in body if _same_figure(row, b, exact=False)), None
            )
            if owner is not None:
                owner["mentions"] += row["mentions"]
                _fill_from_headline(owner, row)
                continue
        merged.append(row)
    return merged


_PERIOD_FIELDS = ("basis", "period_start", "period_end", "period_text")


def _fill_from_headline(body: dict, headline: dict) -> None:
    """What a headline states that the body's restatement of its figure leaves out: its source
    ("23 civilians killed in Russian strikes - monitor") and its period ("... In 24 Hours")."""
    if not (body["speaker"] or body["speaker_org"]) and (
        headline["speaker"] or headline["speaker_org"]
    ):
        body["speaker"], body["speaker_org"] = headline["speaker"], headline["speaker_org"]
    same_source = (body["speaker_org"] or body["speaker"]).lower() == (
        headline["speaker_org"] or headline["speaker"]
    ).lower()
    if (
        same_source
        and body["basis"] == "unspecified"
        and headline["basis"] in ("window", "cumulative")
    ):  # a lede naming another source ("..., the mayor said") keeps its own period
        for name in _PERIOD_FIELDS:
            body[name] = headline[name]


def _same_figure(headline: dict, body: dict, *, exact: bool) -> bool:
    if headline["kind"] != body["kind"] or headline["subtype"] != body["subtype"]:
        return False
    if exact:
        return headline["low"] == body["low"] and headline["high"] == body["high"]
    if headline["qualifier"] not in ("exact", "vague", "approx"):
        return headline["low"] == body["low"]  # a headline's own bound is the body's
    inside = (
        body["low"] <= headline["value"] <= body["high"]
        or headline["low"] <= body["value"] <= headline["high"]
    )
    return inside


def extract_corpus(
    corpus: pd.DataFrame | Iterable[pd.DataFrame], *, progress=None, errors=None
) -> pd.DataFrame:
    """Extract claims from every article of a corpus table (see ``load_corpus``).

    An article whose extraction raises is skipped with a warning ("article X: claim
    extraction failed (ValueError: ...); skipped"); the other articles are extracted as usual.

    Parameters
    ----------
    corpus:
        A corpus table, an iterable of corpus tables (chunks) for large corpora (only the
        claims are kept in memory, never the articles' intermediate state), or a Dask
        DataFrame of articles (extracted per partition; see ``figures_lib.scale``).
    progress:
        Optional callable taking the number of articles just processed (a progress bar).
    errors:
        Optional list; one dict per skipped article is appended to it, with the columns of
        ``schema.ERRORS_COLUMNS``: ``doc_id``, ``source_path`` (the corpus row's, else
        empty), ``stage`` (``"extract"``) and ``error`` (``"ValueError: ..."``, one line,
        no absolute paths).

    Returns
    -------
    pandas.DataFrame of claims (``schema.CLAIMS_COLUMNS``) sorted by ``doc_id`` and ``start``;
    it keeps each article's ``doc_id``, ``outlet`` and ``published``.
    """
    if type(corpus).__module__.startswith("dask"):
        return _extract_dask(corpus, errors)
    chunks = [corpus] if isinstance(corpus, pd.DataFrame) else corpus
    frames = []
    for chunk in chunks:
        frame = _extract_chunk(chunk, progress, errors, warn=True)
        if len(frame):
            frames.append(frame)
    if not frames:
        return _no_claims()
    if len(frames) == 1:
        return frames[0]
    return sort_claims(pd.concat(frames, ignore_index=True))


def _extract_chunk(chunk: pd.DataFrame, progress, errors: list | None, *, warn: bool):
    """The claims of one corpus table, each failing article skipped and reported."""
    missing = {"doc_id", "text"} - set(chunk.columns)
    if missing:
        raise ValueError(
            f"the corpus table lacks {', '.join(sorted(missing))}; build it with load_corpus()"
        )
    rows: list[dict] = []
    for article in chunk.itertuples(index=False):
        try:
            found = _article_rows(
                str(article.text),
                _timestamp(getattr(article, "published", None)),
                str(article.doc_id),
                str(getattr(article, "outlet", "") or ""),
                _language_of(getattr(article, "language", None)),
            )
        except Exception as error:  # noqa: BLE001 - one article must never stop a corpus
            failure = _failure(article, error)
            if warn:
                _warn_skipped(failure)
            if errors is not None:
                errors.append(failure)
        else:
            rows.extend(found)
        if progress is not None:
            progress(1)
    if not rows:
        return _no_claims()
    rows.sort(key=_row_order)
    return _claims_frame(rows)


# An absolute path in an error message names this machine's folders; its file name is enough.
_ABSOLUTE_PATH = regex.compile(r"(?<![\w.~])(?:/[^\s/'\"]{1,255}){2,64}")


def _failure(article, error: Exception) -> dict:
    """The ``schema.ERRORS_COLUMNS`` row of an article whose extraction raised ``error``."""
    message = " ".join(f"{type(error).__name__}: {error}".split())
    message = _ABSOLUTE_PATH.sub(lambda path: path.group().rsplit("/", 1)[-1], message)
    source = getattr(article, "source_path", "")
    return {
        "doc_id": without_surrogates(str(article.doc_id)),
        "source_path": "" if source is None or pd.isna(source) else str(source),
        "stage": "extract",
        "error": without_surrogates(message),
    }


def _warn_skipped(failure: dict) -> None:
    warnings.warn(
        f"article {failure['doc_id']}: claim extraction failed ({failure['error']}); skipped",
        stacklevel=4,
    )


def _partition_claims(partition: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """A Dask partition's claims and its skipped articles (warned about by the caller)."""
    failures: list[dict] = []
    return _extract_chunk(partition, None, failures, warn=False), failures


def _extract_dask(corpus, errors: list | None) -> pd.DataFrame:
    """Claims of a Dask DataFrame, one task per partition on the current Dask scheduler.

    Each task returns its claims and its skipped articles, so that the warnings are given and
    the errors collected here, whichever process ran it. The DataFrame brings its own
    ``to_delayed``, so this module needs nothing of figures_lib.scale (no import circle).
    """
    import dask

    tasks = [dask.delayed(_partition_claims)(part) for part in corpus.to_delayed()]
    frames = []
    for claims, failures in dask.compute(*tasks):
        for failure in failures:
            _warn_skipped(failure)
        if errors is not None:
            errors.extend(failures)
        if len(claims):
            frames.append(claims)
    if not frames:
        return _no_claims()
    return sort_claims(pd.concat(frames, ignore_index=True))


@lru_cache(maxsize=1)
def _empty_claims() -> pd.DataFrame:
    return empty_frame(CLAIMS_COLUMNS)


# Under copy-on-write (always on from pandas 3) a shallow copy is a table of its own: a caller
# changing it never changes the cached one. Without it, the columns are copied too.
_SHALLOW_COPY_IS_SAFE = int(pd.__version__.split(".")[0]) >= 3 or bool(
    pd.get_option("mode.copy_on_write") is True
)


def _no_claims() -> pd.DataFrame:
    """An empty claims table: built once (conforming its dtypes costs milliseconds), then
    copied, as most short texts state no claim."""
    return _empty_claims().copy(deep=not _SHALLOW_COPY_IS_SAFE)


class _ClaimsLayout:
    """A claims table built straight from its blocks, as pandas stores it: one Arrow array per
    string column, one 2-D array per dtype for the float, bool, integer and date columns.

    ``frame_from_rows`` builds the same table through ``pd.DataFrame``, which infers, checks
    and converts every column again: some 3 ms a call whatever the number of rows, most of
    what ``extract_claims`` cost on a short article. The layout is worked out once; a table
    then takes a few tenths of a millisecond.
    """

    def __init__(self):
        import pyarrow
        from pandas.api.internals import create_dataframe_from_blocks  # pandas >= 3
        from pandas.arrays import ArrowStringArray

        strings = pd.array([], dtype="string")
        if not isinstance(strings, ArrowStringArray):
            raise TypeError("the string dtype is not stored in Arrow here")
        self.create = create_dataframe_from_blocks
        self.arrow_array = pyarrow.array
        self.large_string = pyarrow.large_string()
        self.string_array = ArrowStringArray
        self.string_dtype = strings.dtype
        self.columns = pd.Index([column.name for column in CLAIMS_COLUMNS])
        by_dtype: dict[str, list[tuple[int, str]]] = {}
        for position, column in enumerate(CLAIMS_COLUMNS):
            by_dtype.setdefault(column.dtype, []).append((position, column.name))
        if set(by_dtype) - {"string", "float64", "bool", "int64", "datetime64[ns]"}:
            raise TypeError("a claims column of a dtype this layout does not build")

        def placed(dtype: str) -> tuple[np.ndarray, list[str]]:
            found = by_dtype.get(dtype, [])
            return np.array([p for p, _ in found], dtype=np.intp), [n for _, n in found]

        self.strings = [(np.array([p], dtype=np.intp), n) for p, n in by_dtype.get("string", [])]
        self.floats = placed("float64")
        self.bools = placed("bool")
        self.integers = placed("int64")
        self.dates = placed("datetime64[ns]")

    def frame(self, rows: list[dict]) -> pd.DataFrame | None:
        """The claims table of ``rows``; None when a value is not of the plain type its column
        takes (the caller then builds it the general way, which reads anything)."""
        size = len(rows)
        blocks = []
        # Each string column as pd.array(text, dtype="string") stores it: one large_string
        # chunk. A small table's columns are read into one Arrow array, each column a slice of
        # it (one conversion instead of one per column); a large table's each get their own,
        # so that no column kept alone holds the others' text in memory.
        texts = [[row[name] for row in rows] for _, name in self.strings]
        if not all(type(value) is str for text in texts for value in text):
            texts = [
                [v if type(v) is str else "" if v is None else str(v) for v in text]
                for text in texts
            ]
        if size <= _SLICED_UP_TO:
            whole = self.arrow_array(
                [value for text in texts for value in text], type=self.large_string,
                from_pandas=True,
            )  # fmt: skip
            arrays = [whole.slice(k * size, size) for k in range(len(texts))]
        else:
            arrays = [
                self.arrow_array(text, type=self.large_string, from_pandas=True) for text in texts
            ]
        for (placement, _), values in zip(self.strings, arrays, strict=True):
            blocks.append((self.string_array(values, dtype=self.string_dtype), placement.copy()))
        placement, names = self.floats
        values = [[row[name] for row in rows] for name in names]
        if not all(type(v) is float or type(v) is int for column in values for v in column):
            return None
        blocks.append((_block(values, np.float64, size), placement.copy()))
        placement, names = self.bools
        values = [[bool(row[name]) for row in rows] for name in names]
        blocks.append((_block(values, bool, size), placement.copy()))
        placement, names = self.integers
        values = [[row[name] for row in rows] for name in names]
        if not all(type(v) is int for column in values for v in column):
            return None
        blocks.append((_block(values, np.int64, size), placement.copy()))
        placement, names = self.dates
        days = [[_nanoseconds(row[name]) for row in rows] for name in names]
        if not all(day is not None for column in days for day in column):
            return None  # a date of another type, or with a time zone: the general way
        blocks.append((_block(days, np.int64, size).view("datetime64[ns]"), placement.copy()))
        blocks.sort(key=_first_column)  # in the order pd.DataFrame gives them
        return self.create(blocks, pd.RangeIndex(size), self.columns.copy())


def _first_column(block: tuple) -> int:
    return block[1][0]


def _block(columns: list[list], dtype, size: int) -> np.ndarray:
    """Columns of one dtype as pandas stores them together: one row of the array per column."""
    return np.array(columns, dtype=dtype).reshape(len(columns), size)


_NAT = np.iinfo(np.int64).min  # NaT, as pandas stores it in nanoseconds
_SLICED_UP_TO = 64  # rows: one article's claims, not a corpus chunk's


def _nanoseconds(day) -> int | None:
    """A claim date as nanoseconds (NaT for None); None for anything but a naive Timestamp."""
    if day is None:
        return _NAT
    if type(day) is pd.Timestamp and day.tz is None:
        return day.value
    return None


@lru_cache(maxsize=1)
def _layout() -> _ClaimsLayout | None:
    """The claims layout, or None where pandas lacks what it needs (pandas before 3, strings
    not stored in Arrow), or where it would not give exactly the table ``frame_from_rows``
    gives: the tables are then built by ``frame_from_rows``."""
    try:
        layout = _ClaimsLayout()
    except (ImportError, AttributeError, TypeError):
        return None
    row = {column.name: column.name for column in CLAIMS_COLUMNS}
    row.update(
        low=1.0, high=math.inf, value=1, quantity=1.5, low_inclusive=True, high_inclusive=False,
        quoted=True, start=3, end=5, sentence_start=0, mentions=2, period_start=None,
        published=pd.Timestamp("2015-10-10"), period_end=pd.Timestamp("2015-10-09 12:00"),
        event_day=None,
    )  # fmt: skip
    rows = [row, dict(row, start=7, low=0.0, what="", published=None)]
    try:
        pd.testing.assert_frame_equal(
            layout.frame(rows), frame_from_rows(rows, CLAIMS_COLUMNS), check_exact=True
        )
    except (AssertionError, TypeError, ValueError, KeyError, AttributeError):
        return None
    return layout


def _claims_frame(rows: list[dict]) -> pd.DataFrame:
    """The claims table (``schema.CLAIMS_COLUMNS``) of row dicts: ``frame_from_rows``'s table,
    built from its blocks when pandas allows (see :class:`_ClaimsLayout`)."""
    layout = _layout()
    if layout is not None:
        try:
            frame = layout.frame(rows)
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError):
            frame = None  # a row only the general way reads (or raises about, as it does)
        if frame is not None:
            return frame
    return frame_from_rows(rows, CLAIMS_COLUMNS)


def _language_of(value) -> str:
    """The word tables' language for a corpus row's ``language`` (empty, NaN or unknown codes
    read as English)."""
    return _language_code(value if isinstance(value, str) else None)


@lru_cache(maxsize=256)
def _language_code(value: str | None) -> str:
    # language_or_default lists the language folders on each call; corpora repeat a few codes.
    return lang.language_or_default(value)


def _row_order(row: dict) -> tuple:
    return row["doc_id"], row["start"], row["kind"]


def sort_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims in the one order every extraction path gives: by article, offset and kind."""
    return claims.sort_values(["doc_id", "start", "kind"], kind="stable", ignore_index=True)


def partition_key(claims: pd.DataFrame, by: str) -> pd.Series:
    """A file-name-safe partition value per claim: the outlet or the publication month.

    Outlet names come from articles, so they are reduced to lower-case letters, digits, - and
    _ before they name a folder ("RT" -> "rt", "../x" -> "x").
    """
    if by == "month":
        return claims["published"].dt.strftime("%Y-%m").fillna("undated")
    if by == "outlet":
        return claims["outlet"].map(slug)
    raise ValueError(f"partition by 'outlet' or 'month', not {by!r}")
