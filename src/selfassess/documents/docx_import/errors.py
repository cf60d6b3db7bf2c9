"""The importer's error and its plain-English messages."""

from __future__ import annotations

# --- Messages -----------------------------------------------------------------------------
EMPTY_FILE = "The selected file is empty"
NOT_DOCX = "The selected file must be a Word document (.docx)"
IS_PDF = (
    "The selected file is a PDF. Upload the SAR as a Word document (.docx): open the "
    "original in Word and save it as a Word Document"
)
IS_DOC = (
    "The selected file is an older Word document (.doc). Open it in Word, save it as a "
    "Word Document (.docx) and upload that"
)
IS_ODT = (
    "The selected file is an OpenDocument text file (.odt). Save it as a Word Document "
    "(.docx) and upload that"
)
ENCRYPTED = (
    "The selected file is protected with a password. Remove the password in Word (File, "
    "Info, Protect Document), save it and upload it again"
)
MACROS = (
    "The selected file contains macros. Save it in Word as a Word Document (.docx), not a "
    "Word Macro-Enabled Document (.docm), and upload that"
)
TEMPLATE = (
    "The selected file is a Word template. Open it in Word, save it as a Word Document "
    "(.docx) and upload that"
)
TOO_LARGE_UNPACKED = (
    "The selected file could not be read: it expands to far more than a Word document "
    "should. Save it again in Word and upload that"
)
ENTITIES = (
    "The selected file could not be read: it contains XML declarations that Word "
    "documents do not use. Open it in Word, save it as a new Word Document and upload that"
)
DAMAGED = (
    "The selected file could not be read. It may be damaged: open it in Word, save it "
    "again and upload that"
)
NO_TEXT = "The selected file has no text in it. Check you chose the right file"


class DocxImportError(Exception):
    """The file cannot be imported; the message says why, in plain English."""
