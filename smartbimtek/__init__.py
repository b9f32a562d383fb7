"""SmartBimtek headless core: model, store, exercise rules, services, exports, server, CLI.

This package never imports Qt; ``ui/`` and the local-network server both call the same
services defined here.
"""

__version__ = "0.1.0"
