"""DOCX (python-docx): the paragraphs, in order, then parsed exactly like a text transcript.

Tables are read too (some exports put speaker and text in two columns): a row becomes `speaker: text`.
"""

from __future__ import annotations

import io
import zipfile

from analyzer.errors import InputError


def docx_text(data: bytes, source: str) -> str:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError) as e:
        raise InputError(source, f"not a readable DOCX (truncated or corrupt: {type(e).__name__})") from None
    except Exception as e:  # lxml's XMLSyntaxError and other damage inside the zip
        raise InputError(source, f"not a readable DOCX ({type(e).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            cells = [c for i, c in enumerate(cells) if c and c not in cells[:i]]  # merged cells repeat
            if cells:
                lines.append(": ".join(cells) if len(cells) == 2 else "  ".join(cells))
    return "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
