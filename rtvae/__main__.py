from rtvae.cli import main

raise SystemExit(main())
