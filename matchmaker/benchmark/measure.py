"""Timing and memory helpers for the benchmark: wall-clock percentiles, resident memory and its peak (Linux /proc)."""
import gc
import os
import resource
import time
from contextlib import contextmanager

import numpy as np

MIB = 1024 * 1024


def pin_to_one_core(cpu=0):
    """Run on one CPU only (where the platform allows it), so figures mean "one core"."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})


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
    """Store the wall-clock seconds the block took in into[key] and the process CPU seconds in into[key + "_cpu"].

    CPU time (all threads of the process) does not count time spent waiting for a core another process holds.
    """
    start, cpu = time.perf_counter(), time.process_time()
    yield
    into[key] = round(time.perf_counter() - start, 2)
    into[key + "_cpu"] = round(time.process_time() - cpu, 2)


def latencies(function, inputs, warmup=5):
    """Call function once per input (after a few warm-up calls); returns (wall seconds, CPU seconds) per call."""
    for item in inputs[:warmup]:
        function(item)
    wall, cpu = [], []
    for item in inputs:
        start, used = time.perf_counter(), time.process_time()
        function(item)
        cpu.append(time.process_time() - used)
        wall.append(time.perf_counter() - start)
    return wall, cpu


def summary(times):
    """p50, p95 and mean in milliseconds of (wall, CPU) seconds per call; the CPU figures get a "cpu_" prefix."""
    figures = {}
    for prefix, values in zip(("", "cpu_"), times, strict=True):
        values = np.asarray(values) * 1000.0
        figures.update({f"{prefix}p50_ms": round(float(np.percentile(values, 50)), 2),
                        f"{prefix}p95_ms": round(float(np.percentile(values, 95)), 2),
                        f"{prefix}mean_ms": round(float(values.mean()), 2)})
    return figures
