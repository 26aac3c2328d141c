"""newsextract: scraped news pages (HTML or text dumps) to clean, structured JSON records."""

from importlib import import_module
from typing import TYPE_CHECKING, Any, List

if TYPE_CHECKING:
    from newsextract.api import extract
    from newsextract.errors import (DecodeError, EmptyInputError, NewsExtractError, NotTextError,
                                    TooLargeError)
    from newsextract.model import Article, ErrorInfo, Image, Quote
    from newsextract.options import Options

__version__ = "0.1.0"

__all__ = ["extract", "Article", "Quote", "Image", "ErrorInfo", "Options", "NewsExtractError",
           "NotTextError", "EmptyInputError", "TooLargeError", "DecodeError", "__version__"]

# where each public name is defined: imported on first use, so that what needs none of them
# (`newsextract --version`, `--help`, a usage error) does not load the whole pipeline
_HOMES = {"extract": "newsextract.api", "Article": "newsextract.model", "Quote": "newsextract.model",
          "Image": "newsextract.model", "ErrorInfo": "newsextract.model",
          "Options": "newsextract.options", "NewsExtractError": "newsextract.errors",
          "NotTextError": "newsextract.errors", "EmptyInputError": "newsextract.errors",
          "TooLargeError": "newsextract.errors", "DecodeError": "newsextract.errors"}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsextract' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(__all__))
