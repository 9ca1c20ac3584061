"""The documented schema of every table the suite produces: column, type, meaning.

The README's tables are written from these lists, and tests check both that the code produces
exactly these columns in this order and that the README documents each one.
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import pandas as pd


class Column(NamedTuple):
    name: str
    dtype: str  # pandas dtype the column has in memory
    meaning: str


CORPUS_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Stable article id: the file name without suffix, or the "
                               "dataset's id column."),
    Column("outlet", "string", "Outlet that published the article (manifest, dataset column or "
                               "web page site name); `unknown` when none is given."),
    Column("via", "string", "Republisher the copy came through (an aggregator), empty if read "
                            "at the source."),
    Column("published", "datetime64[ns]", "Publication date (a day, no time); NaT when unknown."),
    Column("language", "string", "Language code, e.g. `en`; empty when unknown."),
    Column("translated", "string", "`no`, `machine` or `human` as given by the manifest; empty "
                                   "when unknown."),
    Column("title", "string", "Headline (manifest, dataset or web page); empty when unknown."),
    Column("text", "string", "Cleaned article text. Every offset in later tables refers to "
                             "this text."),
    Column("source_path", "string", "File the article came from (relative to the corpus folder "
                                    "when inside it)."),
    Column("source_format", "string", "`txt`, `md`, `html`, `csv`, `jsonl` or `parquet`."),
    Column("source_row", "Int64", "1-based data row in a CSV/JSONL file; empty for one-article "
                                  "files."),
    Column("encoding", "string", "Encoding the bytes were decoded from (`utf-8` unless "
                                 "detected otherwise)."),
    Column("raw_chars", "int64", "Characters before cleaning."),
    Column("clean_chars", "int64", "Characters after cleaning."),
    Column("removed_chars", "int64", "Characters in paragraphs cleaning dropped (repeats, page "
                                     "furniture); white-space changes are not counted."),
    Column("removed", "string", "What cleaning dropped, e.g. `21 repeated paragraphs; 4 "
                                "furniture lines`."),
    Column("notes", "string", "Free-text notes from the manifest."),
]  # fmt: skip

CLAIMS_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Article the claim comes from (corpus `doc_id`)."),
    Column("outlet", "string", "Outlet that published the article."),
    Column("published", "datetime64[ns]", "Article publication date."),
    Column("kind", "string", "`sorties`, `strikes`, `targets`, `tonnage`, `casualties`, "
                             "`fighters`, `aircraft` (drones included) or `missiles` (missiles "
                             "and rockets fired) (lexicon `data/kinds.toml`)."),
    Column("what", "string", "The counted noun phrase as written (`combat sorties`, `metric "
                             "tons of supplies`)."),
    Column("low", "float64", "Lower bound of the figure in `unit` (0 for an upper-bounded "
                             "count)."),
    Column("high", "float64", "Upper bound in `unit`; `inf` when open-ended (`more than`)."),
    Column("low_inclusive", "bool", "Whether `low` itself is allowed (`at least 10`: yes; "
                                    "`more than 10`: no)."),
    Column("high_inclusive", "bool", "Whether `high` itself is allowed."),
    Column("value", "float64", "Best single estimate in `unit`: the figure, the bound of a "
                               "one-sided figure, the middle of a range, the table value of a "
                               "vague word."),
    Column("qualifier", "string", "`exact`, `approx`, `more_than`, `at_least`, `less_than`, "
                                  "`at_most`, `range` or `vague`; an `approx` figure may be a "
                                  "range (\"about 20-30\")."),
    Column("unit", "string", "pint unit of `low`/`high`/`value` (`sortie`, `metric_ton`, "
                             "`person`, ...)."),
    Column("quantity", "float64", "`value` converted to `quantity_unit` for comparison "
                                  "(214,000 metric tons: 2.14e8)."),
    Column("basis", "string", "`window` (a stated span), `cumulative` (since a start), "
                              "`snapshot` (a count at a moment) or `unspecified`."),
    Column("period_start", "datetime64[ns]", "First day of the period, for `window` and "
                                             "`cumulative`; NaT otherwise."),
    Column("period_end", "datetime64[ns]", "As-of date: the day the figure was given if the "
                                           "article says so, else the publication date. The "
                                           "period is the half-open day range [period_start, "
                                           "period_end)."),
    Column("speaker", "string", "Who the article attributes the figure to, as written, with "
                                "pronouns and bare titles resolved to the named person; empty "
                                "for the outlet's own narration."),
    Column("speaker_org", "string", "Canonical claimant from `data/claimants.toml` (`Russian "
                                    "Ministry of Defence`), else an organisation as the "
                                    "article names it; empty for people, source classes "
                                    "(activists) and narration."),
    Column("quoted", "bool", "The figure sits inside quotation marks."),
    Column("sentence", "string", "The sentence the figure is in (of a sentence over 1,000 "
                                 "characters, the 400 either side of the figure)."),
    Column("start", "int64", "Offset of the figure's first character in the cleaned article "
                             "text."),
    Column("end", "int64", "Offset just past the figure (exclusive): `text[start:end]` is the "
                           "figure as written."),
    Column("claim_id", "string", "Stable id: a hash of the article id and the claim's content, "
                                 "the same across runs."),
    Column("subtype", "string", "For casualties: `killed`, `injured`, `captured`, or "
                                "`killed_or_injured` for both counted together (\"300,000 "
                                "casualties\", \"were killed and wounded\"); for "
                                "aircraft and missiles: `lost` (shot down, intercepted, "
                                "crashed, destroyed: an event, not a fleet's size); empty "
                                "otherwise."),
    Column("casualty_group", "string", "For casualties: who, canonical (`people`, `civilians`, "
                                       "`children`, `women`, `militants`, `soldiers`, else the "
                                       "noun's plural) when stated; two groups one figure "
                                       "counts (\"9 women and children\") are `civilians` when "
                                       "both are civilian, else `people`."),
    Column("quantity_unit", "string", "Unit of `quantity` (`kilogram` for tonnage, the "
                                      "counting unit otherwise)."),
    Column("period_text", "string", "The words that set the period (`over the past 24 hours`, "
                                    "`since Sept. 30`)."),
    Column("sentence_start", "int64", "Offset of `sentence`'s first character in the cleaned "
                                      "text."),
    Column("mentions", "int64", "How many times the article states this same claim (repeats "
                                "are reported once; an incident's figure repeats only with the "
                                "same place and event day)."),
    Column("scope", "string", "What the count covers: `incident` (one event), `periodic` (a "
                              "stated window, or a snapshot as of a day), `campaign` "
                              "(cumulative since a start inside the war), `conflict_total` "
                              "(the war as a whole) or `background` (an earlier event restated "
                              "as context). The rule is in `figures_lib/incidents.py`."),
    Column("place", "string", "Place the figure is about, canonical (`data/places.toml`, "
                              "GeoNames): nearest in its sentence, else its paragraph, else "
                              "the headline (not for a figure of the first paragraph, which is "
                              "the headline or the text's only paragraph), else the country "
                              "its sentence names (`on southern Lebanon`: `Lebanon`; running "
                              "counts read only their sentence), else the dateline, else "
                              "the one country the story names as where things happen; a "
                              "province reads `Idlib province`; empty when none is named."),
    Column("province", "string", "First-level division of `place` (Syria's governorates: "
                                 "`Aleppo`, `Rif Dimashq`, ...); empty when unknown."),
    Column("event_day", "datetime64[ns]", "For `incident` claims, the day the event happened "
                                          "(`on Monday`, `yesterday`, `overnight`), else the "
                                          "publication date; NaT for other scopes."),
]  # fmt: skip


# What a figure counts, as the reconciliation tables name it (claims, groups, checks, estimates
# are all split by these three).
_WHAT_IS_COUNTED: list[Column] = [
    Column("kind", "string", "Claim kind."),
    Column(
        "subtype",
        "string",
        "For casualties: `killed`, `injured`, `captured` or `killed_or_injured`; for aircraft "
        "and missiles: `lost`.",
    ),
    Column("casualty_group", "string", "For casualties: who, when stated."),
]

# Where a reconciliation row sits: the claims' scope, place and event.
_SCOPE_PLACE_EVENT: list[Column] = [
    Column(
        "scope",
        "string",
        "Scope of the claims (`incident`, `periodic`, `campaign`, `conflict_total`, "
        "`background`).",
    ),
    Column("place", "string", "Place of the claims (empty when none or several)."),
    Column(
        "event_id",
        "string",
        "The event of `incident` claims (see the events table); empty otherwise.",
    ),
]

_RATE_COLUMNS: list[Column] = [
    Column("per_day_low", "float64", "Lower bound of the figure per day of its period, in "
                                     "`rate_unit`; NaN when the period has no known length "
                                     "(snapshots, `so far`)."),
    Column("per_day_high", "float64", "Upper bound per day; `inf` for an open-ended figure "
                                      "(`more than`)."),
    Column("per_day_value", "float64", "Best estimate per day (`value` converted and divided "
                                       "by `days`)."),
    Column("rate_unit", "string", "pint unit of the per-day columns: the comparison unit per "
                                  "day (`sortie / day`, `kilogram / day`)."),
]  # fmt: skip

RECONCILED_CLAIMS_COLUMNS: list[Column] = CLAIMS_COLUMNS + [
    Column("claimant", "string", "Who originally made the claim, normalised by "
                                 "`data/claimants.toml`: `speaker_org`, else the speaker, else "
                                 "the outlet itself (its own narration), named as the table "
                                 "names it when the outlet is a body issuing its own release "
                                 "rather than a news outlet (`CJTF-OIR Public Affairs` is the "
                                 "`US-led coalition`, so its release and a wire story quoting "
                                 "the coalition are one claimant's two sources; TASS, marked "
                                 "`news_media`, stays TASS)."),
    Column("claimant_source", "string", "Where `claimant` comes from: `organisation` (the "
                                        "alias table), `speaker` (a named source not in the "
                                        "table) or `outlet`."),
    Column("source_id", "string", "`doc_id` of the earliest article of the claim's syndication "
                                  "cluster: copies of one story share it (see the sources "
                                  "table)."),
    Column("source_outlet", "string", "Outlet of that earliest article: the independent source "
                                      "the report counts as."),
    Column("days", "float64", "Length of the period in days (`period_end - period_start`) for "
                              "`window` and `cumulative` claims with a known start; NaN "
                              "otherwise."),
    *_RATE_COLUMNS,
    Column("group_id", "string", "The same-claim group the claim belongs to (see the groups "
                                 "table)."),
    Column("event_id", "string", "For `incident` claims: the event it reports (see the events "
                                 "table); empty otherwise."),
]  # fmt: skip

SOURCES_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Article id."),
    Column("outlet", "string", "Outlet of the article."),
    Column("via", "string", "Republisher it came through, from the corpus (empty when read at "
                            "the source or unknown)."),
    Column("published", "datetime64[ns]", "Publication date."),
    Column("source_id", "string", "`doc_id` of the earliest article whose text this one nearly "
                                  "duplicates (itself when it is the original or stands alone)."),
    Column("source_outlet", "string", "Outlet of that article."),
    Column("copies", "int64", "Articles in the syndication cluster, this one included."),
    Column("similarity", "float64", "Estimated Jaccard similarity of word 5-shingles with "
                                    "`source_id` (1 for the source itself)."),
    Column("compared_on", "string", "`text` (the cleaned article text) or `claim sentences` "
                                    "(only the claims table was given)."),
]  # fmt: skip

GROUPS_COLUMNS: list[Column] = [
    Column("group_id", "string", "Stable id of the group: a hash of its kind, claimant, basis, "
                                 "period and first claim."),
    *_WHAT_IS_COUNTED,
    Column("claimant", "string", "The one claimant every claim of the group is attributed to."),
    *_SCOPE_PLACE_EVENT,
    Column("basis", "string", "`window`, `cumulative`, `snapshot` or `unspecified`."),
    Column("period_start", "datetime64[ns]", "Earliest period start among the claims (NaT when "
                                             "none is known)."),
    Column("period_end", "datetime64[ns]", "Earliest as-of date among the claims; members lie "
                                           "within the date tolerance of it."),
    Column("unit", "string", "Comparison unit of `low`, `high` and the values (`kilogram` for "
                             "tonnage, the counting unit otherwise)."),
    Column("claims", "int64", "Claims in the group (one per article and wording)."),
    Column("articles", "int64", "Distinct articles reporting it."),
    Column("outlets", "string", "Outlets reporting it, sorted, separated by `; `."),
    Column("independent_sources", "int64", "Distinct source outlets once syndicated copies are "
                                           "merged: the count to hold against a two-source "
                                           "rule."),
    Column("agreement", "string", "`single` (one claim), `exact` (same figure and wording of "
                                  "bounds), `compatible` (bounds overlap, `about` figures "
                                  "allowed the relative tolerance) or `disagree`."),
    Column("low", "float64", "Lower end of the figures' common interval "
                             "(`compatible`/`exact`); of their envelope when they disagree."),
    Column("high", "float64", "Upper end of the common interval, or of the envelope when they "
                              "disagree."),
    Column("value_min", "float64", "Smallest best estimate among the claims (`quantity`, in "
                                   "`unit`)."),
    Column("value_max", "float64", "Largest best estimate among the claims."),
    Column("spread", "float64", "`value_max / value_min - 1`: 0 when all claims give the same "
                                "figure."),
    Column("bounds", "string", "`closed` when the common interval is bounded on both sides; "
                               "`lower bound only` when an open-ended claim (`at least 50`) "
                               "makes the agreement say only that much; `upper bound only` "
                               "likewise."),
    Column("claim_ids", "string", "The member claims, separated by `; `."),
]  # fmt: skip

CHECKS_COLUMNS: list[Column] = [
    Column("check_id", "string", "Stable id of the finding."),
    Column("check", "string", "`order` (two cumulative figures: consecutive ones with the "
                              "average rate they allow, and the highest earlier figure when a "
                              "later one must be lower), `same_day` (two cumulative figures "
                              "for one day must overlap), `window` (a window figure must fit "
                              "the increase between the figures at or before its start and at "
                              "or after its end) or `subset` (a narrower count, e.g. civilians "
                              "or one province, must not exceed the wider total of the same "
                              "period)."),
    Column("series", "string", "`claimant` (one claimant's series), `pooled` (every claimant "
                               "of the kind, scope and place, e.g. an outlet restating "
                               "ministry figures) or `subset` (a narrower count against a "
                               "wider one)."),
    *_WHAT_IS_COUNTED,
    *_SCOPE_PLACE_EVENT,
    Column("claimant", "string", "The claimant of the series; `all` for a pooled series."),
    Column("status", "string", "`consistent` or `inconsistent` (the figures cannot all be true)."),
    Column("from_claim", "string", "Earlier cumulative claim (`origin` for the period start, "
                                   "where the count is zero)."),
    Column("to_claim", "string", "Later cumulative claim."),
    Column("from_date", "datetime64[ns]", "As-of date of `from_claim` (the period start for "
                                          "`origin`)."),
    Column("to_date", "datetime64[ns]", "As-of date of `to_claim`."),
    Column("days", "float64", "Days between the two."),
    Column("rate_low", "float64", "Lowest average rate the two figures allow over the span, in "
                                  "`rate_unit` (never below 0)."),
    Column("rate_high", "float64", "Highest average rate they allow; `inf` when the later "
                                   "figure is open-ended."),
    Column("rate_low_inclusive", "bool", "Whether `rate_low` itself is possible."),
    Column("rate_high_inclusive", "bool", "Whether `rate_high` itself is possible (`more than "
                                          "2,000` then `8,000`: no)."),
    Column("rate_unit", "string", "Unit of the rates (`target / day`)."),
    Column("window_claim", "string", "For `window` checks: the window claim set against the "
                                     "span."),
    Column("window_rate_low", "float64", "Its per-day lower bound."),
    Column("window_rate_high", "float64", "Its per-day upper bound."),
    Column("relation", "string", "For `window` checks: the window's rate is `below`, `within` "
                                 "or `above` the span's implied average. Not a contradiction: "
                                 "a pace varies."),
    Column("gap", "float64", "For an inconsistency, by how much the figures miss, in the "
                             "comparison unit; 0 otherwise."),
    Column("detail", "string", "The finding in words, with the figures and dates involved."),
]  # fmt: skip

ESTIMATES_COLUMNS: list[Column] = [
    Column("estimate_id", "string", "Stable id of the estimate."),
    *_WHAT_IS_COUNTED,
    *_SCOPE_PLACE_EVENT,
    Column("basis", "string", "`window`, `cumulative`, `snapshot` or `unspecified`."),
    Column("period_start", "datetime64[ns]", "Period start (NaT when none is known)."),
    Column("period_end", "datetime64[ns]", "As-of date."),
    Column("unit", "string", "Comparison unit of `low`/`best`/`high` (`kilogram` for tonnage)."),
    Column("low", "float64", "Highest credible lower bound among the claimants when they "
                             "agree; the lowest claimed lower bound when they disagree."),
    Column("best", "float64", "Median of the claimants' best estimates, kept inside "
                              "`low`..`high`; NaN when they disagree, or one claimant's "
                              "outlets do (disagreement is reported, not averaged away)."),
    Column("high", "float64", "Lowest credible upper bound when they agree; the highest "
                              "claimed upper bound when they disagree."),
    Column("low_inclusive", "bool", "Whether `low` itself is possible."),
    Column("high_inclusive", "bool", "Whether `high` itself is possible."),
    *_RATE_COLUMNS,
    Column("status", "string", "`single` (one claimant), `agree` (the claimants' intervals "
                               "overlap) or `disagree`."),
    Column("bounds", "string", "`closed`, or `lower bound only` / `upper bound only` when the "
                               "estimate rests only on open-ended claims on that side (`at "
                               "least 50` and `more than 40`: best is a floor, not a figure)."),
    Column("claimants", "string", "Claimants with their figures, e.g. `Russian Ministry of "
                                  "Defence: 4,000`, separated by `; `."),
    Column("independent_sources", "int64", "Distinct source outlets behind the claims, "
                                           "syndicated copies merged."),
    Column("claim_ids", "string", "The claims the estimate rests on, separated by `; `."),
]  # fmt: skip


EVENTS_COLUMNS: list[Column] = [
    Column("event_id", "string", "Stable id of the event: a hash of its kind, subtype, place, "
                                 "first day and first claim."),
    Column("label", "string", "Readable name: place, day and what was counted (`Aleppo, "
                              "2016-07-18, killed`)."),
    Column("kind", "string", "Claim kind."),
    Column("subtype", "string", "For casualties: `killed`, `injured`, `captured` or "
                                "`killed_or_injured` (each a separate event); for aircraft "
                                "and missiles: `lost`."),
    Column("place", "string", "Canonical place of the event (a town, or `X province` when only "
                              "the province is known); empty when no claim names one."),
    Column("province", "string", "Province of the place."),
    Column("event_day", "datetime64[ns]", "First event day among the claims; members lie "
                                          "within one day of it."),
    Column("last_day", "datetime64[ns]", "Last event day among the claims."),
    Column("claims", "int64", "Incident claims about the event."),
    Column("articles", "int64", "Distinct articles reporting it."),
    Column("claimants", "int64", "Distinct claimants giving a figure."),
    Column("outlets", "string", "Outlets reporting it, sorted, separated by `; `."),
    Column("independent_sources", "int64", "Distinct source outlets once syndicated copies are "
                                           "merged."),
    Column("agreement", "string", "`single` (one claim), `identical` (every claim gives the "
                                  "same interval), `within_bounds` (the intervals share a "
                                  "point, `about` figures widened by the tolerance) or "
                                  "`different` (they cannot all be true)."),
    Column("bounds", "string", "`closed`, `lower bound only` or `upper bound only` (see the "
                               "groups table)."),
    Column("low", "float64", "Lower end of the claims' common interval; of their envelope when "
                             "`different`."),
    Column("high", "float64", "Upper end of the common interval, or of the envelope."),
    Column("value_min", "float64", "Smallest best estimate among the claims."),
    Column("value_max", "float64", "Largest best estimate."),
    Column("spread", "float64", "`value_max / value_min - 1`: 0 when all claims give the same "
                                "figure."),
    Column("figures", "string", "Each claimant with its figures and outlets, e.g. `Syrian "
                                "Observatory for Human Rights: 19 (Reuters)`, "
                                "separated by `; `."),
    Column("claim_ids", "string", "The member claims, separated by `; `."),
]  # fmt: skip


def column_names(columns: list[Column]) -> list[str]:
    """Names of a schema's columns, in order."""
    return [column.name for column in columns]


