"""annalyst: turn piles of news into sourced event data."""

__version__ = "0.1.0"
