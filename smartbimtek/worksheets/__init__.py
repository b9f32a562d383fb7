"""OPD worksheets (kertas kerja) in Excel: export one XLSX per OPD or per group (kelompok),
import them back.

``export_worksheets`` (``export``) and ``import_worksheets`` (``import_``); the layout and
the key in ``layout``; who a worksheet belongs to in ``owners``; reading cells in ``reader``;
checks in ``validate`` (``checks``, ``validate_plan``); conflicts between the worksheets of
one import in ``conflicts``.
"""

from .export import export_worksheets
from .import_ import ImportSummary, import_worksheets

__all__ = ["ImportSummary", "export_worksheets", "import_worksheets"]
