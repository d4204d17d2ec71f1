"""Every benchmark figure by its name in bench/results.json. Later issues add theirs here."""

from bench.figures.startup import startup_ready_ms

FIGURES = {
    "startup_ready_ms": startup_ready_ms,
}
