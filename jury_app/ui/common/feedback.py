"""How a screen tells what an action did: the saved label and the band with a refused action's message.

Strings here are translated in fixed contexts ("SavedState", "MessageBanner") with
`QCoreApplication.translate`: PySide's `tr()` looks a string up under the runtime class, which
would miss it for a subclass.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QStyle, QToolButton, QWidget

from jury_app.domain.wording import fr_clock, machine_zone
from jury_app.ui.common import theme


class _Shown:
    zone: tzinfo | None = None  # the open session's; None: this computer's


def show_times_in(zone: tzinfo | None) -> None:
    """Times on screen follow the open session's zone (its schedule's), whatever this computer's
    setting; None goes back to this computer's zone (no session open)."""
    _Shown.zone = zone


def shown_zone() -> tzinfo:
    """The zone times are shown in: the open session's, else this computer's."""
    return _Shown.zone or machine_zone()


def local_time(at: datetime) -> str:
    """An aware UTC time as the clock of the session's room shows it: 10:42:05."""
    return fr_clock(at, shown_zone())


def moment_text(moment: datetime, zone: tzinfo) -> str:
    """07/12/2026 à 9 h 05 in `zone` (a session's, or this computer's for a file of no known session)."""
    local = moment.astimezone(zone)
    return QCoreApplication.translate("Moment", "{0} à {1} h {2}").format(
        f"{local:%d/%m/%Y}", local.hour, f"{local.minute:02d}"
    )


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property the style sheet reads has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class ElidedLabel(QLabel):
    """One line that gives way on a narrow panel, cut with "…"; the tooltip holds the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width(), 20)  # inside the padding a style sheet may give
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The whole text's size, so that a layout gives it back its room once there is some."""
        hint = super().sizeHint()
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + margins + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()


class ColumnScroll(QScrollArea):
    """A column that scrolls up and down when the window is too short for it (larger text on a
    720-pixel screen) instead of making the window taller than the screen; never sideways. The
    column gets the viewport's height, or its minimum when taller: its stretches share what there
    is (a QScrollArea left to itself gives a column of wrapped texts its preferred height)."""

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(column)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(column.accessibleName())  # a screen reader names the column, not its frame
        column.installEventFilter(self)

    def _fit(self) -> None:
        column = self.widget()
        if column is None:
            return
        width = self.viewport().width()
        layout = column.layout()
        if layout is not None and layout.hasHeightForWidth():
            least = layout.totalMinimumSize().height()
            least = max(least, layout.minimumHeightForWidth(width))
        else:
            least = column.minimumSizeHint().height()
        column.resize(width, max(self.viewport().height(), least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return super().viewportEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        column = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = (column.minimumSizeHint().width() if column is not None else 0) + bar
        return QSize(width, super().minimumSizeHint().height())


class RowScroll(QScrollArea):
    """A row of buttons (a candidate's documents) that scrolls sideways when there are more than the
    panel holds, instead of widening the window; `add` puts a widget at the end of the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        strip = QWidget()
        self.row = QHBoxLayout(strip)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)  # the buttons keep their size, on the left
        self.setWidget(strip)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add(self, widget: QWidget) -> None:
        self.row.insertWidget(self.row.count() - 1, widget)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        strip = self.widget()
        hint = strip.sizeHint() if strip is not None else QSize(0, 0)
        return QSize(hint.width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        strip = self.widget()
        height = strip.sizeHint().height() if strip is not None else 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(60, height + bar)


class SavedState(QLabel):
    """ "Enregistré à 10:42:05" after each durable commit; "Non enregistré" when an action failed.

    `state` is "idle", "saved", "pending" or "error"; screens add their own idle and pending texts.
    """

    _STYLE = """
        QLabel#savedState { border-radius: 4px; padding: 4px 10px; font-weight: bold; }
        QLabel#savedState[state="saved"] { background: @ok_bg; color: @ok_fg; border: 1px solid @ok_border; }
        QLabel#savedState[state="idle"] { background: @neutral_bg; color: @neutral_fg; border: 1px solid @border; }
        QLabel#savedState[state="pending"] { background: @warn_bg; color: @warn_fg; border: 1px solid @warn_border; }
        QLabel#savedState[state="error"] { background: @error_bg; color: @error_fg; border: 2px solid @error_border; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedState")
        theme.follow(self, self._STYLE)
        self.setAccessibleName(QCoreApplication.translate("SavedState", "État de l'enregistrement"))
        self._state = "idle"

    @property
    def state(self) -> str:
        return self._state

    def _set(self, state: str, text: str, tooltip: str) -> None:
        self._state = state
        self.setProperty("state", state)
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)
        repolish(self)

    def set_saved(self, at: datetime) -> None:
        self._set(
            "saved",
            QCoreApplication.translate("SavedState", "Enregistré à {0}").format(local_time(at)),
            QCoreApplication.translate("SavedState", "La dernière action est enregistrée sur le disque."),
        )

    def set_failed(self, message: str) -> None:
        self._set("error", QCoreApplication.translate("SavedState", "Non enregistré"), message)


class MessageBanner(QFrame):
    """A band under the header with the message of the last action that did not go through; dismissable.

    Red for a fault (nothing saved), amber for a refusal (nothing changed, nothing lost), blue for a
    notice. `kind` is "error", "refusal" or "notice".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setProperty("kind", "error")
        theme.follow(
            self,
            "QFrame#messageBanner { background: @error_bg; border: 2px solid @error_border; border-radius: 4px; }"
            "QFrame#messageBanner QLabel { color: @error_fg; font-weight: bold; }"
            'QFrame#messageBanner[kind="refusal"] { background: @warn_bg; border: 2px solid @warn_mark; }'
            'QFrame#messageBanner[kind="refusal"] QLabel { color: @warn_fg; }'
            'QFrame#messageBanner[kind="notice"] { background: @info_bg; border: 2px solid @info_border; }'
            'QFrame#messageBanner[kind="notice"] QLabel { color: @info_fg; }',
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setAccessibleName(QCoreApplication.translate("MessageBanner", "Message"))
        layout.addWidget(self._label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("MessageBanner", "Masquer ce message"))
        close.setAccessibleName(QCoreApplication.translate("MessageBanner", "Masquer le message"))
        close.clicked.connect(self.clear)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(QCoreApplication.translate("MessageBanner", "Message d'erreur"))
        self.hide()

    def text(self) -> str:
        return self._label.text() if not self.isHidden() else ""

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def show_message(self, message: str, kind: str = "error") -> None:
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            repolish(self)
            for label in self.findChildren(QLabel):
                repolish(label)
        self._label.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def show_error(self, message: str) -> None:
        self.show_message(message, "error")

    def clear(self) -> None:
        self._label.clear()
        self.hide()
