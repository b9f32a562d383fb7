"""Entry script of the bundled desktop app ``SmartBimtek`` (``packaging/smartbimtek.spec``).

The same as ``python main.py``: options as in ``ui/app.py``.
"""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
