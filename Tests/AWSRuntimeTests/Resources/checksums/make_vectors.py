#!/usr/bin/env python3
"""Writes vectors.json: checksums of seeded random inputs as the x-amz-checksum-* headers carry them.

    python3 make_vectors.py > vectors.json

CRC-32 comes from zlib and SHA-1/SHA-256 from hashlib (what botocore uses); CRC-32C and CRC-64/NVME from the
bitwise reference implementations below, which are checked against their published check values ("123456789"),
and against awscrt (botocore's implementation of both, `pip install awscrt`) when it is importable. Each input
is `random.Random(2026)`'s bytes, of lengths 0 to 70 and some longer ones, so every tail length of the Swift
slice-by-16 loop is covered.
"""

import base64
import hashlib
import json
import random
import zlib


def reflected_crc(data, polynomial, bits):
    """A reflected CRC with all-ones initial value and final XOR, one bit at a time."""
    mask = (1 << bits) - 1
    crc = mask
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (polynomial if crc & 1 else 0)
    return crc ^ mask


def crc32c(data):
    return reflected_crc(data, 0x82F63B78, 32)


def crc64nvme(data):
    return reflected_crc(data, 0x9A6C9329AC4BC9B5, 64)


def b64(value, size):
    return base64.b64encode(value.to_bytes(size, 'big')).decode()


def headers(data):
    return {
        'crc32': b64(zlib.crc32(data), 4),
        'crc32c': b64(crc32c(data), 4),
        'crc64nvme': b64(crc64nvme(data), 8),
        'sha1': base64.b64encode(hashlib.sha1(data).digest()).decode(),
        'sha256': base64.b64encode(hashlib.sha256(data).digest()).decode(),
    }


def check_with_awscrt(data, expected):
    try:
        from awscrt import checksums
    except ImportError:
        return False
    assert b64(checksums.crc32c(data), 4) == expected['crc32c']
    assert b64(checksums.crc64nvme(data), 8) == expected['crc64nvme']
    assert b64(checksums.crc32(data), 4) == expected['crc32']
    return True


def main():
    assert crc32c(b'123456789') == 0xE3069283
    assert crc64nvme(b'123456789') == 0xAE8B14860A799888
    assert zlib.crc32(b'123456789') == 0xCBF43926
    rng = random.Random(2026)
    lengths = list(range(0, 71)) + [127, 128, 129, 255, 256, 1000, 1023, 1024, 4099]
    vectors = []
    checked = False
    for length in lengths:
        data = bytes(rng.getrandbits(8) for _ in range(length))
        expected = headers(data)
        checked = check_with_awscrt(data, expected) or checked
        vectors.append({'input': data.hex(), **expected})
    print(json.dumps({'checkedWithAwscrt': checked, 'vectors': vectors}, indent=1))


if __name__ == '__main__':
    main()
