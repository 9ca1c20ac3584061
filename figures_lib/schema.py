"""The documented schema of every table the suite produces: column, type, meaning.

The README's tables are written from these lists, and tests check both that the code produces
exactly these columns in this order and that the README documents each one.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd


class Column(NamedTuple):
    name: str
    dtype: str  # pandas dtype the column has in memory
    meaning: str


CORPUS_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Stable article id: the file name without suffix, or the dataset's id column."),
    Column("outlet", "string", "Outlet that published the article (manifest, dataset column or web page site name); `unknown` when none is given."),
    Column("via", "string", "Republisher the copy came through (an aggregator), empty if read at the source."),
    Column("published", "datetime64[ns]", "Publication date (a day, no time); NaT when unknown."),
    Column("language", "string", "Language code, e.g. `en`; empty when unknown."),
    Column("translated", "string", "`no`, `machine` or `human` as given by the manifest; empty when unknown."),
    Column("title", "string", "Headline (manifest, dataset or web page); empty when unknown."),
    Column("text", "string", "Cleaned article text. Every offset in later tables refers to this text."),
    Column("source_path", "string", "File the article came from (relative to the corpus folder when inside it)."),
    Column("source_format", "string", "`txt`, `md`, `html`, `csv` or `jsonl`."),
    Column("source_row", "Int64", "1-based data row in a CSV/JSONL file; empty for one-article files."),
    Column("encoding", "string", "Encoding the bytes were decoded from (`utf-8` unless detected otherwise)."),
    Column("raw_chars", "int64", "Characters before cleaning."),
    Column("clean_chars", "int64", "Characters after cleaning."),
    Column("removed_chars", "int64", "Characters in paragraphs cleaning dropped (repeats, page furniture); white-space changes are not counted."),
    Column("removed", "string", "What cleaning dropped, e.g. `21 repeated paragraphs; 4 furniture lines`."),
    Column("notes", "string", "Free-text notes from the manifest."),
]  # fmt: skip

CLAIMS_COLUMNS: list[Column] = [
    Column("doc_id", "string", "Article the claim comes from (corpus `doc_id`)."),
    Column("outlet", "string", "Outlet that published the article."),
    Column("published", "datetime64[ns]", "Article publication date."),
    Column("kind", "string", "`sorties`, `strikes`, `targets`, `tonnage`, `casualties`, `fighters` or `aircraft` (lexicon `data/kinds.toml`)."),
    Column("what", "string", "The counted noun phrase as written (`combat sorties`, `metric tons of supplies`)."),
    Column("low", "float64", "Lower bound of the figure in `unit` (0 for an upper-bounded count)."),
    Column("high", "float64", "Upper bound in `unit`; `inf` when open-ended (`more than`)."),
    Column("low_inclusive", "bool", "Whether `low` itself is allowed (`at least 10`: yes; `more than 10`: no)."),
    Column("high_inclusive", "bool", "Whether `high` itself is allowed."),
    Column("value", "float64", "Best single estimate in `unit`: the figure, the bound of a one-sided figure, the middle of a range, the table value of a vague word."),
    Column("qualifier", "string", "`exact`, `approx`, `more_than`, `at_least`, `less_than`, `at_most`, `range` or `vague`."),
    Column("unit", "string", "pint unit of `low`/`high`/`value` (`sortie`, `metric_ton`, `person`, ...)."),
    Column("quantity", "float64", "`value` converted to `quantity_unit` for comparison (214,000 metric tons: 2.14e8)."),
    Column("basis", "string", "`window` (a stated span), `cumulative` (since a start), `snapshot` (a count at a moment) or `unspecified`."),
    Column("period_start", "datetime64[ns]", "First day of the period, for `window` and `cumulative`; NaT otherwise."),
    Column("period_end", "datetime64[ns]", "As-of date: the day the figure was given if the article says so, else the publication date. The period is the half-open day range [period_start, period_end)."),
    Column("speaker", "string", "Who the article attributes the figure to, as written, with pronouns and bare titles resolved to the named person; empty for the outlet's own narration."),
    Column("speaker_org", "string", "Canonical claimant from `data/claimants.toml` (`Russian Ministry of Defence`); empty when unknown."),
    Column("quoted", "bool", "The figure sits inside quotation marks."),
    Column("sentence", "string", "The sentence the figure is in."),
    Column("start", "int64", "Offset of the figure's first character in the cleaned article text."),
    Column("end", "int64", "Offset just past the figure (exclusive): `text[start:end]` is the figure as written."),
    Column("claim_id", "string", "Stable id: a hash of the article id and the claim's content, the same across runs."),
    Column("subtype", "string", "For casualties: `killed` or `injured`; empty otherwise."),
    Column("group", "string", "For casualties: who (`people`, `civilians`, `militants`, `children`) when stated."),
    Column("quantity_unit", "string", "Unit of `quantity` (`kilogram` for tonnage, the counting unit otherwise)."),
    Column("period_text", "string", "The words that set the period (`over the past 24 hours`, `since Sept. 30`)."),
    Column("sentence_start", "int64", "Offset of the sentence's first character in the cleaned text."),
    Column("mentions", "int64", "How many times the article states this same claim (repeats are reported once)."),
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


def frame_from_rows(rows: list[dict], columns: list[Column]) -> pd.DataFrame:
    """A frame with the schema's columns and dtypes, built column by column from row dicts.

    The same result as ``conform(pd.DataFrame(rows), columns)`` at a fraction of the cost,
    which matters when a corpus is extracted in many small batches. Keys the rows lack are
    filled as ``conform`` fills them.
    """
    data = {}
    for column in columns:
        values = [row.get(column.name) for row in rows]
        if column.dtype == "string":
            data[column.name] = pd.array(["" if v is None else str(v) for v in values], dtype="string")
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
