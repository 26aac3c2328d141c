"""The library's own exception types; the CLI maps them to error records and exit codes."""


class NewsExtractError(Exception):
    """Base class of every error newsextract raises on purpose."""

    type = "error"


class NotTextError(NewsExtractError):
    """The input is binary (an image, a PDF, an executable...), not a page or a text dump."""

    type = "not_text"


class EmptyInputError(NewsExtractError):
    """The input holds no text at all."""

    type = "empty"


class TooLargeError(NewsExtractError):
    """The input (or what a compressed input unpacks to) is past the size limit."""

    type = "too_large"


class DecodeError(NewsExtractError):
    """The bytes could not be decoded to text."""

    type = "decode"


class OutputError(NewsExtractError):
    """The output (a file, or a folder of shards) cannot be written; the message names it."""

    type = "output"


class MissingExtraError(NewsExtractError):
    """A feature needs an optional dependency that is not installed."""

    type = "missing_extra"
