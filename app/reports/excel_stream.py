"""Writing one table of any length to an .xlsx file, safely: a write-only workbook (memory stays flat)
saved beside the target and renamed over it, so the target is either the complete new file or
left as it was.

    written = write_streamed_table(path, "客户", HEADERS, rows, sample=first_rows)

`rows` is any iterable; when iterating it raises (a progress callback raising Cancelled, a database
error) nothing is left behind. A target that cannot be written (open in Excel on Windows, a
read-only folder, a folder of that name) raises TargetNotWritable, which views and the command line
turn into a sentence.

`ReplacedFile` is that temp-then-rename step on its own, for writers that build the file some other
way (report_excel.py with XlsxWriter):

    with ReplacedFile(path) as target:
        ... write everything, then
        target.commit(lambda partial: workbook.save(partial))
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from app.reports.excel_style import StreamingTable

SAMPLE_ROWS = 200  # rows the column widths are fitted to


class TargetNotWritable(OSError):
    """The export's file could not be written; `path` is the target, `reason` the system's words."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ReplacedFile:
    """The target `path` replaced only by a complete file: the writer saves to `partial` (beside the
    target, so the rename stays on one disk and is atomic) through `commit`; leaving the block without a
    commit, or with an error, removes the partial file and leaves the target as it was."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".part")

    def __enter__(self) -> ReplacedFile:
        return self

    def commit(self, save: Callable[[Path], object]) -> None:
        """Call `save(partial)`, then rename the partial file over the target; an OSError from either
        (a locked target, a read-only folder, a full disk) becomes TargetNotWritable."""
        try:
            save(self.partial)
            self.partial.replace(self.path)
        except OSError as exc:
            raise TargetNotWritable(self.path, exc.strerror or str(exc)) from exc

    def __exit__(self, *exc_info: object) -> None:
        with contextlib.suppress(OSError):  # the folder may be the problem: nothing to tidy then
            self.partial.unlink(missing_ok=True)


def write_streamed_table(path: str | Path, sheet_title: str, headers: Sequence[str],
                         rows: Iterable[Sequence[object]], *, sample: Sequence[Sequence[object]] = (),
                         number_formats: Sequence[str | None] = ()) -> int:
    """Write `headers` and every row of `rows` to sheet `sheet_title` of a new workbook at `path`
    (formatted header, formula-safe text, widths fitted to `sample`, `number_formats` per column);
    returns how many rows were written. An existing file at `path` is replaced only by a complete
    file; on any error no partial file remains. OSError while saving becomes TargetNotWritable."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    table = StreamingTable(workbook.create_sheet(sheet_title), headers, list(sample[:SAMPLE_ROWS]), number_formats)
    written = 0
    with ReplacedFile(path) as target:
        try:
            for row in rows:
                table.append(row)
                written += 1
            table.finish()
            target.commit(workbook.save)
        except BaseException:
            _discard(workbook, target.partial)
            raise
    return written


def _discard(workbook, partial: Path) -> None:
    # A write-only sheet streams into a temporary file that only saving closes and removes;
    # save the unfinished workbook to the partial file (deleted right after) rather than leak it.
    with contextlib.suppress(Exception):  # already saved, or the disk is the problem: nothing more to tidy
        workbook.save(partial)
