"""OPD worksheets (kertas kerja) in Excel: export one XLSX per OPD, import them back.

``export_worksheets`` (``export``) and ``import_worksheets`` (``import_``); the layout and
the key in ``layout``; reading cells in ``reader``; checks in ``validate``.
"""

from .export import export_worksheets
from .import_ import ImportSummary, import_worksheets

__all__ = ["ImportSummary", "export_worksheets", "import_worksheets"]
