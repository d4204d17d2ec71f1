"""Resident memory of a probe process, in MB.

On Linux from /proc/self/status: VmRSS (now) or VmHWM (the peak). getrusage's ru_maxrss is only the
fallback elsewhere: on Linux it keeps the high-water mark of the process image that exec replaced, so
a probe started by a bench process that has grown would report the parent's size.
"""

from __future__ import annotations

import sys


def resident_mb(*, peak: bool = False) -> float:
    """This process's resident memory now, or its peak with `peak`."""
    field = "VmHWM:" if peak else "VmRSS:"
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
