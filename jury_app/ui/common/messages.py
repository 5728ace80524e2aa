"""Messages from the layers below, in the UI's language.

Actions, storage and the domain word what they refuse with `domain.messages.msg`: a French template
and its arguments. The templates are extracted into the same translation file as the UI's strings
(context "", see `scripts/update_translations.py`); here they are looked up and filled in. A message
that has no template (text from a file, a name) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jury_app.domain.messages import Message, Told

MESSAGES_CONTEXT = ""
"""The context lupdate gives the templates it finds through the `msg` alias."""


def translated(message: Message | object) -> str:
    """`message` in the installed language (its arguments too, when they are messages)."""
    if isinstance(message, Told):
        return translated(message.message)
    if not isinstance(message, Message):
        return str(message)
    if message.template == "{0}" and len(message.args) == 1:
        text = translated(message.args[0])
    else:
        template = QCoreApplication.translate(MESSAGES_CONTEXT, message.template)
        text = template.format(*(translated(a) for a in message.args)) if message.args else template
    return text.rstrip(message.trailing) if message.trailing else text
