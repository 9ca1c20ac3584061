"""Scale: Dask gives the very same claims as the in-process path; streaming inputs and
partitioned outputs keep memory to a batch."""

from __future__ import annotations

import json

import dask.dataframe as dd
import pandas as pd
import pytest
from click.testing import CliRunner

import figures_lib
from benchmarks.synthetic import synthetic_corpus, write_jsonl
from figures_lib.claims import extract_corpus, sort_claims
from figures_lib.cli import main
from figures_lib.scale import dask_client, extract_with_dask


@pytest.fixture(scope="module")
def cluster_address():
    """A local cluster of 2 worker processes, shared by this module's tests."""
    with dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client.scheduler.address


@pytest.fixture(scope="module")
def generated():
    return synthetic_corpus(0.4)  # 70 articles: several batches and partitions


def same_table(left: pd.DataFrame, right: pd.DataFrame) -> bool:
    return left.to_csv(index=False) == right.to_csv(index=False)


def test_dask_dataframe_on_the_seeds_gives_the_same_claims(
    cluster_address, seed_corpus, seed_claims
):
    from distributed import Client

    with Client(cluster_address):
        claims = extract_corpus(dd.from_pandas(seed_corpus, npartitions=3))
    assert same_table(claims, seed_claims)
    assert list(claims.claim_id) == list(seed_claims.claim_id)


def test_dask_dataframe_on_a_generated_corpus_gives_the_same_claims(cluster_address, generated):
    from distributed import Client

    expected = extract_corpus(generated)
    assert len(expected) > 300
    with Client(cluster_address):
        claims = extract_corpus(dd.from_pandas(generated, npartitions=7))
    assert same_table(claims, expected)


def test_streamed_batches_on_dask_give_the_same_claims(cluster_address, generated):
    batches = (generated.iloc[i : i + 9] for i in range(0, len(generated), 9))
    done = []
    claims = extract_with_dask(
        batches, scheduler=cluster_address, progress=done.append, in_flight_per_worker=1
    )
    assert same_table(claims, extract_corpus(generated))
    assert sum(done) == len(generated) and len(done) == 8


def test_cli_dask_engine_writes_the_same_file(cluster_address, generated, tmp_path):
    corpus = write_jsonl(generated, tmp_path / "generated.jsonl")
    runner = CliRunner()
    plain = runner.invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "plain.csv")])
    on_dask = runner.invoke(main, ["extract", str(corpus), "--engine", "dask", "--scheduler",
                                   cluster_address, "-o", str(tmp_path / "dask.csv")])  # fmt: skip
    assert plain.exit_code == 0 and on_dask.exit_code == 0, on_dask.output
    assert (tmp_path / "plain.csv").read_bytes() == (tmp_path / "dask.csv").read_bytes()


def test_parquet_corpus_is_read_in_batches_like_jsonl(tmp_path, seed_corpus, seed_claims):
    table = seed_corpus[["doc_id", "outlet", "published", "text", "via"]]
    table.rename(columns={"doc_id": "id", "published": "date"}).to_parquet(
        tmp_path / "seeds.parquet"
    )
    corpus = figures_lib.load_corpus(tmp_path / "seeds.parquet")
    assert list(corpus.source_format.unique()) == ["parquet"]
    assert list(corpus.source_row) == [1, 2, 3, 4, 5]
    claims = extract_corpus(corpus)
    columns = [c for c in claims.columns if c != "published"]
    assert same_table(claims[columns], seed_claims[columns])


def test_a_broken_parquet_file_is_named(tmp_path):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    with pytest.raises(
        figures_lib.FiguresInputError, match="broken.parquet: not a readable Parquet file"
    ):
        figures_lib.load_corpus(broken)


def test_partitioned_output_holds_every_claim_under_safe_folder_names(tmp_path, generated):
    hostile = generated.head(12).assign(outlet=["../../etc", "RT"] * 6)
    corpus = write_jsonl(hostile, tmp_path / "hostile.jsonl")
    target = tmp_path / "claims"
    result = CliRunner().invoke(
        main, ["extract", str(corpus), "--partition-by", "outlet", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    folders = sorted(p.name for p in target.iterdir())
    assert folders == ["partition=etc", "partition=rt"]
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # no temporary left
    written = pd.read_parquet(target).drop(columns="partition")
    written["published"] = written["published"].astype("datetime64[ns]")
    expected = extract_corpus(figures_lib.load_corpus(corpus))
    assert same_table(sort_claims(written)[expected.columns], expected)


def test_partition_by_refuses_a_file_name(tmp_path):
    result = CliRunner().invoke(
        main, ["extract", "--partition-by", "month", "-o", str(tmp_path / "c.csv")]
    )
    assert result.exit_code == 2 and "--partition-by writes a folder" in result.output


def test_synthetic_corpus_is_deterministic():
    first, second = synthetic_corpus(0.1), synthetic_corpus(0.1)
    assert first.equals(second)
    assert json.dumps(first.doc_id.tolist()) == json.dumps(second.doc_id.tolist())
