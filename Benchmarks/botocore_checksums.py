#!/usr/bin/env python3
"""The baseline of checksums.sh: zlib.crc32 (what botocore computes CRC-32 with, without awscrt) over the same
64 MiB buffer as ChecksumBenchmark, the median of BATCHES runs, in GB/s; awscrt's CRC-32C and CRC-64/NVME too
when awscrt is importable (botocore[crt] uses them)."""

import statistics
import sys
import time
import zlib

SIZE = 64 << 20
buffer = bytes(range(256)) * (SIZE // 256)
batches = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def measure(name, function, width):
    times = []
    value = None
    for _ in range(batches):
        start = time.perf_counter()
        value = function(buffer)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print('python %s: median %.2f GB/s (min %.2f, max %.2f) over %d MiB, digest %s'
          % (name, SIZE / median / 1e9, SIZE / max(times) / 1e9, SIZE / min(times) / 1e9, SIZE >> 20,
             value.to_bytes(width, 'big').hex()))


measure('zlib.crc32', zlib.crc32, 4)
try:
    from awscrt import checksums
    measure('awscrt.crc32c', checksums.crc32c, 4)
    measure('awscrt.crc64nvme', checksums.crc64nvme, 8)
except ImportError:
    print('python awscrt: not installed (pip install awscrt for its CRC-32C and CRC-64/NVME)')
