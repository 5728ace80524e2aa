import sys

from jury_app.cli import main

sys.exit(main())
