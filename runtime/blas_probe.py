"""The BLAS probe's child process: a real MLX matrix product with the candidate OpenBLAS
preloaded, checked against NumPy. It lives in `runtime` because only `runtime` imports MLX;
app/blas.py starts it (with `python -c`, or the frozen app's --blas-probe) and reads its verdict.
"""

from __future__ import annotations

import sys


def probe_main() -> None:
    """The probe child: large and small products, float32, checked against numpy."""
    import ctypes

    import mlx.core as mx
    import numpy as np

    rng = np.random.default_rng(0)
    for m, k, n in ((128, 640, 512), (1, 640, 2048), (37, 96, 5)):  # GEMM, GEMV, odd shapes
        a = rng.standard_normal((m, k), dtype=np.float32)
        b = rng.standard_normal((k, n), dtype=np.float32)
        got = np.array(mx.matmul(mx.array(a), mx.array(b)))
        want = a.astype(np.float64) @ b.astype(np.float64)
        err = float(np.max(np.abs(got - want)))
        if not np.isfinite(err) or err > 1e-3 * np.sqrt(k):
            print(f"wrong results: {m}x{k}x{n} product off by {err:.3g}", file=sys.stderr)
            sys.exit(3)
    try:
        config = ctypes.CDLL(None).openblas_get_config
    except (AttributeError, OSError):
        print("the library was not loaded (no OpenBLAS in this process)", file=sys.stderr)
        sys.exit(4)
    config.restype = ctypes.c_char_p
    print("ok " + config().decode(errors="replace"), flush=True)
