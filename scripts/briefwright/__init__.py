"""briefwright: news articles in, briefings analysts trust out."""

__version__ = "0.1.0"
