"""A body's fingerprint (64-bit SimHash) and a near-duplicate filter over fingerprints.

The fingerprint is a SimHash (Charikar 2002) of the body's word 3-shingles: the body is
lower-cased and cut into words (runs of letters and digits); each word is hashed to 64
bits with BLAKE2b (8-byte digest, big-endian); each run of three consecutive words (a, b,
c) is hashed as rot42(h(a)) ^ rot21(h(b)) ^ h(c); bit i of the fingerprint is set when
more than half of the runs' hashes have bit i set (a run that occurs twice counts twice).
A body of one or two words is one run. Bodies that differ in a few words have
fingerprints that differ in a few bits, so near-duplicates (a wire story syndicated with
another dateline or credit) are found by the Hamming distance of their fingerprints. It
is written as 16 hex digits.
"""

from __future__ import annotations

from itertools import combinations
from typing import Dict, List, Optional, Tuple

from newsextract.rxcache import rx

try:  # hashlib's own BLAKE2b, without the OpenSSL bindings hashlib loads for its other
    # algorithms (2 ms of every start-up, for a hash that never comes from OpenSSL)
    from _blake2 import blake2b
except ImportError:  # (an interpreter without CPython's built-in module)
    from hashlib import blake2b  # type: ignore[assignment]

SHINGLE = 3
BITS = 64
# Fingerprints this many bits apart or fewer are near-duplicates. Measured on the shared
# corpora (378 bodies, 71,000 pairs): the same article read from its HTML and from its text
# dump is 0-7 bits apart (13 where one reading lost a third of the body), distinct
# articles 16 or more (unrelated 64-bit hashes: 32 on average); one word changed in a
# 300-word body moves 3-6 bits. Manku et al.'s 3 bits suit long web pages, not news
# bodies of a few hundred words.
NEAR = 8
_WORD = rx(r"\w+")
# a fresh 8-byte BLAKE2b state, copied for each word: copying it costs less than a new
# object's parameter block (blake2b(w, digest_size=8), 0.7 us a word against 0.43 us)
_FRESH = blake2b(digest_size=8)
_ROTATE = 21
_CACHE_SIZE = 100_000


class _WordHashes(Dict[str, bytes]):
    """Each word's 64-bit BLAKE2b hash (8 bytes), made the first time the word is asked for:
    a body's words are read in one pass of C (map over __getitem__), and only a word not
    seen before costs a call (no set of the body's words made to find them first)."""

    def __missing__(self, word: str) -> bytes:
        h = _FRESH.copy()
        h.update(word.encode())
        self[word] = digest = h.digest()
        return digest


_WORD_HASHES = _WordHashes()


def _word_hashes(words: List[str]) -> bytes:
    """Each word's 64-bit BLAKE2b hash, 8 bytes a word in text order.

    Hashes are kept between calls (a word's hash never changes; most words of a batch
    were seen in earlier bodies), up to _CACHE_SIZE words (and one body's more).
    """
    if len(_WORD_HASHES) > _CACHE_SIZE:
        _WORD_HASHES.clear()
    return b"".join(map(_WORD_HASHES.__getitem__, words))


def _lanes(value: bytes, lanes: int) -> int:
    """A repeated 8-byte pattern as an integer of `lanes` 64-bit lanes."""
    return int.from_bytes(value * lanes, "big")


def _rotate(x: int, r: int, lanes: int) -> int:
    """Rotate every 64-bit lane of x left by r bits (0 < r < 64)."""
    high = _lanes((((1 << BITS) - 1) ^ ((1 << r) - 1)).to_bytes(8, "big"), lanes)
    low = _lanes(((1 << r) - 1).to_bytes(8, "big"), lanes)
    return ((x << r) & high) | ((x >> (BITS - r)) & low)


def shingle_hashes(words: List[str]) -> bytes:
    """The 64-bit hash of every run of SHINGLE words, 8 bytes each, in text order.

    The hash of words (a, b, c) is rot42(h(a)) ^ rot21(h(b)) ^ h(c), h being the word's
    BLAKE2b hash and rotN a left rotation by N bits (a rolling hash: every word is hashed
    once, and the shingles are combined for all positions at once as one big integer).
    A text of fewer than SHINGLE words is one shingle of the words it has.
    """
    stream = _word_hashes(words)
    n = len(words)
    if n < SHINGLE:
        out = 0
        for i in range(n):
            h = int.from_bytes(stream[8 * i:8 * i + 8], "big")
            r = _ROTATE * (n - 1 - i)
            out ^= ((h << r) | (h >> (BITS - r))) & ((1 << BITS) - 1) if r else h
        return out.to_bytes(8, "big")
    m = n - SHINGLE + 1
    x = int.from_bytes(stream, "big")
    keep = (1 << (BITS * m)) - 1
    first = x >> (BITS * (SHINGLE - 1))  # words 0..m-1
    second = (x >> BITS) & keep  # words 1..m
    third = x & keep  # words 2..m+1
    mixed = _rotate(first, 2 * _ROTATE, m) ^ _rotate(second, _ROTATE, m) ^ third
    return mixed.to_bytes(8 * m, "big")


