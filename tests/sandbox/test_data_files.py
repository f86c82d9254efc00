"""Files attached to a chat, read-only inside the boundary under data/<name>, and nothing else."""

from __future__ import annotations

from pathlib import Path

from sandbox import Sandbox, data_view
from sandbox.boundary import INNER_WORK, bwrap_command
from tests.helpers import documents as make


def test_names_are_plain_unique_and_never_hidden() -> None:
    view = data_view({"../../etc/passwd": Path("/a"), ".env": Path("/b"), "we;ird?.csv": Path("/c")})
    assert [name for name, _ in view] == ["passwd", "env", "we_ird_.csv"]
    twice = data_view({"x/sales.csv": Path("/a"), "y/sales.csv": Path("/b")})
    assert [name for name, _ in twice] == ["sales.csv", "sales-2.csv"]


def test_each_file_is_bound_read_only_after_the_private_tmp() -> None:
    args = bwrap_command("bwrap", [], 1 << 20, ["python"], None, (("sales.csv", Path("/blobs/ab/abc.csv")),))
    bind = args.index(f"{INNER_WORK}/data/sales.csv")
    assert args[bind - 2 : bind] == ["--ro-bind", "/blobs/ab/abc.csv"]
    assert bind > args.index("--tmpfs") and "--bind" not in args


def test_code_reads_attached_csv_and_xlsx(sandbox: Sandbox, tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "blob.csv", 30)
    xlsx = make.xlsx_file(tmp_path / "blob.xlsx", {"S": [["a", "b"], [1, 2], [3, 4]]})
    code = "import pandas as pd\nprint(len(pd.read_csv('data/sales.csv')), pd.read_excel('data/book.xlsx')['b'].sum())"
    result = sandbox.run(code, {"sales.csv": csv, "book.xlsx": xlsx})
    assert result.ok, result.error
    assert result.stdout == "30 6\n"


def test_the_os_boundary_alone_keeps_them_read_only(os_only_sandbox: Sandbox, tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "blob.csv", 3)
    before = csv.read_bytes()
    code = (
        "import os\nfor attempt in (lambda: open('data/sales.csv', 'w').write('x'),\n"
        "                lambda: os.remove('data/sales.csv'), lambda: os.rename('data/sales.csv', 'x.csv'),\n"
        "                lambda: os.chmod('data/sales.csv', 0o666)):\n"
        "    try:\n        attempt()\n        print('changed')\n"
        "    except OSError as exc:\n        print(type(exc).__name__)\n"
        "print(os.listdir('data'))"
    )
    result = os_only_sandbox.run(code, {"sales.csv": csv})
    assert result.ok, result.error
    assert "changed" not in result.stdout and "['sales.csv']" in result.stdout
    assert csv.read_bytes() == before


def test_the_next_run_without_files_does_not_see_them(sandbox: Sandbox, tmp_path: Path) -> None:
    csv = make.csv_rows(tmp_path / "blob.csv", 3)
    assert sandbox.run("import pandas as pd\nprint(len(pd.read_csv('data/a.csv')))", {"a.csv": csv}).stdout == "3\n"
    result = sandbox.run("import pandas as pd\nprint(pd.read_csv('data/a.csv'))")
    assert not result.ok and "No such file or directory" in (result.error or "")


def test_code_reads_attached_tsv_and_json(sandbox: Sandbox, tmp_path: Path) -> None:
    (tmp_path / "a.tsv").write_text("x\ty\n1\t2\n")
    (tmp_path / "b.json").write_text('[{"v": 3}, {"v": 4}]')
    code = "import pandas as pd\nprint(pd.read_csv('data/t.tsv', sep='\\t')['y'][0], pd.read_json('data/j.json')['v'].sum())"
    result = sandbox.run(code, {"t.tsv": tmp_path / "a.tsv", "j.json": tmp_path / "b.json"})
    assert result.ok, result.error
    assert result.stdout == "2 7\n"


def test_read_excel_reads_the_work_folder_only(sandbox: Sandbox, tmp_path: Path) -> None:
    book = make.xlsx_file(tmp_path / "outside.xlsx", {"S": [["a"], [1]]})
    result = sandbox.run(f"import pandas as pd\npd.read_excel({str(book)!r})")
    assert not result.ok and "reads files in the work folder only" in (result.error or "")


def test_without_bubblewrap_the_child_reads_read_only_copies(tmp_path: Path) -> None:
    """macOS has no bind mounts: the files are copied into the run's folder, the originals stay out of reach."""
    csv = make.csv_rows(tmp_path / "blob.csv", 4)
    box = Sandbox(cache_dir=tmp_path / "cache", isolate=False, warm=False)
    try:
        result = box.run("import pandas as pd\nprint(len(pd.read_csv('data/s.csv')))", {"s.csv": csv})
    finally:
        box.close()
    assert result.ok, result.error
    assert result.stdout == "4\n"
    assert not list((tmp_path / "cache" / "runs").iterdir())  # the run's folder and its copies are gone
