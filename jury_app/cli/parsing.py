"""The command line's parser, in French: argparse's own messages translated, help with examples,
and the global options accepted before or after the command.

argparse writes its messages in English (Python ships no translation of them). They reach the user
in three ways, each handled here without touching argparse's module state: the help's headings and
`-h` line (set when a parser is made), the `usage:` prefix (the formatter), and the error messages,
translated in `error()` from argparse's own message templates.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

# argparse's message templates (its gettext msgids) and their French. Placeholders keep their names.
_FRENCH = {
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (au choix : %(choices)s)",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "une valeur au moins est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "cette option ne prend pas de valeur (%r)",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue %(parser_name)r (au choix : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
}

_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching `template` once formatted; each placeholder a named group."""
    parts: list[str] = []
    end = 0
    for number, m in enumerate(_PLACEHOLDER.finditer(template)):
        parts.append(re.escape(template[end : m.start()]))
        parts.append(f"(?P<{m.group(1) or f'_{number}'}>.*?)")
        end = m.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


_PATTERNS = [(_pattern(english), french) for english, french in _FRENCH.items()]


def french(message: str) -> str:
    """argparse's English message in French (inner messages too); unknown messages unchanged."""
    for pattern, template in _PATTERNS:
        m = pattern.fullmatch(message)
        if m is None:
            continue
        values = {name: french(value) for name, value in m.groupdict().items()}
        # The values are already formatted: %r placeholders take them as they are.
        filled = re.sub(r"%\((\w+)\)r", r"%(\1)s", template)
        if any(name.startswith("_") for name in values):
            return re.sub(r"%[sr]", "%s", filled) % tuple(values.values())
        return filled % values
    return message


class FrenchHelpFormatter(argparse.HelpFormatter):
    """`utilisation :` for `usage:`; text paragraphs wrapped, indented lines (examples) kept as written."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        # The global options repeated on each command are told in its help, not in its usage line.
        shown = [a for a in actions if not getattr(a, GLOBAL_COPY, False)]
        super().add_usage(usage, shown, groups, "utilisation : " if prefix is None else prefix)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out: list[str] = []
        for block in textwrap.dedent(text).strip("\n").split("\n\n"):
            lines = block.splitlines()
            if any(line.startswith(" ") for line in lines):
                out.append("\n".join(indent + line for line in lines))
            else:
                out.append(textwrap.fill(" ".join(lines), width, initial_indent=indent, subsequent_indent=indent))
        return "\n\n".join(out)


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks French; its sub-commands are made of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.get("add_help", True)
        kwargs.update(add_help=False)  # the French -h is added below
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        super().__init__(*args, **kwargs)
        # argparse writes "TITLE:"; French typography wants a space before the colon.
        self._positionals.title = "arguments "
        self._optionals.title = "options "
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="afficher cette aide et quitter"
            )

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("metavar", "COMMANDE")
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {french(message)}\n(aide : {self.prog} --help)\n")


# --- global options ----------------------------------------------------------------------------
GLOBAL_COPY = "jury_app_global_copy"


@dataclass(frozen=True)
class GlobalOption:
    """A top-level option. `everywhere`: shown in every command's help (else accepted there, unlisted)."""

    flags: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)
    everywhere: bool = True


def add_global_options(parser: argparse.ArgumentParser, options: Sequence[GlobalOption]) -> None:
    """Gives every command, at every depth, the top-level `options` too, so that they work after
    the command as before it. Below the top, they are left out of the namespace unless given
    (argparse copies a command's defaults over the values given before the command); an option a
    command defines itself (`--session`) is kept, and so is the value given before the command."""
    for sub in _subparsers(parser):
        group = sub.add_argument_group("options générales, avant ou après la commande ")
        for option in options:
            own = [a for a in sub._actions if set(a.option_strings) & set(option.flags)]
            for action in own:
                action.default = argparse.SUPPRESS
            if own:
                continue
            settings = {**option.options, "default": argparse.SUPPRESS}
            if not option.everywhere:
                settings["help"] = argparse.SUPPRESS
            setattr(group.add_argument(*option.flags, **settings), GLOBAL_COPY, True)


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # aliases: once each
                yield sub
                yield from _subparsers(sub)


def commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every command that runs something (`sessions list`, `demo`…), with its parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = list(commands(sub))
                if inner:
                    yield from ((f"{name} {path}", p) for path, p in inner)
                else:
                    yield name, sub


def describe_commands(parser: argparse.ArgumentParser) -> None:
    """A command without a description is described by its one-line help."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                if sub.description is None and helps.get(name):
                    sub.description = str(helps[name])[:1].upper() + str(helps[name])[1:] + "."
                describe_commands(sub)


class VersionRequested(Exception):
    """`--version` was given: the caller prints the versions (they need the data folder)."""


class VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.pop("nargs", None)
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        raise VersionRequested


def example(*lines: str) -> str:
    """An epilog: `Exemple :` then each command line, indented (kept as written by the formatter)."""
    heading = "Exemple :" if len(lines) == 1 else "Exemples :"
    return heading + "\n" + "\n".join(f"  {line}" for line in lines)
