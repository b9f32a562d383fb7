"""Views of the facilitator console (one QWidget per board)."""
