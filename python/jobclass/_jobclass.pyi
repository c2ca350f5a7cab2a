"""Type stubs of the native module (the Rust library's bindings)."""
from os import PathLike
from typing import Any, Iterable, Literal, Optional, Sequence, Tuple, Union

from typing_extensions import Self, disjoint_base

__all__ = ["Classifier", "DIM", "MODEL_PACKAGE", "MODEL_VERSION", "_adapt"]

DIM: int
MODEL_PACKAGE: str
MODEL_VERSION: str

_Text = Union[str, bytes]
_Path = Union[str, PathLike[str]]

@disjoint_base
class Classifier:
    def __new__(
        cls,
        model_dir: Optional[_Path] = None,
        head: Optional[_Path] = None,
        precision: Optional[Literal["auto", "f32", "bf16", "int8"]] = None,
        threads: Optional[int] = None,
        pooling: Literal["segments", "windows", "first-window"] = "segments",
        mentions: bool = True,
        encoder: Union[Literal["base", "tuned"], _Path] = "base",
        embed_all: bool = False,
        feed_model: Optional[Union[_Path, bytes]] = None,
    ) -> Self: ...
    @property
    def labels(self) -> list[str]:
        """The labels a posting can get, in the order of ``scores``."""
    @property
    def precision(self) -> str:
        """The precision the linear layers run in on this CPU, as the loaded model says
        (loads the model if no call has yet)."""
    def load(self) -> None:
        """Loads the model now (otherwise the first call does)."""
    def classify(self, text: _Text, explain: bool = False) -> dict[str, Any]:
        """``{"label", "confidence", "scores", "evidence"}`` as ``jobclass classify --json``
        prints it (``"segments"`` too with ``explain=True``). Raises ValueError for an empty text
        or one that is not valid Unicode, TypeError for what is not text."""
    def predict(self, texts: Iterable[_Text]) -> list[dict[str, Any]]:
        """One ``classify`` dict per text, in order."""
    def _predict_columns(
        self,
        texts: Sequence[Any],
        titles: Optional[Sequence[Any]] = None,
        existing: Sequence[str] = ...,
    ) -> list[Tuple[str, str, list[Any]]]: ...
    def _embed(self, texts: Sequence[_Text], chunk: bool = False) -> Tuple[bytearray, int]: ...
    def __reduce__(self) -> Tuple[type, tuple]: ...

def _adapt(
    texts: Sequence[Any],
    titles: Optional[Sequence[Any]] = None,
    min_examples: int = ...,
    path: Optional[_Path] = None,
) -> Tuple[bytes, list[str], int]: ...
