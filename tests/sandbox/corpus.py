"""Attack and benign snippets, one per line of the research corpus's categories.

Placeholders: {canary} a folder outside the work dir where escapes would leave files,
{secret} a fake SSH key outside it, {victim} a folder attacks try to delete, {port} a
loopback listener that must never be reached. A shell that runs prints PWNED_42.
"""

from __future__ import annotations

from dataclasses import dataclass

SHELL = "echo PWNED_$((6*7))"


@dataclass(frozen=True)
class Attack:
    id: str
    category: str
    code: str
    must: str = "blocked"  # blocked: refused with an error | contained: may run, harms nothing


A = Attack
ATTACKS = [
    # import
    A("imp_os_system", "import", f"import os\nos.system('{SHELL}')"),
    A("imp_os_environ", "import", "import os\nprint(os.environ)"),
    A("imp_sys_modules", "import", "import sys\nprint(sys.modules['os'])"),
    A("imp_subprocess", "import", f"import subprocess\nsubprocess.run('{SHELL}', shell=True)"),
    A("imp_ctypes", "ctypes", f"import ctypes\nctypes.CDLL(None).system(b'{SHELL}')"),
    A("imp_importlib", "import", "import importlib\nimportlib.import_module('os').system('true')"),
    A("imp_builtins_open", "import", "import builtins\nprint(builtins.open('{secret}').read())"),
    A("imp_dunder_import", "import", "__import__('os').system('true')"),
    A("imp_from_os", "import", "from os import system\nsystem('true')"),
    A("imp_unicode_dunder", "import", "__ｉmport__('os')"),
    A("imp_shutil_rmtree", "filesystem", "import shutil\nshutil.rmtree('{victim}')"),
    A("imp_pickle", "pickle", "import pickle\npickle.loads(b'cos\\nsystem\\n(S\\'true\\'\\ntR.')"),
    # network
    A("net_socket", "network", "import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)"),
    A("net_pandas_url", "network", "import pandas as pd\npd.read_csv('http://127.0.0.1:{port}/x.csv')"),
    A(
        "net_numpy_datasource",
        "network",
        "import numpy as np\nnp.lib.npyio.DataSource().open('http://127.0.0.1:{port}/')",
    ),
    # dunder / getattr / introspection
    A("dunder_subclasses", "dunder", "print(().__class__.__bases__[0].__subclasses__())"),
    A("getattr_computed", "getattr", "print(getattr((), '__cla' + 'ss__'))"),
    A("getattr_chr", "getattr", "n = chr(95) * 2 + 'class' + chr(95) * 2\nprint(getattr(1, n))"),
    A("mro_no_underscore", "dunder", "print(str.mro())"),
    A("globals_vars_dir", "introspection", "print(globals(), vars(), dir())"),
    A("class_reduce", "dunder", "class A:\n    def __reduce__(self):\n        return (print, ('x',))"),
    A("class_metaclass", "dunder", "class M(type):\n    pass\nclass A(metaclass=M):\n    pass"),
    # RestrictedPython CVE regressions
    A("except_star", "cve-regression", "try:\n    1/0\nexcept* ZeroDivisionError as e:\n    print(e)"),
    A("posonly_guard_shadow", "cve-regression", "def f(_getattr_, /):\n    return _getattr_\nprint(f(1))"),
    # frames
    A("gen_gi_frame", "frames", "def g():\n    yield 1\nprint(g().gi_frame.f_globals)"),
    A("getattr_gi_frame", "frames", "def g():\n    yield 1\nprint(getattr(g(), 'gi_frame'))"),
    A("traceback_frame", "frames", "try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__.tb_frame)"),
    A("coroutine_frame", "frames", "async def c():\n    pass\nprint(c().cr_frame)"),
    # format strings
    A("fmt_dunder", "format", "print('{0.__class__}'.format(1))"),
    A("fmt_map", "format", "print('{x.__class__}'.format_map({'x': 1}))"),
    A("fmt_unbound", "format", "print(str.format('{0.__class__}', 1))"),
    A("fstring_dunder", "format", "print(f'{(1).__class__}')"),
    # eval-like
    A("eval_call", "eval", "eval('1+1')"),
    A("exec_call", "eval", "exec('print(1)')"),
    A("compile_call", "eval", "compile('1', 'x', 'eval')"),
    # files and secrets
    A("open_passwd", "filesystem", "print(open('/etc/passwd').read())"),
    A("pd_read_secret", "secrets", "import pandas as pd\nprint(pd.read_csv('{secret}'))"),
    A("pd_read_passwd", "filesystem", "import pandas as pd\nprint(pd.read_csv('/etc/passwd', sep=':'))"),
    A("np_fromfile", "filesystem", "import numpy as np\nprint(np.fromfile('/etc/passwd', dtype='u1'))"),
    A("np_save_outside", "filesystem", "import numpy as np\nnp.save('{canary}/np.npy', np.ones(3))"),
    A(
        "savefig_outside",
        "filesystem",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('{canary}/fig.png')",
    ),
    A("to_csv_traversal", "filesystem", "import pandas as pd\npd.DataFrame({'a': [1]}).to_csv('{canary}/x.csv')"),
    # interactive
    A("breakpoint_hang", "interactive", "breakpoint()"),
    A("input_hang", "interactive", "input()"),
    # module chains through allowed modules
    A("chain_statistics_sys", "module-chain", "import statistics\nprint(statistics.sys.modules['os'].environ)"),
    A("chain_datetime_sys", "module-chain", f"import datetime\ndatetime.sys.modules['os'].system('{SHELL}')"),
    A("chain_json_codecs", "module-chain", "import json\nprint(json.codecs.open('/etc/passwd').read())"),
    A("chain_re_enum", "module-chain", "import re\nprint(re.enum.bltns.open('/etc/passwd').read())"),
    A(
        "chain_matplotlib_subprocess",
        "module-chain",
        f"import matplotlib\nmatplotlib.subprocess.run('{SHELL}', shell=True)",
    ),
    A("chain_cbook_os", "module-chain", f"import matplotlib.pyplot as plt\nplt.cbook.os.system('{SHELL}')"),
    A("chain_numpy_f2py", "module-chain", f"import numpy as np\nnp.f2py.os.system('{SHELL}')"),
    A("chain_ctypeslib", "ctypes", f"import numpy as np\nnp.ctypeslib.ctypes.CDLL(None).system(b'{SHELL}')"),
    A("chain_numpy_ma", "module-chain", "import numpy as np\nprint(np.ma.core.builtins.open('/etc/passwd').read())"),
    A("chain_pandas_compat", "module-chain", "import pandas as pd\nprint(pd.compat.sys.modules)"),
    A("chain_from_import", "module-chain", f"from numpy import f2py\nf2py.os.system('{SHELL}')"),
    A("chain_getattr_module", "getattr", f"import numpy as np\ngetattr(np, 'f' + '2py').os.system('{SHELL}')"),
    # library evaluators, pickle, subprocess via libraries
    A(
        "pandas_eval",
        "library-evaluator",
        'import pandas as pd\npd.eval("(1).__class__.__bases__[0].__subclasses__()")',
    ),
    A("pandas_query", "library-evaluator", "import pandas as pd\npd.DataFrame({'a': [1]}).query('a.__class__')"),
    A("pd_read_pickle", "pickle", "import pandas as pd\npd.read_pickle('x.pkl')"),
    A("np_load_pickle", "pickle", "import numpy as np\nnp.load('x.npy', allow_pickle=True)"),
    A("mpl_ffmpeg", "subprocess", "import matplotlib.pyplot as plt\nplt.rcParams['animation.ffmpeg_path'] = '/bin/sh'"),
    A("mpl_switch_backend", "matplotlib", "import matplotlib.pyplot as plt\nplt.switch_backend('TkAgg')"),
    A("pd_clipboard", "secrets", "import pandas as pd\nprint(pd.read_clipboard())"),
    # state that must not outlive a run
    A("sys_modules_poison", "state", "import statistics\nstatistics.sys.modules['json'] = None"),
    A("module_monkeypatch", "state", "import math\nmath.sqrt = lambda x: 42"),
    A("signal_handlers", "signals", "import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)"),
    A("gc_scan", "secrets", "import gc\nprint(len(gc.get_objects()))"),
    # processes
    A("kill_parent", "process", "import os\nos.kill(os.getppid(), 9)"),
    A("kill_self", "process", "import os\nos.kill(os.getpid(), 9)"),
    A("sys_exit_chain", "process", "import statistics\nstatistics.sys.exit(3)"),
    A("fork_bomb", "process", "import os\nwhile True:\n    os.fork()"),
    A("thread_bomb", "process", "import threading\nwhile True:\n    threading.Thread(target=lambda: None).start()"),
    A("raise_systemexit", "process", "raise SystemExit(1)", "contained"),
    A("raise_keyboardinterrupt", "process", "raise KeyboardInterrupt", "contained"),
    # resources
    A(
        "np_as_strided",
        "memory-safety",
        "import numpy as np\nx = np.lib.stride_tricks.as_strided(np.zeros(1), shape=(10**9,), strides=(8,))\nprint(x.sum())",
        "contained",
    ),
    A("cpu_loop", "cpu", "while True:\n    pass", "contained"),
    A(
        "cpu_swallow",
        "cpu",
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass",
        "contained",
    ),
    A("cpu_bigint", "cpu", "x = 10 ** 10 ** 9", "contained"),
    A("cpu_redos", "cpu", "import re\nre.match('(a+)+$', 'a' * 40 + 'b')", "contained"),
    A("cpu_factorial", "cpu", "import math\nmath.factorial(10 ** 8)", "contained"),
    A("mem_list", "memory", "x = []\nwhile True:\n    x.append(' ' * 10**6)", "contained"),
    A("mem_numpy", "memory", "import numpy as np\nx = np.ones((60000, 60000))", "contained"),
    A("mem_string", "memory", "x = 'A' * 2 ** 34", "contained"),
    A("mem_ljust", "memory", "x = 'a'.ljust(10 ** 10)", "contained"),
    A("mem_itertools", "memory", "import itertools\nx = list(itertools.repeat(1))", "contained"),
    A("recursion", "recursion", "def f(n):\n    return f(n + 1)\nf(0)", "contained"),
    A("nested_repr", "recursion", "x = []\nfor _ in range(100000):\n    x = [x]\nprint(x)", "contained"),
    A("output_flood", "output", "while True:\n    print('flood ' * 100)", "contained"),
    A("output_html", "output", "print('<img src=x onerror=alert(1)><b>bold</b>')", "contained"),
    A("fig_flood", "output", "import matplotlib.pyplot as plt\nfor i in range(500):\n    plt.figure()", "contained"),
    A(
        "fig_huge",
        "memory",
        "import matplotlib.pyplot as plt\nplt.figure(figsize=(600, 600))\nplt.plot([1, 2])",
        "contained",
    ),
    A(
        "disk_fill",
        "disk",
        "import numpy as np\nimport pandas as pd\npd.DataFrame(np.ones((3000000, 10))).to_csv('big.csv')",
        "contained",
    ),
]

