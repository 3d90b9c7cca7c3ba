"""Call-note analyzer: what the customer said vs. what the customer committed to do."""

__version__ = "0.1.0"
