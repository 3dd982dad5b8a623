"""The cyclic garbage collector, paused for the length of one extraction.

An extraction allocates hundreds of thousands of short-lived objects (lxml element proxies,
tuples, small lists) and almost no reference cycles: reference counting frees them as they
go. Python's cyclic collector still runs every few hundred allocations, and each full pass
walks every object the process holds, the caller's too; on a corpus run beside other
libraries that was 6-7 % of articlekit's time for nothing found. So the collector is paused
while one page is extracted and switched back on (if it was on) as soon as it ends, whatever
happens; the garbage of that page is collected on the next ordinary pass.

Set the environment variable ARTICLEKIT_KEEP_GC=1 to leave the collector alone.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

_KEEP = os.environ.get("ARTICLEKIT_KEEP_GC", "") not in ("", "0")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause cyclic garbage collection inside the block; restore the state it found."""
    if _KEEP or not gc.isenabled():
        yield  # off already (a caller's choice, or another extraction in a thread) or kept on
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
