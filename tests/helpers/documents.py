"""Real documents written at test time with the libraries Hearth reads them with, and hostile ones by hand."""

from __future__ import annotations

import zipfile
from pathlib import Path

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def text_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with a text layer (matplotlib embeds TrueType fonts that pypdf can read back)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for text in pages:
            fig = plt.figure(figsize=(4, 3))
            fig.text(0.1, 0.5, text)
            pdf.savefig(fig)
            plt.close(fig)
    return path


def scanned_pdf(path: Path) -> Path:
    """A page that is only a picture (what a scanner writes): no text layer."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure(figsize=(4, 3))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.imshow(np.random.default_rng(0).integers(0, 255, (60, 80)), cmap="gray")
    ax.axis("off")
    fig.savefig(path, format="pdf")
    plt.close(fig)
    return path


def encrypted_pdf(path: Path, source: Path, password: str = "secret") -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(password, algorithm="AES-256")
    writer.write(path)
    return path


def blank_pdf(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    writer.write(path)
    return path


def docx_file(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def pptx_file(path: Path, slides: list[str]) -> Path:
    import pptx

    deck = pptx.Presentation()
    for text in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = text
    deck.save(str(path))
    return path


def xlsx_file(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(str(path))
    return path


def csv_rows(path: Path, rows: int) -> Path:
    """month,region,amount with ``rows`` data rows (12 months, 3 regions)."""
    with path.open("w") as f:
        f.write("month,region,amount\n")
        for i in range(rows):
            f.write(f"2026-{i % 12 + 1:02d},{('north', 'south', 'west')[i % 3]},{(i * 37) % 1000 + 0.5}\n")
    return path


def replace_part(source: Path, path: Path, part: str, data: bytes, level: int = 9) -> Path:
    """A copy of the Office file ``source`` with one part replaced (or added)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info, src.read(info))
        dst.writestr(part, data)
    return path


def zip_bomb_docx(path: Path, source: Path, inflated_mb: int = 64) -> Path:
    """A DOCX whose main part inflates ``inflated_mb`` MB of one repeated byte from about 1/1000 of that."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w") as part:
            block = b" " * 2**20
            for _ in range(inflated_mb):
                part.write(block)
    return path


def looping_pdf(path: Path) -> Path:
    """1.5 KB whose one page draws a form 1,000 times, which draws one 1,000 times, and so on:
    10**12 text operators, so pypdf's extract_text runs for days inside a single call."""
    from app.commands.sample_pdf import text_line, write_pdf

    forms = (text_line("lol") * 1000, b"q /X1 Do Q " * 1000, b"q /X2 Do Q " * 1000, b"q /X3 Do Q " * 1000)
    return write_pdf(path, [b"q /X4 Do Q"], forms)


def huge_stream_pdf(path: Path) -> Path:
    """70 KB whose page shows one 68-million-character string (a content stream just under pypdf's
    75 MB inflation limit): extract_text takes over 800 MB in a single call."""
    from app.commands.sample_pdf import write_pdf

    return write_pdf(path, [b"BT /F1 12 Tf 72 720 Td (" + b"lol " * 17_000_000 + b") Tj ET"])