# marks that stand between words in news text (they are no word characters): made spaces
# before the text is cut at its spaces
_MARKS = "“”‘’„‚«»‹›–—…•·\u00a0\u202f©®™°′″"
# ASCII bytes that are no word characters, as spaces (UTF-8 keeps every other byte >= 0x80)
_NON_WORD_ASCII = bytes(c if chr(c).isalnum() or c == 95 or c >= 128 else 32 for c in range(256))


def word_runs(text: str) -> List[str]:
    """The runs of word characters (letters, digits, "_": the pattern \\w+) of the lower-cased
    text. The text is cut at its spaces once the marks and ASCII punctuation are spaces (a
    byte table on its UTF-8, several times faster than the pattern's pass); if some other
    character stands in what is left, the pattern cuts it. (The marks go before the text is
    lower-cased, which no mark is changed by: a text left in ASCII is lower-cased at once,
    one with curly quotes or dashes character by character.)"""
    if not text.isascii():
        for mark in _MARKS:
            if mark in text:
                text = text.replace(mark, " ")
    low = text.lower()
    cut = low.encode("utf-8", "surrogatepass").translate(_NON_WORD_ASCII) \
        .decode("utf-8", "surrogatepass").split()
    joined = "".join(cut)
    if not joined or joined.isalnum() or joined.replace("_", "").isalnum():
        return cut
    return _WORD.findall(low)


def simhash(text: str) -> Optional[int]:
    """The 64-bit SimHash of the text's word shingles; None when it holds no word."""
    words = word_runs(text)
    if not words:
        return None
    digests = shingle_hashes(words)
    count = len(digests) // 8
    ones = int.from_bytes(b"\x01" * count, "big")
    out = 0
    # count the set bits column by column: byte j of every hash as one integer, then bit k
    # of each of its bytes (shift, mask, popcount: C-speed work on the whole column)
    for j in range(8):
        column = int.from_bytes(digests[j::8], "big")
        for k in range(7, -1, -1):
            out = (out << 1) | (2 * ((column >> k) & ones).bit_count() > count)
    return out


def fingerprint(text: str) -> Optional[str]:
    """The body's fingerprint as 16 lower-case hex digits; None for a body with no words."""
    value = simhash(text)
    return None if value is None else f"{value:016x}"


def distance(a: str, b: str) -> int:
    """How many bits two hex fingerprints differ in."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


class NearDuplicates:
    """Remembers fingerprints; tells whether a new one is within `near` bits of one seen before.

    The 64 bits are cut into three bands (21, 21 and 22 bits). Two fingerprints at most
    `near` bits apart differ in at most near // 3 bits of some band, so a check looks up,
    in each band's index, the band's value with every pattern of up to near // 3 bits
    flipped (232 lookups a band for near = 8), and compares only the fingerprints found
    there: the work per check stays about the same however many were seen.
    """

    _BANDS = 3

    def __init__(self, near: int = NEAR) -> None:
        if not 0 <= near < BITS:
            raise ValueError(f"near must be from 0 to {BITS - 1}")
        self.near = near
        flips = near // self._BANDS
        widths = [BITS // self._BANDS + (i < BITS % self._BANDS) for i in range(self._BANDS)]
        self._bands = []
        shift = 0
        for width in widths:
            probes = [sum(1 << b for b in bits) for n in range(flips + 1)
                      for bits in combinations(range(width), n)]
            self._bands.append((shift, (1 << width) - 1, probes))
            shift += width
        self._index: List[Dict[int, List[Tuple[int, str]]]] = [{} for _ in widths]

    def check(self, fp: Optional[str], key: str) -> Optional[str]:
        """The key of an earlier near-duplicate of `fp`, or None (and `fp` is remembered)."""
        if fp is None:
            return None
        value = int(fp, 16)
        keys = []
        for (shift, mask, probes), index in zip(self._bands, self._index, strict=True):
            band = (value >> shift) & mask
            keys.append(band)
            get = index.get
            for probe in probes:
                bucket = get(band ^ probe)
                if bucket:
                    for other, other_key in bucket:
                        if (value ^ other).bit_count() <= self.near:
                            return other_key
        for band, index in zip(keys, self._index, strict=True):
            index.setdefault(band, []).append((value, key))
        return None
