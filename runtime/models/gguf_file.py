"""Read a GGUF file's metadata and tensor table quickly (the tensors stay memory-mapped).

gguf-py's GGUFReader builds a numpy view for every element of every metadata array; the
bundled Gemma 3 has a 262,144-entry vocabulary (tokens, scores and types), so opening it
took 25 s on a quiet 2-core machine and minutes on a busy one, while the first-run progress
bar sat still. This reader walks the same format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md)
with struct and numpy: numeric arrays in one call, strings in a tight loop. Dequantization
stays with gguf-py (``gguf.quants``); the type tables come from ``gguf.constants``.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
# GGUFValueType ids -> (struct format, numpy dtype) for fixed-size values.
_SCALARS: dict[int, tuple[str, str]] = {
    0: ("<B", "<u1"), 1: ("<b", "<i1"), 2: ("<H", "<u2"), 3: ("<h", "<i2"),
    4: ("<I", "<u4"), 5: ("<i", "<i4"), 6: ("<f", "<f4"), 7: ("<?", "<u1"),
    10: ("<Q", "<u8"), 11: ("<q", "<i8"), 12: ("<d", "<f8"),
}  # fmt: skip
STRING, ARRAY, BOOL = 8, 9, 7
# ggml types whose data is read as plain numbers (the rest are byte blocks to dequantize).
_PLAIN = {0: np.float32, 1: np.float16, 24: np.int8, 25: np.int16, 26: np.int32, 27: np.int64, 28: np.float64}


class GgufFormatError(ValueError):
    """The file is not a well-formed GGUF (cut short, or corrupt)."""


@dataclass(frozen=True)
class GgufTensor:
    name: str
    tensor_type: Any  # gguf.GGMLQuantizationType
    shape: tuple[int, ...]  # numpy order (ggml's ne reversed): (rows, ..., columns)
    data: np.ndarray  # a view into the mapped file; bytes for quantized types
    n_bytes: int


@dataclass
class GgufFile:
    path: Path
    version: int
    fields: dict[str, Any]
    tensors: list[GgufTensor]

    def get(self, key: str) -> Any:
        return self.fields.get(key)


def read_gguf(path: Path) -> GgufFile:
    """Parse ``path``; raise GgufFormatError when it is cut short or malformed."""
    with open(path, "rb") as fh:
        try:
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError as exc:  # an empty file cannot be mapped
            raise GgufFormatError("the file is empty") from exc
    try:
        return _parse(path, buf)
    except GgufFormatError:
        raise
    except (struct.error, IndexError, KeyError, ValueError, OverflowError) as exc:
        raise GgufFormatError(f"the header is cut short or corrupt ({exc})") from exc


def _parse(path: Path, buf: mmap.mmap) -> GgufFile:
    from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType

    if buf[:4] != MAGIC:
        raise GgufFormatError("wrong magic number")
    version, n_tensors, n_kv = struct.unpack_from("<IQQ", buf, 4)
    if version not in (2, 3):
        raise GgufFormatError(f"unsupported GGUF version {version} (or a big-endian file)")
    reader = _Cursor(buf, 24)
    fields: dict[str, Any] = {}
    for _ in range(n_kv):
        key = reader.string()
        fields[key] = reader.value(reader.u32())
    infos = []
    for _ in range(n_tensors):
        name = reader.string()
        n_dims = reader.u32()
        dims = struct.unpack_from(f"<{n_dims}Q", buf, reader.pos)
        reader.pos += 8 * n_dims
        kind, offset = struct.unpack_from("<IQ", buf, reader.pos)
        reader.pos += 12
        infos.append((name, dims, kind, offset))
    align = int(fields.get("general.alignment") or DEFAULT_ALIGNMENT)
    start = -(-reader.pos // align) * align
    tensors = []
    for name, dims, kind, offset in infos:
        qtype = GGMLQuantizationType(kind)
        shape = tuple(int(d) for d in reversed(dims))
        count = int(np.prod(shape, dtype=np.int64)) if shape else 1
        block, type_size = GGML_QUANT_SIZES[qtype]
        if count % block:
            raise GgufFormatError(f"tensor '{name}' has {count} elements, not a multiple of its block")
        n_bytes = count // block * type_size
        at = start + offset
        if at + n_bytes > len(buf):
            raise GgufFormatError(f"tensor '{name}' runs past the end of the file (truncated)")
        plain = _PLAIN.get(kind)
        if plain is not None:
            data = np.frombuffer(buf, dtype=plain, count=count, offset=at).reshape(shape)
        else:  # rows of quantized blocks, the layout gguf.quants.dequantize expects
            row_bytes = shape[-1] // block * type_size
            data = np.frombuffer(buf, dtype=np.uint8, count=n_bytes, offset=at).reshape(*shape[:-1], row_bytes)
        tensors.append(GgufTensor(name, qtype, shape, data, n_bytes))
    return GgufFile(path, version, fields, tensors)


class _Cursor:
    def __init__(self, buf: mmap.mmap, pos: int) -> None:
        self.buf, self.pos = buf, pos

    def u32(self) -> int:
        (v,) = struct.unpack_from("<I", self.buf, self.pos)
        self.pos += 4
        return int(v)

    def string(self) -> str:
        (n,) = struct.unpack_from("<Q", self.buf, self.pos)
        start = self.pos + 8
        self.pos = start + n
        if self.pos > len(self.buf):
            raise IndexError("string past the end of the file")
        return self.buf[start : self.pos].decode("utf-8", errors="replace")

    def value(self, kind: int) -> Any:
        if kind == STRING:
            return self.string()
        if kind == ARRAY:
            item_kind = self.u32()
            (count,) = struct.unpack_from("<Q", self.buf, self.pos)
            self.pos += 8
            return self.array(item_kind, int(count))
        fmt, _dtype = _SCALARS[kind]
        (v,) = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += struct.calcsize(fmt)
        return bool(v) if kind == BOOL else v

    def array(self, kind: int, count: int) -> list[Any]:
        if kind in _SCALARS:
            dtype = np.dtype(_SCALARS[kind][1])
            if self.pos + count * dtype.itemsize > len(self.buf):
                raise IndexError("array past the end of the file")
            values = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
            self.pos += count * dtype.itemsize
            return [bool(v) for v in values] if kind == BOOL else values.tolist()
        if kind == STRING:
            buf, pos, out = self.buf, self.pos, []
            unpack = struct.Struct("<Q").unpack_from
            for _ in range(count):
                (n,) = unpack(buf, pos)
                pos += 8
                out.append(buf[pos : pos + n].decode("utf-8", errors="replace"))
                pos += n
            if pos > len(buf):
                raise IndexError("string array past the end of the file")
            self.pos = pos
            return out
        return [self.value(kind) for _ in range(count)]  # arrays of arrays
