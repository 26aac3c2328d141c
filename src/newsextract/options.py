"""The one options object that steers an extraction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from newsextract.profiles import available

INPUT_FORMATS = ("auto", "html", "text")


class OptionError(ValueError):
    """An option has a value it cannot take; `option` names the field."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


@dataclass(frozen=True)
class Options:
    """How to read an input. Defaults suit scraped news pages.

    input_format: "auto" (sniff the bytes), "html" or "text".
    language: force a language profile (a code of `newsextract.profiles.available()`, any
        case); None detects it from the text. An unknown code is a ValueError.
    max_bytes: inputs larger than this are cut before parsing (a warning says so).
    """

    input_format: str = "auto"
    language: Optional[str] = None
    max_bytes: int = 20 * 1024 * 1024

    def __post_init__(self) -> None:
        """Check every value; a language code is kept in lower case."""
        if self.input_format not in INPUT_FORMATS:
            raise OptionError("input_format",
                              f"input_format must be one of {', '.join(INPUT_FORMATS)}")
        if self.language is not None:
            code = self.language.strip().lower()
            if code not in available():
                raise OptionError("language", f"unknown language {self.language!r}; known: "
                                  f"{', '.join(sorted(available()))}")
            object.__setattr__(self, "language", code)
        if self.max_bytes <= 0:
            raise OptionError("max_bytes", "max_bytes must be positive")


DEFAULT = Options()
