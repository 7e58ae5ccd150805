#!/usr/bin/env python3
"""Derives the font data files in Resources/ from their upstream sources.

Usage: generate.py SOURCES_DIR RESOURCES_DIR
SOURCES_DIR is what fetch-sources.sh leaves: pdfkit/ (Adobe Core14 AFM files),
aglfn/ (Adobe Glyph List files) and pdfjs/ (MacExpertEncoding table only).
Output is deterministic: running it twice gives identical files.
"""
import codecs
import os
import re
import shutil
import sys

# The notice the Adobe Core14 AFM distribution asks to keep with the AFM data (MustRead.html).
AFM_NOTICE = """\
# This file is derived from the Adobe Core14 AFM files (Adobe Font Metrics for the 14
# standard PDF fonts), Copyright (c) 1985, 1987, 1988, 1989, 1990, 1991, 1993, 1997
# Adobe Systems Incorporated. All Rights Reserved.
# Modification: only the header values and the per-glyph code, width and name were kept
# (bounding boxes, ligatures and kerning pairs were dropped) by tools/generate.py.
#
# Adobe's notice for the AFM files: "This file and the 14 PostScript(R) AFM files it
# accompanies may be used, copied, and distributed for any purpose and without charge,
# with or without modification, provided that all copyright notices are retained; that
# the AFM files are not distributed without this file; that all modifications to this
# file or any of the AFM files are prominently noted in the modified file(s); and that
# this paragraph is not modified. Adobe Systems has no responsibility or obligation to
# support the use of the AFM files."
"""

FONTS = [
    "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique",
    "Times-Roman", "Times-Bold", "Times-BoldItalic", "Times-Italic",
    "Symbol", "ZapfDingbats",
]

# PDF font descriptor flags (ISO 32000-1, table 123).
FIXED_PITCH, SERIF, SYMBOLIC, ITALIC, NONSYMBOLIC = 1, 2, 4, 64, 32


def read_afm(path):
    header, glyphs = {}, []
    in_metrics = False
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.strip()
            if line.startswith("StartCharMetrics"):
                in_metrics = True
                continue
            if line.startswith("EndCharMetrics"):
                in_metrics = False
                continue
            if in_metrics:
                fields = {}
                for part in line.split(";"):
                    part = part.strip().split()
                    if part:
                        fields[part[0]] = part[1:]
                glyphs.append((int(fields["C"][0]), int(fields["WX"][0]), fields["N"][0]))
            elif " " in line:
                key, value = line.split(" ", 1)
                header.setdefault(key, value.strip())
    return header, glyphs


def flags_of(name, header):
    if name in ("Symbol", "ZapfDingbats"):
        return SYMBOLIC
    flags = NONSYMBOLIC
    if header["IsFixedPitch"] == "true":
        flags |= FIXED_PITCH
    if name.startswith("Times") or name.startswith("Courier"):
        flags |= SERIF
    if float(header["ItalicAngle"]) != 0:
        flags |= ITALIC
    return flags


def write_metrics(src, out):
    lines = [AFM_NOTICE.rstrip("\n"), "#",
             "# Format: one block per font, StartFont NAME ... EndFont; header lines KEY VALUE;",
             "# then one line per glyph: CODE WIDTH NAME (CODE -1: not in the font's built-in encoding).",
             "# Symbol and ZapfDingbats have no Ascender/Descender/CapHeight in their AFM: the",
             "# FontBBox top and bottom stand in for them.", ""]
    for name in FONTS:
        header, glyphs = read_afm(os.path.join(src, "pdfkit", "package", "js", "data", name + ".afm"))
        bbox = [int(v) for v in header["FontBBox"].split()]
        ascent = header.get("Ascender", str(bbox[3]))
        descent = header.get("Descender", str(bbox[1]))
        lines.append("StartFont " + name)
        lines.append("Flags %d" % flags_of(name, header))
        lines.append("Weight " + header["Weight"])
        lines.append("ItalicAngle " + header["ItalicAngle"])
        lines.append("IsFixedPitch " + header["IsFixedPitch"])
        lines.append("FontBBox %d %d %d %d" % tuple(bbox))
        lines.append("Ascent " + ascent)
        lines.append("Descent " + descent)
        lines.append("CapHeight " + header.get("CapHeight", ascent))
        lines.append("XHeight " + header.get("XHeight", "0"))
        lines.append("StemV " + header.get("StdVW", "0"))
        for code, width, glyph in glyphs:
            lines.append("%d %d %s" % (code, width, glyph))
        lines.append("EndFont")
        lines.append("")
    with open(os.path.join(out, "standard14-metrics.txt"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines))


