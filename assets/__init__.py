"""Icons and other files the app ships (read with importlib.resources)."""
