"""Reading the data files: TOML (registry, rules, advice) with errors that name the file and line, and
the corpus, stored gzip-compressed."""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path
from typing import Any

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class DataFileError(ValueError):
    """A data file is missing or malformed; the message names the file and line."""


def read_toml(path: Any, error: type[DataFileError] = DataFileError) -> tuple[dict, str, str]:
    """Return (parsed, raw text, display name) of a TOML file, or raise ``error`` naming file and line."""
    name = str(path)
    try:
        text = (
            Path(str(path)).read_text(encoding="utf-8")
            if not hasattr(path, "read_text")
            else path.read_text(encoding="utf-8")
        )
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"{name}: cannot read: {err}") from None
    try:
        return tomllib.loads(text), text, name
    except tomllib.TOMLDecodeError as err:
        # ``lineno`` only exists from Python 3.14; before that the line is only in the message.
        line = getattr(err, "lineno", None)
        if line is None:
            found = re.search(r"at line (\d+)", str(err))
            line = int(found.group(1)) if found else None
        where = f"{name}:{line}" if line else name
        raise error(f"{where}: invalid TOML: {err}") from None


def compile_pattern(pattern: str | None, where: str, error: type[DataFileError] = DataFileError) -> Any:
    """A rule file's regex (``regex`` module, V0), or None when absent; ``error`` names ``where`` if bad."""
    if pattern is None:
        return None
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as err:
        raise error(f"{where}: bad pattern: {err}") from None


def read_text(path: str | Path) -> str:
    """A UTF-8 text file, transparently gunzipped when its name ends in ``.gz``."""
    data = Path(path).read_bytes()
    return (gzip.decompress(data) if str(path).endswith(".gz") else data).decode("utf-8")


def write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text; gzip it (deterministically: no name, no time stamp) when the name ends in ``.gz``."""
    data = text.encode("utf-8")
    if str(path).endswith(".gz"):
        data = gzip.compress(data, compresslevel=9, mtime=0)
    Path(path).write_bytes(data)


def find_line(text: str, needle: str) -> int:
    """1-based line of the first quoted occurrence of ``needle`` in ``text`` (1 if absent)."""
    for quoted in (f'"{needle}"', f"'{needle}'", needle):
        pos = text.find(quoted)
        if pos >= 0:
            return text.count("\n", 0, pos) + 1
    return 1


def table_lines(text: str, table: str) -> list[int]:
    """1-based lines of every ``[[table]]`` header, in file order (entry i of the array is at index i)."""
    pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(table)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]
