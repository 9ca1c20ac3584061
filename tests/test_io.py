"""figures_lib.io: atomic outputs with the umask's permissions, CSV formula neutralisation,
table reading with clear errors, and file-name slugs."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pytest

from figures_lib import io
from figures_lib.errors import FiguresInputError
from figures_lib.schema import ERRORS_COLUMNS, Column


@pytest.fixture
def umask_027():
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_current_umask_reads_without_changing_it(umask_027):
    assert io.current_umask() == 0o027
    assert io.current_umask() == 0o027


def test_atomic_outputs_get_the_permissions_of_a_new_file_not_0600(tmp_path, umask_027):
    table = io.write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    assert _mode(table) == 0o640
    with io.atomic_path(tmp_path / "x.txt") as temporary:
        temporary.write_text("x")
    assert _mode(tmp_path / "x.txt") == 0o640


def test_written_folders_get_the_permissions_of_a_new_folder(tmp_path, umask_027):
    folder = io.write_folder(tmp_path / "set", lambda staging: (staging / "a.txt").write_text("a"))
    assert _mode(folder) == 0o750


def test_a_failed_folder_write_leaves_the_previous_folder_and_no_temporary(tmp_path):
    io.write_folder(tmp_path / "set", lambda staging: (staging / "a.txt").write_text("old"))

    def fail(staging):
        (staging / "a.txt").write_text("new")
        raise RuntimeError("midway")

    with pytest.raises(RuntimeError):
        io.write_folder(tmp_path / "set", fail)
    assert (tmp_path / "set" / "a.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set"]


def test_csv_text_cells_that_start_a_formula_are_neutralised_but_numbers_are_not(tmp_path):
    frame = pd.DataFrame(
        {
            "quote": pd.array(
                ['=HYPERLINK("x")', "+1", "-2 dead", "@SUM(A1)", "\tx", "\rx", "ok", "'=x"],
                dtype="string",
            ),  # fmt: skip
            "change": [-5, 1, 2, 3, 4, 5, 6, 7],
            "ratio": [-0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
        }
    )
    io.write_table(frame, tmp_path / "t.csv")
    raw = pd.read_csv(
        tmp_path / "t.csv", dtype={"quote": str}, keep_default_na=False, lineterminator="\n"
    )
    assert raw["quote"].tolist() == [
        '\'=HYPERLINK("x")',
        "'+1",
        "'-2 dead",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "ok",
        "''=x",
    ]
    assert raw["change"].tolist()[0] == -5 and raw["ratio"].tolist()[0] == -0.5
    # Parquet keeps every value as it is.
    io.write_table(frame, tmp_path / "t.parquet")
    assert pd.read_parquet(tmp_path / "t.parquet")["quote"].tolist() == frame["quote"].tolist()


def test_read_table_undoes_the_neutralisation_exactly(tmp_path):
    columns = [Column("quote", "string", ""), Column("change", "float64", "")]
    frame = pd.DataFrame(
        {
            "quote": pd.array(["=1", "'=2", "-3", "plain", "", "\rx", "a\rb"], dtype="string"),
            "change": [-1.0, 2.0, -3.0, 4.0, 5.0, None, 7.0],
        }
    )
    io.write_table(frame, tmp_path / "t.csv")
    back = io.read_table(tmp_path / "t.csv", columns, "test")
    assert back["quote"].tolist() == frame["quote"].tolist()
    assert back["change"].tolist()[:5] == frame["change"].tolist()[:5] and pd.isna(
        back["change"][5]
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file, not a errors table"),
        (b"PAR1 not parquet at all", "not a readable errors table"),
    ],
)
def test_read_table_names_an_empty_or_corrupt_file(tmp_path, content, message):
    path = tmp_path / ("t.parquet" if content else "t.csv")
    path.write_bytes(content)
    with pytest.raises(FiguresInputError, match=message):
        io.read_table(path, ERRORS_COLUMNS, "errors")


def test_read_table_names_a_folder_given_for_a_table(tmp_path):
    with pytest.raises(FiguresInputError, match="a folder, not a errors table"):
        io.read_table(tmp_path, ERRORS_COLUMNS, "errors")


def test_slug_matches_the_partition_slugs():
    from figures_lib.claims import partition_key

    names = ["Ministry of Defence / UK", "../../etc", "", "RT", "Sputnik Türkiye"]
    claims = pd.DataFrame({"outlet": names})
    assert list(partition_key(claims, "outlet")) == [io.slug(n) for n in names]
    assert [io.slug(n, fallback="all") for n in names][1:3] == ["etc", "all"]
