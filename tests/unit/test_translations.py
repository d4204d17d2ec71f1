"""The Chinese translation file is complete: every visible text lupdate finds in app/ has a
finished translation that keeps its placeholders, HTML tags, accelerator and plural form."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.unit.translation_files import TS_FILE, Entry, load_tool, read_entries

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d|</?[A-Za-z]+[^>]*>")
ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")


def current_entries() -> list[Entry]:
    return [entry for entry in read_entries() if entry.current]


def test_every_text_has_a_finished_translation():
    unfinished = [(e.context, e.source) for e in current_entries()
                  if e.kind == "unfinished" or not all(text.strip() for text in e.translations) or not e.translations]
    assert not unfinished, f"{len(unfinished)} texts without a finished translation: {unfinished[:20]}"


def test_translations_keep_placeholders_tags_and_accelerators():
    problems = []
    for entry in current_entries():
        wanted = sorted(set(PLACEHOLDER.findall(entry.source)))
        accelerator = ACCELERATOR.search(entry.source)
        for text in entry.translations:
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{entry.context}: {entry.source!r} -> {text!r}: placeholders {wanted}")
            if accelerator and f"(&{accelerator.group(1).upper()})" not in text.upper():
                problems.append(f"{entry.context}: {entry.source!r} -> {text!r}: accelerator "
                                f"(&{accelerator.group(1)}) missing")
    assert not problems, "\n".join(problems)


def test_plural_texts_have_their_forms():
    for entry in current_entries():
        if "%n" in entry.source:
            assert entry.numerus, f"{entry.source!r} uses %n but is not a numerus entry (use tr(text, '', n))"
        if entry.numerus:
            assert entry.translations and all("%n" in text for text in entry.translations), entry


def test_every_source_text_in_the_code_is_in_the_translation_file(tmp_path):
    build = load_tool("build_translations")
    try:
        lupdate = build.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *build.python_sources(), "-source-language", "en",
                    "-target-language", "zh_CN", "-locations", "none", "-ts", str(fresh)],
                   cwd=build.ROOT, check=True, capture_output=True)
    in_code = {(e.context, e.source) for e in read_entries(fresh)}
    translated = {(e.context, e.source) for e in current_entries()}
    missing = sorted(in_code - translated)
    assert not missing, (f"{len(missing)} texts in the code are not in {TS_FILE.name}: run "
                         f"tools/build_translations.py and translate them: {missing[:20]}")
    stale = sorted(translated - in_code)
    assert not stale, f"{len(stale)} entries of {TS_FILE.name} are no longer in the code: {stale[:20]}"
