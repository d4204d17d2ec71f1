"""Writing one table of any length to an .xlsx file, safely: a write-only workbook (memory stays flat)
saved beside the target and renamed over it, so the target is either the complete new file or
left as it was.

    written = write_streamed_table(path, "客户", HEADERS, rows, sample=first_rows)

`rows` is any iterable; when iterating it raises (a progress callback raising Cancelled, a database
error) nothing is left behind. A target that cannot be written (open in Excel on Windows, a
read-only folder, a folder of that name) raises TargetNotWritable, which views and the command line
turn into a sentence.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.reports.excel_style import StreamingTable

SAMPLE_ROWS = 200  # rows the column widths are fitted to


class TargetNotWritable(OSError):
    """The export's file could not be written; `path` is the target, `reason` the system's words."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def write_streamed_table(path: str | Path, sheet_title: str, headers: Sequence[str],
                         rows: Iterable[Sequence[object]], *, sample: Sequence[Sequence[object]] = (),
                         number_formats: Sequence[str | None] = ()) -> int:
    """Write `headers` and every row of `rows` to sheet `sheet_title` of a new workbook at `path`
    (formatted header, formula-safe text, widths fitted to `sample`, `number_formats` per column);
    returns how many rows were written. An existing file at `path` is replaced only by a complete
    file; on any error no partial file remains. OSError while saving becomes TargetNotWritable."""
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook(write_only=True)
    table = StreamingTable(workbook.create_sheet(sheet_title), headers, list(sample[:SAMPLE_ROWS]), number_formats)
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        for row in rows:
            table.append(row)
            written += 1
        table.finish()
        try:
            workbook.save(partial)
            partial.replace(path)
        except OSError as exc:
            raise TargetNotWritable(path, exc.strerror or str(exc)) from exc
    except BaseException:
        _discard(workbook, partial)
        raise
    finally:
        with contextlib.suppress(OSError):  # the folder may be the problem: nothing to tidy then
            partial.unlink(missing_ok=True)
    return written


def _discard(workbook, partial: Path) -> None:
    # A write-only sheet streams into a temporary file that only saving closes and removes;
    # save the unfinished workbook to the partial file (deleted right after) rather than leak it.
    with contextlib.suppress(Exception):  # already saved, or the disk is the problem: nothing more to tidy
        workbook.save(partial)
