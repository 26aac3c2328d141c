"""newsextract: scraped news pages (HTML or text dumps) to clean, structured JSON records."""

from newsextract.api import extract
from newsextract.errors import (DecodeError, EmptyInputError, NewsExtractError, NotTextError,
                                TooLargeError)
from newsextract.model import Article, ErrorInfo, Image, Quote
from newsextract.options import Options

__version__ = "0.1.0"

__all__ = ["extract", "Article", "Quote", "Image", "ErrorInfo", "Options", "NewsExtractError",
           "NotTextError", "EmptyInputError", "TooLargeError", "DecodeError", "__version__"]
