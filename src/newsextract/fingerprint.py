"""A body's fingerprint (64-bit SimHash) and a near-duplicate filter over fingerprints.

The fingerprint is a SimHash (Charikar 2002) of the body's word 3-shingles: the body is
lower-cased and cut into words (runs of letters and digits); each distinct run of three
consecutive words is hashed with BLAKE2b to 64 bits (big-endian); bit i of the fingerprint
is set when more than half of those hashes have bit i set. A body of one or two words is
hashed as one shingle. Bodies that differ in a few words have fingerprints that differ in
a few bits, so near-duplicates (a wire story syndicated with another dateline or credit)
are found by the Hamming distance of their fingerprints. It is written as 16 hex digits.
"""

from __future__ import annotations

import re
from hashlib import blake2b
from typing import Dict, List, Optional, Tuple

SHINGLE = 3
BITS = 64
# Fingerprints this many bits apart or fewer are near-duplicates (Manku et al. 2007 use 3
# for 64-bit SimHashes of web pages).
NEAR = 3
_BANDS = NEAR + 1  # with at most NEAR differing bits, at least one 16-bit band is equal
_BAND_BITS = BITS // _BANDS
_WORD = re.compile(r"\w+")
# For each bit of a byte, a table that maps a byte to 1 when that bit is set.
_BIT_TABLES = [bytes((v >> (7 - k)) & 1 for v in range(256)) for k in range(8)]


def simhash(text: str) -> Optional[int]:
    """The 64-bit SimHash of the text's word shingles; None when it holds no word."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    digests = b"".join(blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    half = len(shingles)
    out = 0
    # count the set bits column by column: byte j of every digest, then bit k of those bytes
    for j in range(8):
        column = digests[j::8]
        for k in range(8):
            out = (out << 1) | (2 * column.translate(_BIT_TABLES[k]).count(1) > half)
    return out


def fingerprint(text: str) -> Optional[str]:
    """The body's fingerprint as 16 lower-case hex digits; None for a body with no words."""
    value = simhash(text)
    return None if value is None else f"{value:016x}"


def distance(a: str, b: str) -> int:
    """How many bits two hex fingerprints differ in."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")


class NearDuplicates:
    """Remembers fingerprints; tells whether a new one is within NEAR bits of one seen before.

    Fingerprints are indexed by their four 16-bit bands, so a check looks only at the few
    fingerprints that share a band with it, not at every one seen.
    """

    def __init__(self, near: int = NEAR) -> None:
        if near >= _BANDS:
            raise ValueError(f"near must be below {_BANDS}")
        self.near = near
        self._bands: List[Dict[int, List[Tuple[int, str]]]] = [{} for _ in range(_BANDS)]

    def check(self, fp: Optional[str], key: str) -> Optional[str]:
        """The key of an earlier near-duplicate of `fp`, or None (and `fp` is remembered)."""
        if fp is None:
            return None
        value = int(fp, 16)
        bands = [(value >> (i * _BAND_BITS)) & ((1 << _BAND_BITS) - 1) for i in range(_BANDS)]
        for index, band in zip(self._bands, bands, strict=True):
            for other, other_key in index.get(band, ()):
                if bin(value ^ other).count("1") <= self.near:
                    return other_key
        for index, band in zip(self._bands, bands, strict=True):
            index.setdefault(band, []).append((value, key))
        return None
