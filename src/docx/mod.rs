//! Reading `.docx` drafts (being written).
