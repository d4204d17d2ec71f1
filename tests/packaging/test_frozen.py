"""The frozen application (dist/salesdesk, built by `make package`) passes the smoke test.

Skipped when there is no build, or one older than the code (it would test yesterday's app): CI builds it
in its package step, which runs packaging/smoke_test.py itself.
"""

from __future__ import annotations

import pytest

from tests.packaging.packaging_scripts import DIST, ROOT, load_script

smoke_test = load_script("smoke_test")


def build_state() -> str | None:
    """Why the frozen test cannot run (no build, a stale one), or None when the build is current."""
    executable = DIST / "salesdesk"
    if not executable.is_file() and not (DIST / "salesdesk-cli.exe").is_file():
        return "no dist/salesdesk: run `make package` first"
    built = max(path.stat().st_mtime for path in DIST.glob("salesdesk*"))
    if any(path.stat().st_mtime > built for path in (ROOT / "app").rglob("*.py")):
        return "dist/salesdesk is older than the code: run `make package` again"
    return None


@pytest.mark.slow
@pytest.mark.skipif(build_state() is not None, reason=str(build_state()))
def test_frozen_app_starts_and_writes_documents():
    lines = smoke_test.smoke(DIST)
    assert [line.split()[1] for line in lines] == ["resources", "demo", "start", "export", "print", "report",
                                                   "screens", "screens"]
    assert any("ready in" in line for line in lines)


def test_smoke_test_fails_without_a_build(tmp_path):
    with pytest.raises(smoke_test.SmokeFailure, match="no executable"):
        smoke_test.smoke(tmp_path)
