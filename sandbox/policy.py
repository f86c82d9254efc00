"""The language layer: RestrictedPython plus an exact allow-list. Clarity, not the boundary.

It turns most dangerous code into an immediate, readable error. The process and OS layers
(runner.py, confine.py) are what make anything it misses harmless.
"""

from __future__ import annotations

import ast
import builtins
import dis
import operator
import sys
import types
from collections.abc import Callable
from typing import Any

from RestrictedPython import compile_restricted_exec, safe_builtins
from RestrictedPython.Guards import guarded_iter_unpack_sequence, guarded_unpack_sequence, safer_getattr_raise

FILENAME = "<sandbox>"
# Submodules reachable as attributes (np.random.rand, np.linalg.solve, ...) and importable.
ALLOWED_SUBMODULES = frozenset({
    "numpy.random", "numpy.linalg", "numpy.fft", "numpy.polynomial", "matplotlib.pyplot", "matplotlib.cm",
    "matplotlib.colors", "matplotlib.ticker", "matplotlib.dates", "collections.abc",
})  # fmt: skip
ALLOWED_IMPORTS = frozenset({
    "math", "statistics", "random", "datetime", "json", "re", "collections", "itertools", "csv", "io",
    "numpy", "matplotlib", "pandas", *ALLOWED_SUBMODULES,
})  # fmt: skip
# Modules of which only these names are offered (io: in-memory text and bytes, no files).
ONLY_NAMES = {"io": frozenset({"StringIO", "BytesIO"})}
# pandas readers that take a path: files in the work folder, buffers, or CSV text.
PATH_READERS = frozenset({"read_csv", "read_table", "read_json", "read_fwf", "read_excel"})
# pandas methods that look a string argument up as a method name ("eval", "query", ...).
STRING_DISPATCH = frozenset({"apply", "agg", "aggregate", "transform", "map", "applymap", "pipe", "pivot_table"})
# Callables from these modules give processes, files, pickles, memory or interpreter state.
DENIED_HOME_MODULES = (
    "os", "posix", "nt", "sys", "subprocess", "io", "_io", "codecs", "pickle", "_pickle", "marshal", "shelve",
    "ctypes", "_ctypes", "importlib", "signal", "_signal", "threading", "_thread", "multiprocessing", "gc",
    "inspect", "operator", "builtins", "socket", "_socket", "shutil", "tempfile", "pathlib", "glob", "runpy",
    "pkgutil", "code", "pty", "resource", "mmap", "fcntl", "select", "urllib", "http", "ssl", "webbrowser",
)  # fmt: skip
# Attribute names with file, pickle, native-code, evaluator or global-state power.
DENIED_NAMES = frozenset({
    "eval", "query", "load", "loads", "dump", "dumps", "save", "savez", "savez_compressed", "savetxt", "loadtxt",
    "genfromtxt", "fromfile", "tofile", "memmap", "load_library", "ctypes", "ctypeslib", "f2py", "lib", "testing",
    "as_strided", "DataSource", "read_pickle", "to_pickle", "read_clipboard", "to_clipboard", "read_sql",
    "read_sql_query", "read_sql_table", "to_sql", "read_html",
    "read_xml", "read_parquet", "read_feather", "read_orc", "read_stata", "read_sas", "read_spss", "read_hdf",
    "to_hdf", "to_parquet", "to_feather", "to_excel", "to_stata", "rcParams", "rc_params_from_file",
    "rc_context", "imread", "fromregex", "rc", "rcdefaults", "rc_file", "use",
    "switch_backend", "animation", "set_option", "reset_option", "option_context", "set_printoptions", "seterr",
    "seterrcall", "setbufsize", "get_include", "show_config", "compat", "cbook", "core", "api", "io", "os",
    "sys", "subprocess", "system", "popen", "open", "globals", "locals", "vars", "dir", "mro", "format",
    "format_map", "gi_frame", "gi_code", "cr_frame", "ag_frame", "f_back", "f_globals", "f_locals", "f_builtins",
    "tb_frame", "co_code", "func_globals", "register_cmap", "pyplot_show",
})  # fmt: skip
# json's dumps/loads are plain text conversions: allowed there only.
NAME_EXCEPTIONS = {"json": frozenset({"dumps", "loads", "dump", "load"})}
EXTRA_BUILTINS = (
    "list", "dict", "set", "frozenset", "tuple", "sorted", "zip", "enumerate", "min", "max", "sum", "any", "all",
    "map", "filter", "reversed", "bytes", "bin", "iter", "next",
)  # fmt: skip


