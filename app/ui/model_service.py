"""Loading models for the window: prepare (bundled import), check memory, load on the engine."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.model_refs import BUNDLED_REF, library, model_spec
from app.remote_models import remote_models
from app.ui.i18n import translate
from app.ui.lower_text import error_text, in_interface_language
from runtime import Engine, EngineError, MemoryEstimate, ModelInfo, ModelSpec, estimate, inspect_model_folder
from runtime.models import BUNDLED_NAME

from .tasks import FutureWatcher, Task


class ModelService(QObject):
    preparing = Signal(float, str)  # progress while a model is prepared or loaded
    loaded = Signal(object, str)  # (ModelInfo, library key)
    failed = Signal(str)

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.current_key: str | None = None
        self.loading_key: str | None = None
        self._watchers: list[FutureWatcher] = []

    @property
    def loading(self) -> bool:
        return self.loading_key is not None

    def load(self, ref: str) -> None:
        """Resolve ``ref`` (may import the bundled model first), then load it; never blocks."""
        self.loading_key = BUNDLED_NAME if ref == BUNDLED_REF else ref
        self.preparing.emit(0.0, translate("ModelService", "Preparing {model}…").format(model=self._label(ref)))
        task = Task(lambda progress: model_spec(ref, progress), name="hearth-prepare-model")
        task.progressed.connect(lambda f, m: self.preparing.emit(0.9 * f, in_interface_language(m)))
        task.succeeded.connect(lambda spec: self._load_spec(spec, ref))
        task.failed.connect(self._fail)
        task.start()

    def memory_estimate(self, path: Path, context: int) -> MemoryEstimate:
        folder = inspect_model_folder(path)
        return estimate(folder.config, folder.weight_bytes, context)

    def _load_spec(self, spec: ModelSpec, ref: str) -> None:
        # A remote model's key is its name; a folder's is the folder's name in the library.
        key = ref if spec.remote is not None else spec.path.name
        if spec.remote is not None:
            what = translate("ModelService", "Checking the server of {model}…").format(model=ref)
        else:
            what = translate("ModelService", "Loading {model}…").format(model=key)
        self.preparing.emit(0.92, what)

        def done(future) -> None:
            self._loaded(future, key, watcher)

        watcher = FutureWatcher(self.engine.load(spec), done, self)
        self._watchers.append(watcher)

    def _loaded(self, future, key: str, watcher: FutureWatcher) -> None:
        self._watchers.remove(watcher)
        error = future.exception()
        if error is not None:
            self._fail(error)
            return
        info: ModelInfo = future.result()
        self.loading_key = None
        self.current_key = key
        self.preparing.emit(1.0, translate("ModelService", "{name} is ready").format(name=info.name))
        self.loaded.emit(info, key)

    def _fail(self, error: object) -> None:
        self.loading_key = None
        if isinstance(error, EngineError):
            message = error_text(error)
        else:  # not one of Hearth's own: its type says more than a translation could
            message = f"{type(error).__name__}: {in_interface_language(str(error))}"
        self.failed.emit(message)

    @staticmethod
    def _label(ref: str) -> str:
        return translate("ModelService", "the bundled model") if ref == BUNDLED_REF else ref

    @staticmethod
    def choices() -> list[tuple[str, str]]:
        """(library key, label) for the model picker; the bundled model is always offered."""
        entries = [e for e in library().entries() if e.problem is None]
        out = [(e.name, e.display_name) for e in entries]
        if not any(key == BUNDLED_NAME for key, _ in out):
            out.insert(0, (BUNDLED_NAME, translate("ModelService", "Gemma 3 270M (bundled)")))
        local = {key for key, _ in out}
        return out + [(r.name, r.label) for r in remote_models() if r.name not in local]


def model_notes(path: Path) -> list[str]:
    try:
        return list(json.loads((path / "hearth.json").read_text()).get("notes", []))
    except (OSError, ValueError):
        return []
