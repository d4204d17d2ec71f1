"""Print preview and printing of a PDF the application wrote (a quotation now, a contract later).

PySide6-Essentials has no QtPdf, so pypdfium2 rasterises each PDF page and the image is painted onto
the QPrinter: the preview and the paper show exactly the document that "Export PDF" writes, with
no second layout to keep in step. pypdfium2 is imported only when a preview or a print runs, never
at start-up.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Pages are rasterised at the printer's resolution within these bounds: below 150 dpi the zoomed
# preview looks blurred, above 300 dpi an A4 page costs more memory (35 MB) than print shows.
MIN_DPI = 150
MAX_DPI = 300
POINTS_PER_INCH = 72


def _page_image(page, dpi: int) -> QImage:
    """One PDF page as an opaque image at `dpi`, white behind the content."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # owns its pixels: the bitmap's buffer goes with the bitmap


def _fitted(target: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of the proportions width:height centred in `target`."""
    scale = min(target.width() / width, target.height() / height)
    size = QSizeF(width * scale, height * scale)
    return QRectF(target.x() + (target.width() - size.width()) / 2,
                  target.y() + (target.height() - size.height()) / 2, size.width(), size.height())


def paint_pdf(pdf_path: str | Path, printer: QPrinter) -> int:
    """Paint every page of the PDF at `pdf_path` onto `printer`, one printer page per PDF page,
    each scaled to the printer's page with its proportions kept; returns the number of pages.

    This is the `paintRequested` handler of a print preview, and prints the same way."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    painter = QPainter()
    try:
        if len(document) == 0 or not painter.begin(printer):
            return 0
        dpi = max(MIN_DPI, min(MAX_DPI, printer.resolution()))
        target = QRectF(0, 0, printer.width(), printer.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            width, height = page.get_size()
            painter.drawImage(_fitted(target, width, height), _page_image(page, dpi))
            page.close()
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def pdf_page_layout(pdf_path: str | Path) -> QPageLayout:
    """A page layout of the size and orientation of the PDF's first page (A4 portrait when it has
    none), without margins: the PDF holds its own."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        width, height = document[0].get_size() if len(document) else (595.0, 842.0)
    finally:
        document.close()
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def open_pdf_preview(parent: QWidget, write_pdf: Callable[[Path], object], file_name: str,
                     title: str) -> QPrintPreviewDialog:
    """Write a PDF with `write_pdf(path)` into a temporary folder and open the print preview of
    that file (window-modal, without blocking); its Print button prints the same pages. The
    temporary folder goes when the dialog closes, or at once when `write_pdf` raises (the error
    goes on to the caller)."""
    folder = Path(tempfile.mkdtemp(prefix="salesdesk-preview-"))
    path = folder / file_name
    try:
        write_pdf(path)
        layout = pdf_page_layout(path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    dialog = QPrintPreviewDialog(parent)
    dialog.setWindowTitle(title)
    printer = dialog.printer()
    printer.setDocName(path.stem)
    # The PDF already holds its margins: its page goes onto the whole sheet.
    printer.setFullPage(True)
    printer.setPageLayout(layout)
    dialog.paintRequested.connect(lambda target: paint_pdf(path, target))

    def finished(_result: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
