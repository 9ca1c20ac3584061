"""Load a corpus of articles into one clean, documented table (schema: ``CORPUS_COLUMNS``).

Accepted inputs:

- a folder of ``.txt``/``.md`` files with a ``manifest.csv`` (file, outlet, via, published,
  language, translated, title, notes);
- a folder, or a single file, of saved web pages (``.html``/``.htm``): trafilatura takes the
  main text, title, date and site name, and manifest values override them;
- a CSV or JSON Lines file with one article per row, with a column mapping (:class:`Columns`).

Markdown files may open with front matter (``---`` lines around ``key: value`` lines): its
``title``, ``date`` and ``outlet`` are read as metadata, not text. A ``.md`` file whose body is
HTML goes through the same extractor as a ``.html`` page.

Text is decoded as UTF-8, as UTF-16/UTF-32 when the file opens with their byte-order mark, and
otherwise as the detected encoding (with a warning); ``encoding=`` forces one. Lone surrogates
(``"\ud800"`` in JSON) are replaced by U+FFFD and counted in the ``removed`` column.

Publication dates must name a day: ``Monday``, ``10``, ``Nov 2015``, a number or ``01/02/2015``
(day and month could be swapped) would be read relative to the day of the run or guessed, so
they are refused with a warning naming the file, row and field, and the article is kept with
an unknown date (NaT). Dates outside 1900-2100 are refused likewise.

Bad input gets a :class:`FiguresInputError` naming the file, row or field and the fix, or a
:class:`FiguresInputWarning` and a skip; never a traceback from deep inside. A skipped article
(or input) is also added to the ``errors`` list, when one is given, as a row of the errors
table (``schema.ERRORS_COLUMNS``, stage ``load``).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from charset_normalizer import from_bytes
from dateutil import parser as date_parser

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
#: Bytes of a dataset read to detect its encoding when it is not UTF-8.
_DETECT_BYTES = 1 << 20
#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_HTML_BODY = re.compile(r"\A\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b)", re.I)


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
            "date": (
                "published",
                "date",
                "publish_date",
                "published_at",
                "pubdate",
                "date_publish",
                "datetime",
                "timestamp",
            ),
            "outlet": (
                "outlet",
                "source",
                "publication",
                "publisher",
                "site",
                "source_name",
                "domain",
                "source_domain",
            ),
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


def load_corpus(
    path: str | Path | None = None,
    *,
    columns: Columns | None = None,
    encoding: str | None = None,
    errors: list[dict] | None = None,
) -> pd.DataFrame:
    """Load articles into one table, one row per article, sorted by ``doc_id``.

    Parameters
    ----------
    path:
        A folder (``.txt``/``.md`` with ``manifest.csv``, and/or ``.html``), a single ``.html``,
        ``.txt``, ``.md``, ``.csv``, ``.jsonl`` or ``.parquet`` file. ``None`` loads the bundled
        seed corpus.
    columns:
        Column mapping for CSV/JSON Lines input; by default the usual names are tried.
    encoding:
        Decode every text file and dataset with this encoding (``"latin-1"``) instead of
        detecting it.
    errors:
        When a list, each article or input skipped (empty, binary, unreadable, a broken row) is
        appended to it as a dict with the keys of ``schema.ERRORS_COLUMNS`` (stage ``load``).
        Skips are warned about either way.

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
    rows = list(iter_articles(path, columns=columns, encoding=encoding, errors=errors))
    return _frame(rows)


