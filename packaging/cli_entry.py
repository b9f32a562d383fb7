"""Entry script of the bundled ``smartbimtek-cli`` command (``packaging/smartbimtek.spec``).

The same as ``python -m smartbimtek``: the headless console command, which never imports Qt.
"""

import sys

from smartbimtek.cli import main

if __name__ == "__main__":
    sys.exit(main())
