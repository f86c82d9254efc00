"""First run: the built-in model is prepared (offline, with progress), the recommended
download is offered with advice on whether it fits this computer, and voice is explained.
The microphone is not touched here: the system asks for it the first time voice is used.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.ui.catalog_text import model_description
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language
from app.ui.memory_text import memory_summary
from runtime import GB, MemoryEstimate, ModelInfo
from runtime.models import CatalogEntry, recommend


def intro_html() -> str:
    heading = translate("WelcomeDialog", "Welcome to Hearth")
    body = translate(
        "WelcomeDialog",
        "Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: "
        "no account, no cloud, and no network use except the model downloads you start.",
    )
    return f"<h2>{heading}</h2><p>{body}</p>"


def voice_html() -> str:
    title = translate("WelcomeDialog", "Voice.")
    body = translate(
        "WelcomeDialog",
        "With a model that hears (Gemma 4), click <i>Voice</i> under the message box to "
        "talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in "
        "model reads text only, so Voice stays off until you load Gemma 4.",
    )
    return f"<p><b>{title}</b> {body}</p>"


class WelcomeDialog(QDialog):
    def __init__(self, window, recommendation: tuple[CatalogEntry, MemoryEstimate] | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to Hearth"))
        self.setMinimumWidth(560)
        self.entry, self.fit = recommendation or recommend(window.settings.context_length)
        intro = QLabel(intro_html())
        intro.setWordWrap(True)
        self.prep_label = QLabel(
            translate("WelcomeDialog", "Preparing the built-in model (Gemma 3 270M) from the install…")
        )
        self.prep_label.setWordWrap(True)
        self.prep_bar = QProgressBar()
        self.prep_bar.setRange(0, 1000)
        self.offer = QLabel(self._offer_text())
        self.offer.setWordWrap(True)
        self.download_button = QPushButton(
            translate("WelcomeDialog", "Download {title}").format(title=self.entry.title)
        )
        self.download_button.clicked.connect(self._download)
        self.download_bar = QProgressBar()
        self.download_bar.setRange(0, 1000)
        self.download_bar.setVisible(False)
        self.download_status = QLabel("")
        self.download_status.setWordWrap(True)
        self.download_status.setVisible(False)  # no empty gap in the card before a download starts
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.offer)
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(self.download_bar, 1)
        card_layout.addLayout(row)
        card_layout.addWidget(self.download_status)
        voice = QLabel(voice_html())
        voice.setWordWrap(True)
        self.start_button = QPushButton(translate("WelcomeDialog", "Start chatting"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.prep_label, self.prep_bar, card, voice):
            layout.addWidget(widget)
        layout.addWidget(self.start_button)
        window.models.preparing.connect(self._preparing)
        window.models.loaded.connect(self._loaded)
        window.models.failed.connect(self._failed)
        window.downloads.changed.connect(self._download_changed)
        if window.engine.info is not None and not window.models.loading:
            self._loaded(window.engine.info, window.models.current_key)

    @property
    def ready(self) -> bool:
        return self.prep_bar.value() == 1000

    def _offer_text(self) -> str:
        e, fit = self.entry, self.fit
        if e.recommended:
            lead = translate("WelcomeDialog", "Recommended: {title}")
        else:
            lead = translate("WelcomeDialog", "Recommended for this computer (Gemma 4 12B needs more memory): {title}")
        size = translate("WelcomeDialog", "About {size} GB to download.").format(
            size=QLocale().toString(e.approx_bytes / GB, "f", 1)
        )
        meanwhile = translate("WelcomeDialog", "You can keep chatting with the built-in model while it downloads.")
        return (
            f"<p><b>{lead.format(title=e.title)}</b><br>{model_description(e.description)}</p>"
            f"<p>{size} {memory_summary(fit)}</p>"
            f"<p>{meanwhile}</p>"
        )

    def _preparing(self, fraction: float, message: str) -> None:
        self.prep_bar.setValue(int(fraction * 1000))
        self.prep_label.setText(
            translate("WelcomeDialog", "Preparing the built-in model (Gemma 3 270M): {message}").format(
                message=message  # already in the interface language (ModelService)
            )
        )

    def _loaded(self, info: ModelInfo, _key: object) -> None:
        self.prep_bar.setValue(1000)
        self.prep_label.setText(
            translate("WelcomeDialog", "{name} is ready: a small model for quick questions, fully offline.").format(
                name=info.name
            )
        )

    def _failed(self, message: str) -> None:
        self.prep_label.setText(
            translate("WelcomeDialog", "The built-in model could not be prepared: {message}").format(
                message=in_interface_language(message)
            )
        )

    def _download(self) -> None:
        self.window_.downloads.start(self.entry.repo, self.entry.key, self.entry.drafter_repo)
        self.download_button.setEnabled(False)
        self.download_bar.setVisible(True)

    def _download_changed(self, key: str) -> None:
        state = self.window_.downloads.states.get(key)
        if key != self.entry.key or state is None:
            return
        self.download_status.setVisible(True)
        if state.progress is not None:
            self.download_bar.setValue(int(state.progress.fraction * 1000))
        if state.status == "done":
            self.download_bar.setValue(1000)
            self.download_status.setText(
                translate("WelcomeDialog", "{title} is in your library. Pick it in the Model menu above.").format(
                    title=self.entry.title
                )
            )
        else:
            self.download_status.setText(
                state.describe() + "  " + translate("WelcomeDialog", "(Models… shows it too.)")
            )
        self.download_button.setEnabled(state.status in ("paused", "failed"))
        if state.status in ("paused", "failed"):
            self.download_button.setText(translate("WelcomeDialog", "Resume"))

    def accept(self) -> None:
        self.window_.settings.welcome_done = True
        self.window_.save_settings()
        super().accept()
