"""A system-wide shortcut on macOS (⌥Space by default) through Carbon's hot-key API.

RegisterEventHotKey is what global-shortcut libraries for Qt use on the Mac (it needs no
accessibility permission, unlike an event monitor); it is reached with ctypes, so no extra
package is needed. Qt runs the Cocoa event loop, which delivers these Carbon events to the
application's event target. Anything that fails leaves the shortcut off (logged): `hearth ask`
and Chat → Quick Ask still work.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

CARBON = "/System/Library/Frameworks/Carbon.framework/Carbon"
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOT_KEY_PRESSED = 5
OPTION_KEY = 1 << 11  # Carbon's optionKey modifier
SPACE_KEY_CODE = 49  # kVK_Space
SIGNATURE = int.from_bytes(b"HRTH", "big")


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


class _EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


class GlobalHotkey:
    """One registered hot key; keep the object alive as long as the shortcut should work."""

    def __init__(self, carbon: ctypes.CDLL, callback: Callable[[], None]) -> None:
        self._carbon = carbon
        self._handler = _HANDLER(self._on_event)  # referenced here, or ctypes frees the trampoline
        self._callback = callback
        self._hotkey_ref = ctypes.c_void_p()
        self._handler_ref = ctypes.c_void_p()

    @classmethod
    def register_default(cls, callback: Callable[[], None]) -> GlobalHotkey | None:
        """⌥Space calls ``callback``; None (and a log line) if the system refused."""
        try:
            carbon = ctypes.CDLL(CARBON)
            hotkey = cls(carbon, callback)
            hotkey._register(SPACE_KEY_CODE, OPTION_KEY)
            return hotkey
        except (OSError, AttributeError, RuntimeError) as exc:
            log.warning("global shortcut not available: %s", exc)
            return None

    def _register(self, key_code: int, modifiers: int) -> None:
        carbon = self._carbon
        carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        target = carbon.GetApplicationEventTarget()
        spec = _EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOT_KEY_PRESSED)
        carbon.InstallEventHandler.argtypes = [
            ctypes.c_void_p,
            _HANDLER,
            ctypes.c_ulong,
            ctypes.POINTER(_EventTypeSpec),
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip  (ItemCount is an unsigned long)
        status = carbon.InstallEventHandler(
            target, self._handler, 1, ctypes.byref(spec), None, ctypes.byref(self._handler_ref)
        )
        if status != 0:
            raise RuntimeError(f"InstallEventHandler returned {status}")
        carbon.RegisterEventHotKey.argtypes = [
            ctypes.c_uint32, ctypes.c_uint32, _EventHotKeyID, ctypes.c_void_p, ctypes.c_uint32,
            ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        status = carbon.RegisterEventHotKey(
            key_code, modifiers, _EventHotKeyID(SIGNATURE, 1), target, 0, ctypes.byref(self._hotkey_ref)
        )
        if status != 0:  # e.g. another app already owns ⌥Space
            self._remove_handler()  # or Carbon would call into this object after it is gone
            raise RuntimeError(f"RegisterEventHotKey returned {status} (the shortcut may be taken)")

    def _on_event(self, _call_ref: int, _event: int, _user_data: int) -> int:
        try:
            self._callback()
        except Exception:  # an exception must not cross back into Carbon
            log.exception("quick ask shortcut")
        return 0  # noErr

    def unregister(self) -> None:
        if self._hotkey_ref:
            self._carbon.UnregisterEventHotKey(self._hotkey_ref)
            self._hotkey_ref = ctypes.c_void_p()
        self._remove_handler()

    def _remove_handler(self) -> None:
        if self._handler_ref:
            self._carbon.RemoveEventHandler(self._handler_ref)
            self._handler_ref = ctypes.c_void_p()