def read_semicolon_list(path, name_field, code_field):
    result = []
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.strip().split(";")
            result.append((parts[name_field], parts[code_field]))
    return result


def standard_encoding(src):
    _, glyphs = read_afm(os.path.join(src, "pdfkit", "package", "js", "data", "Times-Roman.afm"))
    table = [None] * 256
    for code, _, glyph in glyphs:
        if code >= 0:
            table[code] = glyph
    return table


def name_table_from_codec(codec, names_by_unicode, overrides):
    table = [None] * 256
    for code in range(0x20, 0x100):
        if code in overrides:
            table[code] = overrides[code]
            continue
        try:
            text = codecs.decode(bytes([code]), codec)
        except UnicodeDecodeError:
            continue
        if text == "\x7f":
            continue
        table[code] = names_by_unicode[ord(text)]
    return table


def win_ansi(names_by_unicode):
    # ISO 32000-1 Annex D, notes to table D.2: space also at 0xA0, hyphen also at 0xAD, and
    # every unused code above 0x20 shows the bullet.
    overrides = {0xA0: "space", 0xAD: "hyphen"}
    for code in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D):
        overrides[code] = "bullet"
    return name_table_from_codec("cp1252", names_by_unicode, overrides)


def mac_roman(names_by_unicode):
    # Annex D: space also at 0xCA; 0xDB is "currency" (Apple later moved the euro there).
    # The 15 Mac OS symbol characters Annex D leaves out (notequal, infinity, ... apple) are
    # kept, as the TrueType "Mac OS Roman" table has them and producers rely on it.
    overrides = {0xCA: "space", 0xDB: "currency", 0xF0: "apple"}
    return name_table_from_codec("mac_roman", names_by_unicode, overrides)


def mac_expert(src):
    path = os.path.join(src, "pdfjs", "package", "build", "pdf.worker.mjs")
    with open(path, encoding="utf-8") as f:
        match = re.search(r"const MacExpertEncoding = \[(.*?)\];", f.read(), re.S)
    names = re.findall(r'"([^"]*)"', match.group(1))
    assert len(names) == 256, len(names)
    return [n or None for n in names]


def write_encodings(src, out):
    agl = read_semicolon_list(os.path.join(src, "aglfn", "usr", "share", "aglfn", "glyphlist.txt"), 0, 1)
    aglfn = read_semicolon_list(os.path.join(src, "aglfn", "usr", "share", "aglfn", "aglfn.txt"), 1, 0)
    names_by_unicode = {}
    for glyph, uv in aglfn + agl:
        if " " not in uv:
            names_by_unicode.setdefault(int(uv, 16), glyph)
    # Annex D names where AGLFN 1.7 prefers another one.
    names_by_unicode[0x00B5] = "mu"
    names_by_unicode[0x2206] = "Delta"
    names_by_unicode[0x2126] = "Omega"
    names_by_unicode[0x03A9] = "Omega"
    tables = [
        ("StandardEncoding", standard_encoding(src)),
        ("WinAnsiEncoding", win_ansi(names_by_unicode)),
        ("MacRomanEncoding", mac_roman(names_by_unicode)),
        ("MacExpertEncoding", mac_expert(src)),
    ]
    lines = [
        "# Simple-font encodings of ISO 32000-1 Annex D: code (hex) and glyph name.",
        "# Generated by tools/generate.py: StandardEncoding from the Adobe Core14 AFM files'",
        "# codes; WinAnsiEncoding and MacRomanEncoding from the cp1252 and Mac OS Roman code",
        "# pages named through the Adobe Glyph List, with the Annex D notes applied;",
        "# MacExpertEncoding from pdf.js (Apache-2.0), a transcription of Annex D table D.4.",
        "",
    ]
    for name, table in tables:
        lines.append("Encoding " + name)
        for code, glyph in enumerate(table):
            if glyph:
                lines.append("%02X %s" % (code, glyph))
        lines.append("")
    with open(os.path.join(out, "encodings.txt"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines))


def main():
    src, out = sys.argv[1], sys.argv[2]
    for name in ("glyphlist.txt", "zapfdingbats.txt"):
        shutil.copyfile(os.path.join(src, "aglfn", "usr", "share", "aglfn", name), os.path.join(out, name))
    write_metrics(src, out)
    write_encodings(src, out)


if __name__ == "__main__":
    main()
