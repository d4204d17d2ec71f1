"""`python -m app` starts SalesDesk exactly like the `salesdesk` command."""

import sys

from app.cli import main

sys.exit(main())