def iter_articles(
    path: str | Path | None = None,
    *,
    columns: Columns | None = None,
    encoding: str | None = None,
    errors: list[dict] | None = None,
) -> Iterator[dict]:
    """Yield one corpus row (a dict) per article, reading files one at a time.

    Memory is bounded by the largest single article, so this suits corpora of any size.
    See :func:`load_corpus` for the inputs and options accepted.
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise FiguresInputError(
                f"--encoding {encoding}: unknown encoding; use a name such as utf-8, latin-1, "
                "cp1252 or utf-16"
            ) from None
    loader = _Loader(encoding, errors)
    source = SEEDS_DIR if path is None else Path(path)
    if not source.exists():
        hint = (
            "the bundled seeds are missing: restore seeds/ from git"
            if path is None
            else (
                "give a folder of .txt/.md files with manifest.csv, .html pages, or a "
                ".csv/.jsonl/.parquet file"
            )
        )
        raise FiguresInputError(f"{source}: no such file or folder; {hint}")
    if source.is_dir():
        yield from loader.folder(source)
        return
    suffix = source.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        yield from loader.table(source, TABLE_SUFFIXES[suffix], columns or Columns())
    elif suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES:
        manifest = loader.manifest(source.parent / MANIFEST_NAME, {source.name})
        row = loader.article_file(source, source.parent, manifest)
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
# Dates
# --------------------------------------------------------------------------------------------

_EARLY_DEFAULT = dt.datetime(2000, 1, 1)
_LATE_DEFAULT = dt.datetime(2004, 2, 2)


def publication_date(value: object) -> pd.Timestamp | None:
    """A publication day from a manifest, front matter or dataset value; ``None`` if empty.

    Unlike ``dates.parse_publication_date`` alone, refuses what would be read relative to the
    day of the run or guessed: a weekday (``Monday``), a day or month alone (``10``, ``Nov
    2015``), a number (``1.5``), and ``01/02/2015`` (day and month could be swapped). ISO dates
    (``2015-11-13``, ``2015-11``) are accepted as written. Dates outside 1900-2100 are refused.

    Raises
    ------
    ValueError
        Saying what is wrong and to write YYYY-MM-DD, for the caller to name row and field.

    Examples
    --------
    >>> publication_date("13 Nov 2015")
    Timestamp('2015-11-13 00:00:00')
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, (bool, int, float)):
        raise ValueError(f"{value!r} is a number, not a date (write YYYY-MM-DD)")
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        if not 1900 <= value.year <= 2100:
            raise ValueError(
                f"{value.isoformat()!r} gives the year {value.year} (write YYYY-MM-DD)"
            )
        return pd.Timestamp(value.year, value.month, value.day)
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    try:
        date_parser.isoparse(text)
    except (ValueError, OverflowError):
        _check_complete(text)
    return parse_publication_date(text)


def _check_complete(text: str) -> None:
    """Raise ValueError when free-form date text lacks a part or reads two ways."""
    try:
        early = date_parser.parse(text, default=_EARLY_DEFAULT)
        late = date_parser.parse(text, default=_LATE_DEFAULT)
        month_first = date_parser.parse(text, default=_EARLY_DEFAULT, dayfirst=False)
        day_first = date_parser.parse(text, default=_EARLY_DEFAULT, dayfirst=True)
    except (ValueError, OverflowError):
        return  # not a date at all: parse_publication_date says so
    if early.replace(tzinfo=None) != late.replace(tzinfo=None):
        missing = [part for part in ("year", "month", "day")
                   if getattr(early, part) != getattr(late, part)]  # fmt: skip
        raise ValueError(
            f"{text!r} gives no {' or '.join(missing)}, so it would be read relative to the day "
            "of the run (write YYYY-MM-DD)"
        )
    if month_first.date() != day_first.date():
        raise ValueError(
            f"{text!r} is ambiguous ({month_first:%Y-%m-%d} or {day_first:%Y-%m-%d}); write "
            "YYYY-MM-DD"
        )


# --------------------------------------------------------------------------------------------
# Text repairs
# --------------------------------------------------------------------------------------------


def _replace_surrogates(value: str) -> tuple[str, int]:
    """Replace lone surrogates (unencodable halves of a UTF-16 pair) with U+FFFD."""
    replaced, count = _SURROGATE.subn("\ufffd", value)
    return replaced, count


#: Languages written in Windows-1252: when the detector guesses a near-tie single-byte code page
#: (Baltic cp1257 for French text), the commonest one for them wins.
_WESTERN_LANGUAGES = {
    "English", "French", "Spanish", "German", "Portuguese", "Italian", "Dutch", "Danish",
    "Swedish", "Norwegian", "Finnish", "Catalan",
}  # fmt: skip
_NEAR_TIE_CHAOS = 5.0


