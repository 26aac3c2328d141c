"""The one options object that steers an extraction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

INPUT_FORMATS = ("auto", "html", "text")


@dataclass(frozen=True)
class Options:
    """How to read an input. Defaults suit scraped news pages.

    input_format: "auto" (sniff the bytes), "html" or "text".
    language: force a language profile ("id", "en"); None detects it from the text.
    max_bytes: inputs larger than this are cut before parsing (a warning says so).
    """

    input_format: str = "auto"
    language: Optional[str] = None
    max_bytes: int = 20 * 1024 * 1024

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}")
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")


DEFAULT = Options()
