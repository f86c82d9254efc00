"""Whether this system has a keychain that really keeps a secret (Qt-free).

keyring always hands back *a* backend: on a headless Linux box it is ``fail`` (every call
raises, priority 0) or ``null`` (calls succeed and keep nothing, priority -1). A key given
to either is lost, so both count as no keychain; so does a keyring set-up that errors.
"""

from __future__ import annotations


def usable_keychain() -> bool:
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a broken keychain set-up is the same as none
        return False