def check(code: str) -> list[str]:
    """Policy problems found without running anything (syntax, forbidden names and imports)."""
    result = compile_restricted_exec(code, FILENAME)
    problems = list(result.errors)
    if problems:
        return problems
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        else:
            continue
        problems += [f"Line {node.lineno}: import of '{n}' is not allowed" for n in names if n not in ALLOWED_IMPORTS]
    return problems


def compile_code(code: str) -> types.CodeType:
    result = compile_restricted_exec(code, FILENAME)
    if result.errors:
        raise SyntaxError("; ".join(result.errors))
    assert result.code is not None  # RestrictedPython returns code whenever it reports no errors
    return result.code


def restricted_globals(write: Callable[[str], object]) -> dict[str, Any]:
    """The globals user code runs with: guarded builtins, imports, attribute access and print."""
    allowed = dict(safe_builtins)
    for name in EXTRA_BUILTINS:
        if hasattr(builtins, name):
            allowed[name] = getattr(builtins, name)
    allowed.update(
        __import__=guarded_import,
        getattr=guarded_getattr,
        hasattr=lambda obj, name: _has(obj, name),
        setattr=_denied("setattr"),
        delattr=_denied("delattr"),
        print=_printer(write),
        type=_type_of,
    )
    return {
        "__builtins__": allowed,
        "__name__": "__sandbox__",
        "__metaclass__": type,
        "_getattr_": guarded_getattr,
        "_getitem_": operator.getitem,
        "_getiter_": iter,
        "_iter_unpack_sequence_": guarded_iter_unpack_sequence,
        "_unpack_sequence_": guarded_unpack_sequence,
        "_write_": guarded_write,
        "_inplacevar_": _inplace,
        "_print_": _print_factory(write),
        "_apply_": lambda f, *a, **k: f(*a, **k),
    }


# ---- imports -----------------------------------------------------------------------------------


def guarded_import(name: str, globals=None, locals=None, fromlist=(), level=0):
    caller = sys._getframe(1)
    user_import = caller.f_code.co_filename == FILENAME and _at_import_instruction(caller)
    if not user_import:
        # C code running inside a user frame (numpy's tofile importing io, strftime
        # importing time) resolves __import__ through these builtins: let it through.
        return builtins.__import__(name, globals, locals, fromlist, level)
    if level != 0 or name not in ALLOWED_IMPORTS:
        raise ImportError(f"import of '{name}' is not allowed here (allowed: {', '.join(sorted(ALLOWED_IMPORTS))})")
    module = builtins.__import__(name, globals, locals, fromlist, level)
    for item in fromlist or ():
        guarded_getattr(module, item)  # from x import y is fetched in C: check y here
    return module


def _at_import_instruction(frame: types.FrameType) -> bool:
    code = frame.f_code.co_code
    return 0 <= frame.f_lasti < len(code) and code[frame.f_lasti] == dis.opmap["IMPORT_NAME"]


# ---- attribute access --------------------------------------------------------------------------


def guarded_getattr(obj: Any, name: str, *default: Any) -> Any:
    if not isinstance(name, str):
        raise TypeError("attribute name must be a string")
    home = getattr(obj, "__name__", "") if isinstance(obj, types.ModuleType) else ""
    if name in DENIED_NAMES and name not in NAME_EXCEPTIONS.get(home, ()):
        raise AttributeError(f"access to '{name}' is not allowed in the sandbox")
    if home in ONLY_NAMES:
        if name not in ONLY_NAMES[home]:
            raise AttributeError(
                f"'{home}.{name}' is not available in the sandbox (only {', '.join(sorted(ONLY_NAMES[home]))})"
            )
        return safer_getattr_raise(obj, name)
    # A missing name raises AttributeError naming it (RestrictedPython's default would give None).
    value = safer_getattr_raise(obj, name, *default)
    _check_value(value, name)
    if home == "pandas" and name in PATH_READERS:
        return _work_folder_reader(value, name)
    if name in STRING_DISPATCH and callable(value) and _is_pandas(obj):
        return _no_method_names(value, name)
    return value


def _type_of(obj: Any) -> type:
    """type(x), the one-argument form: not the class factory, and never a metaclass."""
    kind = builtins.type(obj)
    if issubclass(kind, builtins.type):
        raise TypeError("type() of a class is not available in the sandbox")
    return kind


