"""The app icon files are rendered from the SVG and readable where they are used (Qt, Windows, macOS)."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImage, QImageReader

from app.paths import resources_dir
from tests.packaging.packaging_scripts import load_script

ICONS = resources_dir() / "icons"


def read_sizes(path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name} image {index}: {reader.errorString()}"
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_ico_holds_every_windows_size(qapp):
    make_icons = load_script("make_icons")
    assert read_sizes(ICONS / "salesdesk.ico") == make_icons.ICO_SIZES
    data = (ICONS / "salesdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))


def test_icns_holds_png_elements_up_to_512(qapp):
    data = (ICONS / "salesdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    assert sorted(read_sizes(ICONS / "salesdesk.icns")) == [16, 32, 64, 128, 256, 512]


def test_png_is_the_svg_at_256_pixels(qapp):
    image = QImage(str(ICONS / "salesdesk.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners: transparent outside the tile
    centre_left = image.pixelColor(30, 128)
    assert centre_left.alpha() == 255 and centre_left.blue() > 150 > centre_left.red()  # the blue tile
    make_icons = load_script("make_icons")
    assert QImage.fromData(make_icons.render_png(64)).width() == 64


def test_ico_writer_places_each_png_at_its_offset():
    make_icons = load_script("make_icons")
    pngs = {16: b"\x89PNG-sixteen", 256: b"\x89PNG-two-five-six"}
    data = make_icons.ico_bytes(pngs)
    for index, (size, png) in enumerate(sorted(pngs.items())):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert data[offset:offset + length] == png
