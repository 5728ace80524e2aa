"""The demo title session's id, named without loading the demo's content (pydantic, 0.1 s): the GUI
paints this session's sign-in before anything heavy is imported (`ui.first_paint`)."""

DEMO_SESSION_ID = "DEMO-CIP-2026-11"
