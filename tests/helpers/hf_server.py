"""A loopback server speaking the parts of the Hugging Face Hub API that downloads use.

Serves model repositories from memory: repo metadata (sizes, blob ids, LFS SHA-256) and
file downloads with HTTP Range. Faults can be injected: a connection dropped part-way
through a file, or a file whose bytes do not match its advertised checksum.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeHub:
    repos: dict[str, dict[str, bytes]] = field(default_factory=dict)
    drop_after: dict[str, int] = field(default_factory=dict)  # file -> bytes sent before hanging up (once)
    corrupt: set[str] = field(default_factory=set)  # files served with wrong bytes
    stall: dict[str, tuple[int, threading.Event]] = field(default_factory=dict)  # send N bytes, wait (once)
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range header)

    def add_folder(self, repo: str, folder: Path) -> None:
        self.repos[repo] = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    def start(self) -> str:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                hub.requests.append((self.path, self.headers.get("Range")))
                path = self.path.split("?", 1)[0]
                m = re.fullmatch(r"/api/models/(.+?)/revision/([^/]+)", path)
                if m and m.group(1) in hub.repos:
                    return self._json(hub.info(m.group(1)))
                m = re.fullmatch(r"/(.+?)/resolve/([^/]+)/(.+)", path)
                if m and m.group(1) in hub.repos and m.group(3) in hub.repos[m.group(1)]:
                    return self._file(m.group(3), hub.repos[m.group(1)][m.group(3)])
                self.send_response(404)
                self.send_header("X-Error-Code", "RepoNotFound" if path.startswith("/api/") else "EntryNotFound")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _json(self, data: dict) -> None:
                body = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _file(self, name: str, data: bytes) -> None:
                if name in hub.corrupt:
                    data = bytes(b ^ 0x5A for b in data)
                start = 0
                rng = self.headers.get("Range")
                if rng:
                    start = int(re.fullmatch(r"bytes=(\d+)-", rng).group(1))
                body = data[start:]
                self.send_response(206 if rng else 200)
                if rng:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                held = hub.stall.pop(name, None)
                if held is not None:
                    self.wfile.write(body[: held[0]])
                    self.wfile.flush()
                    held[1].wait(30)
                    body = body[held[0] :]
                cut = hub.drop_after.pop(name, None)
                if cut is not None:
                    self.wfile.write(body[:cut])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)  # hang up mid-file
                    return
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (pause / cancel)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def info(self, repo: str) -> dict:
        siblings = []
        for name, data in self.repos[repo].items():
            entry = {
                "rfilename": name,
                "size": len(data),
                "blobId": hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest(),
            }
            if name.endswith(".safetensors"):
                entry["lfs"] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "pointerSize": 134}
            siblings.append(entry)
        return {"id": repo, "modelId": repo, "sha": COMMIT, "siblings": siblings}
