"""The current date and time, locally or in a named IANA time zone. Qt-free.

Harmless (it reads the clock, nothing else), so it runs without asking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

NAME = "current_time"
DECLARATION = {
    "type": "function",
    "function": {
        "name": NAME,
        "description": "The current date and time: the user's local time, or the time in an IANA time zone.",
        "parameters": {
            "type": "object",
            "properties": {
                "timezone": {
                    "type": "string",
                    "description": "IANA time zone such as Europe/Paris or America/New_York; omit for local time",
                }
            },
        },
    },
}


class UnknownZone(ValueError):
    pass


def current_time(timezone: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    """The time now (``now``, aware, for tests) in ``timezone``, or in the computer's own zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # on first use: it reads sysconfig, not for the window

    moment = now or datetime.now().astimezone()
    if timezone:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:  # ValueError: "../x", absolute paths
            raise UnknownZone(
                f"Unknown time zone {timezone!r}: use an IANA name such as Europe/Paris or Asia/Tokyo."
            ) from exc
        moment = moment.astimezone(zone)
        name = timezone
    else:
        moment = moment.astimezone()
        name = moment.tzname() or "local"
    offset = moment.strftime("%z")
    return {
        "timezone": name,
        "datetime": moment.isoformat(timespec="seconds"),
        "weekday": moment.strftime("%A"),
        "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else "+00:00",
    }