def _detect_encoding(raw: bytes) -> str | None:
    """The detected encoding of bytes that are not UTF-8 (charset_normalizer), or None."""
    matches = from_bytes(raw[:_DETECT_BYTES])
    best = matches.best()
    if best is None or best.encoding is None:
        return None
    if best.language in _WESTERN_LANGUAGES and best.encoding != "cp1252":
        for match in matches:
            near_tie = match.percent_chaos <= best.percent_chaos + _NEAR_TIE_CHAOS
            if match.encoding == "cp1252" and near_tie:
                return "cp1252"
    return best.encoding


def _bom_encoding(raw: bytes) -> str | None:
    return next((name for bom, name in _BOMS if raw.startswith(bom)), None)


def _front_matter(text: str, path: Path) -> tuple[str, dict]:
    """Split Markdown front matter (flat ``key: value`` lines) from the body."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#") or line[:1].isspace():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            warnings.warn(
                f"{path}: front matter line {line.strip()[:40]!r} is not 'key: value'; ignored",
                FiguresInputWarning,
                stacklevel=6,
            )
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return text[match.end() :], fields


# --------------------------------------------------------------------------------------------
# The loader: options and the errors list, shared by folders, files and datasets
# --------------------------------------------------------------------------------------------


class _Loader:
    """Reads files and datasets with one set of options, recording every skip."""

    def __init__(self, encoding: str | None, errors: list[dict] | None):
        self.encoding = encoding
        self.errors = errors

    def skip(self, message: str, *, source_path: str, reason: str, doc_id: str = "") -> None:
        """Warn about a skipped article or input and add it to the errors list."""
        warnings.warn(message, FiguresInputWarning, stacklevel=4)
        if self.errors is not None:
            self.errors.append(
                {"doc_id": doc_id, "source_path": source_path, "stage": "load", "error": reason}
            )

    # -- folders and manifests ---------------------------------------------------------------

    def folder(self, folder: Path) -> Iterator[dict]:
        try:
            entries = sorted(folder.iterdir())
        except OSError as error:
            raise FiguresInputError(
                f"{folder}: cannot list this folder ({error.strerror}); check its permissions"
            ) from None
        inside = folder.resolve()
        files = []
        for entry in entries:
            if (
                entry.suffix.lower() not in {**TEXT_SUFFIXES, **HTML_SUFFIXES}
                or entry.name == MANIFEST_NAME
                or entry.name.startswith(".")
            ):
                continue
            if entry.is_symlink():
                target = entry.resolve()
                where = _relative(entry, folder)
                if not entry.exists():
                    self.skip(
                        f"{entry}: a link to {target}, which does not exist; skipped (fix or "
                        "remove the link)",
                        source_path=where, reason="broken symbolic link",
                    )  # fmt: skip
                    continue
                if not target.is_relative_to(inside):
                    self.skip(
                        f"{entry}: a link to {target}, outside {folder}; skipped (copy the file "
                        "into the corpus folder to include it)",
                        source_path=where, reason="symbolic link leading outside the folder",
                    )  # fmt: skip
                    continue
            if entry.is_file():
                files.append(entry)
        if not files:
            raise FiguresInputError(
                f"{folder}: no .txt, .md or .html articles in this folder; for a dataset pass the "
                ".csv or .jsonl file itself"
            )
        manifest_path = folder / MANIFEST_NAME
        names = {p.name for p in files}
        if manifest_path.exists():
            manifest = self.manifest(manifest_path, names)
        else:
            manifest = {}
            if any(p.suffix.lower() in TEXT_SUFFIXES for p in files):
                warnings.warn(
                    f"{folder}: no {MANIFEST_NAME}, so outlets are 'unknown' and dates empty for "
                    f"the text files; add {MANIFEST_NAME} with columns file,outlet,published",
                    FiguresInputWarning,
                    stacklevel=4,
                )
        for file_path in files:
            row = self.article_file(file_path, folder, manifest)
            if row is not None:
                yield row

    def manifest(self, manifest_path: Path, present: set[str]) -> dict[str, dict]:
        """Read manifest.csv into {file name: fields}, validating every row."""
        if not manifest_path.exists():
            return {}
        try:
            raw = manifest_path.read_bytes()
        except OSError as error:
            raise FiguresInputError(
                f"{manifest_path}: cannot be read ({error.strerror}); check its permissions"
            ) from None
        text, _ = self.decode(raw, manifest_path)
        if text is None:
            raise FiguresInputError(
                f"{manifest_path}: not a text file; save the manifest as UTF-8 CSV with a header "
                "row file,outlet,via,published,language,translated,title,notes"
            )
        text, _ = _replace_surrogates(text)
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
                    stacklevel=5,
                )
                continue
            if name in first_row:
                raise FiguresInputError(
                    f"{manifest_path} rows {first_row[name]} and {row_number}: the file {name!r} "
                    "is listed twice; keep one row per file"
                )
            first_row[name] = row_number
            fields = {key: record.get(key, "") for key in MANIFEST_FIELDS}
            fields["published"] = _date_or_none(
                fields["published"],
                f"{manifest_path} row {row_number} (file {name}), field 'published'",
                "fix it in the manifest",
            )
            manifest[name] = fields
        for name in sorted(set(manifest) - present):
            warnings.warn(
                f"{manifest_path} row {first_row[name]}: lists {name!r}, which is not in "
                f"{manifest_path.parent}; row ignored",
                FiguresInputWarning,
                stacklevel=5,
            )
        return manifest

    # -- files -------------------------------------------------------------------------------

    def decode(self, raw: bytes, source: Path) -> tuple[str | None, str]:
        """Decode bytes: the forced encoding, a byte-order mark, UTF-8, else the detected one.

        ``(None, "")`` for binary data or bytes the forced encoding cannot decode.
        """
        if self.encoding is not None:
            try:
                return raw.decode(self.encoding), codecs.lookup(self.encoding).name
            except UnicodeDecodeError:
                return None, ""
        bom = _bom_encoding(raw)
        if bom is not None:
            try:
                return raw.decode(bom), codecs.lookup(bom).name.replace("-sig", "")
            except UnicodeDecodeError:
                return None, ""
        if b"\x00" in raw[:_SNIFF_BYTES]:
            return None, ""
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        detected = _detect_encoding(raw)
        if detected is None:
            return None, ""
        encoding = detected.replace("_", "-")
        try:
            text = raw.decode(detected)
        except (UnicodeDecodeError, LookupError):
            return None, ""
        warnings.warn(
            f"{source}: not UTF-8; decoded as {encoding}. Check the text reads correctly, and "
            "save the file as UTF-8 (or pass --encoding) to silence this warning",
            FiguresInputWarning,
            stacklevel=6,
        )
        return text, encoding

    def article_file(self, path: Path, folder: Path, manifest: dict[str, dict]) -> dict | None:
        """One article from a file, or None (with a warning and an errors row) when skipped."""
        where = _relative(path, folder)
        try:
            return self._article_file(path, folder, manifest, where)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self.skip(
                f"{path}: cannot be read ({reason}); skipped (check the file's permissions)",
                source_path=where, reason=f"cannot be read: {reason}", doc_id=_safe_id(path.stem),
            )  # fmt: skip
        except Exception as error:  # noqa: BLE001 - one broken article never stops the run
            reason = f"{type(error).__name__}: {error}"
            self.skip(
                f"{path}: could not be loaded ({reason}); skipped",
                source_path=where, reason=reason, doc_id=_safe_id(path.stem),
            )  # fmt: skip
        return None

    def _article_file(
        self, path: Path, folder: Path, manifest: dict[str, dict], where: str
    ) -> dict | None:
        doc_id = _safe_id(path.stem)
        raw = path.read_bytes()
        if not raw.strip():
            self.skip(
                f"{path}: empty file; skipped (remove it or add the article text)",
                source_path=where, reason="empty file", doc_id=doc_id,
            )  # fmt: skip
            return None
        text, encoding = self.decode(raw, path)
        if text is None:
            if self.encoding is not None:
                message = (
                    f"{path}: cannot be decoded as {self.encoding}; skipped (check --encoding)"
                )
                reason = f"cannot be decoded as {self.encoding}"
            else:
                message = (
                    f"{path}: binary data, not text; skipped (save the article as UTF-8 text or "
                    "HTML)"
                )
                reason = "binary data, not text"
            self.skip(message, source_path=where, reason=reason, doc_id=doc_id)
            return None
        suffix = path.suffix.lower()
        metadata: dict = {"outlet": "", "title": "", "published": None, "language": ""}
        front: dict[str, str] = {}
        if suffix == ".md":
            text, front = _front_matter(text, path)
        if suffix in HTML_SUFFIXES or (suffix == ".md" and _HTML_BODY.match(text)):
            extracted = _extract_html(text, path)
            if extracted is None:
                self.skip(
                    f"{path}: no article text found in this web page; skipped (save the article "
                    "page itself, not an index or a login page)",
                    source_path=where, reason="no article text in the web page", doc_id=doc_id,
                )  # fmt: skip
                return None
            text, metadata = extracted
        if front:
            metadata["title"] = front.get("title") or metadata["title"]
            metadata["outlet"] = front.get("outlet") or metadata["outlet"]
            if front.get("date"):
                metadata["published"] = _date_or_none(
                    front["date"], f"{path}, front matter field 'date'", "fix it in the file"
                )
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
                stacklevel=5,
            )
        row = _article_row(
            text,
            doc_id=doc_id,
            source_path=where,
            source_format=TEXT_SUFFIXES.get(suffix) or HTML_SUFFIXES[suffix],
            source_row=None,
            encoding=encoding,
            fields={**metadata, **{k: v for k, v in (entry or {}).items() if v not in ("", None)}},
        )
        if not row["text"]:
            self.skip(
                f"{path}: nothing left after cleaning (only white space or page furniture); "
                "skipped",
                source_path=where, reason="nothing left after cleaning", doc_id=doc_id,
            )  # fmt: skip
            return None
        return row

    # -- datasets: CSV, JSON Lines and Parquet -----------------------------------------------

    def table_handle(self, source: Path, kind: str):
        """Open a CSV or JSON Lines file in its encoding: forced, BOM, UTF-8 or detected."""
        try:
            with source.open("rb") as handle:
                head = handle.read(_DETECT_BYTES)
        except OSError as error:
            raise FiguresInputError(
                f"{source}: cannot be read ({error.strerror}); check its permissions"
            ) from None
        encoding = self.encoding or _bom_encoding(head)
        if encoding is None:
            if b"\x00" in head[:_SNIFF_BYTES]:
                raise FiguresInputError(f"{source}: binary data, not a {kind.upper()} file")
            try:
                decoder = codecs.getincrementaldecoder("utf-8")()
                decoder.decode(head, final=len(head) < _DETECT_BYTES)
                encoding = "utf-8-sig"
            except UnicodeDecodeError:
                encoding = _detect_encoding(head)
                if encoding is None:
                    raise FiguresInputError(
                        f"{source}: not UTF-8 and no other encoding recognised; pass --encoding "
                        "(e.g. --encoding latin-1) or re-save it as UTF-8"
                    ) from None
                warnings.warn(
                    f"{source}: not UTF-8; decoded as {encoding.replace('_', '-')}. Check the "
                    "text reads correctly, and save the file as UTF-8 (or pass --encoding) to "
                    "silence this warning",
                    FiguresInputWarning,
                    stacklevel=6,
                )
        label = codecs.lookup(encoding).name.replace("-sig", "")
        # UTF-8 bytes that do not decode are kept as escapes, so that the row holding them is
        # skipped alone (see _undecodable) instead of the rest of the file.
        errors = "surrogateescape" if label == "utf-8" else "strict"
        return source.open(encoding=encoding, errors=errors, newline=""), label

    def table_records(self, source: Path, kind: str) -> Iterator[tuple[int, dict, str]]:
        """Yield (row number, record, encoding) from a CSV, JSON Lines or Parquet file."""
        if kind == "parquet":
            for number, record in _iter_parquet_records(source):
                yield number, record, "utf-8"
            return
        handle, encoding = self.table_handle(source, kind)
        with handle:
            try:
                if kind == "csv":
                    csv.field_size_limit(1 << 28)
                    reader = csv.DictReader(handle)
                    if not reader.fieldnames:
                        raise FiguresInputError(f"{source}: empty CSV file (no header row)")
                    # The header first, so that the columns are checked.
                    yield 0, dict.fromkeys(reader.fieldnames), encoding
                    for row_number, record in enumerate(reader, start=1):
                        if any(_undecodable(v) for v in record.values() if isinstance(v, str)):
                            self._skip_undecodable(source, row_number, encoding, "row")
                            continue
                        yield row_number, record, encoding
                else:
                    for row_number, line in enumerate(handle, start=1):
                        if not line.strip():
                            continue
                        if _undecodable(line):  # JSON's own "\udc80" escapes are ASCII here
                            self._skip_undecodable(source, row_number, encoding, "line")
                            continue
                        try:
                            record = json.loads(line)
                        except (json.JSONDecodeError, RecursionError) as error:
                            reason = getattr(error, "msg", type(error).__name__)
                            self.skip(
                                f"{source} line {row_number}: not valid JSON ({reason}); skipped",
                                source_path=f"{source.name} line {row_number}",
                                reason=f"not valid JSON ({reason})",
                            )  # fmt: skip
                            continue
                        if not isinstance(record, dict):
                            self.skip(
                                f"{source} line {row_number}: not a JSON object; skipped",
                                source_path=f"{source.name} line {row_number}",
                                reason="not a JSON object",
                            )  # fmt: skip
                            continue
                        yield row_number, record, encoding
            except UnicodeDecodeError as error:
                raise FiguresInputError(
                    f"{source}: not {encoding} ({error.reason}) after the rows read so far; pass "
                    "--encoding (e.g. --encoding latin-1) or re-save it as UTF-8"
                ) from None
            except csv.Error as error:
                raise FiguresInputError(f"{source}: not a readable CSV ({error})") from None

    def _skip_undecodable(self, source: Path, number: int, encoding: str, unit: str) -> None:
        self.skip(
            f"{source} {unit} {number}: bytes that are not {encoding}; skipped (pass --encoding "
            "if the file is in another encoding, or re-save it as UTF-8)",
            source_path=f"{source.name} {unit} {number}",
            reason=f"bytes that are not {encoding}",
        )

    def table(self, source: Path, kind: str, columns: Columns) -> Iterator[dict]:
        resolved: dict[str, str | None] | None = None
        seen_ids: dict[str, int] = {}
        for row_number, record, encoding in self.table_records(source, kind):
            if resolved is None:
                resolved = columns.resolve(record.keys(), source)
            if row_number == 0:
                continue  # the CSV header, yielded only to check the columns
            where = f"{source} row {row_number}"
            try:
                row = self._table_row(
                    source, kind, columns, resolved, seen_ids, row_number, record, encoding
                )
            except Exception as error:  # noqa: BLE001 - one broken row never stops the run
                self.skip(
                    f"{where}: could not be loaded ({type(error).__name__}: {error}); skipped",
                    source_path=f"{source.name} row {row_number}",
                    reason=f"{type(error).__name__}: {error}",
                )  # fmt: skip
                continue
            if row is not None:
                yield row

    def _table_row(
        self, source: Path, kind: str, columns: Columns, resolved: dict, seen_ids: dict[str, int],
        row_number: int, record: dict, encoding: str,
    ) -> dict | None:  # fmt: skip
        def raw(name: str):
            column = resolved[name]
            if column is None and kind == "jsonl":
                # JSON Lines records need not share keys: look for the usual names in each one.
                column = next((c for c in columns.candidates[name] if c in record), None)
            return record.get(column) if column else None

        def get(name: str) -> str:
            value = raw(name)
            return "" if value is None else str(value).strip()

        where = f"{source} row {row_number}"
        text = get("text")
        if not text:
            self.skip(
                f"{where}: empty {resolved['text']!r}; skipped",
                source_path=f"{source.name} row {row_number}",
                reason=f"empty {resolved['text']!r}",
            )  # fmt: skip
            return None
        published = _date_or_none(
            raw("date"), f"{where}, field {resolved['date']!r}", "fix it in the dataset"
        )
        doc_id = _safe_id(get("doc_id") or f"{source.stem}-{row_number:06d}")
        if doc_id in seen_ids:
            new_id = f"{doc_id}-{row_number:06d}"
            warnings.warn(
                f"{where}: id {doc_id!r} already used by row {seen_ids[doc_id]}; this row is "
                f"loaded as {new_id!r}",
                FiguresInputWarning,
                stacklevel=6,
            )
            doc_id = new_id
        seen_ids[doc_id] = row_number
        return _article_row(
            text,
            doc_id=doc_id,
            source_path=source.name,
            source_format=kind,
            source_row=row_number,
            encoding=encoding,
            fields={
                "outlet": get("outlet"),
                "via": get("via"),
                "published": published,
                "language": get("language"),
                "title": get("title"),
            },
        )


def _date_or_none(value: object, where: str, fix: str) -> pd.Timestamp | None:
    """The publication day, or None with a warning naming ``where`` when it is not usable."""
    try:
        return publication_date(value)
    except (ValueError, OverflowError) as error:
        warnings.warn(
            f"{where}: {error}; the date is left empty ({fix})",
            FiguresInputWarning,
            stacklevel=6,
        )
        return None


def _undecodable(value: str) -> bool:
    """Whether text read with ``surrogateescape`` holds bytes that did not decode."""
    return _ESCAPED_BYTE.search(value) is not None


def _safe_id(value: str) -> str:
    """A doc id without lone surrogates (undecodable file names give them)."""
    return _replace_surrogates(value)[0]


def _relative(path: Path, folder: Path) -> str:
    try:
        relative = path.relative_to(folder).as_posix()
    except ValueError:
        relative = path.as_posix()
    return _safe_id(relative)


def _extract_html(html: str, path: Path) -> tuple[str, dict] | None:
    """Main text and metadata of a saved web page, by trafilatura; None when it has no text."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    data = document.as_dict() if document is not None else {}
    body = (data.get("text") or "").strip()
    if not body:
        return None
    try:
        published = publication_date(data.get("date"))
    except (ValueError, OverflowError):
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
    replaced = 0
    clean_fields = {}
    for key, value in fields.items():
        if isinstance(value, str):
            value, count = _replace_surrogates(value)
            replaced += count
        clean_fields[key] = value
    cleaned = clean_text(text)
    if replaced:  # lone surrogates in the title or outlet count with those in the text
        total = cleaned.replaced_invalid + replaced
        cleaned = dataclasses.replace(cleaned, replaced_invalid=total)
    return {
        "doc_id": doc_id,
        "outlet": clean_fields.get("outlet") or "unknown",
        "via": clean_fields.get("via") or "",
        "published": clean_fields.get("published"),
        "language": clean_fields.get("language") or "",
        "translated": clean_fields.get("translated") or "",
        "title": clean_fields.get("title") or "",
        "text": cleaned.text,
        "source_path": source_path,
        "source_format": source_format,
        "source_row": source_row,
        "encoding": encoding,
        "raw_chars": cleaned.raw_chars,
        "clean_chars": len(cleaned.text),
        "removed_chars": cleaned.removed_chars,
        "removed": cleaned.removed_summary,
        "notes": clean_fields.get("notes") or "",
    }


# --------------------------------------------------------------------------------------------
# Parquet datasets
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
