"""Kroniek: Dutch news articles in, a searchable static timeline out."""

__version__ = "0.1.0"
