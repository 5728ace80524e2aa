"""The juror's signatures: the drawing pad, and the dialogs to draw and to sign the procès-verbal."""
