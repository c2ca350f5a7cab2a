from typing import Any, Optional

__all__ = ["Classify", "classify"]

class Classify:
    text_column: str
    title_column: Optional[str]
    def __init__(self, text_column: str = "description", title_column: Optional[str] = None,
                 **classifier_kwargs: Any) -> None: ...
    def __call__(self, batch: "pyarrow.Table") -> "pyarrow.Table":
        """The batch with the columns ``jobclass batch`` adds."""

def classify(
    ds: "ray.data.Dataset", text_column: str = "description", title_column: Optional[str] = None,
    *, threads: int = 1, actors: Optional[int] = None, num_cpus: Optional[float] = None,
    batch_size: int = 256, max_restarts: int = 3, max_task_retries: int = 3,
    **classifier_kwargs: Any,
) -> "ray.data.Dataset":
    """``ds.map_batches`` with :class:`Classify` in a pool sized from the cluster; raises
    ``ValueError`` for a pool that would leave Ray Data no CPU to read with."""

import pyarrow  # noqa: E402
import ray.data  # noqa: E402
