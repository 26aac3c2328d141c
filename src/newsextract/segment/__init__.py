"""Segmentation: the only stage that knows whether the input is HTML or a text dump."""
