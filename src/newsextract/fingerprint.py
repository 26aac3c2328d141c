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
from itertools import combinations
from typing import Dict, List, Optional, Tuple

SHINGLE = 3
BITS = 64
# Fingerprints this many bits apart or fewer are near-duplicates. Measured on the shared
# corpora (378 bodies): the same article extracted from its HTML and from its text dump is
# 0-8 bits apart, distinct articles 16 or more (unrelated 64-bit hashes: 32 on average);
# one word changed in a 300-word body moves 3-6 bits. Manku et al.'s 3 bits suit long web
# pages, not news bodies of a few hundred words.
NEAR = 8
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
