"""Hearth's version and macOS bundle identifier: the one place both are written."""

VERSION = "0.1.0"
BUNDLE_ID = "app.hearth.desktop"
