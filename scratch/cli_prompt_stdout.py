"""`hearth chat -p ... > answer.txt` from a terminal: where does the y/N prompt go?"""
import io, os, pty, subprocess, sys, tempfile
code = r'''
import sys; sys.path.insert(0, "/work/wt/review")
from app.cli_chat import Terminal
from app.tools import ToolRecord
ok = Terminal(sys.stdout, stats=False)._approve(ToolRecord("run_python", {"code": "print(1)"}, "pending"))
print("approved:", ok, file=sys.stderr)
'''
master, slave = pty.openpty()
os.write(master, b"y\n")
with tempfile.NamedTemporaryFile("w+") as out:
    p = subprocess.run([sys.executable, "-c", code], stdin=slave, stdout=out, stderr=subprocess.PIPE, text=True, timeout=60)
    out.seek(0)
    print("stdout (the answer file):", repr(out.read()))
    print("stderr (what the user sees):", repr(p.stderr[-200:]))
