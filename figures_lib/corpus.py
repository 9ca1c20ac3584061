"""Load a corpus of articles into one clean, documented table (schema: ``CORPUS_COLUMNS``).

Accepted inputs:

- a folder of ``.txt``/``.md`` files with a ``manifest.csv`` (file, outlet, via, published,
  language, translated, title, notes);
- a folder, or a single file, of saved web pages (``.html``/``.htm``): trafilatura takes the
  main text, title, date and site name, and manifest values override them;
- a CSV or JSON Lines file with one article per row, with a column mapping (:class:`Columns`).

Bad input gets a :class:`FiguresInputError` naming the file, row or field and the fix, or a
:class:`FiguresInputWarning` and a skip; never a traceback from deep inside.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from charset_normalizer import from_bytes

from .cleaning import clean_text
from .dates import parse_publication_date
from .errors import FiguresInputError, FiguresInputWarning
from .paths import SEEDS_DIR
from .schema import CORPUS_COLUMNS, conform, empty_frame

TEXT_SUFFIXES = {".txt": "txt", ".md": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html"}
#: Rows read from a Parquet corpus at a time: memory holds a batch, never the file.
_PARQUET_BATCH_ROWS = 1000
TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("outlet", "via", "published", "language", "translated", "title", "notes")

#: Bytes read to decide whether a file is text. A NUL byte in them means binary.
_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Columns:
    """Which dataset columns hold which article field (CSV and JSON Lines input).

    ``None`` means "try the usual names": the first of the candidates below present in the file.
    """

    text: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    doc_id: str | None = None
    via: str | None = None
    language: str | None = None

    candidates: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "text": ("text", "content", "body", "article", "maintext", "story"),
            "title": ("title", "headline", "heading"),
            "date": ("published", "date", "publish_date", "published_at", "pubdate",
                     "date_publish", "datetime", "timestamp"),
            "outlet": ("outlet", "source", "publication", "publisher", "site", "source_name",
                       "domain", "source_domain"),
            "doc_id": ("doc_id", "id", "article_id", "uuid", "guid"),
            "via": ("via", "republisher", "aggregator"),
            "language": ("language", "lang"),
        }  # fmt: skip
    )

    def resolve(self, available: Iterable[str], source: Path) -> dict[str, str | None]:
        """Map each field to a column present in the file; raise if the text column is missing."""
        available = list(available)
        lowered = {name.lower(): name for name in available}
        resolved: dict[str, str | None] = {}
        for name, candidates in self.candidates.items():
            chosen = getattr(self, name)
            if chosen is not None:
                if chosen not in available:
                    option = "--" + name.replace("_", "-") + "-col"
                    raise FiguresInputError(
                        f"{source}: no column {chosen!r} for the article {name} "
                        f"(columns: {', '.join(available) or 'none'}); fix {option}"
                    )
                resolved[name] = chosen
            else:
                resolved[name] = next((lowered[c] for c in candidates if c in lowered), None)
        if resolved["text"] is None:
            raise FiguresInputError(
                f"{source}: no article text column (looked for "
                f"{', '.join(self.candidates['text'])}; columns: {', '.join(available) or 'none'})"
                "; name it with --text-col"
            )
        return resolved


def load_corpus(path: str | Path | None = None, *, columns: Columns | None = None) -> pd.DataFrame:
    """Load articles into one table, one row per article, sorted by ``doc_id``.

    Parameters
    ----------
    path:
        A folder (``.txt``/``.md`` with ``manifest.csv``, and/or ``.html``), a single ``.html``,
        ``.txt``, ``.csv``, ``.jsonl`` or ``.parquet`` file. ``None`` loads the bundled seed corpus.
    columns:
        Column mapping for CSV/JSON Lines input; by default the usual names are tried.

    Returns
    -------
    pandas.DataFrame with the columns of ``figures_lib.schema.CORPUS_COLUMNS``.

    Raises
    ------
    FiguresInputError
        If the path does not exist, is of an unknown kind, or a manifest or dataset cannot be
        used as it is (the message says what to change).

    Examples
    --------
    >>> corpus = load_corpus()
    >>> corpus[["doc_id", "outlet"]].head(1).to_dict("records")
    [{'doc_id': '000_8bf53314b5d23ce2', 'outlet': 'RT'}]
    """
    rows = list(iter_articles(path, columns=columns))
    return _frame(rows)


def iter_articles(
    path: str | Path | None = None, *, columns: Columns | None = None
) -> Iterator[dict]:
    """Yield one corpus row (a dict) per article, reading files one at a time.

    Memory is bounded by the largest single article, so this suits corpora of any size.
    See :func:`load_corpus` for the inputs accepted.
    """
    source = SEEDS_DIR if path is None else Path(path)
    if not source.exists():
        hint = "the bundled seeds are missing: restore seeds/ from git" if path is None else (
            "give a folder of .txt/.md files with manifest.csv, .html pages, or a .csv/.jsonl/.parquet file"
        )
        raise FiguresInputError(f"{source}: no such file or folder; {hint}")
    if source.is_dir():
        yield from _iter_folder(source)
        return
    suffix = source.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        yield from _iter_table(source, TABLE_SUFFIXES[suffix], columns or Columns())
    elif suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES:
        manifest = _read_manifest(source.parent / MANIFEST_NAME, {source.name})
        row = _read_article_file(source, source.parent, manifest)
        if row is not None:
            yield row
    else:
        raise FiguresInputError(
            f"{source}: cannot read {suffix or 'a file without suffix'!r} files; use .txt, .md, "
            ".html, .csv, .jsonl or .parquet, or a folder of them"
        )


def _frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return empty_frame(CORPUS_COLUMNS)
    frame = pd.DataFrame(rows)
    frame = conform(frame, CORPUS_COLUMNS)
    return frame.sort_values("doc_id", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Folders and manifests
# --------------------------------------------------------------------------------------------


def _iter_folder(folder: Path) -> Iterator[dict]:
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in {**TEXT_SUFFIXES, **HTML_SUFFIXES}
        and p.name != MANIFEST_NAME
        and not p.name.startswith(".")
    )
    if not files:
        raise FiguresInputError(
            f"{folder}: no .txt, .md or .html articles in this folder; for a dataset pass the "
            ".csv or .jsonl file itself"
        )
    manifest_path = folder / MANIFEST_NAME
    names = {p.name for p in files}
    if manifest_path.exists():
        manifest = _read_manifest(manifest_path, names)
    else:
        manifest = {}
        if any(p.suffix.lower() in TEXT_SUFFIXES for p in files):
            warnings.warn(
                f"{folder}: no {MANIFEST_NAME}, so outlets are 'unknown' and dates empty for the "
                f"text files; add {MANIFEST_NAME} with columns file,outlet,published",
                FiguresInputWarning,
                stacklevel=3,
            )
    for file_path in files:
        row = _read_article_file(file_path, folder, manifest)
        if row is not None:
            yield row


def _read_manifest(manifest_path: Path, present: set[str]) -> dict[str, dict]:
    """Read manifest.csv into {file name: fields}, validating every row."""
    if not manifest_path.exists():
        return {}
    raw = manifest_path.read_bytes()
    text, _ = _decode(raw, manifest_path)
    if text is None:
        raise FiguresInputError(
            f"{manifest_path}: not a text file; save the manifest as UTF-8 CSV with a header "
            "row file,outlet,via,published,language,translated,title,notes"
        )
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if "file" not in header:
        raise FiguresInputError(
            f"{manifest_path}: no 'file' column (header: {', '.join(header) or 'empty'}); the "
            "first row must name the columns, starting with file,outlet,published"
        )
    manifest: dict[str, dict] = {}
    first_row: dict[str, int] = {}
    for row_number, record in enumerate(reader, start=2):  # row 1 is the header
        record = {(k or "").strip(): (v or "").strip() for k, v in record.items() if k}
        name = record.get("file", "")
        if not name:
            warnings.warn(
                f"{manifest_path} row {row_number}: empty 'file' field; row skipped",
                FiguresInputWarning,
                stacklevel=4,
            )
            continue
        if name in first_row:
            raise FiguresInputError(
                f"{manifest_path} rows {first_row[name]} and {row_number}: the file {name!r} is "
                "listed twice; keep one row per file"
            )
        first_row[name] = row_number
        fields = {key: record.get(key, "") for key in MANIFEST_FIELDS}
        try:
            fields["published"] = parse_publication_date(fields["published"])
        except ValueError as error:
            warnings.warn(
                f"{manifest_path} row {row_number} (file {name}), field 'published': {error}; "
                "the date is left empty",
                FiguresInputWarning,
                stacklevel=4,
            )
            fields["published"] = None
        manifest[name] = fields
    for name in sorted(set(manifest) - present):
        warnings.warn(
            f"{manifest_path} row {first_row[name]}: lists {name!r}, which is not in "
            f"{manifest_path.parent}; row ignored",
            FiguresInputWarning,
            stacklevel=4,
        )
    return manifest


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def _decode(raw: bytes, source: Path) -> tuple[str | None, str]:
    """Decode bytes as UTF-8, else as the detected encoding; None for binary data."""
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return None, ""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[: 1 << 20]).best()
    if best is None or best.encoding is None:
        return None, ""
    encoding = best.encoding.replace("_", "-")
    try:
        text = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None, ""
    warnings.warn(
        f"{source}: not UTF-8; decoded as {encoding}. Check the text reads correctly, and save "
        "the file as UTF-8 to silence this warning",
        FiguresInputWarning,
        stacklevel=5,
    )
    return text, encoding


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return path.as_posix()


def _read_article_file(path: Path, folder: Path, manifest: dict[str, dict]) -> dict | None:
    raw = path.read_bytes()
    if not raw.strip():
        warnings.warn(
            f"{path}: empty file; skipped (remove it or add the article text)",
            FiguresInputWarning,
            stacklevel=4,
        )
        return None
    text, encoding = _decode(raw, path)
    if text is None:
        warnings.warn(
            f"{path}: binary data, not text; skipped (save the article as UTF-8 text or HTML)",
            FiguresInputWarning,
            stacklevel=4,
        )
        return None
    suffix = path.suffix.lower()
    metadata = {"outlet": "", "title": "", "published": None, "language": ""}
    if suffix in HTML_SUFFIXES:
        extracted = _extract_html(text, path)
        if extracted is None:
            return None
        text, metadata = extracted
    entry = manifest.get(path.name)
    if entry is None and manifest:
        fallback = (
            "using the page's own title, date and site name"
            if suffix in HTML_SUFFIXES
            else "outlet set to 'unknown' and date left empty"
        )
        warnings.warn(
            f"{path}: no row in {MANIFEST_NAME}; {fallback} (add a row for {path.name!r})",
            FiguresInputWarning,
            stacklevel=4,
        )
    row = _article_row(
        text,
        doc_id=path.stem,
        source_path=_relative(path, folder),
        source_format=TEXT_SUFFIXES.get(suffix) or HTML_SUFFIXES[suffix],
        source_row=None,
        encoding=encoding,
        fields={**metadata, **{k: v for k, v in (entry or {}).items() if v not in ("", None)}},
    )
    if not row["text"]:
        warnings.warn(
            f"{path}: nothing left after cleaning (only white space or page furniture); skipped",
            FiguresInputWarning,
            stacklevel=4,
        )
        return None
    return row


def _extract_html(html: str, path: Path) -> tuple[str, dict] | None:
    """Main text and metadata of a saved web page, by trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    data = document.as_dict() if document is not None else {}
    body = (data.get("text") or "").strip()
    if not body:
        warnings.warn(
            f"{path}: no article text found in this web page; skipped (save the article page "
            "itself, not an index or a login page)",
            FiguresInputWarning,
            stacklevel=5,
        )
        return None
    published = None
    try:
        published = parse_publication_date(data.get("date"))
    except ValueError:
        published = None
    metadata = {
        "outlet": data.get("sitename") or data.get("hostname") or "",
        "title": data.get("title") or "",
        "published": published,
        "language": data.get("language") or "",
    }
    return body, metadata


