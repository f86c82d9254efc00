"""Crash consistency: kill (SIGKILL) a process doing real store operations at random points
and check, after each kill, that the history opens undamaged and keeps every acknowledged
change.

The worker (`python -m app.store.crash_harness worker DB SEED`) sends, streams, edits,
regenerates (a new version streamed beside the old one), switches versions, pins, renames
and deletes through HistoryStore, announcing each step before it ("DO {...}") and
acknowledging it after the commit ("OK {...}"). The parent reads those lines, kills the
worker after a random number of them, and verifies: PRAGMA integrity_check is "ok", the store
opened without notes (nothing moved aside or salvaged), every acknowledged message has its
acknowledged text (or the text of the one step that was in flight), every acknowledged
deletion stayed deleted, every chat is one consistent tree (each parent in the same chat,
exactly one chosen version among siblings), and the message last added or switched to in a
chat is on its active path.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .branches import Node
from .history import HistoryStore


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# ---- the worker: real store operations, announced and acknowledged -------------------------


def worker(db_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = HistoryStore(db_path)
    out = sys.stdout

    def say(kind: str, **data: Any) -> None:
        out.write(f"{kind} {json.dumps(data)}\n")
        out.flush()

    def add(conv: int, role: str, text: str, status: str = "complete", **place: Any) -> int:
        say("DO", op="add", conv=conv)
        m = store.add_message(conv, role, text, status=status, **place)
        say("OK", op="add", id=m.id, conv=conv, hash=_digest(text))
        return m.id

    def stream(conv: int, **place: Any) -> None:
        reply = add(conv, "assistant", "", status="streaming", **place)
        text = ""
        for _ in range(rng.randint(1, 8)):  # streamed: saved every few tokens, as the chat does
            text += f"token{rng.randint(0, 999)} " * rng.randint(1, 20)
            say("DO", op="update", id=reply, hash=_digest(text))
            store.update_message(reply, content=text)
            say("OK", op="update", id=reply, hash=_digest(text))
        store.update_message(reply, status="complete", stats={"decode_tps": 1.0})

    while True:
        convs = [c.id for c in store.conversations()]
        ops = ["send", "send", "send", "edit", "regenerate", "switch", "delete", "pin", "rename"]
        op = rng.choice(ops) if convs else "send"
        if op == "send":
            conv = rng.choice(convs) if convs and rng.random() < 0.7 else store.create_conversation("Chat").id
            add(conv, "user", f"question {rng.random()}")
            stream(conv)
        elif op in ("edit", "regenerate"):  # a new version beside a message, the old one kept
            conv = rng.choice(convs)
            messages = store.messages(conv)
            if not messages:
                continue
            old = rng.choice(messages)
            if op == "edit":
                add(conv, "user", f"edited {rng.random()}", parent_id=old.parent_id)
                stream(conv)
            else:
                stream(conv, parent_id=old.parent_id)  # a branch reply, killed anywhere in it
        elif op == "switch":  # ‹ 1/2 ›: another version, anywhere in the chat's tree
            conv = rng.choice(convs)
            every = store.all_messages(conv)
            if not every:
                continue
            target = rng.choice(every).id
            say("DO", op="switch", conv=conv)
            store.switch_branch(target)
            say("OK", op="switch", conv=conv, id=target)
        elif op == "delete":
            conv = rng.choice(convs)
            gone = [m.id for m in store.all_messages(conv)]  # every branch goes with it
            say("DO", op="delete", ids=gone)
            store.delete_conversation(conv)
            say("OK", op="delete", ids=gone)
        elif op == "pin":
            messages = store.messages(rng.choice(convs))
            if messages:
                store.set_pinned(rng.choice(messages).id, rng.random() < 0.5)
        else:
            store.rename(rng.choice(convs), f"Renamed {rng.random()}")


def branch_reply_worker(db_path: Path, parent_id: int) -> None:
    """Stream a new version of the reply after ``parent_id`` until killed, saying each save."""
    store = HistoryStore(db_path)
    row = store.db.execute("SELECT conversation_id FROM messages WHERE id=?", (parent_id,)).fetchone()
    reply = store.add_message(int(row[0]), "assistant", "", status="streaming", parent_id=parent_id)
    text = ""
    while True:
        text += "more "
        store.update_message(reply.id, content=text)
        sys.stdout.write(f"SAVED {reply.id} {len(text)}\n")
        sys.stdout.flush()


# ---- the parent: kill, reopen, verify ---------------------------------------------------------


@dataclass
class Expectation:
    """What the history must hold: acknowledged texts, acknowledged deletions."""

    texts: dict[int, str] = field(default_factory=dict)  # message id -> digest of its text
    deleted: set[int] = field(default_factory=set)
    in_flight: dict[str, Any] | None = None  # the step announced but not acknowledged
    shown: dict[int, int] = field(default_factory=dict)  # chat -> message last added or switched to

    def apply(self, kind: str, step: dict[str, Any]) -> None:
        if kind == "DO":
            self.in_flight = step
            return
        self.in_flight = None
        if step["op"] in ("add", "update"):
            self.texts[step["id"]] = step["hash"]
        if step["op"] in ("add", "switch") and "conv" in step:
            self.shown[step["conv"]] = step["id"]
        elif step["op"] == "delete":
            for i in step["ids"]:
                self.texts.pop(i, None)
                self.deleted.add(i)

    def problems(self, actual: dict[int, str]) -> list[str]:
        found = []
        flight = self.in_flight or {}
        for i, digest in self.texts.items():
            if i not in actual:
                if not (flight.get("op") == "delete" and i in flight["ids"]):
                    found.append(f"acknowledged message {i} is lost")
            elif actual[i] != digest and not (
                flight.get("op") == "update" and flight["id"] == i and actual[i] == flight["hash"]
            ):
                found.append(f"message {i} lost its acknowledged text")
        found += [f"deleted message {i} came back" for i in self.deleted if i in actual]
        return found

    def path_problems(self, store: HistoryStore) -> list[str]:
        """The message last added or switched to in each chat is on its active path (unless the
        step in flight changed that chat)."""
        flight = self.in_flight or {}
        found = []
        for conv, message in self.shown.items():
            if message in self.deleted or flight.get("conv") == conv or store.conversation(conv) is None:
                continue
            if message not in [m.id for m in store.messages(conv)]:
                found.append(f"message {message} is not on the path shown in chat {conv}")
        return found


def tree_problems(store: HistoryStore) -> list[str]:
    """Each chat is one tree: every parent is in the same chat, one version chosen among siblings."""
    found = []
    for conv in store.conversations():
        nodes = [
            Node(int(i), p, bool(a), int(s))
            for i, p, a, s in store.db.execute(
                "SELECT id, parent_id, active, seq FROM messages WHERE conversation_id=?", (conv.id,)
            )
        ]
        ids = {n.id for n in nodes}
        groups: dict[int | None, list[Node]] = {}
        for n in nodes:
            if n.parent_id is not None and n.parent_id not in ids:
                found.append(f"message {n.id} follows {n.parent_id}, which is not in chat {conv.id}")
            groups.setdefault(n.parent_id, []).append(n)
        for parent, group in groups.items():
            chosen = sum(n.active for n in group)
            if chosen != 1:
                found.append(f"{chosen} chosen versions after message {parent} in chat {conv.id}")
    return found


def _actual(store: HistoryStore) -> dict[int, str]:
    return {int(i): _digest(text) for i, text in store.db.execute("SELECT id, content FROM messages")}


def run_harness(db_path: Path, kills: int, seed: int = 0, max_lines: int = 80, log=lambda _m: None) -> dict[str, Any]:
    rng = random.Random(seed)
    expect = Expectation()
    failures: list[str] = []
    steps = 0
    started = time.perf_counter()
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]),
    )
    for kill in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.store.crash_harness", "worker", str(db_path), str(rng.randrange(2**31))],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, max_lines)
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                break
            kind, _, data = line.partition(" ")
            expect.apply(kind, json.loads(data))
            steps += 1
        time.sleep(rng.random() * 0.004)  # land anywhere in the steps that follow
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.stdout:  # what it wrote before dying was acknowledged too
            kind, _, data = line.partition(" ")
            if data.strip():
                try:
                    expect.apply(kind, json.loads(data))
                except ValueError:  # a line cut by the kill
                    pass
        proc.wait()
        store = HistoryStore(db_path)  # the app's own opening path
        try:
            problems = [f"the store reported: {n}" for n in store.report.notes]
            check = store.db.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                problems.append(f"integrity_check: {check}")
            actual = _actual(store)
            problems += expect.problems(actual) + expect.path_problems(store) + tree_problems(store)
            # What is there now is durable: unacknowledged steps that landed become expected.
            shown = {c: m for c, m in expect.shown.items() if m in actual and (expect.in_flight or {}).get("conv") != c}
            expect = Expectation({i: d for i, d in actual.items()}, expect.deleted - set(actual), shown=shown)
        finally:
            store.close()
        failures += [f"kill {kill + 1}: {p}" for p in problems]
        if (kill + 1) % 50 == 0:
            log(f"{kill + 1} kills, {len(failures)} failures")
    return {
        "kills": kills,
        "steps_acknowledged": steps,
        "messages_at_end": len(expect.texts),
        "integrity_failures": sum("integrity_check" in f or "store reported" in f for f in failures),
        "lost_acknowledged": sum("lost" in f or "came back" in f for f in failures),
        "tree_failures": sum("chosen versions" in f or "follows" in f or "path shown" in f for f in failures),
        "failures": failures[:20],
        "seconds": round(time.perf_counter() - started, 1),
    }


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    worker(Path(sys.argv[2]), int(sys.argv[3]))
elif __name__ == "__main__" and sys.argv[1:2] == ["branch-reply"]:
    branch_reply_worker(Path(sys.argv[2]), int(sys.argv[3]))