def _is_pandas(obj: Any) -> bool:
    module = getattr(builtins.type(obj), "__module__", "") or ""
    return isinstance(module, str) and module.split(".")[0] == "pandas"


def _no_method_names(method: Callable[..., Any], name: str) -> Callable[..., Any]:
    """pandas looks strings up as methods (df.apply('eval')): allow only harmless ones."""

    def checked(*args: Any, **kwargs: Any) -> Any:
        for value in _strings_in((args, kwargs)):
            if value in DENIED_NAMES or value.startswith("_"):
                raise AttributeError(f"'{name}' with '{value}' is not allowed in the sandbox")
        return method(*args, **kwargs)

    return checked


def _strings_in(value: Any, depth: int = 0) -> list[str]:
    if depth > 4:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for item in value for s in _strings_in(item, depth + 1)]
    return []


def _work_folder_reader(reader: Callable[..., Any], name: str) -> Callable[..., Any]:
    """pd.read_csv and friends: text, buffers (io.StringIO), or files inside the work folder."""
    import io
    import os

    def checked(source: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(source, str) and "\n" in source:  # CSV text itself, as models often pass it
            source = io.StringIO(source)
        elif isinstance(source, (str, bytes, os.PathLike)):
            path = os.fsdecode(source)
            work = os.path.realpath(os.getcwd())
            if "://" in path or not os.path.realpath(path).startswith(work + os.sep):
                raise PermissionError(f"{name}() reads files in the work folder only (or io.StringIO(text))")
        return reader(source, *args, **kwargs)

    return checked


def _check_value(value: Any, name: str) -> None:
    if isinstance(value, types.ModuleType):
        if value.__name__ not in ALLOWED_IMPORTS | ALLOWED_SUBMODULES:
            raise AttributeError(f"module '{value.__name__}' is not available in the sandbox")
        return
    module = getattr(value, "__module__", None)
    if callable(value) and isinstance(module, str) and module.split(".")[0] in DENIED_HOME_MODULES:
        raise AttributeError(f"'{name}' ({module}) is not available in the sandbox")
    if any(value is b for b in _DANGEROUS_BUILTINS):
        raise AttributeError(f"'{name}' is not available in the sandbox")
    if isinstance(value, type) and issubclass(value, type):  # type itself or a metaclass: class factories
        raise AttributeError(f"'{name}' is not available in the sandbox")


_DANGEROUS_BUILTINS = (
    builtins.eval,
    builtins.exec,
    builtins.compile,
    builtins.open,
    builtins.__import__,
    builtins.globals,
    builtins.locals,
    builtins.vars,
    builtins.breakpoint,
    builtins.input,
)


def _has(obj: Any, name: str) -> bool:
    try:
        guarded_getattr(obj, name)
        return True
    except (AttributeError, TypeError):
        return False


def guarded_write(obj: Any) -> Any:
    """Writes to data (lists, dicts, arrays, frames, your own objects) but not to code."""
    if isinstance(obj, (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        raise TypeError(f"changing {type(obj).__name__} objects is not allowed in the sandbox")
    return obj


def _denied(what: str) -> Callable[..., Any]:
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise TypeError(f"{what}() is not available in the sandbox; assign attributes directly")

    return refuse


_INPLACE = {"+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv,
            "//=": operator.ifloordiv, "%=": operator.imod, "**=": operator.ipow, "<<=": operator.ilshift,
            ">>=": operator.irshift, "&=": operator.iand, "|=": operator.ior, "^=": operator.ixor,
            "@=": operator.imatmul}  # fmt: skip


def _inplace(op: str, x: Any, y: Any) -> Any:
    return _INPLACE[op](x, y)


# ---- print -------------------------------------------------------------------------------------


def _printer(write: Callable[[str], object]) -> Callable[..., None]:
    def sandbox_print(*objects: Any, sep: str = " ", end: str = "\n", **_ignored: Any) -> None:
        write(sep.join(str(o) for o in objects) + end)

    return sandbox_print


def _print_factory(write: Callable[[str], object]) -> Callable[..., Any]:
    """RestrictedPython's print hook; one shared, capped sink for every scope."""

    class SharedPrint:
        def __init__(self, _getattr_: Any = None) -> None:
            pass

        def _call_print(self, *objects: Any, **kwargs: Any) -> None:
            kwargs.pop("file", None)
            _printer(write)(*objects, **kwargs)

        def __call__(self) -> str:
            return ""

    return SharedPrint
