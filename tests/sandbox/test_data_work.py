"""Honest data work inside the boundary, and the language layer's guard-rails around it."""

from __future__ import annotations

import pytest

from sandbox import Sandbox

BENIGN = {
    "csv_from_stringio": ("import io\nimport pandas as pd\ndf = pd.read_csv(io.StringIO('a,b\\n1,2\\n3,4'))\n"
                          "print(df['b'].sum())", "6"),
    "csv_from_text": ("import pandas as pd\ndf = pd.read_csv('city,pop\\nOslo,700\\nBergen,290')\n"
                      "print(df['pop'].max())", "700"),
    "csv_module": ("import csv, io\nrows = list(csv.reader(io.StringIO('p,q\\n1,2')))\nout = io.StringIO()\n"
                   "csv.writer(out).writerow(['x', 3])\nprint(rows, out.getvalue().strip())", "[['p', 'q'], ['1', '2']] x,3"),
    "file_in_work_folder": ("import pandas as pd\npd.DataFrame({'v': [1, 2, 3]}).to_csv('data.csv', index=False)\n"
                            "print(pd.read_csv('data.csv')['v'].mean())", "2.0"),
    "matplotlib_dates": ("import datetime\nimport matplotlib.dates as mdates\nimport matplotlib.pyplot as plt\n"
                         "days = [datetime.date(2024, 1, d) for d in range(1, 8)]\nfig, ax = plt.subplots()\n"
                         "ax.plot(days, range(7))\nax.xaxis.set_major_formatter(mdates.DateFormatter('%d %b'))\n"
                         "print(mdates.date2num(datetime.datetime(1970, 1, 2)))", "1.0"),
    "pandas_string_methods": ("import pandas as pd\ndf = pd.DataFrame({'a': [1, 2], 'b': [3, 4]})\n"
                              "print(df.agg('sum').tolist(), df.apply('max').tolist(), df.transform('abs').shape)",
                              "[3, 7] [2, 4] (2, 2)"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BENIGN))
def test_benign_data_work(sandbox: Sandbox, name: str) -> None:
    code, expected = BENIGN[name]
    result = sandbox.run(code)
    assert result.ok, f"{name}: {result.error}"
    assert expected in result.stdout, f"{name}: {result.stdout!r}"


def test_a_typo_names_the_attribute_and_the_fix(sandbox: Sandbox) -> None:
    result = sandbox.run("import numpy as np\nprint(np.meen([1, 2]))")
    assert "module 'numpy' has no attribute 'meen'" in result.error and "Did you mean: 'mean'" in result.error


def test_a_misspelt_name_points_at_the_right_one(sandbox: Sandbox) -> None:
    result = sandbox.run("totals = [1, 2]\nprint(sum(total))")
    assert "name 'total' is not defined" in result.error and "Did you mean: 'totals'" in result.error


def test_output_survives_a_run_that_is_stopped(sandbox: Sandbox) -> None:
    result = sandbox.run("print('first half done', flush=True)\nwhile True:\n    pass")
    assert not result.ok and "first half done" in result.stdout


GUARD_RAILS = {
    "metaclass_from_type": "k = type(type(0))\nk('X', (), {})",
    "type_of_a_class": "print(type(int))",
    "pandas_string_eval": "import pandas as pd\npd.DataFrame({'a': ['1+1']}).agg('eval')",
    "pandas_list_query": "import pandas as pd\npd.DataFrame({'a': [1]}).transform(['query'])",
    "pandas_dict_pickle": "import pandas as pd\npd.DataFrame({'a': [1]}).apply({'a': 'to_pickle'})",
    "io_open": "import io\nio.open('x.txt', 'w')",
    "read_csv_outside": "import pandas as pd\nprint(pd.read_csv('/etc/hostname'))",
    "read_csv_url": "import pandas as pd\nprint(pd.read_csv('http://127.0.0.1:9/x.csv'))",
    "read_fwf_traversal": "import pandas as pd\nprint(pd.read_fwf('../../etc/hostname'))",
}


@pytest.mark.parametrize("name", sorted(GUARD_RAILS))
def test_language_layer_guard_rails(sandbox: Sandbox, name: str) -> None:
    result = sandbox.run(GUARD_RAILS[name])
    assert not result.ok and (
        "not available" in result.error or "not allowed" in result.error or "work folder only" in result.error
    ), f"{name}: {result.error}"