BENIGN = [
    # (id, code, required stdout substrings, figure count)
    (
        "np_stats",
        "import numpy as np\nx = np.array([2, 4, 4, 4, 5, 5, 7, 9])\n"
        "print('mean', x.mean(), 'std', x.std(), 'median', np.median(x))",
        ["mean 5.0", "std 2.0", "median 4.5"],
        0,
    ),
    (
        "math",
        "import math\nprint(round(math.pi, 2), math.sqrt(16), math.factorial(5), math.gcd(12, 18))",
        ["3.14", "4.0 120 6"],
        0,
    ),
    (
        "statistics",
        "import statistics\nprint(statistics.mode([1, 4, 4]), statistics.median([1, 3, 5]),"
        " round(statistics.stdev([1, 5, 9, 2]), 3))",
        ["4 3", "3.5"],
        0,
    ),
    ("line_plot", "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\nplt.title('squares')", [], 1),
    ("bar_chart", "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['a', 'b'], [3, 5])", [], 1),
    (
        "scatter",
        "import numpy as np\nimport matplotlib.pyplot as plt\nplt.scatter(np.arange(10), np.arange(10) ** 2)",
        [],
        1,
    ),
    (
        "histogram",
        "import numpy as np\nimport matplotlib.pyplot as plt\nx = np.random.default_rng(0).normal(size=1000)\n"
        "plt.hist(x, bins=30)\nprint('n =', len(x))",
        ["n = 1000"],
        1,
    ),
    (
        "subplots",
        "import matplotlib.pyplot as plt\nfig, axes = plt.subplots(2, 2)\nfor i, ax in enumerate(axes.flat):\n"
        "    ax.plot([0, i])",
        [],
        1,
    ),
    ("two_figures", "import matplotlib.pyplot as plt\nplt.figure()\nplt.plot([1])\nplt.figure()\nplt.plot([2])", [], 2),
    (
        "pandas_describe",
        "import pandas as pd\ndf = pd.DataFrame({'x': [10, 20, 30, 40]})\nprint(df.describe())",
        ["mean", "25.0"],
        0,
    ),
    (
        "pandas_groupby",
        "import pandas as pd\ndf = pd.DataFrame({'k': ['A', 'B', 'A', 'C', 'B'], 'v': [10, 20, 30, 50, 40]})\n"
        "print(df.groupby('k')['v'].sum().to_dict())\nprint('total', df['v'].sum())",
        ["{'A': 40, 'B': 60, 'C': 50}", "total 150"],
        0,
    ),
    (
        "pandas_plot",
        "import pandas as pd\nimport matplotlib.pyplot as plt\npd.DataFrame({'a': [1, 3, 2]}).plot()",
        [],
        1,
    ),
    (
        "table",
        "rows = [('alpha', 1.5), ('gamma', 333.125)]\nfor name, v in rows:\n    print(f'{name:<8}{v:>10.2f}')",
        ["gamma", "333.12"],
        0,
    ),
    (
        "collections",
        "from collections import Counter\nimport itertools\n"
        "print(Counter('the cat and the dog and the end'.split()).most_common(2))\n"
        "print(list(itertools.accumulate([1, 2])))",
        ["[('the', 3), ('and', 2)]", "[1, 3]"],
        0,
    ),
    (
        "datetime",
        "import datetime\nd = datetime.date(2024, 1, 1) + datetime.timedelta(days=31)\nprint(d)\n"
        "print(datetime.datetime(2024, 3, 1, 12, 30).strftime('%Y-%m-%d %H:%M'))",
        ["2024-02-01", "2024-03-01 12:30"],
        0,
    ),
    (
        "json",
        "import json\ns = json.dumps({'lang': 'python', 'n': 3})\nprint(s)\nprint(json.loads(s)['lang'])",
        ['{"lang": "python", "n": 3}', "python"],
        0,
    ),
    (
        "regex",
        "import re\nprint(re.findall(r'\\d{3}-\\d{4}', 'call 555-1234 or 555-9876'))\nprint(re.sub('a', '#', 'aba'))",
        ["['555-1234', '555-9876']", "#b#"],
        0,
    ),
    ("random_seeded", "import random\nrandom.seed(1)\nx = random.randint(1, 10)\nprint(x, 1 <= x <= 10)", ["True"], 0),
    (
        "polyfit",
        "import numpy as np\nx = np.arange(10)\ny = 3 * x + 2\nm, b = np.polyfit(x, y, 1)\n"
        "print(f'slope={m:.2f} intercept={b:.2f}')",
        ["slope=3.00 intercept=2.00"],
        0,
    ),
    (
        "linalg",
        "import numpy as np\nprint(np.linalg.solve([[1, 1], [1, -1]], [5, -1]))\nprint(np.linalg.norm([3, 4]))",
        ["[2. 3.]", "5.0"],
        0,
    ),
    (
        "class_sorting",
        "class P:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n"
        "ps = sorted([P(3, 4), P(1, 1), P(0, 2)], key=lambda p: p.a + p.b)\nprint([(p.a, p.b) for p in ps])",
        ["[(1, 1), (0, 2), (3, 4)]"],
        0,
    ),
    (
        "functions_exceptions",
        "def safe_div(a, b):\n    try:\n        return a / b\n    except ZeroDivisionError as e:\n"
        "        print('error:', e)\nsafe_div(1, 0)\nprint(safe_div(6, 2))\n"
        "print(sum(i * i for i in range(1000)))",
        ["error: division by zero", "3.0", "332833500"],
        0,
    ),
    (
        "savefig_workdir",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.savefig('chart.png')\nprint('saved')",
        ["saved"],
        1,
    ),
    (
        "zip_enumerate",
        "names = ['a', 'b']\nscores = [90, 80]\nfor i, (n, s) in enumerate(zip(names, scores)):\n"
        "    print(i, n, s)\nprint('best', max(zip(scores, names))[1])",
        ["0 a 90", "best a"],
        0,
    ),
    (
        "assignments",
        "import numpy as np\nimport pandas as pd\na = np.zeros(3)\na[0] = 99\ndf = pd.DataFrame({'x': [1, 2]})\n"
        "df['y'] = df['x'] * 2\nd = {}\nd['k'] = 1\nprint(a[0], df['y'].tolist(), d)",
        ["99.0 [2, 4] {'k': 1}"],
        0,
    ),
]
