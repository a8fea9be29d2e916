"""Loaders: a document in (text, markdown, docx, pdf), one validated record out. Pure functions."""
