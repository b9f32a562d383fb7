"""Core services: every read and write of a workshop goes through these functions.

Each write is one transaction (``Workshop.transaction``) with an audit row; the desktop UI
and the local-network server call the same functions, so rules and durability are the same.
"""
