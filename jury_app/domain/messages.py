"""Messages shown to people: a French template and its arguments, translated by the UI.

Every layer words its refusals in French (the command line stays French), but through `msg`, so
the template survives beside the text: the GUI looks the template up in its translations and fills
in the arguments (`ui.common.messages`). `scripts/update_translations.py` gathers the templates from
every module that calls `msg("…")` (lupdate's `tr` alias), so the English file lists them with the
UI's own strings and the translation test holds them to the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """A French template with `{0}`, `{1}`… and its arguments (texts, numbers or other messages)."""

    template: str
    args: tuple[object, ...] = ()
    trailing: str = ""
    """Characters taken off the end of the text, in every language (a sentence's full stop when it is
    put inside another sentence)."""

    def __str__(self) -> str:
        text = self.template.format(*(str(a) for a in self.args)) if self.args else self.template
        return text.rstrip(self.trailing) if self.trailing else text

    def without_full_stop(self) -> Message:
        """The same message without its final full stop, to stand inside another sentence."""
        return Message(self.template, self.args, self.trailing + ".")


def msg(template: str, *args: object) -> Message:
    """A message to show; `template` must be a literal, for the translation tools to find it."""
    return Message(template, tuple(args))


class Told(str):
    """The French text of a message that lists and reports carry as text (the command line prints
    it, tests read it), keeping the message it was worded from for the GUI to translate. Worded as
    `Told(msg("…", …))`, so that the translation tools find the template."""

    message: Message

    def __new__(cls, message: Message) -> Told:
        told = super().__new__(cls, str(message))
        told.message = message
        return told


def plain(text: str) -> Message:
    """Text that has no template (a name, or words from a file): shown as it is in every language."""
    return Message("{0}", (text,))


class MessageError(ValueError):
    """An error whose message is a `Message` (str() gives the French text)."""

    def __init__(self, message: Message | str) -> None:
        self.message = message if isinstance(message, Message) else plain(message)
        super().__init__(str(self.message))


def joined(parts: Sequence[object], separator: str = "; ") -> Message:
    """Messages (or plain texts) one after the other, each translated on its own; the separator is not."""
    return Message(separator.join(f"{{{i}}}" for i in range(len(parts))), tuple(parts))


def message_of(exc: BaseException) -> Message | str:
    """What an error tells: its message when it was worded with `msg`, else its text."""
    return exc.message if isinstance(exc, MessageError) else str(exc)
