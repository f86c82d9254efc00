"""A stdio "server" that reads requests and never answers, not even ``initialize``: stuck in
its handshake, it never reaches the point where the hub asks it to stop."""

import sys

for _line in sys.stdin:
    pass