def empty_frame(columns: list[Column]) -> pd.DataFrame:
    """A frame with no rows and exactly the schema's columns and dtypes."""
    return conform(pd.DataFrame({column.name: [] for column in columns}), columns)


def conform(frame: pd.DataFrame, columns: list[Column]) -> pd.DataFrame:
    """Order ``frame``'s columns as the schema lists them and cast each to its dtype."""
    frame = frame.reindex(columns=column_names(columns))
    for column in columns:
        if column.dtype == "string":
            frame[column.name] = frame[column.name].astype("string").fillna("")
        elif column.dtype == "bool":
            frame[column.name] = frame[column.name].fillna(False).astype(bool)
        elif column.dtype == "datetime64[ns]":
            frame[column.name] = pd.to_datetime(frame[column.name]).astype("datetime64[ns]")
        else:
            frame[column.name] = frame[column.name].astype(column.dtype)
    return frame


def records_of(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts, as ``to_dict("records")`` gives them, several times faster.

    Missing dates come back as ``pd.NaT`` and text as ``str``: the reconciliation steps read a
    million claims this way.
    """
    names = list(frame.columns)
    columns = [frame[name].tolist() for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def frame_from_rows(rows: list[dict], columns: list[Column]) -> pd.DataFrame:
    """A frame with the schema's columns and dtypes, built column by column from row dicts.

    The same result as ``conform(pd.DataFrame(rows), columns)`` at a fraction of the cost,
    which matters when a corpus is extracted in many small batches. Keys the rows lack are
    filled as ``conform`` fills them.
    """
    data = {}
    for column in columns:
        try:
            values = list(map(itemgetter(column.name), rows))
        except KeyError:
            values = [row.get(column.name) for row in rows]
        if column.dtype == "string":
            # Most values are already str: testing the type is cheaper than calling str().
            text = [v if type(v) is str else "" if v is None else str(v) for v in values]
            data[column.name] = pd.array(text, dtype="string")
        elif column.dtype == "bool":
            data[column.name] = pd.array([bool(v) for v in values], dtype=bool)
        elif column.dtype == "datetime64[ns]":
            data[column.name] = pd.DatetimeIndex(values, dtype="datetime64[ns]")
        else:
            data[column.name] = pd.array(values, dtype=column.dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def markdown_table(columns: list[Column]) -> str:
    """The schema as a Markdown table, as the README shows it."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.meaning} |" for c in columns]
    return "\n".join(lines)


