"""Who an article attributes a figure to: "X said", "said X", "according to X", "- MoD".

Attributions are found per paragraph. A figure inside a quotation takes the attribution
nearest that quotation; any other figure takes the attribution in its own sentence whose
speech verb is nearest to it. A speaker is a person, an organisation or a named class of
sources ("activists", "state media", "a military source"), never an event ("A series of
bombings", "The heavy fighting"). Pronouns and references ("he", "it", "the group", "the
Russian leader") resolve to the most recent named person or organisation; the caller does that
with :func:`needs_resolution` and :func:`is_personal_name`.

Scraped text often drops commas and quotation marks ("... killed 10 civilians said the
Observatory", "... on Sunday monitoring group the Syrian Observatory for Human Rights
reported"), so a speaker is also read back from its verb word by word, when the words make a
speaker phrase. The words are data in ``lang/<language>/speech.toml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lang, numbers
from .lexicon import claimants, lexicon, phrase_alternation
from .places import gazetteer, is_place_name, without_possessive
from .textspans import ABBREVIATIONS, Span, SpanIndex, ends_abbreviation

_SHAPES = dict(
    verbs="words", toll_verbs="words", number_verbs="words", quote_verbs="words",
    estimate_verbs="words", estimated_verbs="words", force_size_nouns="words", role_links="words",
    relay_participles="words", stripped_possessives="words",
    organisation_possessives="words",
    addressee_verbs="words", accusation_verbs="words", with_openers="words",
    with_participles="words",
    quote_tails="words",
    adjectival_before="words", claim_verbs="words", passive_before="words", closing_words="words",
    issuing_verbs="words", issuing_determiners="words", issued_documents="words",
    relay_verbs="words", clause_turn_conjunctions="words", relative_speaker_pronouns="words",
    relative_clause_parts="words",
    relative_verb_adverbs="words", denial_verbs="words", denial_participles="words",
    clause_participles="words",
    claimed_losses="words",
    closing_clauses="words",
    agent_words="words", agent_means="words", continuing_verbs="words", role_words="words",
    role_modifier_stops="words", past_role_words="words", office_modifiers="words",
    speaking_openers="words", headline_tail_verbs="words", body_name_modifiers="words",
    role_target_words="words",
    negated_verbs="words", negations="words",
    person_roles="words",
    source_nouns="words", organisation_heads="words", national_heads="words", event_heads="words",
    armed_heads="words", army_unit_heads="words", one_force_heads="words", armed_nouns="words",
    local_official_words="words", domestic_portfolios="words",
    enemy_verbs="words",
    non_speaker_starts="words", leading_words="words", phrase_modifiers="words",
    phrase_links="words", name_tail_openers="words", name_links="words", end_sources="words",
    document_heads="words", determiners="words", appositive_articles="words",
    describing_participles="words", speaker_participles="words", envoy_heads="words",
    envoy_links="words",
    place_adverbs="words",
    clause_auxiliaries="words", sentence_openers="words", portfolio_words="words",
    origin_possessives="words", phrase_breaking_verbs="words", person_pronouns="words",
    paper_words="words",
    reference_heads="words", kind_reference_heads="words", state_body_heads="words",
    state_body_voices="words", country_possessives="words", title_words="words",
    title_heads="words", name_particles="words", phrase_stops="words", according_leads="words",
    name_joiners="words", subject_openers="words", affiliation_links="words",
    place_unit_words="words",
    according_record_openers="words", according_record_participles="words",
    according_record_links="words", according_record_adverbs="words",
    according_records="words", record_subject_nouns="words", passive_records="words",
    record_modifiers="words", record_peoples="words", record_keepers="words",
    by_count_openers="words", by_count_records="words",
    authorless_records="words", not_record_makers="words", time_nouns="words",
    translated_speech_places="words", translated_speech_adverbs="words",
    stripped_openers="words", stripped_pronouns="words",
    speech_venue_openers="words", speech_venue_nouns="words", speech_venue_phrases="words",
    briefing_venues="words",
    auxiliary_tail_words="words", auxiliary_day_openers="words", auxiliary_day_parts="words",
    not_keepers="words",
    passive_participles="words",
    passive_speech_participles="words", passive_auxiliaries="words", passive_link="words",
    passive_time_links="words", according_openers="words", according_clause_openers="words",
    record_says="words", record_shows="words",
    background_nouns="words", background_verbs="words", source_links="words",
    source_places="words", citing_words="words", record_verbs="words", headline_verbs="words",
)  # fmt: skip
# "at" and a figure, a few words on ("at between 5,000 and 9,000"), after "put it" or "put its
# strength": not "put it at the top of the list".
_PUT_AT_A_FIGURE = (
    r"\s{1,3}(?:at|closer\s{1,3}to)\s{1,3}(?:[a-z]{1,12}\s{1,3}){0,3}\d"
    # ... but not a time: "Witnesses put it at about 6 a.m."
    r"(?!\d{0,3}(?:[:.]\d\d)?\s{0,2}(?:[ap]\.?m\b|GMT\b|o'clock))"
)
# The comma, quotation mark, dash or paragraph start before a verb that comes before its
# speaker ('..., said X', '"...," - is said in the department').
_LEAD_MARK = r"(?:[,\"]|\s-|^)\s{0,3}"
# The mark of a quotation a verb of speech may follow: '"...," said X' (text is normalised
# to straight quotation marks before speakers are read).
_QUOTATION_MARK = '"'
# How far before a speech verb its subject can start: a title, a name and an appositive.
_SUBJECT_REACH = 240


def _words(values) -> frozenset[str]:
    return frozenset(" ".join(v.lower().split()) for v in values)


@dataclass(frozen=True)
class _Speech:
    """One language's attribution words, compiled."""

    language: str
    verb: re.Pattern
    toll_after: regex.Pattern
    estimated_by: regex.Pattern  # "estimated| by analysts to have| 100,000 fighters"
    relayed_tail: regex.Pattern  # "a statement from X| carried by the state news agency"
    pronoun_opening: regex.Pattern  # "... Red Cross| Our teams are": a stripped sentence's start
    quote_tail: regex.Pattern
    adjectival_before: frozenset[str]
    passive_before: frozenset[str]
    agent_after: regex.Pattern  # "blamed by his country": a participle, its agent after it
    claim_verbs: frozenset[str]
    source_links: frozenset[str]  # "close to", "familiar with": a source said by its ties
    person_roles: frozenset[str]  # "medic", "official": one person named by role
    source_places: frozenset[str]  # "at", "in": a source inside an organisation
    citing: regex.Pattern  # ", citing the ministry" after "X reported": the claim's origin
    citing_tail: regex.Pattern  # ", citing X." closing the sentence a verb opens
    citing_words: tuple[str, ...]  # "citing": looked for before citing_tail is tried
    record_verbs: frozenset[str]  # "documented", "recorded": speech only for an organisation
    record_release: re.Pattern  # "released figures showing": a record made public, as speech
    issued_document: re.Pattern  # "issued its annual report": speaking through a document
    relay_verbs: frozenset[str]  # "reported": an outlet relaying a claim
    denial_verbs: frozenset[str]  # "denied": speaks only through a participle after it
    denial_participle: regex.Pattern  # "denied ... |, saying| ..."
    quote_verbs: frozenset[str]
    addressee_verbs: frozenset[str]  # "told": the phrase after it is the listener
    accusation_verbs: frozenset[str]  # "blamed": the phrase after it is the accused
    toll_verbs: frozenset[str]
    number_verbs: frozenset[str]  # the toll verbs that also state "the number of": "put"
    role_links: frozenset[str]  # "a spokesman |for| the White Helmets": whose the person is
    organisation_possessives: frozenset[str]  # "|Its| Al-Manar television": an owner's pronoun
    estimate_verbs: frozenset[str]  # "estimated": its maker may follow "by" in a passive
    claim_content: regex.Pattern
    auxiliary_tail: regex.Pattern
    clause_break: re.Pattern
    before_verb_first: regex.Pattern
    verb_first_subject: regex.Pattern  # "Said| the ministry": translated Arabic's verb first
    before_said_in: regex.Pattern  # '" - is| said in the department': a passive may stand
    subject_after: regex.Pattern
    subject_in_after: regex.Pattern  # "informed in| the Ministry of Defense": translated
    after_end: regex.Pattern
    role_after_name: regex.Pattern  # " a spokesman for": a role after a name, comma lost
    according: regex.Pattern
    with_saying: regex.Pattern  # "with a monitor saying": the source of what follows
    clause_participle: regex.Pattern  # "..., saying": the clause's subject speaks
    clause_participles: tuple[str, ...]  # "saying": one of them must be in a text it matches
    with_participles: tuple[str, ...]  # "saying": one of them must be in a text it matches
    according_lead: regex.Pattern
    according_clause_openers: frozenset[str]  # "and that| according to X no one died"
    according_before: regex.Pattern  # "according to official |estimates": a record's words
    by_count: regex.Pattern  # "By the UN's count, ...": its keeper frames the clause
    frame_openers: frozenset[str]  # "according", "by": the first words of those frames
    according_hints: tuple[str, ...]  # "ccording to": in every paragraph "according to" frames
    record_word_verbs: frozenset[str]  # "estimates": verbs of speech that are records, too
    according_record: regex.Pattern  # "an AFP tally", "a Reuters count": its author speaks
    people_record: regex.Pattern  # "Western estimates": a people's record, kept whole
    record_peoples: frozenset[str]  # "Western": a bloc's word that is no author, as "Israeli"
    record_keepers: frozenset[str]  # "police": a body whose lower-case record names it
    authorless_record: regex.Pattern  # "radio intercepts", "the front": no one who speaks
    # An article opening a sentence in text without full stops, after a word in lower case
    # ("... for its losses |A humanitarian worker said"); the last one is searched for.
    stripped_opening: regex.Pattern
    # What ends a headline after its source: its verb ("... overnight monitor says", "... Air
    # Force Says" in Title Case) and a site's name after a bar.
    headline_tail: regex.Pattern
    # "An AFP tally of deaths reached 557": a sentence opening on a record its author names.
    record_subject: regex.Pattern
    record_subject_nouns: tuple[str, ...]  # one of them must be in a text it matches
    not_keepers: frozenset[str]  # "The past year's figures": a time keeps no count
    record_made_by: regex.Pattern  # what stands before that "by"
    # "the ministry said in its weekly report| published by Krasnaya Zvezda": the record is the
    # speaker's own, and who printed it is no speaker.
    speakers_record: regex.Pattern
    relative_verb: regex.Pattern  # "The coalition|, which |says ..."
    relative_clause_part: regex.Pattern  # "...|, including| 11 women": the clause goes on
    clause_turn: regex.Pattern  # "According to X, jets flew 40 sorties|, and |12 died"
    record_says: regex.Pattern  # "figures released by the UN| show |that"
    # The last word of every phrase record_made_by can end with ("given", "online"): any other
    # word before a "by" is no passive attribution, and the pattern is not tried there.
    record_made_by_ends: frozenset[str]
    passive_time_links: frozenset[str]  # "was reported |on| Wednesday by": a day between
    phrase_after: regex.Pattern  # the speaker phrase after "according to" or that "by"
    passive_link: str
    tweet_tail: regex.Pattern
    parenthesis: regex.Pattern
    background: regex.Pattern
    source_nouns: frozenset[str]
    end_sources: frozenset[str]  # "officials", "residents": classes a verb may end with
    organisation_heads: frozenset[str]
    national_heads: frozenset[str]
    armed_heads: frozenset[str]
    army_unit_heads: frozenset[str]  # "the 6th Infantry |Division|": a unit of an army
    local_official_words: frozenset[str]  # "Belgorod |governor|": a region's authorities
    domestic_portfolios: frozenset[str]  # "|Health| Minister": of the story's own country
    office_modifiers: frozenset[str]  # "|Caretaker| Health Minister": the ministry's all the same
    speaking_openers: frozenset[str]  # "|Speaking| at a briefing, Konashenkov said"
    body_name_modifiers: frozenset[str]  # "the Somali |National| Army"
    one_force_heads: tuple[str, ...]  # "army", "military": one country's forces alike
    # "Israeli jets", "Turkish ground forces": a capitalised word before a noun of forces
    armed_forces: regex.Pattern
    enemy_before: regex.Pattern  # "shot down five |Indian aircraft": the enemy's forces
    role_in: regex.Pattern  # "a spokesman for", "the head of": a person's role in a body
    owners_role: regex.Pattern  # "The Free Syrian Army's spokesman": a role named by its owner
    attributive_role: regex.Pattern  # "the |NAF| spokesman": the owner before the role
    past_role: regex.Pattern  # "former", "until last year": a role no longer held
    role_words: frozenset[str]  # "spokesman", "leader": a person's role in a body
    role_target: regex.Pattern  # "against": whom a role acts on follows
    negated_verbs: frozenset[str]  # "confirm": says nothing after "could not"
    negations: frozenset[str]  # "not", "unable"
    title_continuations: frozenset[str]  # lower-case words a title before a name may hold
    role_modifier_stops: frozenset[str]  # "that", "was": never words of a title
    event_heads: frozenset[str]
    non_speaker_starts: frozenset[str]
    leading_words: frozenset[str]
    phrase_modifiers: frozenset[str]  # the words below and their links ("of", "the")
    name_modifiers: frozenset[str]  # without the links: "defence", "interior", "state"
    name_tail_openers: frozenset[str]  # "for", "of": "Center for Policy Research"
    name_links: frozenset[str]  # "of", "the", "and" inside such a name
    envoy_heads: frozenset[str]  # "mission", "envoy": sent to another body ("... to the UN")
    envoy_links: frozenset[str]  # "to"
    place_adverbs: frozenset[str]  # "Doctors |there| said"
    speech_venue_nouns: frozenset[str]  # "Smirnov at |meeting| in the government informed"
    determiners: frozenset[str]
    # "the Local Coordination Committees |an| activist network"
    appositive_articles: frozenset[str]
    describing_aside: regex.Pattern  # "headed by X": an aside about the speaker, not it
    clause_auxiliaries: frozenset[str]  # "were" in "dozens were wounded Rescue workers"
    portfolio_words: frozenset[str]  # "health" in "the health ministry": which body it is
    speech_words: frozenset[str]  # "said" in "the monitor said He": never inside a speaker
    possessives: frozenset[str]  # "citing its network of activists": no named origin
    person_pronouns: frozenset[str]
    reference_heads: frozenset[str]
    kind_reference_heads: frozenset[str]  # "council": refers back only to a council
    state_body_heads: frozenset[str]  # "ministry": a state's body, of one country
    state_body_voices: frozenset[str]  # "source": "a military source" speaks for the military
    country_possessives: frozenset[str]  # "country's": "the country's Defense Ministry"
    closing_attribution: regex.Pattern  # "|, the ministry said." ending a paragraph
    document_heads: frozenset[str]
    person_nouns: frozenset[str]  # "nurse", "villager": people named by role (kinds.toml)
    agents: frozenset[str]  # "by" of "reached by phone"
    closes: regex.Pattern
    title_words: frozenset[str]
    title_heads: tuple[str, ...]
    name_particles: frozenset[str]
    affiliation_links: frozenset[str]  # "Salam al-Obeidi |of| the Counter-Terrorism Service"
    place_unit_words: frozenset[str]  # "Dnipropetrovsk |Oblast|": a place's name, no person's
    phrase_stops: frozenset[str]
    name_joiners: frozenset[str]  # "of", "the": the small words inside a body's long name
    subject_opening: regex.Pattern  # "At the Pentagon, ": before a sentence's subject
    time_words: frozenset[str]
    paper_words: frozenset[str]  # "Daily" in "The Daily Star": capitalised, a paper's name
    prepositions: frozenset[str]
    speaker_participles: frozenset[str]  # "the alliance |led| by Saudi Arabia said"
    # Speaker phrases recur within and across articles, and each is tested by several
    # stages; their verdicts are kept here (a plain dict, emptied when it grows large).
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@lru_cache(maxsize=8)
def _speech(language: str = lang.DEFAULT_LANGUAGE) -> _Speech:
    t = lang.table("speech", language, **_SHAPES)
    periods = lang.table("periods", language, weekdays="numbers", months="numbers",
                         relative_days="numbers")  # fmt: skip
    lex = lexicon()
    closing = phrase_alternation(t["closing_words"])  # in two patterns, once negated
    # What a role may go on with after its word: "Amnesty International's Regional Director |for
    # East and Southern Africa|", "an MSF surgeon |working at Al-Shifa hospital|".
    role_tail = r"(?:\s{1,3}[a-z][^,;:\n]{0,80})?"
    verbs = (
        set(t["verbs"]) | set(t["toll_verbs"]) | set(t["record_verbs"]) | set(t["denial_verbs"])
    )
    # Title Case headlines capitalise the verb: "Russia Says It Has Flown 5,240 Sorties".
    headline = {v[:1].upper() + v[1:] for v in t["headline_verbs"]}
    verbs = sorted(verbs | headline, key=len, reverse=True)
    # Speech verbs are found with a stdlib pattern (a plain alternation scans several times
    # faster there); both attribution orders are then matched only at those verbs.
    # A class of first letters up front lets most word starts fail in one step.
    # "released figures showing": a record made public, and what it says (see record_shows).
    made_public = t["according_record_participles"]
    record_release = (
        rf"(?:{phrase_alternation(made_public)})\s{{1,3}}"
        rf"(?:(?:{phrase_alternation(t['according_record_openers'])})\s{{1,3}})?"
        rf"(?:{phrase_alternation(t['according_records'])})\s{{1,3}}"
        rf"(?:{phrase_alternation(t['record_shows'])})"
    )
    issued_document = (
        rf"(?:{phrase_alternation(t['issuing_verbs'])})\s{{1,3}}"
        rf"(?:{phrase_alternation(t['issuing_determiners'])})\s{{1,3}}(?:[\w-]{{1,15}}\s{{1,3}}){{0,2}}?"
        rf"(?:{phrase_alternation(t['issued_documents'])})"
    )
    first_letters = "".join(
        sorted({re.escape(v[0]) for v in [*verbs, *made_public, *t["issuing_verbs"]]})
    )
    verb = re.compile(
        rf"(?<![\w-])(?=[{first_letters}])"
        rf"(?:{record_release}|{issued_document}|{phrase_alternation(verbs)})\b"
    )
    killing = phrase_alternation(
        list(lex.killed_verbs) + list(lex.injured_verbs) + list(lex.captured_verbs)
    )
    background_nouns = phrase_alternation(t["background_nouns"])
    background_verbs = phrase_alternation(t["background_verbs"])
    time_words = (
        _words(periods["weekdays"]) | _words(periods["months"]) | _words(periods["relative_days"])
    )
    # The days a statement is dated by, as a translation writes them after its verb.
    day_words = _words(periods["weekdays"]) | _words(periods["relative_days"])
    time_words |= _words(t["time_nouns"])
    records_made = phrase_alternation([*t["according_records"], *t["passive_records"]])
    participles_made = phrase_alternation(
        [*t["passive_participles"], *t["according_record_participles"]]
    )
    return _Speech(
        language=language,
        verb=verb,
        person_roles=frozenset(t["person_roles"]),
        record_release=re.compile(record_release),
        issued_document=re.compile(issued_document),
        relay_verbs=_words(t["relay_verbs"]),
        denial_verbs=_words(t["denial_verbs"]),
        denial_participle=regex.compile(
            rf",\s{{0,3}}(?:{phrase_alternation(t['denial_participles'])})(?![\w-])",
            regex.IGNORECASE,
        ),
        toll_after=regex.compile(
            # "put the death toll at 60", "had initially put that toll at 56".
            r"\s{1,3}(?:the|a|an|its|their|that|this)\s{1,3}(?:\w{1,12}\s{1,3})?(?:death\s{1,3})?"
            # "has updated its count: 194 civilians".
            # "put its own losses in that attack at five soldiers".
            r"(?:toll|tally|figure|losses|count(?!\s{1,3}of\b)"
            # "put the number of terrorists killed at 300"; but "raised the number of sorties"
            # is no attribution, so only "put" and "gave" take a number.
            r"|(?P<number>number|count)\s{1,3}of"
            # "put its strength at 20,000": a force's size, which only "put" and "gave" give.
            rf"|(?P<number>{phrase_alternation(t['force_size_nouns'])})(?={_PUT_AT_A_FIGURE}))\b"
            # ... or a pronoun for the count the sentence before named: "Estimates of its
            # strength vary. UN monitors put it at between 5,000 and 9,000 fighters."
            rf"|\s{{1,3}}(?P<number>it|them)(?={_PUT_AT_A_FIGURE})"
        ),
        pronoun_opening=regex.compile(
            rf"\s(?:{phrase_alternation([*t['stripped_pronouns'], *t['stripped_possessives']])})"
            r"\s(?=[a-z])"
        ),
        # Only after a record's maker ("a statement from X| carried by ..."): "a statement
        # carried by the state news agency" names no one else.
        relayed_tail=regex.compile(
            rf"(?<=\s(?:{phrase_alternation(t['according_record_links'])})\s[^\n]{{1,80}}?)"
            rf"\s{{1,3}}(?:{phrase_alternation(t['relay_participles'])})\s{{1,3}}by\s[^\n]{{0,120}}$"
        ),
        # An estimate whose maker the passive names: "is estimated by U.N. experts to have
        # between 7,000 and 12,000 fighters", "estimated by the UN to number around 10,000".
        estimated_by=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(t['agent_words'])})\s{{1,3}}"
            # The dots of initials go on with the phrase: "by U.N. experts".
            r"(?P<np>(?:[^,.;:!?\"()\n]|(?<![A-Za-z][A-Z])(?<=[A-Z])\.){1,80}?)\s{1,3}to\s{1,3}"
            rf"(?:{phrase_alternation(t['estimated_verbs'])})\b"
        ),
        quote_tail=regex.compile(
            rf"\s{{1,3}}(?P<np>[^.;:!?\"\n]{{1,100}}?)\s{{1,3}}(?:{phrase_alternation(t['quote_tails'])})\b"
        ),
        adjectival_before=_words(t["adjectival_before"]),
        passive_before=_words(t["passive_before"]),
        agent_after=regex.compile(
            rf"\s{{1,3}}(?i:{phrase_alternation(t['agent_words'])})\b"
            rf"(?!\s{{1,3}}(?i:{phrase_alternation(t['agent_means'])})\b)"
        ),
        claim_verbs=_words(t["claim_verbs"]),
        record_verbs=_words(t["record_verbs"]),
        source_links=frozenset(" ".join(w.lower().split()) for w in t["source_links"]),
        source_places=_words(t["source_places"]),
        citing=regex.compile(
            rf"(?:\s{{1,3}}(?i:{closing})(?![\w-])"
            rf"|\s{{1,3}}[A-Z][\w.]{{0,20}}){{0,4}}\s{{0,3}},?\s{{0,3}}"
            rf"(?i:{phrase_alternation(t['citing_words'])})\s{{1,3}}(?P<np>[^,.;:!?\"\n]{{1,80}})"
        ),
        # A citation that closes the sentence: ", citing police spokesman Khalid Zadran."
        citing_tail=regex.compile(
            rf",\s{{0,3}}(?i:{phrase_alternation(t['citing_words'])})\s{{1,3}}"
            r"(?P<np>[^,.;:!?\"\n]{1,80})\s{0,3}(?:[.!?\"”]|$)"
        ),
        quote_verbs=_words(t["quote_verbs"]),
        addressee_verbs=_words(t["addressee_verbs"]),
        accusation_verbs=_words(t["accusation_verbs"]),
        toll_verbs=_words(t["toll_verbs"]),
        number_verbs=_words(t["number_verbs"]),
        role_links=_words(t["role_links"]),
        organisation_possessives=_words(t["organisation_possessives"]),
        estimate_verbs=_words(t["estimate_verbs"]),
        # What a claim verb introduces when it reports: "claimed that ...", "claimed the strike
        # killed 23 people"; not "claimed responsibility", "claimed an attack ... that killed".
        # And what the claim says befell them, finite ("Residents claim 30 people died") or a
        # loss ("Rebels claim they shot down two helicopters").
        claim_content=regex.compile(
            rf"\s{{1,3}}(?:that\b|[^.;!?\n]{{0,80}}?(?<!\b(?:that|which|who)\s{{1,3}})\b(?:{killing})\b"
            # Those in the claim's own clause: not "claimed the town, where 12 people died".
            rf"|[^.,;!?\n]{{0,80}}?\b(?:{phrase_alternation(list(lex.finite_killed_cues))}"
            rf"|{phrase_alternation(t['claimed_losses'])})\b)",
            regex.IGNORECASE,
        ),
        auxiliary_tail=regex.compile(
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['auxiliary_tail_words'])}"
            rf"|(?:{phrase_alternation(t['auxiliary_day_openers'])})\s{{1,3}}\w{{1,12}}"
            # A day between the subject and its verb, as wire copy writes it: "The Observatory
            # Sunday said", "the ministry late Monday said".
            rf"|(?:(?i:{phrase_alternation(t['auxiliary_day_parts'])})\s{{1,3}})?"
            rf"(?i:{phrase_alternation(list(periods['weekdays']))})"
            # Where the speaker spoke: "Texas Chukwu in a statement on Thursday said".
            rf"|,?\s{{0,3}}(?:{phrase_alternation(t['speech_venue_openers'])})\s{{1,3}}"
            rf"(?:{phrase_alternation(t['determiners'])})\s{{1,3}}(?:[\w'-]{{1,20}}\s{{1,3}}){{0,2}}"
            rf"(?:{phrase_alternation(t['speech_venue_nouns'])}),?"
            rf"|,?\s{{0,3}}(?:{phrase_alternation(t['speech_venue_phrases'])}),?"
            r")){1,3}$"
        ),
        # A stdlib pattern: it scans every subject stretch, and plain alternations run several
        # times faster there.
        # The lookaheads name each branch's first character: most offsets fail in one step.
        clause_break=re.compile(
            r"(?=[,;:\".!?\sabtw])(?:"
            r"[,;:\"]|(?<!\b[A-Z])[.!?]\s|\s-\s|\s[\u2013\u2014]\s|\b(?=[abtw])(?:that|and|but|while|as|when|who|which|after|because|whereas|although)(?:\s|$)"
            r")"
        ),
        # What may stand right before a verb that opens "said the ministry": a comma, a
        # quotation mark, a dash, or the start of the paragraph.
        # ... and an auxiliary, as translated Russian writes it: "..., has informed at briefing
        # official representative ...".
        before_verb_first=regex.compile(rf"{_LEAD_MARK}(?:(?:has|have|had)\s{{1,3}})?$"),
        verb_first_subject=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(t['verb_first_determiners'])})\s"
        ),
        # The same before a verb said in a body, where a passive may stand between, as
        # translated text writes '"...," - is said in the message of the department'.
        before_said_in=regex.compile(
            rf"{_LEAD_MARK}(?:(?:{phrase_alternation(t['passive_before'])})\s{{1,3}})?$"
        ),
        subject_after=regex.compile(
            # Where it was said may come first, as translations write it: "informed at briefing
            # official representative ...".
            rf"(?:\s{{1,3}}(?:at|on)\s{{1,3}}(?:(?:a|the)\s{{1,3}})?(?:{phrase_alternation(t['briefing_venues'])}))?"
            # A group's name may stand in quotation marks before "that", as translated Arabic
            # writes it: 'said "Jaish al-Islam" that its fighters destroyed 3 tanks'.
            r'\s{1,3}(?:"(?=[A-Z][^"\n]{1,60}"\s{1,3}that\b))?'
            # The dots of initials go on with the phrase: "said the U.S. military".
            # ... and so do a title's: "said the spokesman of the government Dr. Abdelhakim
            # al-Sharif".
            r"(?P<np>(?:the|a|an)\s{1,3}(?:[^,.;:!?\"()\n]|(?<![A-Za-z][A-Z])(?<=[A-Z])\."
            rf"|(?<=(?<![A-Za-z])(?i:{_ABBREVIATED}))\.(?=\s{{1,3}}[A-Z]))"
            r"{1,120}|[A-Z][^,;:!?\"()\n]{0,120}"
            # A role before a name, in lower case: "said activist Abu Khaled"; with up to two
            # words before it ("said military spokesman Nabil Abdallah") and its body after it,
            # as translations write it ("said official representative of the ministry Igor
            # Konashenkov").
            rf"|(?:(?!(?:{phrase_alternation(t['role_modifier_stops'])})\s)[a-z][\w-]{{1,20}}\s{{1,3}}){{0,2}}"
            rf"(?:{phrase_alternation([*t['source_nouns'], *t['role_words']])})"
            # ... or the body's name after "of": "official representative of Ministry of Defence
            # of Russia lieutenant-general Igor Konashenkov".
            r"(?:\s{1,3}of\s{1,3}the\s{1,3}[a-z][\w-]{2,20}|\s{1,3}of)?"
            r"\s{1,3}[A-Z][^,;:!?\"()\n]{0,80}"
            # A pronoun ending the clause, as translations and older style invert it: "...,
            # said he."
            rf"|(?:{phrase_alternation(t['person_pronouns'])})(?=\s{{0,3}}(?:[.,;!?\"]|$))"
            # A source class ending the clause: "..., said activists in Aleppo."
            rf"|(?:{phrase_alternation(t['end_sources'])})"
            r"(?:\s{1,3}(?:in|on|at|from|near)\s{1,3}[A-Z][\w'-]{0,30})?(?=\s{0,3}(?:[.,;:!?\"]|$))"
            # A body's office without its article, as translations drop it, ending the clause:
            # "..., informed administration of the city.", "reported press service of the fleet".
            rf"|(?P<office>(?:[a-z][\w-]{{1,20}}\s{{1,3}})?(?:{phrase_alternation(t['organisation_heads'])})"
            r"\s{1,3}of\s{1,3}[^,.;:!?\"()\n]{1,60}(?=\s{0,3}(?:[.,;:!?\"]|$))))"
        ),
        # "..., informed in the Ministry of Defense of Russia.", "- specified in the department":
        # a body's verb of speech "in" it, as translated Russian writes "said at the ministry".
        subject_in_after=regex.compile(
            # "reported on Wednesday in the Ministry of Defence": a day may come between.
            rf"(?:\s{{1,3}}(?:on\s{{1,3}})?(?i:{phrase_alternation(sorted(day_words))}))?"
            # ... or an adverb: "was said earlier in the ministry".
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['translated_speech_adverbs'])}))?"
            rf"\s{{1,3}}(?:{phrase_alternation(t['translated_speech_places'])})\s{{1,3}}"
            # "is said in the message of the department": the body whose message it is. The
            # translation may drop the articles: "is said in message of military department".
            rf"(?:(?:the\s{{1,3}})?(?:{phrase_alternation(t['issued_documents'])})\s{{1,3}}of\s{{1,3}})?"
            r"(?P<np>(?P<article>the\s{1,3})?[^,.;:!?\"()\n]{1,80})"
        ),
        # What may follow a speaker named after its verb with no comma before the verb
        # ("... killed 10 civilians said the Observatory."): the sentence's end, a clause
        # break, or a date or manner phrase.
        role_after_name=regex.compile(
            rf"\s{{1,3}}(?:{phrase_alternation(t['appositive_articles'])})\s{{1,3}}"
            rf"(?:[a-z][\w-]{{1,20}}\s{{1,3}}){{0,2}}(?:{phrase_alternation(t['role_words'])})"
            r"(?![\w-])"
        ),
        after_end=regex.compile(
            rf"\s{{0,3}}(?:[.,;:!?\"]|$|\n|\s(?:{phrase_alternation(t['phrase_stops'])})\b)"
        ),
        according=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(t['according_openers'])})\s{{1,3}}"
            + _PHRASE_AFTER
        ),
        # What every opener holds past its first letter: paragraphs without any skip the pattern.
        according_clause_openers=_words(t["according_clause_openers"]),
        according_hints=_fewest_hints([opener[1:] for opener in t["according_openers"]]),
        # "By the UN's count, ...", "By Armenia's count, ...": a keeper's count opening its
        # sentence.
        by_count=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(t['by_count_openers'])})\s{{1,3}}"
            rf"(?:(?P<np>(?:(?i:the)\s{{1,3}})?(?:{_RECORD_AUTHOR}"
            # ... or a body in lower case, whose keeper word is checked: "the health ministry".
            r"|(?P<body>(?:[a-z][\w-]{0,24}\s{1,3}){0,2}[a-z][\w-]{0,24})))(?P<possessive>['\u2019]s)\s{1,3}"
            # ... or a named author with an article, as "according to an AFP tally" names it:
            # "By an AFP tally, ...".
            rf"|(?i:an?|the)\s{{1,3}}(?P<np>{_RECORD_AUTHOR})\s{{1,3}})"
            rf"(?:(?i:{phrase_alternation(t['record_modifiers'])})\s{{1,3}})?"
            rf"(?i:{phrase_alternation(t['by_count_records'])})(?![\w-])\s{{0,3}},"
        ),
        frame_openers=frozenset(o.split()[0].lower() for o in t["according_openers"])
        | _words(t["by_count_openers"]),
        # "according to (the) (Western) (intelligence) estimates": up to the record.
        according_before=regex.compile(
            r"(?i:according\s{1,3}to)(?:\s{1,3}[^\s,;:.!?\"]{1,30}){1,4}\s{1,3}$"
        ),
        record_word_verbs=_words(t["verbs"]) & _words(t["according_records"]),
        with_participles=tuple(t["with_participles"]),
        with_saying=regex.compile(
            rf",\s{{0,3}}(?i:{phrase_alternation(t['with_openers'])})\s{{1,3}}"
            r"(?P<np>[^,;:.!?\"\n]{1,60}?)\s{1,3}"
            rf"(?P<verb>(?i:{phrase_alternation(t['with_participles'])}))\b"
        ),
        clause_participles=tuple(t["clause_participles"]),
        clause_participle=regex.compile(
            rf",\s{{0,3}}(?:{phrase_alternation(t['clause_participles'])})(?![\w-])"
        ),
        phrase_after=regex.compile(r"\s{1,3}" + _PHRASE_AFTER),
        passive_link=t["passive_link"][0],
        passive_time_links=frozenset(t["passive_time_links"]),
        record_made_by_ends=frozenset(
            phrase.split()[-1].lower()
            for phrase in (
                *t["passive_participles"],
                *t["according_record_participles"],
                *t["passive_speech_participles"],
                *t["according_record_adverbs"],
            )
        ),
        record_says=regex.compile(
            rf"\s(?:{phrase_alternation(t['record_says'])})(?![\w-])", regex.IGNORECASE
        ),
        record_made_by=regex.compile(
            # "The toll of 40 dead was given", "Figures released", "a toll provided online".
            rf"(?i:(?<![\w-])(?:{records_made})"
            rf"(?:\s{{1,3}}[^,.;:!?\"\n]{{1,60}}?)?"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['passive_auxiliaries'])}))?"
            rf"\s{{1,3}}(?:{participles_made})"
            # "Dozens of deaths were reported".
            rf"|(?<![\w-])(?:{phrase_alternation(t['passive_auxiliaries'])})"
            rf"\s{{1,3}}(?:{phrase_alternation(t['passive_speech_participles'])}))"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['according_record_adverbs'])}))?"
            # A time between the verb and its "by": "was reported on Wednesday by".
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['passive_time_links'])})\s{{1,3}}[A-Za-z]{{3,12}})?"
            r"\s{1,3}$"
        ),
        clause_turn=regex.compile(
            rf";|,\s{{0,3}}(?:{phrase_alternation(t['clause_turn_conjunctions'])})(?![\w-])"
        ),
        relative_verb=regex.compile(
            rf",\s{{0,3}}(?:{phrase_alternation(t['relative_speaker_pronouns'])})\s{{1,3}}"
            rf"(?:(?:{phrase_alternation(t['relative_verb_adverbs'])})\s{{1,3}})?$"
        ),
        relative_clause_part=regex.compile(
            rf"\s{{0,3}}(?i:{phrase_alternation(t['relative_clause_parts'])})(?![\w-])"
        ),
        speakers_record=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(sorted(set(t['verbs']), key=len, reverse=True))})"
            r"\s{1,3}(?i:in|on|via)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}$"
        ),
        according_record=regex.compile(
            # With or without its article: "according to an AFP tally", "according to UN
            # figures", "according to an AFP preliminary tally".
            rf"^(?:(?i:a|an|the)\s{{1,3}})?(?P<name>{_RECORD_AUTHOR})(?:['\u2019]s)?"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['record_modifiers'])})){{0,2}}"
            rf"\s{{1,3}}(?P<record>(?i:{phrase_alternation(t['according_records'])}))\b"
            r"(?P<after>.{0,80})$"
        ),
        # A people's or a bloc's record, which names no one: "according to Western
        # intelligence estimates", "Israeli estimates".
        people_record=regex.compile(
            rf"^(?:(?i:a|an|the)\s{{1,3}})?(?P<record>(?P<name>[A-Z][\w-]{{1,30}})"
            r"(?:\s{1,3}[a-z][\w-]{1,20}){0,2}"
            rf"\s{{1,3}}(?i:{phrase_alternation(t['according_records'])}))(?![\w-])"
        ),
        record_peoples=frozenset(t["record_peoples"]),
        record_keepers=_words(t["record_keepers"]) | _words(t["state_body_heads"]),
        headline_tail=regex.compile(
            rf"(?:\s{{1,3}}(?i:{phrase_alternation(t['headline_tail_verbs'])}))?\s{{0,3}}"
            r"(?:[|_]\s{0,3}[^|_\n]{0,40})?[.\s]{0,3}$"
        ),
        stripped_opening=regex.compile(
            r"(?r)(?<=[a-z][ \t]{1,3})"
            rf"(?:(?:{phrase_alternation(t['stripped_openers'], reverse=True)})[ \t](?=[a-z])"
            # ... or a pronoun right before the verb: "rejected the alliance's figures He said".
            rf"|(?:{phrase_alternation(t['stripped_pronouns'], reverse=True)})$)"
        ),
        # Lower-case words only before the record: an author is capitalised ("UN figures").
        authorless_record=regex.compile(
            rf"(?:(?i:{phrase_alternation(t['according_record_openers'])})\s{{1,3}})?"
            r"(?:[a-z][\w-]{0,20}\s{1,3}){0,2}"
            rf"(?i:{phrase_alternation(t['authorless_records'])})"
            rf"|(?i:{phrase_alternation(t['not_record_makers'])})"
        ),
        record_subject=regex.compile(
            rf"(?<![\w,;:-]\s{{0,3}})(?P<np>(?:A|An|The)\s{{1,3}}(?:{_RECORD_AUTHOR}(?:['\u2019]s)?"
            # ... or a keeper of any case whose possessive ends it: "The health ministry's
            # count", "The Israeli military's tally".
            rf"|(?P<owner>(?:[\w.&-]{{1,25}}\s{{1,3}}){{0,3}}[\w.&-]{{1,25}})['\u2019]s)"
            rf"\s{{1,3}}(?:{phrase_alternation(t['record_subject_nouns'])}))(?![\w-])"
        ),
        record_subject_nouns=tuple(t["record_subject_nouns"]),
        not_keepers=frozenset(w.lower() for w in t["not_keepers"]),
        # "a statement by", and any record with its maker: "figures released by", "the latest
        # data compiled by", "a count from", "a statement posted online by".
        according_lead=regex.compile(
            rf"(?i:^(?:{phrase_alternation(t['according_leads'])}"
            rf"|(?:(?:{phrase_alternation(t['according_record_openers'])})\s{{1,3}})?"
            rf"(?:{phrase_alternation(t['according_records'])})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['according_record_participles'])})"
            rf"(?:\s{{1,3}}(?:{phrase_alternation(t['according_record_adverbs'])}))?)?"
            rf"\s{{1,3}}(?:{phrase_alternation(t['according_record_links'])}))\s{{1,3}})"
        ),
        # Not a live blog's entry heading: "15:45 - Tally".
        tweet_tail=regex.compile(
            r"(?<!\d[:.]\d\d)\s-\s(?P<np>[A-Z][\w.']{1,24}(?:\s[A-Z][\w.']{1,24}){0,3})"
            r"(?=\s{0,3}(?:https?://|pic\.twitter|$))"
        ),
        parenthesis=regex.compile(r"\s{0,2}\([^)]{0,40}\)"),
        # "..., a war that has killed more than 250,000 people": the outlet's own background.
        background=regex.compile(
            rf"(?i:\b(?:{background_nouns})\b,?\s{{1,3}}(?:that|which)\s{{1,3}}(?:has|have|had)\s{{1,3}}"
            rf"(?:already\s{{1,3}}|now\s{{1,3}})?(?:{background_verbs})\b)[^,;.!?\n]{{0,80}}"
            # "... since October 7, 2023, when Hamas-led militants attacked Israel, killing
            # about 1,200 people": the day the count starts from, told by the outlet.
            r"|(?<=(?:19|20)\d\d)\s{0,3},\s{0,3}(?i:when)\s[^;.!?\n]{0,160}"
        ),
        # The last word of a source noun of several stands for it ("a Syrian think tank").
        source_nouns=_words(t["source_nouns"])
        | {w.split()[-1].lower() for w in t["source_nouns"]},
        end_sources=_words(t["end_sources"]),
        organisation_heads=_words(t["organisation_heads"]),
        national_heads=_words(t["national_heads"]),
        armed_heads=_words(t["armed_heads"]),
        army_unit_heads=_words(t["army_unit_heads"]),
        local_official_words=_words(t["local_official_words"]),
        domestic_portfolios=_words(t["domestic_portfolios"]),
        office_modifiers=_words(t["office_modifiers"]),
        speaking_openers=_words(t["speaking_openers"]),
        body_name_modifiers=_words(t["body_name_modifiers"]),
        one_force_heads=tuple(t["one_force_heads"]),
        enemy_before=regex.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(t['enemy_verbs'])})\s{{1,3}}"
            r"(?:(?i:all|the|an?)\s{1,3})?(?:[\w,.-]{1,12}\s{1,3})?$"
        ),
        armed_forces=regex.compile(
            rf"(?<![\w-])(?P<country>[A-Z][\w.'\u2019]{{1,20}})\s{{1,3}}"
            rf"(?:{phrase_alternation(t['armed_nouns'])})(?![\w-])"
        ),
        role_in=regex.compile(
            # The article may be left out: "Franz Rauchenstein, head of the ICRC delegation".
            r"(?i:^\s{0,3}(?:(?:a|an|the|its)\s{1,3})?(?:[\w'-]{1,20}\s{1,3}){0,2}?"
            rf"(?:{phrase_alternation(t['role_words'])})\s{{1,3}}(?:for|of|at|with|in)\s)"
        ),
        # "The Free Syrian Army's spokesman": a role named by its owner first.
        owners_role=regex.compile(
            r"\s{0,3}(?P<owner>[^,;:\n]{1,60}?)['\u2019]s?\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,2}?"
            rf"(?i:{phrase_alternation(t['role_words'])}){role_tail}\s{{0,3}}"
        ),
        # "the NAF spokesman": a capitalised owner right before the role.
        attributive_role=regex.compile(
            # The owner may be lower case when the table knows it: "a coalition spokesman".
            r"\s{0,3}(?:(?i:the|a|an)\s{1,3})?(?P<owner>[A-Za-z][^,;:\n]{0,60}?)\s{1,3}"
            rf"(?i:{phrase_alternation(t['role_words'])}){role_tail}\s{{0,3}}"
        ),
        past_role=regex.compile(rf"(?i:\b(?:{phrase_alternation(t['past_role_words'])})\b)"),
        role_words=_words(t["role_words"]),
        negated_verbs=_words(t["negated_verbs"]),
        negations=_words(t["negations"]),
        role_target=regex.compile(
            rf"(?i:(?<![\w-])(?:{phrase_alternation(t['role_target_words'])})(?![\w-]))"
        ),
        title_continuations=_words(t["title_words"])
        | _words(t["role_words"])
        | _words(t["phrase_modifiers"])
        | {"of", "for", "the", "minister", "armed"},
        role_modifier_stops=_words(t["role_modifier_stops"]) - {"of", "for", "the"},
        event_heads=_words(t["event_heads"]),
        non_speaker_starts=_words(t["non_speaker_starts"]),
        leading_words=_words(t["leading_words"]),
        phrase_modifiers=_words(t["phrase_modifiers"]) | _words(t["phrase_links"]),
        name_modifiers=_words(t["phrase_modifiers"]),
        name_tail_openers=_words(t["name_tail_openers"]),
        name_links=_words(t["name_links"]),
        envoy_heads=_words(t["envoy_heads"]),
        envoy_links=_words(t["envoy_links"]),
        place_adverbs=_words(t["place_adverbs"]),
        speech_venue_nouns=_words(t["speech_venue_nouns"]),
        determiners=_words(t["determiners"]),
        citing_words=tuple(word.lower() for word in t["citing_words"]),
        appositive_articles=_words(t["appositive_articles"]),
        describing_aside=regex.compile(
            rf"\s{{0,3}}(?i:{phrase_alternation(t['describing_participles'])})(?![\w-])"
        ),
        clause_auxiliaries=_words(t["clause_auxiliaries"]),
        portfolio_words=_words(t["portfolio_words"]),
        speech_words=_words(t["phrase_breaking_verbs"]),
        possessives=_words(t["origin_possessives"]),
        person_pronouns=_words(t["person_pronouns"]),
        reference_heads=_words(t["reference_heads"]),
        kind_reference_heads=_words(t["kind_reference_heads"]),
        state_body_heads=_words(t["state_body_heads"]),
        state_body_voices=_words(t["state_body_voices"]),
        country_possessives=_words(t["country_possessives"]),
        # A comma, then up to six words and a speech verb, or a speech verb and up to six
        # words, then the paragraph's end: no quotation runs on past it.
        closing_attribution=regex.compile(
            r",\s{0,3}(?:(?:[\w'\u2019.-]{1,30}\s{1,3}){1,6}?"
            rf"(?i:{phrase_alternation(t['verbs'])})"
            rf"|(?i:{phrase_alternation(t['verbs'])})(?:\s{{1,3}}[\w'\u2019.-]{{1,30}}){{1,6}}?)"
            r"\s{0,3}[.!]?\s{0,3}$"
        ),
        document_heads=_words(t["document_heads"]),
        person_nouns=lex.people_nouns,
        agents=_words(t["agent_words"]),
        # A verb that ends its clause ("..., activists said." / "said the Observatory on
        # Monday."), as opposed to one that opens what was said ("activists say some ...").
        closes=regex.compile(
            # A capitalised closing word ("Hospital") is read as a closing word only: were it
            # also a capitalised word, a clause that fails would try both readings of each of
            # fourteen words, 2^14 paths.
            rf"(?:\s{{1,3}}(?:(?i:{closing})"
            rf"|(?!(?i:{closing})(?![\w'.\u2019-]))[A-Z][\w'.\u2019-]{{0,30}}|\d{{1,2}}(?:st|nd|rd|th)?(?![,.]\d)|(?:19|20)\d\d)(?![\w-])){{0,14}}"
            rf"(?:\s{{1,3}}(?i:{phrase_alternation(t['closing_clauses'])})\b[^.,;:!?\"\u201d)\n]{{0,160}})?"
            # Or another speech verb that goes on from it, as text without commas runs: "...
            # rose to 45 the Observatory said adding that dozens were wounded".
            rf"\s{{0,3}}(?:[.,;:!?\"\u201d)]|$|(?i:(?:and\s{{1,3}})?(?:{phrase_alternation(t['continuing_verbs'])}))\b"
            # Or, in text stripped of its full stops, the capitalised word that opens the next
            # sentence: "... the Observatory said The Britain-based monitor said ...".
            rf"|(?<=\s)(?:{phrase_alternation(t['sentence_openers'])})(?![\w'-]))"
        ),
        title_words=_words(t["title_words"]),
        title_heads=tuple(" ".join(w.lower().split()) for w in t["title_heads"]),
        name_particles=_words(t["name_particles"]),
        affiliation_links=_words(t["affiliation_links"]),
        place_unit_words=_words(t["place_unit_words"]),
        phrase_stops=_words(t["phrase_stops"]),
        speaker_participles=_words(t["speaker_participles"]),
        name_joiners=_words(t["name_joiners"]),
        # "At the Pentagon, ", "On Monday, ": an opening phrase before a sentence's subject.
        subject_opening=regex.compile(
            rf"(?:{phrase_alternation(t['subject_openers'])})\b[^,.;:!?\n]{{0,40}},\s{{1,3}}"
        ),
        time_words=frozenset(time_words),
        paper_words=_words(t["paper_words"]),
        prepositions=frozenset(
            "of in on at from for near with by to into over under about".split()
        ),
    )


