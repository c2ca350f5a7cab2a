from typing import Optional, Union

import numpy as np
import numpy.typing as npt

__all__ = ["Classifier", "DIM", "adapt"]

from ._jobclass import DIM as DIM
from ._jobclass import Classifier as _Native

class Classifier(_Native):
    def embed(self, texts: list[Union[str, bytes]], chunk: bool = False) -> npt.NDArray[np.float32]:
        """float32 vectors, len(texts) x 384, L2-normalised, as ``jobclass embed`` gives them."""
    def predict_arrow(
        self, data: "pyarrow.Table | pyarrow.Array | pyarrow.ChunkedArray",
        text_column: str = "description", title_column: Optional[str] = None,
    ) -> "pyarrow.Table":
        """The table with ``label``, ``confidence``, ``score_<label>`` and ``error`` added, every
        row kept in order (a bad text is an ``error`` value, never an exception)."""

def adapt(
    data: "pyarrow.Table | pyarrow.Array | pyarrow.ChunkedArray | list[Union[str, bytes]]",
    text_column: str = "description",
    title_column: Optional[str] = None,
    path: "Optional[Union[str, os.PathLike[str]]]" = None,
    min_examples: int = 10,
) -> bytes:
    """A feed model learned from the texts, as ``jobclass adapt`` makes it (the file's bytes)."""

import os  # noqa: E402
import pyarrow  # noqa: E402
