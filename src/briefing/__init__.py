"""briefing: a keyboard-driven terminal reader for analyst briefings."""

__version__ = "0.1.0"
