"""The figures command line: help for every option, outputs, and clear errors."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from figures_lib.cli import main
from figures_lib.schema import CLAIMS_COLUMNS, CORPUS_COLUMNS, column_names


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [[], ["corpus"], ["extract"], ["reconcile"]])
def test_every_command_has_help_describing_every_option(runner, command):
    result = runner.invoke(main, [*command, "--help"], prog_name="figures")
    assert result.exit_code == 0, result.output
    assert "Usage: figures" in result.output
    command_object = main if not command else main.commands[command[0]]
    for parameter in command_object.params:
        if getattr(parameter, "help", None) is None and parameter.param_type_name == "option":
            pytest.fail(f"{command} option {parameter.name} has no help text")


def test_extract_on_the_seeds_writes_the_claims_table(runner, tmp_path):
    output = tmp_path / "claims.csv"
    result = runner.invoke(main, ["extract", "-o", str(output)])
    assert result.exit_code == 0, result.output
    claims = pd.read_csv(output)
    assert list(claims.columns) == column_names(CLAIMS_COLUMNS)
    assert "claims from 5 articles" in result.output
    assert set(claims.doc_id.str[:3]) == {"000", "001", "002", "003", "004"}


def test_extract_is_byte_identical_between_runs_and_round_trips_parquet(runner, tmp_path):
    for name in ("a.csv", "b.csv", "c.parquet"):
        assert runner.invoke(main, ["extract", "-o", str(tmp_path / name)]).exit_code == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    from_parquet = pd.read_parquet(tmp_path / "c.parquet")
    from_csv = pd.read_csv(tmp_path / "a.csv")
    assert list(from_parquet.claim_id) == list(from_csv.claim_id)
    assert from_parquet["quantity"].tolist() == pytest.approx(from_csv["quantity"].tolist())


def test_corpus_writes_one_row_per_article_without_text_by_default(runner, tmp_path):
    output = tmp_path / "corpus.csv"
    result = runner.invoke(main, ["corpus", "-o", str(output)])
    assert result.exit_code == 0, result.output
    corpus = pd.read_csv(output)
    expected = [c for c in column_names(CORPUS_COLUMNS) if c != "text"]
    assert list(corpus.columns) == expected and len(corpus) == 5


def test_a_missing_corpus_is_one_clear_line_not_a_traceback(runner, tmp_path):
    output = tmp_path / "claims.csv"
    result = runner.invoke(main, ["extract", str(tmp_path / "absent"), "-o", str(output)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "absent: no such file or folder" in result.output
    assert "Traceback" not in result.output
    assert not output.exists()


def test_a_failed_run_leaves_the_previous_output_untouched(runner, tmp_path):
    output = tmp_path / "claims.csv"
    output.write_text("previous results\n")
    dataset = tmp_path / "bad.csv"
    dataset.write_text("headline\nA\n")
    result = runner.invoke(main, ["extract", str(dataset), "-o", str(output)])
    assert result.exit_code == 1 and "--text-col" in result.output
    assert output.read_text() == "previous results\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_csv_column_options_reach_the_loader(runner, tmp_path):
    dataset = tmp_path / "news.csv"
    pd.DataFrame(
        {
            "body": ["Jets flew 64 sorties over the past 24 hours, the ministry said."],
            "when": ["2015-10-10"],
            "paper": ["TASS"],
        }
    ).to_csv(dataset, index=False)
    output = tmp_path / "claims.csv"
    result = runner.invoke(
        main,
        ["extract", str(dataset), "--text-col", "body", "--date-col", "when",
         "--outlet-col", "paper", "-o", str(output)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    claims = pd.read_csv(output)
    assert list(claims.outlet) == ["TASS"] and list(claims.period_end) == ["2015-10-10"]


def test_warnings_are_single_lines_naming_the_file(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Jets flew 64 sorties.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,RT\nempty.txt,RT\n")
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", str(tmp_path / "c.csv")])
    assert result.exit_code == 3  # done, but an article was skipped
    assert "warning: " in result.output and "empty.txt: empty file; skipped" in result.output


def test_reconcile_reads_the_written_claims_back_to_the_same_tables(
    runner, tmp_path, seed_corpus, seed_claims
):
    from figures_lib.reconcile import reconcile

    claims_file = tmp_path / "claims.csv"
    assert runner.invoke(main, ["extract", "-o", str(claims_file)]).exit_code == 0
    folder = tmp_path / "reconciliation"
    result = runner.invoke(
        main, ["reconcile", str(claims_file), "--corpus", "seeds", "-o", str(folder)]
    )
    assert result.exit_code == 0, result.output
    assert "0 inconsistent" in result.output
    in_memory = reconcile(seed_claims, seed_corpus)
    for name, frame in in_memory.tables().items():
        # The CSV round trip (inf, NaT, empty strings, booleans) changes no figure.
        assert (folder / f"{name}.csv").read_text() == frame.to_csv(
            index=False, lineterminator="\n"
        ), name


def test_reconcile_names_a_file_that_is_no_claims_table(runner, tmp_path):
    result = runner.invoke(main, ["reconcile", "seeds/manifest.csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "seeds/manifest.csv: not a claims table; it lacks the column(s) doc_id" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()
