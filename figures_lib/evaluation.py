"""Score extracted claims against gold claims a person wrote by reading the articles.

The gold format is the one in ``tests/gold/`` and ``tests/corpus-dev/gold/``: one row per
claim with ``doc_id``, ``kind``, ``snippet`` (an exact substring of the article holding the
figure), ``low``/``high``, ``basis``, ``period_start``/``period_end``, ``speaker_contains``,
``speaker_org`` and, optionally, ``scope``, ``place`` and ``event_day``.

A gold claim is found when an extracted claim of the same article and kind has the same bounds
(``low`` and ``high``) and its figure lies inside the snippet; only a snippet that cannot be
found in the article (text normalised differently) lets a claim anywhere in the article answer
it. Each extracted claim answers one gold claim. On the matched pairs:

- **speaker** is right when ``speaker_org`` is equal and the speaker phrase holds
  ``speaker_contains`` (both empty for the outlet's narration);
- **claimant** is right when the speaker is, or the gold names a listed body and the claim has
  it (whatever the speaker phrase: "Igor Konashenkov" for "spokesman"), or the gold names none
  and its phrase is in the claim's speaker or body (the extractor also names bodies the
  claimant table lacks: "the Ministry of Health" for "Ministry of Health");
- **period** is right when ``basis``, ``period_start`` and ``period_end`` are equal;
- **group** is right when ``subtype`` and ``casualty_group`` are equal (casualties only);
- **scope**, **place** and **event day** are scored where the gold gives them (a gold place may
  list several, separated by ``; ``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .cleaning import normalise


def read_gold(*paths: str | Path) -> pd.DataFrame:
    """Gold claims from one or more CSV files, every column as text ("" when empty)."""
    frames = [pd.read_csv(path, dtype=str, keep_default_na=False) for path in paths]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


@dataclass
class Score:
    """Counts behind each figure; the ratios are properties."""

    gold: int = 0
    extracted: int = 0
    found: int = 0
    speaker_right: int = 0
    claimant_right: int = 0
    period_right: int = 0
    group_scored: int = 0
    group_right: int = 0
    scope_scored: int = 0
    scope_right: int = 0
    place_scored: int = 0
    place_right: int = 0
    day_scored: int = 0
    day_right: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else math.nan

    @property
    def precision(self) -> float:
        return self.found / self.extracted if self.extracted else math.nan

    @property
    def speaker(self) -> float:
        return self.speaker_right / self.found if self.found else math.nan

    @property
    def claimant(self) -> float:
        return self.claimant_right / self.found if self.found else math.nan

    @property
    def period(self) -> float:
        return self.period_right / self.found if self.found else math.nan

    def summary(self, name: str) -> str:
        """One line with every figure, in percent."""

        def pct(right: int, total: int) -> str:
            return f"{100 * right / total:.1f}" if total else "n/a"

        return (
            f"{name}: {self.gold} gold claims, {self.extracted} extracted: recall "
            f"{pct(self.found, self.gold)} precision {pct(self.found, self.extracted)} speaker "
            f"{pct(self.speaker_right, self.found)} claimant "
            f"{pct(self.claimant_right, self.found)} period "
            f"{pct(self.period_right, self.found)} | group "
            f"{pct(self.group_right, self.group_scored)} scope "
            f"{pct(self.scope_right, self.scope_scored)} place "
            f"{pct(self.place_right, self.place_scored)} "
            f"event day {pct(self.day_right, self.day_scored)}"
        )


def _date(value) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return None
    return pd.Timestamp(value)


def _same_day(gold_value: str, claimed) -> bool:
    expected = _date(gold_value)
    found = None if claimed is None or pd.isna(claimed) else pd.Timestamp(claimed)
    return expected == found


def _canonical(name: str) -> str:
    """A gold place in the gazetteer's spelling ("al-Shadadi" and "Shadadi" are one town)."""
    from .places import gazetteer

    name = name.strip()
    place = gazetteer().lookup(name)
    return place.name if place is not None else name


