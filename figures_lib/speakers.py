"""Who an article attributes a figure to: "X said", "said X", "according to X", "- MoD".

Attributions are found per paragraph. A figure inside a quotation takes the attribution
nearest that quotation; any other figure takes the attribution in its own sentence. Pronouns
and bare titles ("he", "the Russian leader") resolve to the most recent named person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .textspans import Span

_VERBS = (
    r"said|says|say|told|tells|added|adds|reported|reports|announced|announces|stated|states"
    r"|claimed|claims|noted|notes|estimated|estimates|declared|explained|stressed|emphasized"
    r"|emphasised|confirmed|insisted|wrote|writes|tweeted|concluded|recalled|complained"
    r"|revealed|disclosed|underlined|underscored|pointed\s{1,3}out|asserted|acknowledged"
    r"|reiterated|warned|cited"
)
_AUXILIARY_TAIL = regex.compile(
    r"(?:\s{1,3}(?:has|have|had|also|earlier|later|further|again|repeatedly|previously|then"
    r"|on\s{1,3}\w{1,12}|last\s{1,3}\w{1,8}|has\s{1,3}also|had\s{1,3}earlier)){1,3}$"
)
# Speech verbs are found with a stdlib pattern (a plain alternation scans several times faster
# there); both attribution orders are then matched only at those verbs.
_SUBJECT_VERB = re.compile(rf"(?<![\w-])(?:{_VERBS})\b")
# What may stand right before a verb that opens "said the ministry": a comma, a quotation mark,
# a dash, or the start of the paragraph.
_BEFORE_VERB_FIRST = regex.compile(r"(?:[,\"]|\s-|^)\s{0,3}$")
_SUBJECT_AFTER_VERB = regex.compile(
    r"\s{1,3}(?P<np>(?:the|a|an)\s{1,3}[^,.;:!?\"()\n]{1,80}|[A-Z][^,.;:!?\"()\n]{0,80})"
)
# How far before a speech verb its subject can start: a title, a name and an appositive.
_SUBJECT_REACH = 240
_ACCORDING = regex.compile(
    r"(?i:according\s{1,3}to)\s{1,3}(?P<np>[^,.;:!?\"\n]{1,80})"
)
_TWEET_TAIL = regex.compile(
    r"\s-\s(?P<np>[A-Z][\w.']{1,24}(?:\s[A-Z][\w.']{1,24}){0,3})"
    r"(?=\s{0,3}(?:https?://|pic\.twitter|$))"
)
_PARENTHESIS = regex.compile(r"\s{0,2}\([^)]{0,40}\)")
_CLAUSE_BREAK = regex.compile(r"[,;:\"(]|[.!?]\s|\s-\s|\b(?:that|and|but|while|as|when|who|which)\s")
_NP_STOP = frozenset(
    """in on at during to after as who which that when while adding citing referring speaking
    with via from because but before told by for according where said says if since than
    about""".split()
)  # fmt: skip
_DETERMINERS = frozenset("the a an its his her their senior top several some".split())
PRONOUNS = frozenset("he she him her".split())
_TITLE_WORDS = frozenset(
    """president minister defense defence foreign prime deputy major general lieutenant colonel
    col. gen. lt. maj. spokesman spokeswoman secretary state department chief head commander
    u.s. us british russian turkish syrian american french german admiral captain senator
    ambassador press official leader colonel-general lieutenant-general major-general army
    air force aerospace forces of the russia's america's britain's turkey's syria's federation
    republic""".split()
)  # fmt: skip
_ORGANISATION_ENDS = frozenset(
    """ministry army nations observatory council department office agency command forces force
    kremlin pentagon government coalition committee organization organisation service services
    tass interfax ria sana reuters mod un staff headquarters administration""".split()
)  # fmt: skip
_TITLE_HEADS = ("leader", "president", "minister", "spokesman", "spokeswoman", "head of", "chief")
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday january february
    march april may june july august september october november december""".split()
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker phrase and where its speech verb sits in the article."""

    phrase: str  # as written
    position: int  # offset of the speech verb (or of "according to", or of the " - ")
    inside_quote: bool


_AUXILIARIES = frozenset("had has have was were is are will would could can did does".split())
# Lower-case plurals that news copy uses as sources: "activists said", "officials say".
_SOURCE_NOUNS = frozenset(
    """activists officials witnesses residents sources medics rescuers monitors analysts
    diplomats experts observers journalists reporters doctors commanders source official
    media""".split()
)  # fmt: skip


def _trim_noun_phrase(phrase: str) -> str:
    """Cut a speaker phrase after a speech verb at the first word that cannot belong to it.

    Returns '' when the words read as the content of the speech rather than the speaker:
    in "said Russian aircraft had hit ..." the verb introduces what was said.
    """
    if "(" in phrase:
        phrase = _PARENTHESIS.sub("", phrase)  # "the United Nations (UN)"
    kept: list[str] = []
    for word in phrase.split():
        bare = word.lower().strip(".,'\"")
        if bare in _NP_STOP and kept:
            break
        if bare in _AUXILIARIES or any(ch.isdigit() for ch in word):
            return ""
        kept.append(word)
    if not kept or len(kept) > 8:
        return ""
    if kept[0].lower() not in _DETERMINERS and kept[0].lower() not in PRONOUNS | {"him"}:
        # A proper-noun phrase: every word capitalised except joining words.
        if any(w[0].islower() and w.lower() not in {"of", "the", "for", "de", "al", "and"} for w in kept):
            return ""
    return " ".join(kept).strip(" ,.-'\"")


def _plausible_speaker(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 9:
        return False
    first = words[0]
    if first.lower() in _TIME_WORDS or phrase.lower() in _TIME_WORDS:
        return False
    if words[-1].lower() in _SOURCE_NOUNS:
        return True
    return first[0].isupper() or first.lower() in _DETERMINERS or first.lower() in PRONOUNS


def paragraph_attributions(text: str, paragraph: Span, quotes: list[Span]) -> list[Attribution]:
    """Every attribution in one paragraph, in order of position."""

    def in_quote(offset: int) -> bool:
        for quote in quotes:
            if quote.start <= offset < quote.end:
                return True
        return False

    found: list[Attribution] = []
    body = text[paragraph.start : paragraph.end]
    for match in _SUBJECT_VERB.finditer(body):
        verb_at = paragraph.start + match.start()
        # "X said": the subject is the clause ending at the verb. Only a bounded stretch before
        # the verb is read, so a long paragraph costs time in proportion to its length.
        reach = max(0, match.start() - _SUBJECT_REACH)
        if not in_quote(verb_at):
            subject = _subject_before(body[reach : match.start()], at_paragraph_start=reach == 0)
            if _plausible_speaker(subject):
                found.append(Attribution(subject, verb_at, False))
        # "said X": a verb after a comma, a quotation mark or a dash, followed by the speaker.
        lead = _BEFORE_VERB_FIRST.search(body, reach, match.start())
        if lead is None:
            continue
        after = _SUBJECT_AFTER_VERB.match(body, match.end())
        if after is None:
            continue
        phrase = _trim_noun_phrase(after.group("np"))
        position = paragraph.start + lead.start()
        # Inside a quotation only the dialogue style "... - said the Russian leader. - ..."
        # attributes; "said X" within someone's quoted words does not.
        quoted = in_quote(position)
        if quoted and body[lead.start()] not in ",-" and not body[lead.start() : lead.start() + 2].startswith(" -"):
            continue
        if _plausible_speaker(phrase) or phrase.lower() in PRONOUNS | {"him"}:
            found.append(Attribution(phrase, position, quoted))
    if "ccording" in body:
        for match in _ACCORDING.finditer(body):
            position = paragraph.start + match.start()
            if in_quote(position):
                continue  # "according to X" within someone's quoted words
            phrase = _trim_noun_phrase(match.group("np"))
            if _plausible_speaker(phrase) or phrase.lower() in PRONOUNS | {"him"}:
                found.append(Attribution(phrase, position, False))
    if "-" in body:
        for match in _TWEET_TAIL.finditer(body):
            found.append(Attribution(match.group("np"), paragraph.start + match.start(), False))
    return sorted(found, key=lambda a: a.position)


def _subject_before(before: str, *, at_paragraph_start: bool) -> str:
    """The speaker phrase that ends a stretch of text right before a speech verb."""
    before = _AUXILIARY_TAIL.sub("", before.rstrip()).rstrip()
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if not breaks and not at_paragraph_start:
        return ""  # no clause start within reach: far too long to be a speaker
    cut = breaks[-1].end() if breaks else 0
    subject = before[cut:].strip()
    if not subject and before.endswith(",") and breaks:
        # "The ministry's spokesman, Major General Igor Konashenkov, said": the appositive.
        earlier = list(_CLAUSE_BREAK.finditer(before[: breaks[-1].start()]))
        if earlier or at_paragraph_start:
            start = earlier[-1].end() if earlier else 0
            subject = before[start : breaks[-1].start()].strip()
    return subject.strip(" ,-'\"")


def _name_run(phrase: str) -> list[str]:
    """The capitalised words at the end of a phrase that are neither titles nor organisations."""
    run: list[str] = []
    for word in reversed(phrase.split()):
        bare = word.lower().strip(".,")
        if not word[0].isupper() or bare in _TITLE_WORDS or bare in _DETERMINERS:
            break
        run.insert(0, word)
    return run


def is_personal_name(phrase: str) -> bool:
    """True for "Sergei Shoigu", "President Vladimir Putin"; False for organisations, pronouns
    and bare titles."""
    words = phrase.split()
    if not words or words[-1].lower().strip(".,") in _ORGANISATION_ENDS:
        return False
    if phrase.lower() in PRONOUNS:
        return False
    if any(w[0].islower() and w.lower() not in _TITLE_WORDS for w in words):
        return False  # "Senior authorities in Russia" is a group, not a person
    return bool(_name_run(phrase))


def strip_titles(phrase: str) -> str:
    """ "Russia's Defense Minister Sergei Shoigu" -> "Sergei Shoigu"; organisations unchanged."""
    if not is_personal_name(phrase):
        return phrase
    return " ".join(_name_run(phrase))


def needs_resolution(phrase: str) -> bool:
    """Pronouns and bare titles ("he", "the Russian leader") that stand for a named person."""
    lowered = phrase.lower()
    if lowered in PRONOUNS:
        return True
    if lowered.split()[0] != "the" or lowered.split()[-1] in _ORGANISATION_ENDS:
        return False
    return any(head in lowered for head in _TITLE_HEADS)


def nearest(attributions: list[Attribution], span: Span) -> Attribution | None:
    """The attribution closest to a span of text (a quotation or a sentence)."""
    best, best_distance = None, None
    for attribution in attributions:
        if span.start <= attribution.position < span.end:
            distance = 0
        else:
            distance = min(abs(attribution.position - span.start), abs(attribution.position - span.end))
        if best_distance is None or distance < best_distance:
            best, best_distance = attribution, distance
    return best