def _article_row(
    text: str,
    *,
    doc_id: str,
    source_path: str,
    source_format: str,
    source_row: int | None,
    encoding: str,
    fields: dict,
) -> dict:
    cleaned = clean_text(text)
    return {
        "doc_id": doc_id,
        "outlet": fields.get("outlet") or "unknown",
        "via": fields.get("via") or "",
        "published": fields.get("published"),
        "language": fields.get("language") or "",
        "translated": fields.get("translated") or "",
        "title": fields.get("title") or "",
        "text": cleaned.text,
        "source_path": source_path,
        "source_format": source_format,
        "source_row": source_row,
        "encoding": encoding,
        "raw_chars": cleaned.raw_chars,
        "clean_chars": len(cleaned.text),
        "removed_chars": cleaned.removed_chars,
        "removed": cleaned.removed_summary,
        "notes": fields.get("notes") or "",
    }


# --------------------------------------------------------------------------------------------
# Datasets: CSV and JSON Lines
# --------------------------------------------------------------------------------------------


def _iter_parquet_records(source: Path) -> Iterator[tuple[int, dict]]:
    """Yield (row number, record) from a Parquet file, reading one row group batch at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowInvalid, OSError) as error:
        raise FiguresInputError(f"{source}: not a readable Parquet file ({error})") from None
    yield 0, dict.fromkeys(parquet.schema_arrow.names)  # the header, so columns are checked
    row_number = 0
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
        for record in batch.to_pylist():
            row_number += 1
            yield row_number, record


def _iter_table_records(source: Path, kind: str) -> Iterator[tuple[int, dict]]:
    """Yield (row number, record) from a CSV, JSON Lines or Parquet file, one at a time."""
    if kind == "parquet":
        yield from _iter_parquet_records(source)
        return
    raw_head = source.open("rb").read(_SNIFF_BYTES)
    if b"\x00" in raw_head:
        raise FiguresInputError(f"{source}: binary data, not a {kind.upper()} file")
    try:
        handle = source.open(encoding="utf-8-sig", newline="")
        handle.read(_SNIFF_BYTES)
        handle.seek(0)
    except UnicodeDecodeError as error:
        raise FiguresInputError(
            f"{source}: not UTF-8 ({error.reason} at byte {error.start}); re-save it as UTF-8"
        ) from error
    with handle:
        try:
            if kind == "csv":
                csv.field_size_limit(1 << 28)
                reader = csv.DictReader(handle)
                if not reader.fieldnames:
                    raise FiguresInputError(f"{source}: empty CSV file (no header row)")
                yield 0, dict.fromkeys(reader.fieldnames)  # the header, so columns are checked
                for row_number, record in enumerate(reader, start=1):
                    yield row_number, record
            else:
                for row_number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        warnings.warn(
                            f"{source} line {row_number}: not valid JSON ({error.msg}); skipped",
                            FiguresInputWarning,
                            stacklevel=5,
                        )
                        continue
                    if not isinstance(record, dict):
                        warnings.warn(
                            f"{source} line {row_number}: not a JSON object; skipped",
                            FiguresInputWarning,
                            stacklevel=5,
                        )
                        continue
                    yield row_number, record
        except UnicodeDecodeError as error:
            raise FiguresInputError(
                f"{source}: not UTF-8 ({error.reason}); re-save it as UTF-8"
            ) from error


def _iter_table(source: Path, kind: str, columns: Columns) -> Iterator[dict]:
    resolved: dict[str, str | None] | None = None
    seen_ids: dict[str, int] = {}
    for row_number, record in _iter_table_records(source, kind):
        if resolved is None:
            resolved = columns.resolve(record.keys(), source)
        if row_number == 0:
            continue  # the CSV header, yielded only to check the columns

        def get(name: str, record: dict = record, resolved: dict = resolved) -> str:
            column = resolved[name]
            if column is None and kind == "jsonl":
                # JSON Lines records need not share keys: look for the usual names in each one.
                column = next((c for c in columns.candidates[name] if c in record), None)
            value = record.get(column) if column else None
            return "" if value is None else str(value).strip()

        text = get("text")
        where = f"{source} row {row_number}"
        if not text:
            warnings.warn(
                f"{where}: empty {resolved['text']!r}; skipped", FiguresInputWarning, stacklevel=4
            )
            continue
        try:
            published = parse_publication_date(get("date"))
        except ValueError as error:
            warnings.warn(
                f"{where}, field {resolved['date']!r}: {error}; the date is left empty",
                FiguresInputWarning,
                stacklevel=4,
            )
            published = None
        doc_id = get("doc_id") or f"{source.stem}-{row_number:06d}"
        if doc_id in seen_ids:
            new_id = f"{doc_id}-{row_number:06d}"
            warnings.warn(
                f"{where}: id {doc_id!r} already used by row {seen_ids[doc_id]}; this row is "
                f"loaded as {new_id!r}",
                FiguresInputWarning,
                stacklevel=4,
            )
            doc_id = new_id
        seen_ids[doc_id] = row_number
        yield _article_row(
            text,
            doc_id=doc_id,
            source_path=source.name,
            source_format=kind,
            source_row=row_number,
            encoding="utf-8",
            fields={
                "outlet": get("outlet"),
                "via": get("via"),
                "published": published,
                "language": get("language"),
                "title": get("title"),
            },
        )