# English pronouns for the last named person, kept for callers of earlier versions.
PRONOUNS = frozenset("he she him her".split())


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase and where its speech verb sits in the article."""

    phrase: str  # as written
    position: int  # offset of the speech verb (or of "according to", or of the " - ")
    inside_quote: bool
    lead: str = ""  # the first speaker of a joint attribution ("the Observatory and SANA said")
    toll: bool = False  # "put the toll at 20": only for the figure right after it
    # The verb ends its clause ("..., activists said."), so it covers figures before it; one
    # that opens its content ("activists say some ...") covers only figures after it.
    closes: bool = True
    # The claimant an aside names for a person ("X, a spokesman for the White Helmets, said").
    affiliation: str = ""
    # "According to X," opening its sentence: up to this offset (the end of its clause), X is
    # the source of the figures, and a verb closing the sentence only relays them ("...,
    # Press TV reported"); in "..., and 12 civilians died, the Observatory said" the 12 are the
    # Observatory's. -1: it frames nothing.
    frames_until: int = -1
    # Where what the verb says ends, when a clause bounds it: in "The coalition, which says the
    # rebels are backed by Iran, has stepped up strikes ..." it says nothing after the comma.
    # -1: the sentence bounds it.
    reach: int = -1
    relays: bool = False  # "..., Al Jazeera reported": an outlet relaying (see frames_until)


_MEMO_LIMIT = 200_000


# Abbreviations a full stop ends without ending the phrase ("Gen.", "Sept."), longest first.
_ABBREVIATED = "|".join(
    regex.escape(word) for word in sorted(ABBREVIATIONS, key=len, reverse=True) if "." not in word
)


# A speaker phrase after "according to" or a passive "by": up to 80 characters to a clause
# break. A full stop inside an abbreviation or after a title is no end of the phrase:
# "according to U.S. officials", "according to Maj. Gen. Igor Konashenkov".
_PHRASE_AFTER = (
    r"(?P<np>(?:[^,.;:!?\"\n]"
    r"|\.(?=[A-Za-z])|(?<=(?<![A-Za-z])[A-Z])\.(?=\s{1,3}[A-Za-z])"
    rf"|(?<=(?<![A-Za-z])(?i:{_ABBREVIATED}))\.(?=\s{{1,3}}[A-Z])"
    r"){1,80})"
)


def _memo(function):
    """Keep a phrase function's result per (phrase, options) on the language's _Speech."""

    @functools.wraps(function)
    def remembered(phrase: str, sp: _Speech, **options):
        key = (function.__name__, phrase, *options.items())
        try:
            return sp.memo[key]
        except KeyError:
            if len(sp.memo) > _MEMO_LIMIT:
                sp.memo.clear()
            result = sp.memo[key] = function(phrase, sp, **options)
            return result

    return remembered


def _bare(word: str) -> str:
    return word.lower().strip(".,'\"()“”‘’")


# A group's code name, capitals then digits ("M23", "G7", "E3"), or a unit's ordinal ("the
# 6th Infantry Division", "the 93rd Brigade"): a name, unlike a count or a date, so a speaker
# phrase may hold it ("The M23 said it shot down a drone").
_CODE_NAME = re.compile(r"[A-Z]{1,4}\d{1,3}(?:'s|\u2019s)?|\d{1,3}(?:st|nd|rd|th)")


def _has_count(word: str) -> bool:
    """Whether a word holds a digit other than a group's code name or a unit's ordinal ("12",
    "2015")."""
    return any(ch.isdigit() for ch in word) and not _CODE_NAME.fullmatch(word.strip('.,"()“”‘’'))


def _head_of(words: list[str], sp: _Speech) -> list[str]:
    """The words of a phrase before its first preposition: "Rami Abdel Rahman of the
    Observatory" -> "Rami Abdel Rahman", "a source close to the army" -> "a source"."""
    head = []
    for index, word in enumerate(words):
        if _bare(word) in sp.prepositions and head:
            break
        if head and index + 1 < len(words):
            if f"{_bare(word)} {_bare(words[index + 1])}" in sp.source_links:
                break
        head.append(word)
    return head


