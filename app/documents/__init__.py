"""Text out of the documents a user attaches (PDF, Word, PowerPoint, spreadsheets, text). Qt-free.

extracted = extract(path, cancel=event, progress=fn)   # raises DocumentError with a readable reason
extracted.text      # with structure markers: "--- page 3 ---", "--- slide 2 ---", "--- sheet Sales ---"
extracted.unit, extracted.count                         # "pages", 12

Cut into passages that know their page, slide, sheet or section (chunks.py) and indexed in the
history database for BM25 retrieval (passages.py): a document too long for the context is
read through the passages that match the question (app/chat/sources.py).

Every limit is checked before the work it guards: file size first, a zip's declared sizes and
compression ratio before anything is inflated, an Office part's DTD before it is parsed.
"""

from .extract import (
    DATA_EXTENSIONS,
    DOCUMENT_EXTENSIONS,
    DocumentError,
    Extracted,
    extract,
    is_document,
)

__all__ = ["DATA_EXTENSIONS", "DOCUMENT_EXTENSIONS", "DocumentError", "Extracted", "extract", "is_document"]
