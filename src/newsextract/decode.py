"""Bytes to text: BOM, declared charset checked against the bytes, then a detector."""

from __future__ import annotations

import codecs
import re
from typing import Optional, Tuple

from newsextract.errors import NotTextError
from newsextract.rxcache import rx

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of common binary formats a scrape folder may hold by mistake.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"RIFF", "a media file"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"OggS", "a media file"),
    (b"ID3", "an audio file"),
)

_META_CHARSET = rx(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_XML_ENCODING = rx(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""")


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)


def _bom(data: bytes) -> Optional[Tuple[str, int]]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in its XML declaration or a <meta> tag, if any."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sniff_binary(data: bytes) -> Optional[str]:
    """Say what binary format the bytes look like, or None if they may be text."""
    if _bom(data):
        return None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    if sample.count(0) > len(sample) // 100 + 1:
        return "binary data"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) // 20 + 1:
        return "binary data"
    return None


def decode(data: bytes) -> Tuple[str, str]:
    """Decode page bytes; return (text, encoding used). Raise NotTextError for binary input.

    Order: a BOM wins; then strict UTF-8 (a page that declares latin-1 but is UTF-8 is common
    and must not turn into mojibake); then UTF-8 with a few stray bytes replaced; then the
    declared charset; then a detector; then cp1252.
    """
    text, encoding, _as_is = decode_page(data)
    return text, encoding


def decode_page(data: bytes) -> Tuple[str, str, bool]:
    """decode(), and whether the text is the bytes read as UTF-8 just as they are (no BOM, no
    byte replaced): then the bytes are the text's UTF-8, and the HTML parser, which reads
    UTF-8, takes them without the text being encoded again."""
    bom = _bom(data)
    if bom:
        name, skip = bom
        return data[skip:].decode(name, errors="replace"), name, False
    what = sniff_binary(data)
    if what:
        raise NotTextError(f"input is {what}, not a page or a text dump")
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_otherwise(data)
    return text, encoding, False


def _decode_otherwise(data: bytes) -> Tuple[str, str]:
    """Bytes that are not UTF-8 as they are: nearly UTF-8, the declared charset, a detector's
    guess, or cp1252."""
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly, "utf-8"
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_ascii_letters(data):
        # Western text with a few accented letters: detectors guess among the single-byte
        # code pages by chance on short texts; windows-1252 is by far the likeliest
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    guess = _detect(data)
    if guess:
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


# A UTF-8 page with a stray byte or two (a legacy-encoded snippet pasted into a template, a
# string cut inside a character) must not be read in another charset throughout: when this
# many of its non-ASCII characters are valid UTF-8 per invalid byte, it is UTF-8.
_UTF8_VALID_PER_ERROR = 10


def _nearly_utf8(data: bytes) -> Optional[str]:
    """The bytes as UTF-8 with the invalid bytes replaced, if nearly all of them are UTF-8."""
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - errors
    if errors > 0 and valid >= _UTF8_VALID_PER_ERROR * errors:
        return text
    return None


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _mostly_ascii_letters(data: bytes) -> bool:
    """Most letters are ASCII and the rest few: a Western language, not Cyrillic or Greek."""
    sample = data[:100_000]
    high = len(sample) - len(sample.translate(None, bytes(range(128, 256))))
    letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    return letters > 0 and high < 0.15 * (high + letters)


def _detect(data: bytes) -> Optional[str]:
    """Ask charset-normalizer (imported lazily: it is slow to import) for the encoding."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    # Western pages without a declaration are far more often cp1252 than latin-1 or others
    # with the same letters; cp1252 decodes everything latin-1 does in the printable range.
    if best.encoding in ("latin_1", "iso8859_1", "iso8859_15"):
        return "cp1252"
    return str(best.encoding)