ERRORS_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Article id, or empty when the input failed before an article "
                               "was read."),
    Column("source_path", "string", "File (and row, for datasets) the article came from, "
                                    "relative to the corpus folder."),
    Column("stage", "string", "`load` (reading or cleaning the input) or `extract` (claim "
                              "extraction)."),
    Column("error", "string", "What went wrong, in one line without absolute paths, e.g. "
                              "`ValueError: ...`."),
]  # fmt: skip


#: The tables the README documents, in its order, with their headings.
README_TABLES: list[tuple[str, list[Column]]] = [
    (
        "Corpus (`load_corpus`, `figures corpus`; `reports/corpus.csv` leaves out `text` unless "
        "`--with-text`)",
        CORPUS_COLUMNS,
    ),
    (
        "Claims (`extract_claims`, `extract_corpus`, `figures extract`; `reports/claims.csv`)",
        CLAIMS_COLUMNS,
    ),
    (
        "Reconciled claims (`Reconciliation.claims`; `reports/reconciliation/claims.csv`): the "
        "claims columns, then",
        RECONCILED_CLAIMS_COLUMNS[len(CLAIMS_COLUMNS) :],
    ),
    (
        "Sources (`.sources`; `reports/reconciliation/sources.csv`): one row per article",
        SOURCES_COLUMNS,
    ),
    (
        "Groups (`.groups`; `reports/reconciliation/groups.csv`): one row per claim reported by "
        "one or more outlets",
        GROUPS_COLUMNS,
    ),
    (
        "Checks (`.checks`; `reports/reconciliation/checks.csv`): one row per finding",
        CHECKS_COLUMNS,
    ),
    ("Estimates (`.estimates`; `reports/reconciliation/estimates.csv`)", ESTIMATES_COLUMNS),
    (
        "Events (`.events`; `reports/reconciliation/events.csv`): one row per incident, across "
        "outlets and claimants",
        EVENTS_COLUMNS,
    ),
    (
        "Errors (`figures extract --errors`, `reports/tables/errors.csv`): one row per article or "
        "input that was skipped",
        ERRORS_COLUMNS,
    ),
]


def readme_section() -> str:
    """The README's "Tables" section, written from the schemas above.

    After changing a schema, paste the output of ``readme_section()`` into the
    README in place of the section; a test checks that the two are equal.
    """
    body = (
        "## Tables\n\nEvery table's columns come from `figures_lib/schema.py`; a test keeps this "
        "section equal to it.\n\n"
    )
    for title, columns in README_TABLES:
        body += f"### {title}\n\n{markdown_table(columns)}\n\n"
    return body


if __name__ == "__main__":
    print(readme_section(), end="")