@_memo
def _clean(phrase: str, sp: _Speech) -> str:
    """A speaker phrase without what may stand before it: "But", "Meanwhile", "On Monday",
    "In late September", quotation marks and dashes."""
    phrase = phrase.strip(" ,;:-'\"\u2013\u2014")
    if "(" in phrase:
        phrase = sp.parenthesis.sub("", phrase)  # "the United Nations (UN)"
    phrase = phrase.strip("()[] ")
    words = phrase.split()
    while words:
        bare = _bare(words[0])
        if bare in sp.leading_words or bare in sp.time_words or _has_count(words[0]):
            words.pop(0)
            continue
        if len(words) > 1 and _bare(" ".join(words[:2])) in sp.leading_words:
            del words[:2]
            continue
        break
    # An article inside the phrase opens a new one: "Damascus the Russian center for ...",
    # "monitoring group the Syrian Observatory ..." (scraped text without commas).
    for index in range(1, len(words)):
        bare = _bare(words[index])
        if bare in sp.prepositions or bare in ("and", "for"):
            break
        if bare in ("the", "a", "an") and _bare(words[index - 1]) not in sp.prepositions | {
            "and",
            "for",
        }:
            words = words[index:]
            break
    return " ".join(words).strip(" ,;:-'\"")


@_memo
def _name_run(phrase: str, sp: _Speech) -> tuple[str, ...]:
    """The name at the end of a phrase: capitalised words (and particles) that are neither
    titles, organisation words nor determiners."""
    run: list[str] = []
    for word in reversed(phrase.split()):
        bare = _bare(word)
        particle = bare in sp.name_particles
        if particle and run:
            run.insert(0, word)
            continue
        prefixed = (
            "-" in bare
            and bare.split("-", 1)[0] in sp.name_particles
            and word.split("-", 1)[1][:1].isupper()
        )
        if prefixed:  # "al-Thwadi"
            run.insert(0, word)
            continue
        if not word[:1].isupper() or bare in sp.title_words or bare in sp.determiners:
            break
        if bare in sp.organisation_heads or bare in sp.source_nouns or bare in sp.time_words:
            break
        run.insert(0, word)
    while run and _bare(run[0]) in sp.name_particles:
        run.pop(0)
    return tuple(run)


