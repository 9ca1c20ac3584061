"""The pipeline's tables are computed once, written as a set, and read back by everything else."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner

import figures_lib.claims
from figures_lib.artifacts import (
    ARTIFACTS_VERSION,
    compute,
    fingerprint,
    load_artifacts,
    load_reconciliation,
    write_artifacts,
)
from figures_lib.batch import prepare_tables, run_reports
from figures_lib.cli import main
from figures_lib.corpus import load_corpus
from figures_lib.errors import FiguresInputError

ARTICLES = [
    {"body": "An air strike killed 19 people in Aleppo on Monday, the Syrian Observatory for "
             "Human Rights said.",
     "when": "2016-07-19", "source": "Reuters", "key": "r1"},
    {"body": "Terrorist rockets killed 17 people in Aleppo on Monday, the Syrian Arab News "
             "Agency said.",
     "when": "2016-07-19", "source": "SANA", "key": "s1"},
]  # fmt: skip


@pytest.fixture(scope="module")
def seeds_pipeline():
    return compute(load_corpus())


def test_tables_round_trip_with_a_manifest_that_names_no_absolute_path(tmp_path, seeds_pipeline):
    folder = write_artifacts(
        seeds_pipeline,
        tmp_path / "tables",
        source=str(tmp_path / "corpus"),
        options={"text_col": "body"},
    )
    read = load_artifacts(folder)
    pd.testing.assert_frame_equal(read.claims, seeds_pipeline.claims)
    for name, frame in seeds_pipeline.reconciliation.tables().items():
        pd.testing.assert_frame_equal(getattr(read.reconciliation, name), frame, check_exact=False)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["source"] == "corpus" and str(tmp_path) not in json.dumps(manifest)
    assert manifest["fingerprint"] == fingerprint(seeds_pipeline.corpus)
    assert (
        manifest["options"] == {"text_col": "body"}
        and manifest["artifacts_version"] == ARTIFACTS_VERSION
    )
    assert manifest["claims"] == len(seeds_pipeline.claims)
    assert (folder / "reconciliation" / "events.csv").is_file()


def test_a_folder_is_replaced_whole_or_not_at_all(tmp_path, seeds_pipeline):
    folder = write_artifacts(seeds_pipeline, tmp_path / "tables")
    (folder / "stale.csv").write_text("old")

    class Broken(type(seeds_pipeline.reconciliation)):
        def tables(self):
            raise RuntimeError("disk full")

    broken = type(seeds_pipeline)(
        seeds_pipeline.corpus,
        seeds_pipeline.claims,
        Broken(**seeds_pipeline.reconciliation.tables()),
    )
    with pytest.raises(RuntimeError):
        write_artifacts(broken, folder)
    assert (folder / "stale.csv").exists() and load_artifacts(
        folder
    ).claims.shape == seeds_pipeline.claims.shape
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]  # no staging folder left behind
    write_artifacts(seeds_pipeline, folder)
    assert not (folder / "stale.csv").exists()


def test_reading_a_folder_without_tables_says_what_to_do(tmp_path):
    with pytest.raises(FiguresInputError, match="manifest.json.*figures report"):
        load_artifacts(tmp_path)
    (tmp_path / "manifest.json").write_text(json.dumps({"artifacts_version": 1}))
    with pytest.raises(FiguresInputError, match="run `figures report` again"):
        load_reconciliation(tmp_path)


@pytest.mark.slow
def test_report_extracts_once_and_the_notebooks_read_the_tables(tmp_path, monkeypatch):
    data = tmp_path / "data.csv"
    pd.DataFrame(ARTICLES).to_csv(data, index=False)
    calls = []
    real = figures_lib.claims.extract_corpus
    monkeypatch.setattr(
        figures_lib.claims, "extract_corpus", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    output = tmp_path / "out"
    result = CliRunner().invoke(main, [
        "report", str(data), "--text-col", "body", "--date-col", "when", "--outlet-col", "source",
        "--id-col", "key", "--kinds", "casualties", "-o", str(output), "--no-progress",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(calls) == 1  # the parent extracted once
    manifest = json.loads((output / "tables" / "manifest.json").read_text())
    assert manifest["options"]["text_col"] == "body" and manifest["articles"] == 2
    executed = sorted(output.glob("*/*.ipynb"))
    assert {p.parent.name for p in executed} == {
        "10-extract-claims",
        "20-reconcile-kind",
        "30-outlet-comparison",
        "40-incident",
    }
    for path in executed:
        injected = next(
            c
            for c in nbformat.read(path, as_version=4).cells
            if "injected-parameters" in c.metadata.get("tags", [])
        )
        assert (
            'reconciliation = "../tables"' in injected.source
            and str(tmp_path) not in injected.source
        )
    incident = (output / "40-incident").glob("*.html")
    page = next(incident).read_text(encoding="utf-8")
    assert "Syrian Observatory for Human Rights" in page and "<mark>19</mark>" in page


@pytest.mark.slow
def test_kernels_never_need_the_corpus(tmp_path):
    # The corpus is gone once its tables are written: a kernel that loaded or extracted it would
    # fail.
    data = tmp_path / "data.jsonl"
    data.write_text(
        "\n".join(
            json.dumps(
                {"text": a["body"], "date": a["when"], "outlet": a["source"], "id": a["key"]}
            )
            for a in ARTICLES
        )
    )
    tables = prepare_tables(str(data), tmp_path / "out")
    data.unlink()
    results = run_reports(kinds=["casualties"], output_dir=tmp_path / "out", tables=tables)
    assert [r.error for r in results] == [""] * len(results) and len(results) == 4


def test_skipped_articles_are_written_as_errors_csv_and_counted(tmp_path, seeds_pipeline):
    import dataclasses

    from figures_lib.artifacts import ERRORS_TABLE, errors_frame

    clean = write_artifacts(seeds_pipeline, tmp_path / "clean")
    assert not (clean / ERRORS_TABLE).exists()
    assert json.loads((clean / "manifest.json").read_text())["errors"] == 0
    assert load_artifacts(clean).errors.empty

    row = {"doc_id": "x", "source_path": "x.txt", "stage": "load", "error": "empty file"}
    with_errors = dataclasses.replace(seeds_pipeline, errors=errors_frame([row]))
    folder = write_artifacts(with_errors, tmp_path / "tables")
    assert json.loads((folder / "manifest.json").read_text())["errors"] == 1
    assert load_artifacts(folder).errors.to_dict("records") == [row]
