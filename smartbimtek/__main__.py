"""``python -m smartbimtek``: the console command (see ``smartbimtek.cli``)."""

from .cli import main

raise SystemExit(main())
