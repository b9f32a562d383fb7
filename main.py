"""Start the SmartBimtek desktop app: ``python main.py [WORKSHOP]`` (see ``ui/app.py``)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