def is_personal_name(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """True for "Sergei Shoigu", "President Vladimir Putin", "Head of the Hama Media center Abu
    Yazan al-Noiami"; False for organisations, pronouns, bare titles and groups ("Senior
    authorities in Russia")."""
    return _is_personal(phrase, _speech(language))


def sentence_subject(sentence: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The name a sentence opens with as its subject, past an opening phrase and its comma
    ("At the Pentagon, |Lt Gen Kenneth McKenzie| has given ...", "|Maj. Gen. Igor
    Konashenkov| held a briefing", "|The Defence Ministry| said"): capitalised words, their
    small joining words and the titles or heads between them; '' when it opens otherwise.
    "He" or "It" in the next sentence may refer back to it, though it said nothing."""
    sp = _speech(language)
    opening = sp.subject_opening.match(sentence)
    words = sentence[opening.end() if opening else 0 :].split(None, _SUBJECT_WORDS)
    words = words[:_SUBJECT_WORDS]
    if words[:1] == ["the"] and len(words) > 1 and words[1][:1].isupper():
        words = words[1:]  # "In Gaza, the Palestinian Red Crescent worked ..."
    small = sp.name_joiners | sp.name_particles
    taken: list[str] = []
    for word in words:
        bare = _bare(word)
        if not (
            word[:1].isupper()
            or (taken and (bare in sp.person_roles or bare in sp.organisation_heads))
            or (taken and bare in small)
            # A particle joined to a name: "Ahmed al-Mismari".
            or (taken and bare.split("-", 1)[0] in sp.name_particles and "-" in bare)
        ):
            break
        taken.append(word)
        if word[-1:] in ",;:":
            break  # "Igor Konashenkov, the ministry's spokesman, said": the name ends there
    while taken and _bare(taken[-1]) in small:
        taken.pop()
    return " ".join(taken).rstrip(",;:")


# Words a subject may run to: "Russian Defence Ministry spokesman Maj. Gen. Igor Konashenkov".
_SUBJECT_WORDS = 8


def document_opening(line: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The document a line opens with ("The statement listed ...": "The statement"), which
    stands for the body that issued it; '' when it opens otherwise."""
    sp = _speech(language)
    words = line.split(None, 3)[:3]
    if len(words) >= 2 and words[0].lower() in sp.determiners:
        if _bare(words[1]) in sp.document_heads:
            return " ".join(words[:2])
    return ""


def is_source_class(word: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """True for a plural source class a speech verb may follow bare ("officials", "sources",
    "residents"), which, alone, may refer back to the same class named more fully before."""
    return _bare(word) in _speech(language).end_sources


def is_person_role(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """True for one person named by role ("A medic at the hospital", "the ministry's
    spokesman", "a member of the council"), whom "he" or "she" may refer back to; False for
    organisations and for groups ("medics", "officials")."""
    sp = _speech(language)
    words = [_bare(word).lower() for word in phrase.split()[:5]]
    roles = [k for k, word in enumerate(words) if k and word in sp.person_roles]
    if not (words and words[0] in sp.determiners and roles):
        return False
    if not _organisation(phrase, sp):
        return True
    # The organisation may be whose the person is: "a spokesman for the White Helmets civil
    # defence group" is one person, as "a spokesman" is.
    role = roles[0]
    return (
        role + 1 < len(words)
        and words[role + 1] in sp.role_links
        and not _organisation(" ".join(phrase.split()[: role + 1]), sp)
    )


def _title_case(line: str) -> bool:
    """Whether a line capitalises most of its words, as headlines do ("Russia Says It Has
    Flown 5,240 Sorties In Syria"); only its first 40 words are read."""
    words = [w for w in line.split(None, 40)[:40] if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _organisation(phrase: str, sp: _Speech) -> bool:
    """Whether a phrase names an organisation: a known claimant, or a name ending in an
    organisation word ("the Syrian Network for Human Rights", "Aleppo Media Center")."""
    if claimants().organisation(phrase):
        return True
    words = phrase.split()
    if _acronym_tail(words):
        # "The Violations Documentation Center VDC": scraped copy drops the brackets around
        # the name's acronym.
        words = words[:-1]
    head = _head_of(words, sp)
    return bool(head) and _bare(head[-1]) in sp.organisation_heads


def _acronym_tail(words: list[str]) -> bool:
    """Whether a phrase of two words or more ends in an acronym ("... Medical Society SAMS"),
    as a name of an organisation does once scraped copy drops its brackets, and no person's."""
    last = words[-1] if words else ""
    return len(words) >= 2 and 2 <= len(last) <= 6 and last.isupper() and last.isalpha()


@_memo
def _affiliated_person(phrase: str, sp: _Speech) -> str:
    """The person a phrase names before the body they belong to: "Maj. Salam al-Obeidi" of
    "Maj. Salam al-Obeidi of the Counter-Terrorism Service"; '' for any other phrase ("the
    Ministry of Defence", "Friends of the Earth")."""
    words = phrase.split()
    for at, word in enumerate(words[:-1]):
        if word in sp.affiliation_links:
            before, after = words[:at], words[at + 1 :]
            if after[0] in sp.determiners:
                after = after[1:]
            if (
                after
                and after[0][:1].isupper()
                and len(_name_run(" ".join(before), sp)) >= 2
                and _is_personal(" ".join(before), sp)
            ):
                return " ".join(before)
            return ""
    return ""


@_memo
def _is_personal(phrase: str, sp: _Speech) -> bool:
    words = phrase.split()
    if _affiliated_person(phrase, sp):
        return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return False  # "WHO", "SANA": organisations
    if _acronym_tail(words):
        return False  # "Doctors Without Borders MSF"
    if (
        not words
        or _bare(words[-1]) in sp.organisation_heads
        or _bare(words[-1]) in sp.source_nouns
    ):
        return False
    if phrase.lower() in sp.person_pronouns or phrase.lower() in sp.reference_heads:
        return False
    run = _name_run(phrase, sp)
    if not run:
        return False
    if _names_a_body(" ".join(run)) or _names_a_body(" ".join(words[-len(run) - 1 :])):
        # "the commander of operations against Boko Haram", "Al Shabaab" (its particle is no
        # part of a person's name run): a group's name.
        return False
    before_run = words[: len(words) - len(run)]
    if before_run and _claimant_name_holds_run(phrase, len(before_run)):
        return False  # "(a spokesman for) Doctors Without Borders": no title before a name
    if before_run and _bare(before_run[-1]) in ("for", "of", "and", "the", "on", "in"):
        return False  # "Syrian Observatory for Human Rights": the end of a name, not a person
    if before_run and before_run[-1][:1].isupper() and _bare(before_run[-1]) in sp.paper_words:
        return False  # "The Daily Star", "DAILY POST": a paper's name
    if before_run and before_run[-1].isupper() and _bare(before_run[-1]) in sp.organisation_heads:
        return False  # "RIA Novosti": an agency's acronym opens its name
    lowercase = [w for w in before_run if w[:1].islower() and _bare(w) not in sp.title_words]
    if lowercase:
        # "Senior authorities in Russia" is a group; "... center Abu Yazan al-Noiami" a person.
        return len(run) >= 2
    return True


def _names_a_body(run: str) -> bool:
    """Whether a run of capitalised words is a claimant's own name ("Boko Haram", "al
    Shabaab"), not a person's alias of it ("Vladimir Putin" for the Kremlin)."""
    run = run.strip(",.;:")
    name = claimants().organisation(run)
    return bool(name) and name.lower().replace("-", " ") == run.lower().replace("-", " ")


def _claimant_name_holds_run(phrase: str, words_before_run: int) -> bool:
    """Whether a claimant's name ends ``phrase`` and starts before its name run, the run then
    being the end of that name ("Doctors Without Borders"), not a person's, unless the run is
    itself a claimant's name ("President Vladimir Putin")."""
    phrase = phrase.strip()
    words = phrase.split()
    run_start = len(" ".join(words[:words_before_run])) + 1
    if claimants().organisation(" ".join(words[words_before_run:])):
        return False
    return any(s < run_start and e == len(phrase) for s, e, _ in claimants().find(phrase))


def strip_titles(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """ "Russia's Defense Minister Sergei Shoigu" -> "Sergei Shoigu"; organisations unchanged."""
    sp = _speech(language)
    phrase = phrase.rstrip(",;:")  # a phrase as written before its aside: "Al Shabaab,"
    if not _is_personal(phrase, sp):
        return phrase
    phrase = _affiliated_person(phrase, sp) or phrase  # "X of the Counter-Terrorism Service"
    return " ".join(_name_run(phrase, sp))


def is_person_pronoun(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a speaker phrase is a pronoun for a person ("he", "She")."""
    return " ".join(phrase.lower().split()) in _speech(language).person_pronouns


def needs_resolution(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """What a pronoun or reference stands for: "person" for "he" and bare titles ("the Russian
    leader", "the official"), "organisation" for "it", "they", "the group", "the source",
    "head:<word>" for a body of one kind ("the local council": "head:council", see
    :func:`names_head`); '' for a phrase that names its speaker."""
    return _needs_resolution(phrase, _speech(language))


@_memo
def _needs_resolution(phrase: str, sp: _Speech) -> str:
    lowered = " ".join(phrase.lower().split())
    if not lowered:
        return ""
    if lowered in sp.person_pronouns:
        return "person"
    if lowered in sp.reference_heads:
        return "organisation"
    words = lowered.split()
    if (
        len(words) <= 3
        and words[0] in ("a", "an", "the", "its", "their")
        and _bare(words[-1]) in sp.document_heads
        # "A UN report", "The Observatory's report", "a Russian report" name their author;
        # "the Saturday statement" does not.
        and not any(
            (word[:1].isupper() and _bare(word) not in sp.time_words)
            or word.endswith(("'s", "\u2019s"))
            for word in phrase.split()[1:-1]
        )
    ):
        return (
            "organisation"  # "said in a statement putting the toll at 70": the statement's author
        )
    if (
        len(words) == 2
        and _bare(words[0]) in sp.title_words
        and all(word[:1].islower() for word in phrase.split())
        and _bare(words[-1]) in sp.person_roles
    ):
        # "official representative", as translations drop the article; not "police chief"
        # or "military spokesman", which name their role.
        return "person"
    if words[0] not in ("the", "this") or _name_run(phrase, sp):
        return ""  # "The President of the Russian Federation Vladimir Putin" names him
    head = _bare(_head_of(words, sp)[-1])
    owned = phrase.split()[1:-1]
    owner_end = next((i for i, word in enumerate(owned) if word.endswith(("'s", "\u2019s"))), None)
    if owner_end is not None and any(word[:1].isupper() for word in owned[: owner_end + 1]):
        return ""  # "The Afghan Taliban government's spokesman": a body's, named
    if any(title in lowered for title in sp.title_heads) and head not in sp.organisation_heads:
        return "person"  # "the Russian leader": the person, even when the title is an alias
    if head in sp.reference_heads and len(words) <= 4 and not claimants().organisation(phrase):
        # "The health ministry", "the Sudan Doctors Network": a portfolio or a name before
        # the head says which body, so the phrase names its speaker; "the Britain-based group"
        # only describes the one named before.
        between = phrase.split()[1:-1]
        if any(
            (word[:1].isupper() and "-" not in word) or _bare(word) in sp.portfolio_words
            for word in between
        ):
            return ""
        # "the local council": only a council named before, if any, is the one it means.
        return f"head:{head}" if head in sp.kind_reference_heads else "organisation"
    return ""


def _fewest_hints(hints: list[str]) -> tuple[str, ...]:
    """The hints no shorter one is part of: a text holding "ccording to data of" holds
    "ccording to", so only the latter need be looked for."""
    return tuple(
        sorted(
            hint
            for hint in set(hints)
            if not any(other != hint and other in hint for other in hints)
        )
    )


@_memo
def _plausible(phrase: str, sp: _Speech, *, strong: bool = False) -> bool:
    """Whether a phrase can be a speaker: a person, an organisation, a named source class, a
    pronoun or reference; never an event or a clause. ``strong`` also refuses what is only
    capitalised (a place), for phrases read without punctuation to bound them."""
    words = phrase.split()
    if not words or len(words) > _PHRASE_WORDS:
        return False
    lowered = " ".join(phrase.lower().split())
    if lowered in sp.person_pronouns or lowered in sp.reference_heads:
        return not strong
    if any(_has_count(word) for word in words):
        return False
    first = _bare(words[0])
    acronym = words[0].isupper() and len(words[0]) > 1  # "WHO said", not "who said"
    if (first in sp.non_speaker_starts and not acronym) or first in sp.time_words:
        return False
    if not strong and len(words) <= 6 and _bare(words[-1]) in sp.document_heads:
        # "the Joint Task Force press release stated", "the Saturday statement says": a
        # document speaks for whoever issued it.
        return not any(
            _bare(w) in sp.clause_auxiliaries or _bare(w) in sp.speech_words for w in words
        )  # not "WHO said in a statement": a clause
    written_head = _head_of(words, sp)
    head = [_bare(w) for w in written_head]
    if any(w in sp.time_words for w in head):
        return False
    # An event is no speaker ("The heavy fighting"), but it may describe one: "the conflict
    # monitor ACLED", "a war monitor"; and a name may hold its word, capitalised before the
    # rest of the name ("the Armed Conflict Location and Event Data Project").
    named = [
        w[:1].isupper() and _bare(w) not in sp.determiners and _bare(w) not in sp.event_heads
        for w in written_head
    ]
    last_event = max(
        (
            i
            for i, w in enumerate(head)
            if w in sp.event_heads and not (written_head[i][:1].isupper() and any(named[i:]))
        ),
        default=-1,
    )
    if last_event >= 0 and not any(
        w in sp.source_nouns or w in sp.organisation_heads for w in head[last_event + 1 :]
    ):
        return False
    if any(
        _bare(word).endswith("ed") and numbers.has_figure(following, language=sp.language)
        for word, following in zip(words, words[1:], strict=False)
    ):
        return False  # a clause that counts: "Shells killed five people in Gisenyi"
    if any(_bare(w) in sp.clause_auxiliaries or _bare(w) in sp.speech_words for w in words[:-1]):
        # "dozens were seriously wounded Rescue workers from the White Helmets", as text
        # without full stops runs a clause into the speaker: a clause is never one.
        return False
    if claimants().organisation(phrase):
        return True
    last = head[-1]
    if last in sp.national_heads and any(
        claimants().country(" ".join(head[k:-1]))
        for k in range(max(0, len(head) - 3), len(head) - 1)
    ):
        return True  # "Turkey's military", "The United States military"
    if not strong and first in sp.determiners and last in sp.person_nouns:
        return True  # "a nurse", "the pilot": a person named by role
    if last in sp.source_nouns or last in sp.organisation_heads:
        if not strong:
            return True  # bounded by a clause break: "combatant sources on both sides"
        return all(w[:1].isupper() or _bare(w) in sp.determiners or _bare(w) in sp.phrase_modifiers
                   or _bare(w) in sp.source_nouns or _bare(w) in sp.organisation_heads
                   or _bare(w) in sp.title_words or "-" in w or _bare(w).endswith("'s")
                   for w in words[: len(head)])  # fmt: skip
    if _needs_resolution(phrase, sp):
        return not strong
    if _affiliated_person(phrase, sp):
        return True  # "Salam al-Obeidi of the Counter-Terrorism Service"
    run = _name_run(phrase, sp)
    if run and _is_personal(phrase, sp):
        return len(run) >= 2 or not strong
    if _named_after_its_noun(words, sp):
        return True
    if strong:
        return False
    # A proper-noun phrase: capitalised words and joining words ("Amnesty International",
    # "the Kremlin"), or a title ("the Sabratha mayor").
    if last in sp.title_words:
        return True
    owner, possessive, owned = possessive_split(phrase)
    if possessive and owned[:1].isupper() and _needs_resolution(owner, sp):
        # A body's own outlet or wing, named after the body referred to: "The group's Radio
        # Andalus", "the movement's Al-Manar".
        words = owned.split()
    rest = words[len(written_head) :]
    if (
        len(rest) > 1
        and _bare(rest[0]) in sp.prepositions
        and all(w[:1].isupper() or _bare(w) in sp.name_particles for w in rest[1:])
    ):
        # "The Emergency Rooms in El Fasher": a name, then where it is.
        words = written_head
    return all(
        w[:1].isupper()
        or _bare(w) in sp.name_particles
        or _bare(w) in ("of", "the", "for", "and")
        or _bare(w) in sp.determiners
        for w in words
    )


def _named_after_its_noun(words: list[str], sp: _Speech) -> bool:
    """Whether a phrase names a source after the noun that says what it is: "Qatari news
    channel Al Jazeera", "pan-Arab broadcaster Al Arabiya", "the daily Haaretz"."""
    name = 0
    while name < min(4, len(words) - 1) and words[-1 - name][:1].isupper():
        name += 1
    return 0 < name < len(words) and _bare(words[-1 - name]) in sp.source_nouns


# Words a speaker phrase holds at most; beyond the first eight only a name's words ("the General
# Staff of the Armed Forces of Ukraine" has nine).
_COMMON_PHRASE_WORDS = 8
# Translated Russian names its briefer in full: "the official representative of the Ministry of
# Defense of the Russian Federation lieutenant-general Igor Konashenkov" has fifteen.
_PHRASE_WORDS = 16


def possessive_split(phrase: str) -> tuple[str, str, str]:
    """``phrase`` split at its first possessive, straight or curly: ("The group", "'s ",
    "Radio Andalus"); (phrase, "", "") when it has none, as ``str.partition`` gives."""
    return phrase.partition("'s ") if "'s " in phrase else phrase.partition("\u2019s ")


def _name_words(words: list[str], sp: _Speech) -> bool:
    """Whether every word is capitalised, joins a name's words ("of the Armed Forces") or is a
    rank before a person's name ("... of Russia lieutenant-general Igor Konashenkov")."""
    return all(
        word[:1].isupper() or _bare(word) in sp.name_joiners or _bare(word) in sp.title_words
        for word in words
    )


def _trim_noun_phrase(phrase: str, sp: _Speech) -> str:
    """Cut a speaker phrase after a speech verb at the first word that cannot belong to it.

    Returns '' when the words read as the content of the speech rather than the speaker:
    in "said Russian aircraft had hit ..." the verb introduces what was said.
    """
    if "(" in phrase:
        phrase = sp.parenthesis.sub("", phrase)
    kept: list[str] = []
    words = phrase.split()
    link = link_end = None  # where "close to the army" starts in kept, and its "to" in words
    for index, word in enumerate(words):
        bare = _bare(word)
        if (
            link is None
            and kept
            and _bare(kept[-1]) in sp.source_nouns
            and f"{bare} {_bare(words[index + 1]) if index + 1 < len(words) else ''}"
            in sp.source_links
        ):
            # "a source close to the group", "people familiar with the talks": the source's
            # ties belong to the phrase, up to the end of the clause.
            link, link_end = len(kept), index + 1
            kept += [word, words[index + 1]]
            continue
        if link is not None and index == link_end:
            continue  # the "to" of "close to", taken above
        if bare in sp.phrase_stops and kept:
            break
        if bare in ("had", "has", "have", "was", "were", "is", "are", "will", "would", "could",
                    "can", "did", "does") or _has_count(word):  # fmt: skip
            return ""
        kept.append(word)
        if _ends_sentence(word) and index + 1 < len(words) and words[index + 1][:1].isupper():
            break  # "said Yolande Makolo. The Rwandan government spokesperson accused ..."
    if not kept or len(kept) > _PHRASE_WORDS:
        return ""
    if len(kept) > _COMMON_PHRASE_WORDS and not _name_words(kept[_COMMON_PHRASE_WORDS:], sp):
        return ""  # a long phrase is a body's full name, not words that run on from a speaker
    head = kept[:link] if link is not None else kept
    if _bare(kept[0]) not in sp.determiners and _bare(kept[0]) not in sp.person_pronouns:
        # A proper-noun phrase: every word capitalised except joining and title words.
        # Name particles stay lower case, alone or hyphened: "Ahmed al-Sheikh".
        if any(w[0].islower() and _bare(w) not in {"of", "the", "for", "de", "al", "and"}
               and _bare(w) not in sp.title_words and _bare(w) not in sp.phrase_modifiers
               and _bare(w) not in sp.source_nouns
               and _bare(w).split("-", 1)[0] not in sp.name_particles for w in head):  # fmt: skip
            return ""
    return " ".join(kept).strip(" ,.-'\"")


def _ends_sentence(word: str) -> bool:
    """Whether a word's full stop ends its sentence: not an abbreviation ("Gen.", "U.S.") nor
    an initial ("H.")."""
    if not word.endswith("."):
        return False
    bare = word.rstrip(".").lower()
    return len(bare) > 1 and "." not in bare and bare not in ABBREVIATIONS


def _np_word(word: str, sp: _Speech) -> bool:
    """Whether a word can sit inside a speaker phrase read backwards from its verb."""
    bare = _bare(word)
    if not bare or bare in sp.time_words or _has_count(word):
        return False
    if word[:1].isupper() or word[:1].isdigit():  # "the 93rd Brigade"
        return True
    listed = (
        sp.phrase_modifiers, sp.source_nouns, sp.organisation_heads, sp.title_words,
        sp.determiners, sp.name_particles,
    )  # fmt: skip
    return any(bare in words for words in listed) or bare.endswith(("-based", "-run", "'s"))


def _suffix_speaker(before: str, sp: _Speech) -> tuple[str, str]:
    """(speaker, first speaker) ending right before a verb in text without punctuation: the
    longest run of speaker-phrase words that reads as a speaker ("... on Sunday monitoring
    group the Syrian Observatory for Human Rights"), a pronoun ("... injured he added"), two
    joined by "and" ("a Britain-based monitor and a medical source"), or a known claimant with
    its "of" phrase ("the Russian center for reconciliation of the warring parties in Syria")."""
    words = before.split()[-12:]
    if (
        words
        and _bare(words[-1]) in sp.person_pronouns | sp.reference_heads
        and len(_bare(words[-1])) <= 4
    ):
        return words[-1], ""
    placed = _where_the_speaker_was(words, sp)
    if placed:
        # "... for its own losses A humanitarian worker in the town said", "a doctor at the
        # hospital said": the speaker before where it was.
        speaker, _ = _suffix_speaker(" ".join(words[:-placed]), sp)
        # Only a phrase a determiner opens ("a doctor"): "people| in the suburb said the
        # Observatory" is the clause's object.
        if (
            speaker
            and not _needs_resolution(speaker, sp)
            and _bare(speaker.split()[0]) in sp.determiners
        ):
            return f"{speaker} {' '.join(words[-placed:])}", ""
    best, used = "", 0
    for k in range(1, len(words) + 1):
        word = words[-k]
        if not _np_word(word, sp):
            # A count opens a source phrase as a determiner does: "two US officials said".
            if k > 1 and word.isalpha() and numbers.has_figure(word, language=sp.language):
                phrase = " ".join(words[-k:])
                if _plausible(" ".join(words[-k + 1 :]), sp, strong=True):
                    best, used = phrase, k
            break
        phrase = " ".join(words[-k:])
        if _bare(word) not in ("of", "for", "and", "the", "on", "in", "at", "de") and _plausible(
            phrase, sp, strong=True
        ):
            best, used = phrase, k
        if _bare(word) in sp.determiners:
            break
    if not best:
        return _alias_subject(before, sp) or _surname_ending_clause(words, sp), ""
    best = _after_placed_object(words[-used:], words[-used - 1] if used < len(words) else "", sp)
    best = _clean(best, sp)
    if used < len(words) and _bare(words[-used - 1]) == "and":
        first, _ = _suffix_speaker(" ".join(words[: -used - 1]), sp)
        if first and not _needs_resolution(first, sp):
            return f"{first} and {best}", first
    return best, ""


def _where_the_speaker_was(words: list[str], sp: _Speech) -> int:
    """How many of the last words say where a speaker was, as text without commas writes it
    ("a humanitarian worker| in the town", "a doctor| at the hospital"): a preposition of
    `source_places`, a determiner and a lower-case noun; 0 when they do not."""
    if len(words) < 4:
        return 0
    preposition, determiner = (_bare(word) for word in words[-3:-1])
    placed = (
        preposition in sp.source_places
        and determiner in sp.determiners
        and words[-1].isalpha()
        and words[-1].islower()
    )
    return 3 if placed else 0


def _surname_ending_clause(words: list[str], sp: _Speech) -> str:
    """One capitalised name right before the verb, after a clause that ends in a small word, as
    text without commas runs it on: "flew about 110000 sorties during the war McPeak said"
    (McPeak); '' for a place, a people's word, a time or a determiner's noun ("in Homs said",
    "the Syrians said", "on Sunday said")."""
    if len(words) < 2:
        return ""
    name, word_before = words[-1], _bare(words[-2])
    if not (
        name[:1].isupper()
        and name[1:].isalpha()
        and any(ch.islower() for ch in name[1:])
        # A small word or a figure ends the clause: "... ended with a ceasefire Feb 28 McPeak"
        and (word_before.isdigit() or (words[-2][:1].islower() and word_before.isalpha()))
        and word_before not in sp.determiners
        and word_before not in sp.prepositions
        and word_before not in sp.name_particles  # "al Qidra said": a longer name's end
    ):
        return ""
    if is_place_name(name) or _demonym(name) or not _plausible(name, sp):
        return ""
    return name


def _after_placed_object(run: list[str], word_before: str, sp: _Speech) -> str:
    """A run of speaker words without a place that is the object of a preposition before the
    speaker, as text without commas runs them together: "clashes near Hama state television
    said", "killed 15 rebels in Hama state television said" (state television). The place stays
    when no speaker follows it ("officials in Aleppo")."""
    for index in range(len(run) - 1):
        previous = run[index - 1] if index else word_before
        if _bare(previous) not in sp.prepositions or not run[index][:1].isupper():
            continue
        for size in (1, 2):
            rest = run[index + size :]
            if size == 2 and is_place_name(run[index]):
                break  # "in Idlib Idlib Civil Defence": the place opens the body's own name
            if (
                rest
                and is_place_name(" ".join(run[index : index + size]))
                and _speaker_of_its_own(rest, sp)
                and _plausible(" ".join(rest), sp, strong=True)
            ):
                return " ".join(rest)
    return " ".join(run)


def _alias_subject(before: str, sp: _Speech) -> str:
    """A known claimant near the end of a stretch of text, with the words that end it there:
    "... the Syrian Observatory for Human Rights monitor", "the Russian center for
    reconciliation of the warring parties in Syria"."""
    tail = before[-160:]
    for start, end, _ in claimants().find(tail):
        rest = tail[end:].split()
        if len(rest) > 7:
            continue
        if rest and not (_bare(rest[0]) in sp.prepositions or all(_np_word(w, sp) for w in rest)):
            continue
        # Take the determiner and modifiers before the alias: "the Russian center for ...".
        lead: list[str] = []
        for word in reversed(tail[:start].split()[-4:]):
            if not _np_word(word, sp):
                break
            lead.insert(0, word)
            if _bare(word) in sp.determiners:
                break
        phrase = _clean(" ".join(lead + [tail[start:].strip()]), sp)
        if _plausible(phrase, sp):
            return phrase
    return ""


@_memo
def _shorten(phrase: str, sp: _Speech) -> str:
    """A clause that ends with a known claimant, cut to the claimant's phrase: "The bombed
    hospital was supported by medical charity Medecins Sans Frontieres" -> "medical charity
    Medecins Sans Frontieres", "dozens injured Syrian media" -> "Syrian media"."""
    words = phrase.split()
    if all(_np_word(w, sp) for w in words) or (
        len(words) > 6 and _plausible(" ".join(_head_of(words, sp)), sp)
    ):
        return phrase  # "Bebars Mishal of the Civil Defence in Aleppo": a speaker already
    if len(words) <= 6 and sp.past_role.search(phrase):
        return phrase  # "A former Turkish army officer": not the army the alias names
    alias = _alias_subject(phrase, sp)
    sent_by = phrase[: phrase.rfind(alias)].split()[-2:] if alias else []
    if len(sent_by) == 2 and (
        _bare(sent_by[0]) in sp.envoy_heads and _bare(sent_by[1]) in sp.envoy_links
    ):
        return phrase  # "Ukraine's mission to the UN": the UN is whom the mission is sent to
    return alias or phrase


def _segments(before: str, sp: _Speech) -> list[tuple[str, str]]:
    """(text, break before it) for each clause piece of a stretch of text, left to right."""
    pieces = []
    start, opener = 0, ""
    for match in sp.clause_break.finditer(before):
        pieces.append((before[start : match.start()], opener))
        start, opener = match.end(), match.group().strip().lower()
    pieces.append((before[start:], opener))
    return pieces


# A clause piece that ends in "according to X": X is what a relative clause after it is of.
_ACCORDING_PIECE = regex.compile(r"(?i:according\s{1,3}to)\s{1,3}(?P<np>[^,;:()\n]{1,80})$")
# Openers of a relative clause, whose objects describe the speaker before it.
_RELATIVE_OPENERS = frozenset({"who", "which", "that"})

# What may open a piece of an aside between a speaker and its verb: "X, who ..., said", "A
# Syrian official, speaking on condition of anonymity because he was not authorized to brief
# reporters, said".
_APPOSITIVE_OPENERS = frozenset(
    {",", "who", "which", "that", "(", "and", "but", "because", "as", "since", "while"}
)


def _without_participle_tail(phrase: str, sp: _Speech) -> str:
    """A speaker phrase without the participle clause that describes it before its verb:
    "the Saudi-led coalition fighting in Yemen (said)" -> "the Saudi-led coalition", "a group
    tracking casualties (said)", "the alliance led by Saudi Arabia (said)". The phrase itself
    when no such clause follows a source word, an organisation's word or a name."""
    words = phrase.split()
    lowered = phrase.lower()
    if "ing" not in lowered and not any(
        _bare(word) in sp.speaker_participles for word in words[1:_PARTICIPLE_REACH]
    ):
        return phrase  # most phrases hold no participle: a cheap test first
    for index in range(1, min(len(words) - 1, _PARTICIPLE_REACH)):
        word = words[index]
        bare = _bare(word)
        if word[:1].isupper() or bare in sp.prepositions or bare in sp.determiners:
            continue
        participle = (len(bare) > 5 and bare.endswith("ing")) or (bare in sp.speaker_participles)
        if not participle:
            continue  # a noun or an adjective of the phrase
        following = _bare(words[index + 1])
        tail = words[index + 1 :]
        if (
            not words[index + 1][:1].islower()
            or following in sp.source_nouns
            or following in sp.organisation_heads
            or (bare in sp.speaker_participles and following not in sp.prepositions)
            or not 2 <= len(tail) <= _PARTICIPLE_REACH  # "a UN monitoring team": a noun's
            or any(_has_count(word) for word in tail)
        ):
            # "the group fighting Hezbollah", "the monitoring group Airwars", "the US led
            # coalition": no clause we can bound; nor a clause that counts ("forces backed by
            # airstrikes killed 22 militants"). A clause has two words or more.
            return phrase
        head = words[index - 1]
        if not (
            head[:1].isupper()
            or _bare(head) in sp.source_nouns
            or _bare(head) in sp.organisation_heads
        ) or head.endswith(("'s", "\u2019s")):
            return phrase  # "Sudan's acting foreign minister": an adjective after an owner
        if (_bare(tail[-1]) in sp.source_nouns or _bare(tail[-1]) in sp.title_words) and not any(
            _bare(word) in sp.prepositions or _bare(word) in sp.determiners for word in tail
        ):
            return phrase  # "The visiting special envoy": the phrase's own noun ends it
        kept = " ".join(words[:index])
        cleaned = _clean(kept, sp)
        return kept if cleaned and _plausible(cleaned, sp) else phrase
    return phrase


# How far into a speaker phrase its describing participle may stand, and how long its clause
# may run, in words.
_PARTICIPLE_REACH = 8


def _after_speaking_opener(text: str, sp: _Speech) -> str:
    """The name that ends a phrase opened by a participle of speaking whose comma scraping
    dropped: "Speaking at a briefing in Moscow Konashenkov" -> "Konashenkov"; ``text`` itself
    when it opens otherwise or ends in no name."""
    words = text.split()
    if len(words) < 3 or _bare(words[0]) not in sp.speaking_openers:
        return text
    at = len(words)
    while at > 1 and words[at - 1][:1].isupper():
        at -= 1
    name = words[at:]
    while len(name) > 1 and (is_place_name(_bare(name[0])) or claimants().country(name[0])):
        name = name[1:]  # "... in Moscow Konashenkov": where it was said
    if not name:
        # "Speaking at a briefing the spokesman": the noun phrase its last determiner opens.
        opening = max(
            (index for index, word in enumerate(words) if _bare(word) in sp.determiners),
            default=0,
        )
        name = words[opening:] if opening > 1 else []
    return " ".join(name) if name and at > 1 and _plausible(" ".join(name), sp) else text


def _subject_before(before: str, *, at_paragraph_start: bool, sp: _Speech) -> tuple[str, str, str]:
    """(speaker, first speaker, affiliation) of the clause that ends right before a speech
    verb; the affiliation is an aside naming a known claimant the person speaks for ("Ibrahim
    Abu al-Laith, a spokesman for the White Helmets, said").

    Handles "X, an appositive, said", "X, who ..., said", "A and B said" and, when no clause
    break bounds the subject (scraped text without commas), reads it back word by word.
    """
    before = before.rstrip()
    if before.endswith(")"):
        # "the Combined Joint Task Force (CJTF-OIR) said": the name's acronym in brackets.
        before = _BRACKETED_TAIL.sub("", before)
    opening = sp.stripped_opening.search(before, max(0, len(before) - _SUBJECT_REACH))
    if opening is not None:
        # Text without full stops: "The army gave no figure for its losses A humanitarian
        # worker in the town said" has its subject from the capital that opens a sentence.
        before, at_paragraph_start = before[opening.start() :], True
    # Only the last words can be auxiliaries; matching there keeps the pattern off the rest.
    cut = max(0, len(before) - 60)
    tail = sp.auxiliary_tail.sub("", before[cut:]).rstrip()
    # Not down to a verb of speech: in "WHO said in a statement putting the toll at 70" the
    # words before "putting" are a clause, not a subject and where it spoke.
    if _bare((tail.split() or [""])[-1]) not in sp.speech_words:
        before = before[:cut] + tail
    pieces = _segments(before, sp)
    if len(pieces) == 1 and not at_paragraph_start:
        return (*_suffix_speaker(before, sp), "")
    last_text, last_opener = pieces[-1]
    if last_opener in _RELATIVE_OPENERS and not last_text.strip() and len(pieces) > 1:
        # "..., according to the statement, which added that": the record the clause is of.
        before_clause = next((text for text, _ in reversed(pieces[:-1]) if text.strip()), "")
        record = _ACCORDING_PIECE.search(before_clause.rstrip())
        if record is not None:
            # As "according to" reads it: "a statement from the army" is the army's.
            phrase = _phrase_of_record(record.group("np"), sp, people_record=True)
            if phrase and _plausible(phrase, sp):
                return phrase, "", ""
    last_text = _without_participle_tail(_after_speaking_opener(last_text, sp), sp)
    cleaned = _clean(last_text, sp)
    shortened = _shorten(cleaned, sp)
    if shortened and cleaned.endswith(shortened):
        word_before = cleaned[: len(cleaned) - len(shortened)].split()[-1:]
        shortened = _after_placed_object(shortened.split(), "".join(word_before), sp)
    last = _without_adverbial(shortened, sp)
    if last:
        after_preposition = len(pieces) > 1 and (
            _bare((pieces[-2][0].split() or [""])[-1]) in sp.prepositions
        )
        if last_opener in _RELATIVE_OPENERS and len(pieces) > 1 and not after_preposition:
            # "the Observatory which collects information from sources on the ground said":
            # the relative clause describes the speaker before it; but in "issued a report in
            # which it revealed" the clause has its own subject.
            earlier = _clean(pieces[-2][0], sp)
            if not (earlier and _plausible(earlier, sp)):
                earlier, _ = _suffix_speaker(pieces[-2][0], sp)
            opening = last_text.split()[:1]
            # Unless the clause ends in a speaker of its own: "Jets struck the Nusra Front which
            # controls the town the Observatory said".
            own, _ = _suffix_speaker(last_text, sp)
            if (
                earlier
                and opening
                and opening[0][:1].islower()
                and _bare(opening[0]) not in sp.determiners
                and not (own and _organisation(own, sp))
            ):
                return earlier, "", ""
        if _plausible(last, sp):
            # Only a piece that is all subject joins the one before: in "Army units killed 20
            # and destroyed 4 vehicles on Tuesday a military source said" the piece after "and"
            # is a clause whose last words are the speaker ("residents reached by phone" is
            # all subject).
            if (
                last_opener == "and"
                and len(pieces) > 1
                and shortened == cleaned
                # Not a clause with a figure of its own, which cleaning cut to its last words:
                # "a commanding officer and 17 soldiers were wounded the officer said".
                and not any(_has_count(word) for word in last_text.split())
            ):
                # "the Observatory and combatant sources on both sides said": both; the first
                # leads.
                first = _clean(pieces[-2][0], sp)
                if not (first and _plausible(first, sp)):
                    first, _ = _suffix_speaker(pieces[-2][0], sp)
                if first and not _needs_resolution(first, sp):
                    return f"{first} and {last}", first, ""
            return last, "", ""
        if last_opener in ("who", "which", "that") and len(pieces) > 1:
            earlier = _clean(pieces[-2][0], sp)
            if earlier and _plausible(earlier, sp):
                return earlier, "", ""
        return (*_suffix_speaker(before, sp), "")
    # "X, an appositive, said" / "X, who ..., said": walk back over the pieces to the speaker,
    # preferring a personal name to the title or description beside it.
    candidates = []
    joined = last_opener in ("and", "but") and not last_text.strip()
    for text, opener in reversed(pieces[-5:-1]):
        if sp.describing_aside.match(text):
            # "Sudan's Sovereign Council, headed by army chief al-Burhan, said": the aside
            # names who leads the speaker, not the speaker.
            continue
        first = text.split()[:1]
        if opener in _RELATIVE_OPENERS and first and first[0][:1].islower():
            continue  # "..., an umbrella grouping of militias that includes Kataib Hezbollah,"
        # "The military source denied heavy casualties ..., but said", "Hamas blamed Israel
        # for the blast and said": the subject of the clause the verb is joined to.
        subject = _leading_subject(" ".join(text.split()), sp) if joined else ""
        if subject:
            candidates.append(subject)
            break
        phrase = _shorten(_clean(text, sp), sp)
        if phrase and _plausible(phrase, sp):
            candidates.append(phrase)
        if opener not in _APPOSITIVE_OPENERS:
            break
    for phrase in candidates[:2]:
        # Not a description an article opens, which may name another person: "Hajiyev, a
        # foreign policy adviser to President Ilham Aliyev, said" (Hajiyev said it).
        if _is_personal(phrase, sp) and not phrase.lower().startswith(("a ", "an ")):
            return phrase, "", _affiliation(pieces, phrase, sp)
    for phrase in reversed(candidates):
        if not phrase.lower().startswith(("a ", "an ")):
            return phrase, "", ""
    return (candidates[0], "", "") if candidates else ("", "", "")


_CITATION_REACH = 400  # characters after a verb read for the citation closing its sentence
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”]?\s{1,3}[A-Z\"“]")


def _citation_closing(body: str, verb_end: int, sp: _Speech):
    """The ", citing X." that closes the sentence a verb opens ("Xinhua reported that 23
    people were killed ..., citing police spokesman Khalid Zadran."), or None; none past the
    sentence's end."""
    ahead = body[verb_end : verb_end + _CITATION_REACH].lower()
    if not any(word in ahead for word in sp.citing_words):
        return None  # most verbs: a substring test instead of the pattern
    found = sp.citing_tail.search(body, verb_end, min(len(body), verb_end + _CITATION_REACH))
    if found is None or _SENTENCE_BREAK.search(body, verb_end, found.start()) is not None:
        return None
    return found


def _without_dateline_place(phrase: str, sp: _Speech) -> str:
    """A paragraph's first speaker without the dateline place that scraped copy glues to it
    ("Aleppo Activists said", "Hama SANA reported", "Idlib A military source said": the
    activists, SANA, the source). The place stays when the rest is no speaker of its own
    ("Aleppo Media Center", "Homs Governor Talal al-Barazi" keeps its name either way)."""
    words = phrase.split()
    for cut in range(1, min(3, len(words) - 1) + 1):
        rest = words[cut:]
        if not rest[0][:1].isupper() or not is_place_name(" ".join(words[:cut])):
            continue
        if _bare(_head_of(rest, sp)[-1]) in sp.title_heads:
            continue  # "Homs Police Chief said": the city's chief, a title with its place
        if _speaker_of_its_own(rest, sp):
            return " ".join(rest)
    return phrase


def _speaker_of_its_own(words: list[str], sp: _Speech) -> bool:
    """Whether the words after a place name a speaker without it: a phrase with a determiner,
    a known claimant, or a source that is no organisation ("Aleppo Activists", "Hama state
    television"; not "Damascus Countryside Police Command", the place's own body)."""
    head = _bare(_head_of(words, sp)[-1])
    return (
        _bare(words[0]) in sp.determiners
        or bool(claimants().organisation(" ".join(words)))
        or (head in sp.source_nouns and head not in sp.organisation_heads)
    )


def _without_adverbial(phrase: str, sp: _Speech) -> str:
    """A speaker phrase without a participle and its agent before the verb ("Residents
    reached by phone said": "Residents"), and an organisation's without the lower-case
    adverbial that ends it ("The ministry for the first time said", "The group in a statement
    said": "The ministry", "The group"). Words naming whom the speaker is from stay ("a
    spokesman for the ministry", "officials in Aleppo"), and so do a person's or a source's
    ("a doctor at the scene", "combatant sources on both sides")."""
    words = phrase.split()
    if len(words) > 1 and _bare(words[-1]) in sp.place_adverbs:
        words = words[:-1]  # "Doctors there said"
        phrase = " ".join(words)
    for index in range(1, len(words) - 1):
        # "Governor Alexei Smirnov at meeting in the government": where the named one spoke.
        if _bare(words[index]) == "at" and words[index - 1][:1].isupper():
            venue = [_bare(word) for word in words[index + 1 : index + 4]]
            if venue and venue[0] in sp.determiners:
                venue = venue[1:]
            if any(" ".join(venue[:n]) in sp.speech_venue_nouns for n in (1, 2)):
                head = " ".join(words[:index])
                if _plausible(head, sp):
                    return head
    for index in range(1, len(words) - 1):
        if words[index][-2:].lower() == "ed" and _bare(words[index + 1]) in sp.agents:
            # "ISWAP in a statement carried by the Amaq agency": where it spoke goes too.
            head = sp.auxiliary_tail.sub("", " ".join(words[:index])).rstrip()
            return head if _plausible(head, sp) else phrase
    for index in range(1, len(words) - 1):
        if _bare(words[index]) not in sp.phrase_stops:
            continue
        before = _bare(words[index - 1])
        if before not in sp.organisation_heads and before not in sp.reference_heads:
            return phrase
        tail = words[index + 1 :]
        last = _bare(tail[-1])
        whom = (sp.organisation_heads, sp.source_nouns, sp.reference_heads, sp.phrase_modifiers)
        if any(word[:1].isupper() for word in tail) or (
            # "for the ministry" says whom; "in a statement" says how
            any(last in heads for heads in whom) and last not in sp.document_heads
        ):
            return phrase
        head = " ".join(words[:index])
        return head if _plausible(head, sp) else phrase
    return phrase


def _affiliation(pieces: list[tuple[str, str]], person: str, sp: _Speech) -> str:
    """The claimant the appositive right after ``person`` gives a role in ("Ibrahim Khalil, a
    spokesman for the White Helmets, said"), or ''; a past role ("a former spokesman", "until
    last year a spokesman") or any other aside names none."""
    for index, (text, opener) in enumerate(pieces[:-1]):
        if _shorten(_clean(text, sp), sp) != person:
            continue
        following, after = pieces[index + 1]
        role = following if after == "," else ""
        found = _role_claimant(role, sp) if role else ""
        if not found and index > 0 and opener == ",":
            # The role before the name: "A spokesman for the Free Syrian Army, Issam al-Reis,
            # said", "The Free Syrian Army's spokesman, Issam al-Reis, said".
            role = pieces[index - 1][0]
            found = _role_claimant(role, sp)
        if found and _state_body_without_country(role, [_bare(w) for w in role.split()], sp):
            # "The ministry's spokesman, Ashraf al-Qudra,": whose ministry, the article says
            # (see body_named_beside), not the table's default.
            return ""
        return found
    return ""


# The aside after a person named after the verb: "said Ahmed Ali, a spokesman for the
# White Helmets in Aleppo."
# An initial's stop stays inside it: ", U.S. Africa Command director of operations".
_ASIDE_AFTER = regex.compile(r",\s{1,3}(?P<aside>(?:[^,.;:!?\"()\n]|(?<=\b[A-Z])\.){1,100})")

#: Words of a title read back from a name: "Coalition spokesman Col. John |Dorrian".
_TITLE_REACH = 8


def body_named_beside(
    text: str, start: int, end: int, *, language: str = lang.DEFAULT_LANGUAGE
) -> tuple[str, str]:
    """The claimant a present role written beside a person's name at ``text[start:end]``
    gives: a title before it ("Boko Haram leader Abubakar Shekau", "Coalition spokesman Col.
    John Dorrian", "spokesperson for the Armenian Defense Ministry Shushan Stepanyan",
    "Lebanese Health Minister Firass Abiad"), a role set off before it ("The spokesman of the
    Government of National Accord, Mohamed Gnounou,") or an aside after it ("Abubakar Shekau,
    the leader of Boko Haram,"), with the words that name it; ('', '') when none names a known
    body, or the role is past ("former coalition spokesman"); ('', role) for a role a
    possessive refers back to a body with ("Its spokesman, Colonel Ali Hamdan,"), or a state
    body's role that names no country ("Health Minister Firass Abiad", read as "Health
    Ministry"), which the caller resolves."""
    sp = _speech(language)
    title: list[str] = []
    set_off = ""  # the role before a comma that ends the words read back
    words = text[max(0, start - _ROLE_REACH) : start].split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = _bare(word)
        if word.endswith(",") and index:
            set_off = " ".join(words[max(0, index - _SET_OFF_WORDS) : index + 1])
        if (
            word[-1:] in ",;:\"”)" or word[:1] in "\"“("
            or (word.endswith(".") and bare + "." not in sp.title_words)
            or bare in sp.speech_words
            # No verb nor a clause's word: "The army spokesman accused rebel fighter Ahmed
            # Khalil" gives Khalil no title before "accused".
            or (
                word[:1].islower()
                and bare not in sp.title_continuations
                and (bare in sp.role_modifier_stops or bare.endswith(("ed", "ing")))
            )
            or len(title) == _TITLE_REACH
        ):  # fmt: skip
            break
        title.append(word)
    title.reverse()
    named = " ".join([*title[-1:], text[start:end]])  # "Shushan Stepanyan", a listed person
    unresolved = ""
    for phrase in (" ".join(title), *_set_off_roles(set_off, sp)):
        if sp.past_role.search(phrase):
            continue
        words = [_bare(word) for word in phrase.split()]
        if any(word in sp.role_words for word in words):
            body = claimants().organisation(phrase)
        elif "minister" in words:
            # A minister speaks for the ministry: "Lebanese Health Minister Firass Abiad".
            body = claimants().organisation(_MINISTER.sub("Ministry", phrase))
        else:
            body = ""
        if not body:
            body = local_authorities(phrase, language=language)
        if body:
            return body, phrase
        if not unresolved and (
            _refers_back(phrase, sp) or _state_body_without_country(phrase, words, sp)
        ):
            unresolved = _MINISTER.sub("Ministry", phrase) if "minister" in words else phrase
    if unresolved:
        # "Its spokesman, Colonel Ali Hamdan,", "Health Minister Firass Abiad": the caller
        # reads whom "its" stands for, or whose country's body it is.
        return "", unresolved
    body = claimants().organisation(named) if title else ""
    if body:
        return body, named
    aside = _ASIDE_AFTER.match(text, end)
    body = _role_claimant(aside.group("aside"), sp) if aside is not None else ""
    return (body, aside.group("aside")) if body else ("", "")


def local_authorities(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The authorities, else the government, of the country whose place a local official's
    title or role names ("Belgorod governor" -> Russian authorities, "the governors of the
    border provinces of Sanliurfa" -> Turkish government), when the claimant table lists
    them; ''."""
    if not any(_bare(word) in _speech(language).local_official_words for word in phrase.split()):
        return ""
    who = claimants()
    for word in phrase.split():
        place = (
            gazetteer().lookup(without_possessive(word.strip(",.")))
            if word[:1].isupper()
            else None
        )
        demonym = who.demonym_of.get(place.country, "") if place is not None else ""
        if demonym:
            return who.organisation(f"{demonym} authorities") or who.organisation(
                f"{demonym} government"
            )
    return ""


def without_office_modifiers(
    words: list[str], *, language: str = lang.DEFAULT_LANGUAGE
) -> list[str]:
    """A role's words without those that say it is held for now ("Caretaker", "Acting")."""
    modifiers = _speech(language).office_modifiers
    at = 0
    while at < len(words) - 1 and _bare(words[at]) in modifiers:
        at += 1
    return words[at:]


def of_a_domestic_portfolio(words: list[str], *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a state body's or minister's words name a portfolio of the country's own affairs
    ("Health Ministry", "Interior Minister"), which is the country's the story is about."""
    portfolios = _speech(language).domestic_portfolios
    return any(_bare(word) in portfolios for word in words)


def _state_body_without_country(role: str, words: list[str], sp: _Speech) -> bool:
    """Whether a role is a state body's that names no country ("Defence Ministry spokesman"),
    or the minister's of a portfolio that speaks of its own country ("Health Minister"), whose
    country is then the story's; a foreign minister speaks of other countries ("Foreign
    Minister Sergei Lavrov said 200 mercenaries had been killed in Ukraine")."""
    if "minister" in words:
        if not any(word in sp.domestic_portfolios for word in words):
            return False
        role = _MINISTER.sub("Ministry", role)
    return names_state_body(role) and not claimants().countries_in(role)


def refers_back(role: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a role is a body's named only by a possessive that refers back ("Its
    spokesman")."""
    return _refers_back(role, _speech(language))


def _refers_back(role: str, sp: _Speech) -> bool:
    """Whether a role is a body's, named only by a possessive that refers back to it: "Its
    spokesman", "The group's commander"."""
    owner, owned = _referring_possessive(role.strip(" ,"), sp)
    owned_words = owned.split()
    return (
        0 < len(owned_words) <= 2
        and _bare(owned_words[-1]) in sp.role_words
        and _needs_resolution(owner, sp) == "organisation"
    )


def _set_off_roles(set_off: str, sp: _Speech) -> list[str]:
    """The roles a comma sets off before a name, read from the words before it: the last
    piece, and that piece with the one before when a comma joins them ("The Director,
    Defence Media Operations,"). Only a phrase that is a role opens with an article or a
    title's word: "Speaking to the head of the UN mission," and "Unlike the army spokesman,"
    are clauses about someone else."""
    pieces = _ROLE_PIECE.split(set_off)
    texts, marks = pieces[0::2], pieces[1::2]
    if texts and " by " in texts[-1] and not _opens_a_role(texts[-1], sp):
        # A passive's agent: "This was disclosed by the Director Defence Media Operations,".
        texts[-1] = texts[-1].rsplit(" by ", 1)[1]
    roles = []
    if texts and _opens_a_role(texts[-1], sp):
        roles.append(texts[-1])
    if len(texts) > 1 and marks[-1].startswith(",") and _opens_a_role(texts[-2], sp):
        roles.append(f"{texts[-2]}, {texts[-1]}")
    return roles


def _opens_a_role(piece: str, sp: _Speech) -> bool:
    first = _bare((piece.split() or [""])[0])
    return (
        first in ("the", "a", "an")
        or first in sp.role_words
        or first in sp.title_words
        or first in sp.organisation_possessives  # "Its spokesman,"
    )


#: Characters read back from a name for its title or a role set off before it.
_ROLE_REACH = 160
# Words of a role set off before a name read back from its comma ("the head of the Russian
# Centre for Reconciliation of the Opposing Sides in Syria, Rear Admiral Oleg Zhuravlev,").
_SET_OFF_WORDS = 16
_MINISTER = regex.compile(r"(?i:(?<![\w-])minister(?![\w-]))")
# What ends the piece of a role set off before a name: a stop (not an initial's: "The U.S.
# Central Command spokesman,"), a clause's mark or a dateline's dash ("ABUJA - The Director").
# Kept by the split, so that a piece knows the mark before it.
_ROLE_PIECE = regex.compile(r"((?<![A-Z])\.(?=\s)|[;:!?\"“”()\n]|,\s|\s[-\u2013\u2014]{1,2}\s)")


def _named_after_role(body: str, end: int, phrase: str, sp: _Speech) -> str:
    """The person a role after a verb names next, set off by commas: "(said) the official
    spokesman of the Coalition, Brigadier General Turki Al-Maliki, (that ...)", as translation
    from Arabic words it; '' when the phrase is no role or no name follows it, or the name is
    a place ("the spokesman of the army, Tel Aviv,", "..., Dnipropetrovsk Oblast,")."""
    if not sp.role_in.search(phrase) or _is_personal(phrase, sp):
        return ""
    named = _NAME_ASIDE_AFTER.match(body, end)
    if named is None or not _is_personal(named.group("name"), sp):
        return ""
    name = named.group("name")
    if is_place_name(name) or _bare(name.split()[-1]) in sp.place_unit_words:
        return ""
    return name


def names_an_event(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a phrase holds a word of an event ("Operation Alliance", "the Aleppo
    offensive"): no body that speaks."""
    sp = _speech(language)
    return any(_bare(word) in sp.event_heads for word in phrase.split())


# A name set off by commas after a role (", Brigadier General Turki Al-Maliki,"), or ending
# the sentence (", said the commander of the operation, Colonel Abdullahi Ali Osman.").
_NAME_ASIDE_AFTER = regex.compile(
    r",\s{1,3}(?P<name>[A-Z][\w.'-]{0,30}(?:\s{1,3}[A-Za-z][\w.'-]{0,30}){1,6})"
    r"(?:,|\.(?=\s|$))"
)


def _role_claimant(aside: str, sp: _Speech) -> str:
    """The claimant an aside gives a present role in ("a spokesman for the White Helmets",
    "the army's spokesman", "the NAF spokesman"), else ''."""
    if sp.past_role.search(aside):
        return ""
    # Whom the role acts against is not whose it is: "the commander of the operations against
    # Boko Haram".
    target = sp.role_target.search(aside)
    if target is not None:
        aside = aside[: target.start()]
    if sp.role_in.search(aside):
        # "spokesman for the Houthi-run health ministry": the Houthis'.
        return claimants().organisation(aside) or run_by(aside)
    owned = sp.owners_role.fullmatch(aside) or sp.attributive_role.fullmatch(aside)
    return claimants().organisation(owned.group("owner")) if owned else ""


_RUN_BY = regex.compile(r"(?<![\w-])(?P<owner>[A-Z][\w'\u2019]{1,30})-(?:run|controlled)(?![\w-])")


def run_by(phrase: str) -> str:
    """The claimant a body run by another speaks for: "The Houthi-run health ministry" is the
    Houthis'; '' when the phrase names no such owner the table knows."""
    found = _RUN_BY.search(phrase)
    if found is None:
        return ""
    owner = found.group("owner")
    who = claimants()
    body = who.organisation(owner) or who.organisation(f"{owner}s")
    run = f"{owner.lower()}-"
    if body and any(
        alias.startswith(run) and name != body for alias, name in who.alias_to_name.items()
    ):
        # The table keeps the bodies this owner runs apart from it ("the Hamas-run health
        # ministry" is the Gaza Health Ministry): another one it runs is its own body, not the
        # owner ("the Hamas-run government media office").
        return ""
    return body


def _known_name_after(words: list[str], k: int, phrase: str, sp: _Speech) -> str:
    """``phrase`` (the first ``k`` words), or a longer run through "of"/"for" that names a
    known claimant or a capitalised name when ``phrase`` names none."""
    if k >= len(words) or _bare(words[k]) not in ("of", "for") or claimants().organisation(phrase):
        return phrase
    best, best_organisation = phrase, ""
    for end in range(k + 2, len(words) + 1):
        if _has_count(words[end - 1]):
            break
        longer = _clean(" ".join(words[:end]), sp)
        organisation = claimants().organisation(longer) if longer else ""
        if organisation and organisation != best_organisation:
            # The shortest run that names each claimant: with no comma after it, "the Syrian
            # Network for Human Rights the coalition has ..." is the Network alone.
            best, best_organisation = longer, organisation
    if best == phrase:
        # A name the table lacks runs on too: "the Institute for the Study of War".
        tail = _name_tail(words, k - 1, sp)
        if tail:
            best = _clean(" ".join(words[: k + len(tail)]), sp) or phrase
    return best


def _source_inside(np: str, phrase: str, sp: _Speech) -> str:
    """ "a source at Aleppo Police Command" for the phrase "a source" that the preposition
    ended: a source speaking from inside a named organisation is that organisation's, as it
    is before a verb ("a source at Aleppo Police Command said"); '' otherwise."""
    words = phrase.split()
    if not words or _bare(words[-1]) not in sp.source_nouns or not np.startswith(phrase):
        return ""
    organisation = named_organisation(np)
    at = np.find(organisation, len(phrase)) if organisation else -1
    between = [_bare(word) for word in np[len(phrase) : at].split()] if at >= 0 else []
    # "at Aleppo Police Command", "at the Russian Defence Ministry"
    if not between or between[0] not in sp.source_places:
        return ""
    if any(word not in sp.determiners for word in between[1:]):
        return ""
    return _clean(np[: at + len(organisation)], sp)


def _longest_speaker(text: str, sp: _Speech) -> str:
    """The opening words of a stretch that read as a speaker, for text that runs on without a
    comma: the first that ends in a source or organisation word, else the longest ("the
    bulletin Jabhat al-Nusra terrorists executed ..." -> "the bulletin")."""
    words = text.split()[:_PHRASE_WORDS]
    longest = ""
    for k in range(1, len(words) + 1):
        if _has_count(words[k - 1]):
            break
        phrase = _clean(" ".join(words[:k]), sp)
        if phrase and _plausible(phrase, sp):
            if (
                _bare(words[k - 1]) in sp.source_nouns
                or _bare(words[k - 1]) in sp.organisation_heads
            ):
                # "the bulletin", not "the bulletin Jabhat al-Nusra"; but a known name runs on
                # through "of" or "for": "the Syrian Network for Human Rights 1,134 civilians".
                return _known_name_after(words, k, phrase, sp)
            longest = phrase
    return longest


def _leading_subject(clause: str, sp: _Speech, *, one_word: bool = False) -> str:
    """The speaker phrase a clause opens with, before its verb: "The military source" of "The
    military source denied heavy casualties in army ranks". ``one_word`` also takes a country's
    own name alone, where the grammar makes the subject speak (", saying"). A name's acronym
    in brackets and words describing it after its determiner may stand in the phrase: "The
    outlawed Baloch Liberation Army (BLA) claimed responsibility"."""
    if "(" in clause:
        clause = sp.parenthesis.sub("", clause)
    words = clause.split()
    # The shortest phrase before a lower-case word that goes on no noun phrase: "The army" of
    # "The army shelled the town", not "The army shelled the".
    for k in range(1, min(7, len(words))):
        following = _bare(words[k])
        if (
            words[k][:1].islower()
            and following not in sp.phrase_modifiers
            and following not in sp.source_nouns
            and following not in sp.organisation_heads
            and following not in sp.person_nouns
        ):
            phrase = " ".join(words[:k])
            if (
                _plausible(phrase, sp, strong=True)
                or (one_word and k == 1 and _one_word_subject(phrase, sp))
                or _plausible(_without_describers(words[:k], sp), sp, strong=True)
            ):
                return phrase
    return ""


def _without_describers(words: list[str], sp: _Speech) -> str:
    """A phrase without the lower-case words that describe the name after its determiner ("The
    outlawed Baloch Liberation Army" -> "The Baloch Liberation Army"); '' when it has none."""
    if len(words) < 3 or _bare(words[0]) not in sp.determiners:
        return ""
    rest = words[1:]
    while rest and rest[0][:1].islower():
        rest = rest[1:]
    if len(rest) == len(words) - 1 or not rest:
        return ""
    return " ".join([words[0], *rest])


def _one_word_subject(word: str, sp: _Speech) -> bool:
    """Whether one capitalised word opening a clause may speak: a country by its own name
    ("Israel struck Gaza, saying"). A surname alone is not trusted, nor is any other word:
    "The strike hit a hospital, saying" and "Drones hit the town, saying" name no speaker."""
    return bool(claimants().country(word)) and not _demonym(word) and _plausible(word, sp)


def paragraph_attributions(
    text: str,
    paragraph: Span,
    quotes: list[Span],
    *,
    language: str = lang.DEFAULT_LANGUAGE,
    within: Span | None = None,
) -> list[Attribution]:
    """Every attribution in one paragraph, in order of position.

    ``within`` (a sentence of the paragraph) limits the search to the speech verbs there, so
    that a caller needing one sentence's speaker does not read a long paragraph's every verb.
    """
    sp = _speech(language)
    window = (
        paragraph
        if within is None
        else Span(max(paragraph.start, within.start), min(paragraph.end, within.end))
    )
    # Only the stretch a subject can reach before the window and a speaker phrase after it is
    # read: a long paragraph is not sliced anew for each of its sentences.
    origin = max(paragraph.start, window.start - _SUBJECT_REACH)
    body = text[origin : min(paragraph.end, window.end + 300)]
    low, high = window.start - origin, window.end - origin

    quote_index = SpanIndex(quotes)  # a paragraph of many quotations: no scan per verb

    def in_quote(offset: int) -> bool:
        return quote_index.find(offset) is not None

    found: list[Attribution] = []
    title_case = None  # whether the paragraph is a Title Case headline, found when needed
    for match in sp.verb.finditer(body, low, high):
        verb = match.group().lower()  # "Says" in a Title Case headline is "says"
        verb_first = False  # the verb opens its sentence, its speaker after it
        if match.group()[:1].isupper():
            if title_case is None:
                # Its first 40 words decide: a long paragraph is not sliced whole per sentence.
                head = text[paragraph.start : min(paragraph.end, paragraph.start + 600)]
                title_case = _title_case(head)
            verb_first = (
                not title_case
                and _opens_sentence(body, match.start())
                and sp.verb_first_subject.match(body, match.end()) is not None
            )
            if not title_case and not verb_first:
                # "The United States": a capitalised verb speaks only in a headline; but
                # translated Arabic opens a sentence with its verb, the speaker after it ("Said
                # the ministry in a statement that ..."), read as "said X" is below.
                continue
        if not verb.isalpha():
            verb = " ".join(verb.split())  # "pointed  out"
        verb_at = origin + match.start()
        if title_case and match.group()[:1].isupper() and verb not in sp.addressee_verbs:
            # "... Kill 17 Civilians Near Damascus Say Activists": a headline's verb with its
            # source after it, to the end of the line, speaks for what came before ("...,
            # Syria Tells UN" is Syria's: the one told is never the speaker).
            written = body[match.end() : paragraph.end - origin]
            tail = _clean(written, sp)
            if (
                tail
                and len(tail.split()) <= 4
                and not numbers.has_figure(written, language=sp.language)
                and _headline_source(tail, sp)
            ):
                found.append(Attribution(tail, verb_at, False))
                continue
        reach = max(0, match.start() - _SUBJECT_REACH)
        toll = verb in sp.toll_verbs
        if toll:
            toll_named = sp.toll_after.match(body, match.end())
            if toll_named is None or (
                toll_named.group("number") and verb.lower() not in sp.number_verbs
            ):
                continue  # "put" and "gave" attribute only a toll
        if verb in sp.record_word_verbs and sp.according_before.search(
            body, max(0, match.start() - _RECORD_VERB_REACH), match.start()
        ):
            continue  # "according to official estimates": a record, not a verb
        # The words right before the verb, as lower-case words (cheaper than a pattern).
        previous = body[max(0, match.start() - 30) : match.start()].lower().split()[-2:]
        if verb in sp.negated_verbs and any(word in sp.negations for word in previous):
            continue  # "could not confirm": no one says it
        if body[match.start() - 1 : match.start()].isspace() and previous:
            if previous[-1] in sp.adjectival_before:
                continue  # "an estimated 250,000", "the reported deaths"
            if previous[-1].endswith(("'s", "\u2019s")):
                continue  # "The General Staff's report": a noun after its owner
            passive = previous[-1] in sp.passive_before or (
                len(previous) == 2
                and previous[-1].endswith("ly")
                and previous[0] in sp.passive_before
            )  # "are said", "was reportedly said"
        else:
            passive = False
        if (
            verb in sp.claim_verbs
            and sp.claim_content.match(body, match.end()) is None
            and sp.closes.match(body, match.end()) is None
        ):
            # "claimed responsibility", "claimed 49 lives", "claimed an attack"; but a verb
            # that ends its clause reports ("..., a rebel spokesman claimed on Sunday.").
            continue
        if verb in sp.quote_verbs and not passive:
            # "Interfax quoted the officer in charge as saying": the speaker follows the verb.
            tail = sp.quote_tail.match(body, match.end())
            if tail is not None:
                phrase = _clean(tail.group("np"), sp)
                if phrase and _plausible(phrase, sp):
                    found.append(Attribution(phrase, verb_at, in_quote(verb_at)))
                continue
        # Translated text names the body a verb was said in after it ('"...," - is said in the
        # message of the department', "..., informed in the Ministry of Defense"): that body
        # speaks, not the clause before the verb.
        placed = sp.subject_in_after.match(body, match.end())
        mark = (
            sp.before_said_in.search(body, max(0, match.start() - 12), match.start())
            if placed is not None and _said_in_a_body(placed.group("np"), sp)
            else None
        )
        if mark is not None:
            position = origin + mark.start()
            quoted = in_quote(position) and in_quote(verb_at)
            phrase = _trim_noun_phrase(placed.group("np"), sp)
            if placed.group("article") is None:
                phrase = f"the {phrase}"  # "in ministry": the article the translation dropped
            found.append(Attribution(phrase, position, quoted))
            continue
        if passive or verb in sp.estimate_verbs:
            estimate = sp.estimated_by.match(body, match.end())
            if estimate is not None:
                # "Al-Shabaab is estimated by U.N. experts to have 7,000 fighters": the agent
                # made the estimate, for the figure after it.
                phrase = _clean(_trim_noun_phrase(estimate.group("np"), sp), sp)
                if phrase and _plausible(phrase, sp):
                    found.append(Attribution(phrase, verb_at, in_quote(verb_at), closes=False))
                continue
        if passive and verb not in sp.quote_verbs:
            continue  # "are said to have starved", "were reported killed": no speaker
        if sp.agent_after.match(body, match.end()) is not None:
            continue  # "a Tunisian blamed by his native country for attacks": a participle
        # "X said": the subject is the clause ending at the verb. Only a bounded stretch before
        # the verb is read, so a long paragraph costs time in proportion to its length.
        if not in_quote(verb_at) and not verb_first:
            before = body[reach : match.start()]
            quotation = before.strip()
            if (
                quotation.startswith(_QUOTATION_MARK)
                and quotation.endswith(_QUOTATION_MARK)
                and quotation.count(_QUOTATION_MARK) == 2
            ):
                # '"Losses ... were not registered," noted the head of the Centre': a quotation
                # that is all the clause before the verb is what was said, no subject (the
                # speaker follows); 'the agency "Interfax" reported' is the agency.
                before = ""
            if passive:
                before = regex.sub(r"\s{1,3}\w{1,5}\s{0,3}$", "", before)  # "X was quoted"
            at_start = origin + reach == paragraph.start
            subject, lead, affiliation = _subject_before(
                before, at_paragraph_start=at_start, sp=sp
            )
            if at_start and subject:
                subject = _without_dateline_place(subject, sp)
            if verb in sp.denial_verbs:
                # "The ministry denied ..., saying its jets flew 27 sorties": the subject speaks
                # from the participle on, never in what it denied.
                limit = min(len(body), match.end() + 300)  # a sentence's length at most
                stop = _SENTENCE_STOP.search(body, match.end(), limit)
                said = sp.denial_participle.search(
                    body, match.end(), stop.start() if stop else limit
                )
                if subject and said is not None:
                    found.append(Attribution(subject, origin + said.start(), False, closes=False))
                continue
            if verb in sp.record_verbs and subject and not _organisation(subject, sp):
                subject = ""  # "Cameras recorded the attack", "the highest toll recorded"
            cited = sp.citing.match(body, match.end()) if subject and not toll else None
            if cited is None and subject and not toll:
                # "Xinhua reported that 23 people were killed ..., citing police spokesman
                # Khalid Zadran.": the source named at the end of what was reported.
                cited = _citation_closing(body, match.end(), sp)
            if cited is not None:
                # "RIA Novosti reported, citing the ministry": the ministry made the claim.
                origin_phrase = _clean(_trim_noun_phrase(cited.group("np"), sp), sp)
                # Only a named origin replaces the reporter: "citing sources" keeps Reuters,
                # and so does "citing its network of activists".
                if (
                    origin_phrase
                    and _bare(origin_phrase.split()[0]) not in sp.possessives
                    and (_organisation(origin_phrase, sp) or _is_personal(origin_phrase, sp))
                ):
                    subject, lead, affiliation = origin_phrase, "", ""
            if subject:
                closes = (
                    toll or cited is not None or sp.closes.match(body, match.end()) is not None
                )
                reach = -1
                if not closes and sp.relative_verb.search(
                    body, max(0, match.start() - 40), match.start()
                ):
                    # "X, which says ..., has ...": the relative clause ends at its comma,
                    # but not before a part of what it counts (", including 11 women").
                    comma = body.find(",", match.end(), high)
                    while comma != -1 and sp.relative_clause_part.match(body, comma + 1):
                        comma = body.find(",", comma + 1, high)
                    reach = origin + comma if comma != -1 else -1
                found.append(
                    Attribution(
                        subject,
                        verb_at,
                        False,
                        lead,
                        toll,
                        closes,
                        affiliation,
                        reach=reach,
                        relays=verb in sp.relay_verbs,
                    )  # fmt: skip
                )
        if (
            toll
            or verb in sp.record_verbs
            or verb in sp.addressee_verbs  # "..., a witness told Reuters": Reuters listened
            or verb in sp.accusation_verbs  # "..., and blamed the government": the accused
            or sp.record_release.fullmatch(verb)
            or sp.issued_document.fullmatch(verb)
        ):
            continue
        # "said X": a verb after a comma, a quotation mark or a dash, followed by the speaker;
        # without them only a speaker phrase that ends the clause ("... said the Observatory.").
        # Only the few characters before the verb can hold the comma, quote or dash.
        lead_mark = sp.before_verb_first.search(body, max(0, match.start() - 10), match.start())
        if lead_mark is None and verb_at == paragraph.start:
            lead_mark = sp.before_verb_first.search(
                body, match.start(), match.start()
            )  # paragraph start
        after = sp.subject_after.match(body, match.end())
        if after is None:
            continue
        phrase = _trim_noun_phrase(after.group("np"), sp)
        if not phrase and lead_mark is not None and after.group("office") is not None:
            # The office's article the translation dropped: "..., informed administration of
            # the city."
            phrase = _trim_noun_phrase(f"the {after.group('np')}", sp)
            position = origin + lead_mark.start()
            if (
                phrase
                and _plausible(phrase, sp)
                and not (in_quote(position) and in_quote(verb_at))
            ):
                found.append(Attribution(phrase, position, False, relays=verb in sp.relay_verbs))
            continue
        role = None
        if not phrase and lead_mark is None:
            # Stripped copy loses the comma before a person's role: "... killing five
            # civilians said Nasir Faqiri a member of the provincial council".
            role = sp.role_after_name.search(after.group("np"))
            name = after.group("np")[: role.start()] if role is not None else ""
            phrase = name if name.istitle() and _is_personal(name, sp) else ""
        if not phrase:
            continue
        if lead_mark is None:
            end = after.start("np") + len(phrase)
            if not (
                _plausible(phrase, sp, strong=True)
                and (sp.after_end.match(body, end) or role is not None)
            ):
                continue
            person = _named_after_role(body, end, phrase, sp)
            found.append(
                Attribution(
                    f"{phrase}, {person}" if person else phrase,
                    verb_at,
                    in_quote(verb_at),
                    # The phrase may be trimmed inside a name ("the Syrian Observatory| for
                    # Human Rights."): the clause ends after all of it.
                    closes=sp.closes.match(body, end) is not None
                    or sp.closes.match(body, after.end("np")) is not None
                    or role is not None,  # a role after the name ends the clause
                    relays=verb in sp.relay_verbs,
                )
            )
            continue
        position = origin + lead_mark.start()
        # Inside a quotation only the dialogue style "... - said the Russian leader. - ..."
        # attributes; "said X" within someone's quoted words does not.
        # The closing mark of '"...," said X' belongs to the quotation, but the verb after it
        # does not: that is the commonest attribution of a quotation, not a verb inside one.
        quoted = in_quote(position) and in_quote(verb_at)
        if (
            quoted
            and body[lead_mark.start()] not in ",-"
            and not body[lead_mark.start() : lead_mark.start() + 2].startswith(" -")
        ):
            continue
        if _plausible(phrase, sp) or phrase.lower() in sp.person_pronouns:
            affiliation = ""
            person = _named_after_role(body, after.start("np") + len(phrase), phrase, sp)
            if person:
                phrase = f"{phrase}, {person}"  # the role before the name, as "X spokesman Y"
            elif _is_personal(phrase, sp):
                # "said Ahmed Ali, a spokesman for the White Helmets.": as before the verb.
                aside = _ASIDE_AFTER.match(body, after.end("np"))
                if aside is not None:
                    affiliation = _role_claimant(aside.group("aside"), sp)
            found.append(
                Attribution(
                    phrase,
                    position,
                    quoted,
                    affiliation=affiliation,
                    relays=verb in sp.relay_verbs,
                )  # fmt: skip
            )
    if (" with " in body or "With " in body) and any(
        participle in body for participle in sp.with_participles
    ):
        for match in sp.with_saying.finditer(body, low, high):
            verb_at = origin + match.start("verb")
            phrase = _clean(_trim_noun_phrase(match.group("np"), sp), sp)
            if phrase and _plausible(phrase, sp) and not in_quote(verb_at):
                # It speaks only for what follows: "... killed 17, with a monitor saying the
                # toll could rise" says nothing of who counted the 17.
                found.append(Attribution(phrase, verb_at, False, closes=False))
    participles = (
        sp.clause_participle.finditer(body, low, high)
        if any(participle in body for participle in sp.clause_participles)
        else ()
    )
    for match in participles:
        # "The army shelled the town, saying 40 militants were killed": the subject of the
        # clause before speaks from the participle on, when nothing in that clause attributes
        # already (a verb of speech, a denial). The clause's start is read within the reach of
        # a subject only, so that many participles cost time in proportion to the text.
        verb_at = origin + match.start()
        reach = max(0, match.start() - _SUBJECT_REACH)
        opening = max(
            _last_full_stop(body, reach, match.start()),
            *(body.rfind(mark, reach, match.start()) for mark in ("\n", '"')),
        )
        if opening < 0 and (reach > 0 or origin > paragraph.start):
            continue  # the clause starts beyond what is read
        clause = " ".join(body[opening + 1 : match.start()].split())
        if (
            in_quote(verb_at)
            or not clause
            or any(origin + opening < a.position <= verb_at for a in found)
        ):
            continue
        subject = _leading_subject(clause, sp, one_word=True)
        if subject:
            found.append(Attribution(subject, verb_at, False, closes=False))
    if any(hint in body for hint in sp.according_hints):
        for match in sp.according.finditer(body, low, high):
            position = origin + match.start()
            if in_quote(position):
                continue  # "according to X" within someone's quoted words
            phrase = _phrase_of_record(match.group("np"), sp, people_record=True)
            if phrase:
                frames_until = -1
                # "..., and that according to X no civilians were hurt": a clause opened on
                # X frames what follows it, never the figures before.
                opens_clause = (
                    _bare((body[max(0, match.start() - 12) : match.start()].split() or [""])[-1])
                    in sp.according_clause_openers
                )
                if _opens_sentence(body, match.start()) or opens_clause:
                    frames_until = origin + _frame_end(body, match.end(), high, sp)
                found.append(
                    Attribution(
                        phrase, position, False, closes=not opens_clause, frames_until=frames_until
                    )
                )
    if ("s " in body and ("'s " in body or "\u2019s " in body)) or "By " in body:
        # "By the UN's count, ...": a possessive, which most paragraphs lack, must be there;
        # or a sentence opening "By" ("By an AFP tally, ...").
        for match in sp.by_count.finditer(body, low, high):
            # The count's keeper frames the clause after it, as an opening "According to X,"
            # does.
            position = origin + match.start()
            if in_quote(position) or not _opens_sentence(body, match.start()):
                continue
            last = _bare(match.group("np").split()[-1])
            if match.group("possessive") is None and (
                _people_word(match.group("np"), sp) or is_place_name(match.group("np"))
            ):
                continue  # "By the Israeli count", "By the Gaza count": no one who keeps it
            if match.group("body") is not None and last not in sp.record_keepers:
                continue  # "By most people's count": only a body's lower-case name is a keeper
            if not _plausible(match.group("np"), sp) or last in (sp.time_words | sp.not_keepers):
                continue  # "By Monday's count": a time keeps no count
            frames_until = origin + _frame_end(body, match.end(), high, sp)
            found.append(
                Attribution(match.group("np"), position, False, frames_until=frames_until)
            )
    if any(noun in body for noun in sp.record_subject_nouns):
        for match in sp.record_subject.finditer(body, low, high):
            # "An AFP tally of deaths reached 557": the author of the record the sentence opens
            # on speaks for its clause, as an opening "According to AFP," does.
            position = origin + match.start()
            before = body[max(0, match.start() - 4) : match.start()].rstrip(" \"'\u201c")
            if before[-1:] not in ("", ".", "!", "?", "\n") or in_quote(position):
                continue
            owner = match.group("owner")
            if owner and owner.split()[-1].lower() in sp.not_keepers:
                continue  # "The past year's figures show ..."
            phrase = owner if owner else _phrase_of_record(match.group("np"), sp)
            # A place's count is no one's ("The Gaza City count rose to 500"), nor may a name
            # only capitalised be trusted ("The Gaza count"), unless it is an acronym ("An AP
            # count") or of more than one word ("An Associated Press count").
            if (
                phrase
                and not is_place_name(phrase)
                and (_plausible(phrase, sp, strong=True) or phrase.isupper() or " " in phrase)
            ):
                frames_until = origin + _frame_end(body, match.end(), high, sp)
                found.append(Attribution(phrase, position, False, frames_until=frames_until))
    link = f" {sp.passive_link} "
    by = body.find(link, low)
    while by != -1 and by < high:
        # "The toll of 40 dead was given by the White Helmets": only the words right before
        # the "by" are read, and only after a participle or adverb ("killed by" is no record).
        word = body[body.rfind(" ", 0, by) + 1 : by].lower()
        # ... or a day after one: "was reported on Wednesday by".
        prior = (
            body[max(0, by - 30) : by].split()[-2:-1] if word not in sp.record_made_by_ends else []
        )
        before = (
            sp.record_made_by.search(body, max(0, by - _PASSIVE_REACH), by + 1)
            if word in sp.record_made_by_ends
            or (prior and prior[0].lower() in sp.passive_time_links)
            else None
        )
        if (
            before is not None
            and not in_quote(origin + before.start())
            and sp.speakers_record.search(body, max(0, before.start() - 60), before.start())
            is None
        ):
            after = sp.phrase_after.match(body, by + len(link) - 1)
            np = after.group("np") if after is not None else ""
            says = sp.record_says.search(np)
            phrase = _phrase_of_record(np[: says.start()] if says else np, sp) if np else ""
            if phrase:
                found.append(Attribution(phrase, origin + before.start(), False))
        by = body.find(link, by + 1)
    if "-" in body:
        for match in sp.tweet_tail.finditer(body, low, high):
            found.append(Attribution(match.group("np"), origin + match.start(), False))
    return sorted(found, key=lambda a: a.position)


# The author a record names before it ("an |AFP| tally", "the |Syrian Observatory for Human
# Rights| count"): capitalised words, with the particles names hold.
_RECORD_AUTHOR = (
    r"[A-Z][\w.&'-]{0,30}?(?:\s{1,3}(?:(?:for|of|de|al)\s{1,3})?[A-Z][\w.&'-]{0,30}?){0,5}"
    # Its possessive is no part of it: "the |Pentagon|'s figures".
    r"(?=(?:['\u2019]s)?\s)"
)
_SENTENCE_STOP = regex.compile(r"[.!?](?:\s|$)")
_BRACKETED_TAIL = regex.compile(r"\s{0,2}\([^()\n]{1,40}\)$")
_PASSIVE_REACH = 100  # characters read before a passive "by" for its record and participle
_RECORD_VERB_REACH = 80  # characters back from "estimates" to an "according to" of its record
_FRAME_REACH = 400  # characters an opening "According to X," frames at most


def _last_full_stop(body: str, start: int, end: int) -> int:
    """Where the last ". " ending a sentence lies in ``body[start:end]``, or -1. The dot of
    initials or an abbreviation ends none when a lower-case word follows ("A U.S. official,
    speaking ..."), but does before a capital ("... troops from the U.S. The group then ...")."""
    at = body.rfind(". ", start, end)
    while at >= 0:
        following = body[at + 2 : at + 3]
        if not (following.islower() and ends_abbreviation(body, start, at)):
            return at
        at = body.rfind(". ", start, at)
    return -1


def _opens_sentence(body: str, at: int) -> bool:
    """Whether the words at ``at`` open their sentence: after a stop, a line break or nothing,
    past quotation marks."""
    opening = body[max(0, at - 4) : at].rstrip(" \"'\u201c")
    return opening[-1:] in ("", ".", "!", "?", "\n")


def _frame_end(body: str, start: int, high: int, sp: _Speech) -> int:
    """Where the clause an opening source frames ends ("According to X, jets flew 40 sorties, and
    12 died, Y said": at ", and"), in ``body`` from ``start``: a sentence's length at most, so
    that many openings stay linear."""
    stop = min(high, start + _FRAME_REACH)
    turn = sp.clause_turn.search(body, start, stop)
    return turn.start() if turn is not None else stop


def _said_in_a_body(np: str, sp: _Speech) -> bool:
    """Whether a phrase after "VERB in" is a body that speaks ("the Ministry of Defense of
    Russia", "the department"), not a document or a venue ("the statement", "the capital")."""
    phrase = _trim_noun_phrase(np, sp)
    words = [_bare(word) for word in phrase.split()]
    return bool(words) and (
        bool(claimants().organisation(phrase))
        or (words[-1] in sp.organisation_heads and words[-1] not in sp.document_heads)
    )


def _phrase_of_record(np: str, sp: _Speech, *, people_record: bool = False) -> str:
    """The speaker a phrase after "according to" or a passive "by" names, "" if none: "a
    statement by X", "figures released by X", "an AFP tally" name X and AFP. With
    ``people_record`` (after "according to"), a people's record is kept whole: "Western
    estimates" (a sentence opening "The Gaza count rose" names a place, no one who speaks)."""
    if _authorless(np, sp):
        return ""  # "according to radio intercepts": a record, but no one who speaks
    # Text stripped of its full stops runs the phrase into the next sentence: "according to
    # the International Committee of the Red Cross| Our teams are overwhelmed said a doctor".
    next_sentence = sp.pronoun_opening.search(np)
    if next_sentence is not None:
        np = np[: next_sentence.start()]
    # "a statement from the border guard| carried by the official Saudi Press Agency": the
    # outlet that relayed the record made none of it.
    np = sp.according_lead.sub("", sp.relayed_tail.sub("", np))
    if _authorless(np, sp):
        return ""  # "the information received from the front"
    # A people's word is no author: "according to Israeli estimates" keeps its record.
    people = sp.people_record.match(np) if people_record else None
    if people is not None and _people_word(people.group("name"), sp):
        return people.group("record")
    # "according to an AFP tally": the tally's author is the speaker.
    np = sp.according_record.sub(
        lambda found: (
            found.group()
            if _people_word(found.group("name"), sp) or _record_in_a_name(found)
            else found.group("name")
        ),
        np,
    )
    phrase = _clean(_without_appositive(_trim_noun_phrase(np, sp), sp), sp)
    if not phrase or not claimants().organisation(phrase):
        # "according to the Syrian Network for Human Rights": a known name runs on through the
        # "for" that ends most phrases. So does a name with capitalised words after it: "the
        # Institute for the Study of War".
        longest = _longest_speaker(np, sp)
        if not phrase or (
            len(longest) > len(phrase)
            and (
                claimants().organisation(longest)
                or len(named_organisation(longest)) > len(named_organisation(phrase))
            )
        ):
            phrase = longest
        phrase = _source_inside(np, phrase, sp) or phrase
    if phrase and not claimants().organisation(phrase):
        # "according to the Ministry of Health in Gaza": a place the claimant's name holds.
        placed = _PLACED_AFTER.match(np, np.find(phrase) + len(phrase)) if phrase in np else None
        if placed is not None and claimants().organisation(phrase + placed.group()):
            phrase += placed.group()
    if phrase.lower() in sp.determiners and phrase.lower() not in sp.person_pronouns:
        return ""  # "according to the latest data of the day": the time left only "the"
    owner, possessive, _ = possessive_split(phrase)
    if possessive and _needs_resolution(owner, sp):
        # "according to the command's figures": the body referred to keeps the record, and is
        # resolved as "the command" would be.
        return owner
    if phrase and (_plausible(phrase, sp) or phrase.lower() in sp.person_pronouns):
        return phrase
    return ""


def _record_in_a_name(found: regex.Match) -> bool:
    """Whether the record word of "according to X <record>" is a word of a name going on after
    it, capitalised as its next word is: "the Yemen Data Project", not "UN data"."""
    return found.group("record")[:1].isupper() and found.group("after").lstrip()[:1].isupper()


# A place after a body's name, which the name of a claimant may hold: " in Gaza", " in the Gaza
# Strip".
_PLACED_AFTER = regex.compile(r" in(?: the)?(?: [A-Z][\w'-]{1,20}){1,3}")


def _demonym(name: str) -> bool:
    """Whether a name is a people's word, not a country's own name ("Israeli", "Syrian")."""
    country = claimants().country(name)
    return bool(country) and country.lower() != name.lower()


def _authorless(np: str, sp: _Speech) -> bool:
    """Whether a record after "according to" names no one who speaks: "radio intercepts",
    "official estimates", but not "government figures", "police figures" or "hospital data",
    whose body speaks."""
    np = np.strip()
    return bool(sp.authorless_record.fullmatch(np)) and not any(
        _bare(word) in sp.record_keepers for word in np.split()[:-1]
    )


def frame_opening_words(language: str = lang.DEFAULT_LANGUAGE) -> frozenset[str]:
    """The words, in lower case, a source framing its paragraph opens with ("according" of
    "According to X,", "by" of "By the UN's count,")."""
    return _speech(language).frame_openers


def _people_word(name: str, sp: _Speech) -> bool:
    """Whether a name is a people's or a bloc's word, no author of a record ("Israeli",
    "Western")."""
    return name in sp.record_peoples or _demonym(name)


def _without_appositive(phrase: str, sp: _Speech) -> str:
    """A name without the appositive that text without commas runs on from it: "the Local
    Coordination Committees an activist network" is the committees. Only after a capitalised
    word, and only when the name is a speaker by itself."""
    words = phrase.split()
    for index in range(1, len(words) - 1):
        if _bare(words[index]) in sp.appositive_articles and words[index - 1][:1].isupper():
            name = " ".join(words[:index])
            if _plausible(name, sp, strong=True):
                return name
    return phrase


# Up to four words and a colon opening a headline.
_HEADLINE_OPENING_SOURCE = regex.compile(
    r"\s{0,3}(?P<source>[^\s:]{1,30}(?:\s{1,3}[^\s:]{1,30}){0,3}):\s"
)


def headline_attribution(
    text: str, paragraph: Span, *, language: str = lang.DEFAULT_LANGUAGE
) -> Attribution | None:
    """The source a headline names at its end, as wire headlines do without their colon:
    "Bomb kills 18 in Damascus suburb: state TV", "... kill more than 20 - Monitor",
    "... overnight monitor says"; or before its first colon ("Monitor: Russian strikes kill
    30"). Only known claimants and source classes count, so a byline, a place or a label
    ("BREAKING:") is never taken for one."""
    sp = _speech(language)
    line = text[paragraph.start : paragraph.end]
    opening = _HEADLINE_OPENING_SOURCE.match(line)
    if opening is not None:
        # "Monitor: Russian strikes kill 30 civilians", "UN: 13 million need aid": the source
        # before the headline's first colon.
        phrase = _clean(opening.group("source"), sp)
        if phrase and all(_np_word(w, sp) for w in phrase.split()):
            if _headline_source(phrase, sp):
                return Attribution(phrase, paragraph.start + opening.start("source"), False)
    colon = line.rfind(": ")
    if colon != -1:
        words = line[colon + 2 :].split()
        for k in range(1, min(4, len(words)) + 1):  # the shortest: a byline may follow
            rest = words[k:]
            if len(rest) > 3 or any(ch.isdigit() for word in rest for ch in word):
                continue  # "US: Coalition strikes killed 20": the headline goes on, no source
            if not _np_word(words[k - 1], sp):
                break  # "Coalition strikes killed": past the phrase
            phrase = _clean(" ".join(words[:k]), sp)
            if phrase and _headline_source(phrase, sp):
                return Attribution(phrase, paragraph.start + colon, False)
    tail = sp.headline_tail.search(line)
    before = line[: tail.start()] if tail else line
    words = before.split()
    found = None
    for k in range(1, min(4, len(words) - 1) + 1):
        if k > 1 and not _np_word(words[-k], sp):
            break  # "... kill 35 fighters overnight monitor": the source is "monitor"
        if k > 1 and (words[-k].endswith(",") or sp.verb.fullmatch(words[-k])):
            break  # "... 17 Civilians, Says Monitor": the source starts after its verb
        last = _bare(words[-1])
        if (last in _counted_nouns() or last in sp.source_nouns) and _counted_by_figure(
            words[:-k], sp
        ):
            continue  # "... kill two IS commanders", "4 Provincial Governors": the counted
        phrase = _clean(" ".join(words[-k:]), sp)
        if phrase and _headline_source(phrase, sp):
            found = Attribution(
                phrase, paragraph.start + len(before) - len(" ".join(words[-k:])), False
            )
    return found


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    """The nouns a figure counts (people, fighters, aircraft ...), lower case."""
    lex = lexicon()
    return frozenset(lex.people_nouns) | frozenset(lex.noun_to_kind)


def _counted_by_figure(words_before: list[str], sp: _Speech) -> bool:
    """Whether the phrase after ``words_before`` is the noun of a figure among them: only a
    figure and capitalised modifiers stand before it ("two IS commanders", "12 Syrian
    activists"), where "30 civilians overnight monitor" has other words between."""
    for index in range(len(words_before) - 1, max(-1, len(words_before) - 4), -1):
        word = words_before[index]
        if numbers.has_figure(word, language=sp.language):
            return True
        if not word[:1].isupper() or claimants().country(word) or is_place_name(word):
            return False  # "Strikes kill 23 Syria monitor": a place after a bare figure
    return False


def _headline_source(phrase: str, sp: _Speech) -> bool:
    if numbers.has_figure(phrase, language=sp.language):
        return False  # "Russia airstrikes kill two IS commanders": the figure's own noun
    head = _bare(phrase.split()[-1])
    if claimants().organisation(phrase):
        return True
    return head in sp.source_nouns and all(_np_word(w, sp) for w in phrase.split())


#: Characters after a toll verb its figure may stand at: "put the death toll at 60". (120 was
#: tried, for "puts the number of civilians killed by coalition strikes in Raqqa at ...", and
#: gave the toll's speaker to a later figure of another clause.)
TOLL_VERB_REACH = 60


def nearest(
    attributions: list[Attribution], span: Span, figure: int | None = None
) -> Attribution | None:
    """The attribution closest to a span of text (a quotation or a sentence).

    With ``figure``, the attribution whose verb is nearest the figure wins among those in the
    span; a toll attribution ("put the toll at") only counts for the figure right after it,
    and a verb that opens what was said ("activists say some ...") only for figures after it.
    """
    best, best_distance = None, None
    # "According to X," frames the figures of its own clause against any verb after them, and
    # every figure of its sentence against an outlet that relays it.
    framed = figure is not None and any(
        span.start <= a.position < figure < a.frames_until for a in attributions
    )
    relayed = figure is not None and any(
        a.frames_until >= 0 and span.start <= a.position < figure for a in attributions
    )
    for attribution in attributions:
        if attribution.toll and (
            figure is None or not 0 < figure - attribution.position < TOLL_VERB_REACH
        ):
            continue
        if figure is not None and not attribution.closes and figure < attribution.position:
            continue
        if figure is not None and 0 <= attribution.reach <= figure:
            continue  # past the relative clause the verb speaks in
        if span.start <= attribution.position < span.end:
            distance = 0 if figure is None else abs(attribution.position - figure)
            if (
                figure is not None
                and attribution.closes
                and not attribution.toll
                and attribution.frames_until < 0
                and attribution.position < figure
            ):
                # "..., the Observatory said, while twin car bombs killed 57 people in Homs, the
                # monitoring group said": a verb that closes its clause speaks for what precedes.
                distance += 500
            elif (framed or (relayed and attribution.relays)) and attribution.position > figure:
                # "According to the UN, 400,000 have died, Press TV reported": the UN's.
                distance += 500
        else:
            distance = min(
                abs(attribution.position - span.start), abs(attribution.position - span.end)
            )
            distance += 0 if figure is None else 1_000_000
        if best_distance is None or distance < best_distance:
            best, best_distance = attribution, distance
    return best


_NAMED_ORGANISATION_WORD = regex.compile(r"[A-Z][\w'.-]{0,30}")


def is_event_word(word: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``word`` names an event ("blasts", "Strikes"), never people or a speaker."""
    return word.lower() in _speech(language).event_heads


def without_source_ties(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """A speaker phrase cut before the ties of its source: "a source close to the Defence
    Ministry" -> "a source", "Ukraine's mission to the UN" -> "Ukraine's mission". Such a
    source is not the organisation it is close to or sent to, so the phrase must not be
    credited to it; "a source at the ministry" speaks from inside and keeps its words."""
    return _without_source_ties(phrase, _speech(language))


@_memo
def _without_source_ties(phrase: str, sp: _Speech) -> str:
    words = phrase.split()
    for index in range(1, len(words) - 1):
        if (
            _bare(words[index - 1]) in sp.source_nouns
            and f"{_bare(words[index])} {_bare(words[index + 1])}" in sp.source_links
        ) or (_bare(words[index - 1]) in sp.envoy_heads and _bare(words[index]) in sp.envoy_links):
            return " ".join(words[:index])
    return phrase


def named_organisation(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """An organisation a speaker phrase names that the claimant table lacks, as written with
    its head capitalised: "a source at Aleppo Police Command" -> "Aleppo Police Command",
    "Head of the Hama Media center Abu Yazan al-Noiami" -> "Hama Media Center"; '' for
    sources with no name ("a medical source", "activists")."""
    sp = _speech(language)
    words = phrase.split()
    for end in range(len(words) - 1, 0, -1):
        head = _bare(words[end])
        if head not in sp.organisation_heads or head in ("group", "media", "forces", "force"):
            continue
        start = end
        # A title that is a body's word too, in a name that goes on after its head: "the
        # General Staff of the Armies" (but "the General Staff" alone names no one body).
        general = start > 0 and _bare(words[start - 1]) == "general"
        if general and _name_tail(words, end, sp):
            start -= 1
        while start > 0 and _name_word(words[start - 1], sp):
            start -= 1
        while start < end and _bare(words[start]) in sp.office_modifiers:
            start += 1  # "Caretaker Health Ministry" is the Health Ministry
        if (
            start == end > 1
            and _bare(words[end - 1]) in sp.name_tail_openers
            and _bare(words[end - 2]) in sp.organisation_heads
        ):
            # "the Ministry of Defence of Armenia": the name opens at the head before "of".
            end = start = end - 2
            while start > 0 and _name_word(words[start - 1], sp):
                start -= 1
        tail = _name_tail(words, end, sp)
        if start < end or tail:
            # The heads after it are the name's too: "the Karabakh defence ministry" is the
            # Karabakh Defence Ministry, not the Karabakh Defence.
            last = end
            while (
                not tail
                and last + 1 < len(words)
                and _bare(words[last + 1]) in sp.organisation_heads
            ):
                last += 1
            name = [w.strip(",.") for w in words[start:end]] + [
                word.strip(",.").capitalize() if word.islower() else word.strip(",.")
                for word in words[end : last + 1]
            ]
            return " ".join(name + tail)
    return ""


def _name_word(word: str, sp: _Speech) -> bool:
    """Whether a word may be part of an organisation's name: a capitalised word, but no title
    ("Spokesman Aleppo Police Command") unless names hold it too ("Iraqi Defence Ministry")."""
    word = word.strip(",.")
    if not _NAMED_ORGANISATION_WORD.fullmatch(word):
        return False
    bare = _bare(word)
    if bare in sp.determiners:
        return False  # "A Lebanese army statement": a capital that opens the sentence
    return (
        bare not in sp.title_words or bare in sp.name_modifiers or bool(claimants().country(word))
    )


def _name_tail(words: list[str], head: int, sp: _Speech) -> list[str]:
    """The capitalised words a name goes on with after its head and "for" or "of": "Center
    for Policy Research", "Institute for the Study of War", "Ministry of Health"."""
    if head + 2 >= len(words) or words[head].endswith(","):
        return []
    if _bare(words[head + 1]) not in sp.name_tail_openers:
        return []
    end, linked = head + 1, False
    for index in range(head + 2, min(len(words), head + 10)):
        if _name_word(words[index], sp):
            end, linked = index + 1, False
        elif _bare(words[index]) in sp.name_links and not linked:
            linked = True  # "of", "the", "and" between the words of a name, one at a time
        else:
            break
        if words[index].endswith(","):
            break
    return [w.strip(",.") for w in words[head + 1 : end]] if end > head + 1 else []


def generic_head(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The kind of body a speaker phrase names without saying whose it is, in lower case ("the
    ministry" -> "ministry", "The army" -> "army", "the Defence Ministry" -> "defence
    ministry"); '' for a phrase that says whose ("the Iraqi Defence Ministry")."""
    sp = _speech(language)
    words = phrase.split()
    if not 2 <= len(words) <= 4 or _bare(words[0]) != "the":
        return ""
    kind = [_bare(word) for word in words[1:]]
    if kind[-1] not in sp.reference_heads or any(w not in sp.name_modifiers for w in kind[:-1]):
        return ""
    return " ".join(kind)


def generic_head_of_voice(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The kind of body one who speaks for it is named by, without saying whose ("the ministry
    spokesman", "a ministry official", "The ministry's spokesman", "the Ministry spokesman
    Ashraf" before his surname, "the spokesman of the ministry" -> "ministry"); ''."""
    words = phrase.split()
    if words and _bare(words[0]) not in ("the", "a", "an"):
        words.insert(0, "the")  # "army spokesman Colonel Bakary Traore"
    voices = _speech(language).state_body_voices
    while len(words) > 3 and _bare(words[-1]) not in voices and words[-1][:1].isupper():
        words.pop()  # a given name after the role
    if len(words) < 3:
        return ""
    if _bare(words[1]) in voices and len(words) > 3:
        # "the spokesman of the military": the body after the role.
        body = body_of_role(" ".join(words), language=language)
        return generic_head(body, language=language) if body != " ".join(words) else ""
    if _bare(words[-1]) not in voices:
        return ""
    owner = [*words[1:-2], without_possessive(words[-2])]
    return generic_head(" ".join(["the", *owner]), language=language)


def names_an_army_unit(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``phrase`` names a numbered unit of an army: an ordinal, then capitalised words
    ending in a unit's word ("the 6th Infantry Division", "The 93rd Mechanized Brigade")."""
    words = phrase.split()
    for index, word in enumerate(words[:-1]):
        if _ORDINAL.fullmatch(word):
            rest = words[index + 1 :]
            return (
                len(rest) <= 4
                and all(w[:1].isupper() for w in rest)
                and _bare(rest[-1]) in _speech(language).army_unit_heads
            )
    return False


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def is_armed_head(word: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``word`` names a state's forces as a body ("army", "military")."""
    return word.lower() in _speech(language).armed_heads


def body_of_role(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The body a role phrase names after its role ("The Chief of the General Staff of the
    Armies" -> "the General Staff of the Armies", "a spokesman for the ministry" -> "the
    ministry"); ``phrase`` itself when it opens with no role."""
    sp = _speech(language)
    words = phrase.split()
    start = 1 if words and _bare(words[0]) in sp.determiners else 0
    if (
        len(words) > start + 3  # not "Chief of Staff", a title
        and (_bare(words[start]) in sp.role_words or _bare(words[start]) in sp.title_words)
        and _bare(words[start + 1]) in sp.role_links
    ):
        return " ".join(words[start + 2 :])
    return phrase


def armed_country(sentence: str, kind: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The country word before the forces ``sentence`` names ("Israeli" in "Israeli jets
    struck 12 targets"), when ``kind`` is a body of forces ("army") and the sentence names
    one country's forces only; else ''."""
    sp = _speech(language)
    if kind not in sp.armed_heads:
        return ""
    found = {}
    for match in sp.armed_forces.finditer(sentence):
        if sp.enemy_before.search(sentence, max(0, match.start() - _ENEMY_REACH), match.start()):
            continue  # "shot down five Indian aircraft": the forces hit, not the speaker's
        word = match.group("country")
        country = claimants().country(word)
        if country:
            found.setdefault(country, word)
            # "Syrian and Russian jets": the forces of two countries.
            joint = _JOINT_COUNTRY.search(sentence, max(0, match.start() - 30), match.start())
            if joint is not None and claimants().country(joint.group("country")):
                found.setdefault(claimants().country(joint.group("country")), "")
    return next(iter(found.values())) if len(found) == 1 else ""


_ENEMY_REACH = 40  # characters read before a country's forces for a verb they are hit by
_JOINT_COUNTRY = regex.compile(r"(?P<country>[A-Z][\w.'\u2019]{1,20})(?:\s{1,3}and|,)\s{1,3}$")


def in_past_role(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a speaker phrase names a role no longer held ("a former Turkish army officer"),
    which speaks for no body."""
    return _speech(language).past_role.search(phrase) is not None


def closing_attribution(*, language: str = lang.DEFAULT_LANGUAGE) -> regex.Pattern:
    """The attribution that may end a paragraph after a comma: ", the ministry said.", ",
    said the Observatory." (see :func:`textspans.quote_spans`)."""
    return _speech(language).closing_attribution


def names_the_story_s_country(word: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a possessive stands for the country the story is about ("country's" in "the
    country's Defense Ministry")."""
    return _bare(word) in _speech(language).country_possessives


def names_state_body(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether a speaker phrase ends in a state's body: "the ministry", "a spokesperson for
    the Ministry of Defence", "the army", or one who speaks for it: "a military source", "the
    military's media wing"."""
    table = _speech(language)
    if phrase.endswith(")"):
        phrase = _BRACKETED_TAIL.sub("", phrase)  # "The General Staff of the Armies (EMGA)"
    written = phrase.split()
    if _is_personal(phrase, table):
        # A person named with the body's title: "Defence Ministry spokesman Dawlat Waziri".
        written = written[: len(written) - len(_name_run(phrase, table))]
    words = [without_possessive(_bare(word)) for word in written]
    if len(words) >= 2 and words[-1] in table.state_body_voices:
        words.pop()
    if bool(words) and words[-1] in table.state_body_heads:
        return True
    # A part of it named after its possessive: "the military's media wing", "the ministry's
    # Emergency Operations Center", or "the militarys media wing" of scraped text, which drops
    # the apostrophe.
    return len(written) >= 3 and (
        any(
            word.lower().endswith(("'s", "\u2019s")) and words[index] in table.state_body_heads
            for index, word in enumerate(written[:-1])
        )
        or any(
            words[index].endswith("s") and words[index][:-1] in table.state_body_heads
            for index in range(len(written) - 3, len(written) - 1)
        )
    )


def referring_owner(phrase: str, *, language: str = lang.DEFAULT_LANGUAGE) -> str:
    """The words with which a speaker phrase's possessive refers back to an organisation: "The
    group" of "The group's Radio Andalus", "it" of "Its Al-Manar television"; '' when there are
    none, or they name the organisation themselves ("Hamas's armed wing")."""
    sp = _speech(language)
    owner, owned = _referring_possessive(phrase, sp)
    # Only a named outlet or wing: "Its director", "The group's elder" may be another's.
    if not owned[:1].isupper():
        return ""
    return owner if needs_resolution(owner, language=language) == "organisation" else ""


def _referring_possessive(phrase: str, sp: _Speech) -> tuple[str, str]:
    """A phrase split at the possessive that opens it: ("The group", "Radio Andalus") for "The
    group's Radio Andalus", ("it", "spokesman") for "Its spokesman"; ('', '') when none opens
    it or nothing follows."""
    owner, _, owned = possessive_split(phrase)
    if not owned:
        first, _, owned = phrase.partition(" ")
        if not owned or first.lower() not in sp.organisation_possessives:
            return "", ""
        owner = "it"
    return owner, owned


def names_head(phrase: str, head: str) -> bool:
    """Whether ``phrase`` holds the word ``head`` ("The Douma Local Council" holds "council"),
    as the body a reference of that kind ("the local council") stands for must."""
    return any(without_possessive(_bare(word)) == head for word in phrase.split())


def names_whose(phrase: str, kind: str, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether ``phrase`` names a body of ``kind`` with its country: "the Iraqi Defence
    Ministry", its spokesman and "Turkey's military" do; "the ministry" itself, "the Iraqi
    Interior Ministry" for "defence ministry", and "the Free Syrian Army" for "army" (a name of
    its own) do not. A country's forces are one body whatever they are called: "Israel's
    military" names the army."""
    sp = _speech(language)
    if sp.past_role.search(phrase):
        return False  # "a former Turkish army officer" speaks for no army
    kinds = sp.one_force_heads if kind in sp.one_force_heads else (kind,)
    return any(_names_whose(phrase, each, sp) for each in kinds)


def _names_whose(phrase: str, kind: str, sp: _Speech) -> bool:
    if _is_personal(phrase, sp):
        # A person's title names the body: "Israeli military spokesman Daniel Hagari" makes a
        # later "the military" the Israeli one.
        written = phrase.split()
        phrase = " ".join(written[: len(written) - len(_name_run(phrase, sp))])
        if not phrase:
            return False
    if phrase.endswith(")"):
        phrase = _BRACKETED_TAIL.sub("", phrase)  # "The Somali National Army (SNA)"
    words = _head_of(phrase.split(), sp)
    kind_words = kind.split()
    size = len(kind_words)
    bare_words = [_bare(word) for word in phrase.split()]
    for at in range(len(bare_words) - size - 1):
        if bare_words[at : at + size] == kind_words and bare_words[at + size] == "of":
            # "The Ministry of Health in Gaza": its portfolio says which ministry; "The Armed
            # Forces of the Democratic Republic of Congo": its country, whose forces.
            return bare_words[at + size + 1] in sp.portfolio_words or bool(
                claimants().countries_in(" ".join(phrase.split()[at + size + 1 :]))
            )

    def ends_with_kind(words: list[str]) -> bool:
        return [without_possessive(_bare(w)) for w in words[-size:]] == kind_words

    if len(words) > size + 1 and not ends_with_kind(words) and ends_with_kind(words[:-1]):
        # "the Iraqi Defence Ministry spokesman", "a Lebanese army statement": the body a
        # source, a role or a document comes from.
        if _bare(words[-1]) in sp.source_nouns:
            words = words[:-1]
    if len(words) <= size or not ends_with_kind(words):
        return False
    owner = False
    for word in words[:-size]:
        bare = _bare(word)
        if claimants().country(word) or bare in sp.portfolio_words:
            # "the Houthi-run health ministry": a portfolio says which ministry too, so a
            # later bare "the ministry" is that one, not the claimants table's default.
            owner = True
        elif bare.endswith(_RULED_BY):
            continue  # "Houthi-run", "Hamas-controlled": whose it is, which names no body
        elif (
            bare not in sp.name_modifiers
            and bare not in sp.determiners
            # Only in an army's name: "the Syrian National Coalition" is a name of its own.
            and not (bare in sp.body_name_modifiers and kind in sp.one_force_heads)
        ):
            return False
    return owner


_YEAR_WHEN = re.compile(r"(?:19|20)\d\d\s{0,3},\s{0,3}[Ww]hen\s")  # "2023, when": see background
# A "when" clause opening right after a date: "since Oct. 7, 2023|, when militants attacked".
WHEN_CLAUSE_AFTER = re.compile(r"\s{0,3},\s{0,3}when\s", re.IGNORECASE)

_RULED_BY = ("-run", "-led", "-controlled", "-backed", "-held", "-appointed")


def in_background(sentence: str, offset: int, *, language: str = lang.DEFAULT_LANGUAGE) -> bool:
    """Whether the figure at ``offset`` in ``sentence`` sits in a war-wide toll appended to it
    ("..., a war that has killed more than 250,000 people"): the outlet's narration."""
    spans = background_spans(sentence, language=language)
    return any(start <= offset < end for start, end in spans)


def background_spans(
    sentence: str, *, language: str = lang.DEFAULT_LANGUAGE
) -> list[tuple[int, int]]:
    """The war-wide tolls appended to ``sentence`` (see :func:`in_background`), in order: a
    caller with many figures in one sentence finds them once."""
    if "that" not in sentence and "which" not in sentence and not _YEAR_WHEN.search(sentence):
        return []  # the clause opens with one of them
    spans = [match.span() for match in _speech(language).background.finditer(sentence)]
    if sentence.lstrip()[:6].lower() == "since ":
        # "Since October 7, 2023, when militants attacked ..., Israel's campaign has killed
        # 37,000": the clause on the start day opens the sentence, whose main clause follows.
        spans = [span for span in spans if not _YEAR_WHEN.match(sentence, span[0] - 4)]
    return spans