def score(claims: pd.DataFrame, gold: pd.DataFrame, corpus: pd.DataFrame) -> Score:
    """Score ``claims`` (``extract_corpus`` on ``corpus``) against ``gold`` (:func:`read_gold`)."""
    result = Score(gold=len(gold))
    documents = set(gold.doc_id)
    claims = claims[claims.doc_id.isin(documents)]
    result.extracted = len(claims)
    texts = corpus.set_index("doc_id")["text"].to_dict()
    unused = {doc: group.to_dict("records") for doc, group in claims.groupby("doc_id")}
    for row in gold.itertuples(index=False):
        text = texts.get(row.doc_id, "")
        at = text.find(normalise(row.snippet))
        candidates = [
            c for c in unused.get(row.doc_id, [])
            if c["kind"] == row.kind and math.isclose(c["low"], float(row.low))
            and (c["high"] == float(row.high) or math.isclose(c["high"], float(row.high)))
        ]  # fmt: skip
        inside = [
            c
            for c in candidates
            if at >= 0 and at <= c["start"] and c["end"] <= at + len(normalise(row.snippet))
        ]
        # A claim elsewhere in the article answers only a snippet that cannot be found:
        # otherwise "killed four civilians" would be answered by "four people were wounded".
        match = (inside or (candidates if at < 0 else []) or [None])[0]
        label = f"{row.doc_id} {row.kind} {row.snippet!r}"
        if match is None:
            result.misses.append(label)
            continue
        unused[row.doc_id].remove(match)
        result.found += 1
        speaker_ok = match["speaker_org"] == row.speaker_org and (
            (row.speaker_contains.lower() in match["speaker"].lower())
            if row.speaker_contains
            else (match["speaker"] == "" or bool(row.speaker_org))
        )
        period_ok = (
            match["basis"] == row.basis
            and _same_day(row.period_start, match["period_start"])
            and _same_day(row.period_end, match["period_end"])
        )
        claimed = f"{match['speaker'] or ''} {match['speaker_org'] or ''}".lower()
        claimant_ok = speaker_ok or (
            match["speaker_org"] == row.speaker_org
            if row.speaker_org
            else bool(row.speaker_contains) and row.speaker_contains.lower() in claimed
        )
        result.speaker_right += speaker_ok
        result.claimant_right += claimant_ok
        result.period_right += period_ok
        if not speaker_ok:
            result.wrong.append(
                f"SPEAKER {label}: gold {row.speaker_contains!r}/{row.speaker_org!r}, got "
                f"{match['speaker']!r}/{match['speaker_org']!r}"
            )
        if not period_ok:
            result.wrong.append(
                f"PERIOD  {label}: gold {row.basis} "
                f"{row.period_start or '-'}..{row.period_end}, got "
                f"{match['basis']} {match['period_start']}..{match['period_end']}"
            )
        gold_fields = row._asdict()
        if row.kind == "casualties" and "subtype" in gold_fields:
            result.group_scored += 1
            group_ok = (match.get("subtype") or "") == gold_fields["subtype"] and (
                match.get("casualty_group") or ""
            ) == gold_fields.get("casualty_group", "")
            result.group_right += group_ok
            if not group_ok:
                result.wrong.append(
                    f"GROUP   {label}: gold {gold_fields['subtype']}/"
                    f"{gold_fields.get('casualty_group', '')!r}, got {match.get('subtype')}/"
                    f"{match.get('casualty_group')!r}"
                )
        if gold_fields.get("scope"):
            result.scope_scored += 1
            result.scope_right += match.get("scope") == row.scope
            if match.get("scope") != row.scope:
                result.wrong.append(f"SCOPE   {label}: gold {row.scope}, got {match.get('scope')}")
        if "place" in gold_fields and (gold_fields["place"] or gold_fields.get("province")):
            result.place_scored += 1
            places = {_canonical(p) for p in gold_fields["place"].split(";") if p.strip()}
            provinces = {
                _canonical(p) for p in gold_fields.get("province", "").split(";") if p.strip()
            }
            got = match.get("place", "")
            # A province-only place reads "Idlib province" here; gold may write it "Idlib" or
            # leave the place empty and give the province.
            bare = got.removesuffix(" province")
            place_ok = got in places or (
                got != bare and (bare in places or (not places and bare in provinces))
            )
            result.place_right += place_ok
            if not place_ok:
                wanted = gold_fields["place"] or f"{gold_fields.get('province')} province"
                result.wrong.append(f"PLACE   {label}: gold {wanted!r}, got {got!r}")
        if gold_fields.get("event_day"):
            result.day_scored += 1
            day_ok = _same_day(gold_fields["event_day"], match.get("event_day"))
            result.day_right += day_ok
            if not day_ok:
                got_day = match.get("event_day")
                result.wrong.append(
                    f"DAY     {label}: gold {gold_fields['event_day']}, got {got_day}"
                )
    for doc in sorted(unused):
        for claim in unused[doc]:
            result.spurious.append(
                f"{doc} {claim['kind']} {claim['value']:g} | {claim['sentence'][:100]}"
            )
    return result
