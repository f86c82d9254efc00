"""Voice conversation: capture, voice activity detection, spoken replies. No Qt."""
