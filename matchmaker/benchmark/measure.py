"""Timing and memory helpers for the benchmark: wall-clock percentiles, resident memory and its peak (Linux /proc)."""
import gc
import os
import resource
import time
from contextlib import contextmanager

import numpy as np

MIB = 1024 * 1024


def pin_to_one_core():
    """Run on CPU 0 only (where the platform allows it), so figures mean "one core"."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})


def _status(field):
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def rss():
    """Resident memory of this process in bytes (after a garbage collection, so dead objects do not count)."""
    gc.collect()
    current = _status("VmRSS")
    return current if current is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def reset_peak():
    """Restart the peak-RSS watermark; returns False where the kernel does not allow it (then the peak is lifelong)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def peak():
    """The highest resident memory in bytes since the last reset_peak (or since the process started)."""
    high = _status("VmHWM")
    return high if high is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Memory:
    """Measures what a block of work leaves resident (RSS delta) and the peak above the starting point."""

    def __init__(self):
        self.start = rss()
        reset_peak()
        self.delta = self.peak = 0

    def stop(self):
        """Record the RSS delta and the peak increase; returns self."""
        high = peak()
        self.delta = rss() - self.start
        self.peak = max(high - self.start, self.delta)
        return self


@contextmanager
def stopwatch(into, key):
    """Store the seconds the block took in into[key]."""
    start = time.perf_counter()
    yield
    into[key] = time.perf_counter() - start


def latencies(function, inputs, warmup=5):
    """Call function once per input (after a few warm-up calls) and return the wall-clock seconds of each call."""
    for item in inputs[:warmup]:
        function(item)
    times = []
    for item in inputs:
        start = time.perf_counter()
        function(item)
        times.append(time.perf_counter() - start)
    return times


def summary(times):
    """p50, p95 and mean of a list of seconds, in milliseconds."""
    values = np.asarray(times) * 1000.0
    return {"p50_ms": round(float(np.percentile(values, 50)), 2), "p95_ms": round(float(np.percentile(values, 95)), 2),
            "mean_ms": round(float(values.mean()), 2)}
