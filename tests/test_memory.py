"""Memory given back between the build's steps (corpus_utils.memory)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from corpus_utils import memory

# A heap left fragmented, as a step leaves it: 200 MB of records freed but for one in fifty,
# so no free region reaches the heap's top and the allocator keeps it all without a trim.
FRAGMENTED = """
import re
from pathlib import Path
from corpus_utils import memory

def rss():
    return int(re.search(r"VmRSS:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1)) // 1024

rows = [bytes(1000) + bytes([i % 256]) for i in range(200_000)]
kept = rows[::50]
del rows
before = rss()
memory.give_back()
print(before - rss())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or memory._malloc_trim() is None, reason="glibc only")
def test_the_free_memory_of_a_fragmented_heap_goes_back_to_the_system():
    done = subprocess.run([sys.executable, "-c", FRAGMENTED], capture_output=True, text=True, check=True)
    assert int(done.stdout) > 100  # MB returned, of about 190 freed


def test_a_chapter_worker_takes_arrows_buffers_from_the_system_allocator() -> None:
    """The chapters' workers (``build._warm``) read tables through the C library's allocator, which
    returns freed pages, not through Arrow's pool, which keeps them."""
    code = (
        "import pyarrow as pa\n"
        "from corpus_utils import build\n"
        "before = pa.default_memory_pool().backend_name\n"
        "build._warm()\n"
        "print(before, pa.default_memory_pool().backend_name)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = done.stdout.split()
    assert after == "system" and before != "system"
