"""The demonstration session: its invented people (`content`), their dossiers (`documents`), the
package (`package`), and the session opened or completed through the real actions (`session`).

A consumer of the actions, beside the UI and the command line; nothing below imports it."""
