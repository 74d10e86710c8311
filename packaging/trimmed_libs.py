"""Smaller stand-ins, made at build time, for native libraries the bundle barely uses.

Three libraries were most of the bundle's dead weight on Linux:

- ICU's data (``libicudata``, 31 MB), which QtCore links: locale data for ~800 locales, legacy
  character-set converters, transliterators and word-break dictionaries. Qt keeps its own locale
  tables, text boundaries and UTF codecs; it asks ICU for collation and case rules of the user's
  locale. The stand-in holds the same data for the languages Studio ships and none other.
- x265 (20 MB), the HEVC *encoder* that pillow-heif's libheif links. Studio only reads HEIC
  photos (libde265 decodes them); the stand-in answers "no encoder" where libheif asks for one.
- Pillow's copy of libXau (2 MB, of which 14 KB are code: the rest is alignment padding left by
  the wheel's patching): the stand-in is the build machine's own libXau.so.6, the same library
  (its interface has not changed since 2003), under the name Pillow's libxcb asks for.

The first two need a C compiler at build time, and the ICU data ICU's ``icupkg``
(``icu-devtools``); without them (or without a system libXau) the original library stays, and
the bundle is merely bigger.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: The languages Studio ships (its own catalogues; the spec keeps Qt's qtbase_*.qm for the same).
LANGUAGES = ("en", "de", "zh")
_LOCALE_ITEM = re.compile(r"^(?:.*/)?([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_NOT_LOCALES = {"res_index", "pool", "root"}
#: Data Qt never asks ICU for: it names languages, countries, currencies and units and formats
#: numbers from its own CLDR tables; transliteration and character names are not used. (Besides
#: these, legacy character-set converters and the Thai/CJK word dictionaries go too.)
_UNREAD_TREES = ("translit/", "lang/", "region/", "curr/", "unit/", "rbnf/", "unames.icu")


def _compile(sources: dict[str, str], soname: str, out: Path) -> Path | None:
    if shutil.which("cc") is None:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    for name, text in sources.items():
        (out.parent / name).write_text(text)
    command = ["cc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{soname}", "-o", str(out)]
    command += [str(out.parent / name) for name in sources]
    return out if subprocess.run(command, check=False).returncode == 0 else None


def _unwanted_icu_item(item: str) -> bool:
    """True for ICU data a Studio window never reads."""
    if item.endswith((".cnv", ".dict")) or item.startswith(_UNREAD_TREES):
        return True
    match = _LOCALE_ITEM.match(item)
    if match is None or Path(item).stem in _NOT_LOCALES:
        return False
    return match.group(1) not in LANGUAGES


def icu_data(original: Path, workdir: Path) -> Path | None:
    """A ``libicudata`` with the shipped languages' data only, or None where it cannot be made."""
    if shutil.which("icupkg") is None:
        return None
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(original)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    names = [s for s in symbols if re.fullmatch(r"icudt\d+_dat", s)]
    if len(names) != 1:
        return None
    symbol = names[0]
    address, size = (int(symbols[symbols.index(symbol) - n], 16) for n in (3, 2))
    # The symbol's address is its file offset: the data sit in .rodata of a library with no code.
    offset = _file_offset(original, address)
    if offset is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    package = workdir / f"{symbol[:-4]}l.dat"
    package.write_bytes(original.read_bytes()[offset : offset + size])
    items = subprocess.run(
        ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
    ).stdout.split()
    listing = workdir / "unwanted.txt"
    listing.write_text("".join(f"{item}\n" for item in items if _unwanted_icu_item(item)))
    # Some kept items name removed ones (root's word rules name the dictionaries): ICU treats
    # a missing item as absent data and falls back, as in its own documented data filtering.
    trimmed = workdir / "trimmed" / package.name  # the file's name is the items' prefix
    trimmed.parent.mkdir(exist_ok=True)
    command = ["icupkg", "--ignore-deps", "-r", str(listing), str(package), str(trimmed)]
    if subprocess.run(command, check=False).returncode != 0:
        return None
    trimmed.replace(package)
    assembly = (
        '.section .note.GNU-stack,"",@progbits\n'
        ".section .rodata\n"
        f".globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
        f'{symbol}:\n.incbin "{package}"\n.size {symbol}, .-{symbol}\n'
    )
    return _compile({"icudata.S": assembly}, original.name, workdir / original.name)


def _file_offset(library: Path, address: int) -> int | None:
    """The file offset of a virtual address, from the library's section table."""
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=False
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 6 and fields[2] == "PROGBITS":
            start, offset, size = int(fields[3], 16), int(fields[4], 16), int(fields[5], 16)
            if start <= address < start + size:
                return address - start + offset
    return None


def no_x265(original: Path, workdir: Path) -> Path | None:
    """A library of x265's name and entry points that offers no encoder."""
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", str(original)], capture_output=True, text=True, check=False
    ).stdout
    entry = re.search(r"\bx265_api_get_\d+\b", symbols)
    if entry is None:
        return None
    source = (
        "#include <stddef.h>\n"
        f"const void *{entry.group()}(int bit_depth) {{ (void)bit_depth; return NULL; }}\n"
        "void x265_cleanup(void) {}\n"
    )
    return _compile({"x265.c": source}, original.name, workdir / original.name)


def system_xau(original: Path, workdir: Path) -> Path | None:
    """The system's libXau under the wheel's file name."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False)
    found = re.search(r"^\s*libXau\.so\.6 \(libc6,x86-64\) => (\S+)$", cache.stdout, re.M)
    if found is None or original.stat().st_size < 10 * Path(found.group(1)).stat().st_size:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(found.group(1), workdir / original.name))


#: Stand-in makers by library name (the soname up to ".so" and any wheel hash).
STAND_INS = {"libicudata": icu_data, "libx265": no_x265, "libXau": system_xau}
