from typing import Any, Optional

__all__ = ["classify"]

def classify(
    df: "pyspark.sql.DataFrame", text_column: str = "description",
    title_column: Optional[str] = None, **classifier_kwargs: Any,
) -> "pyspark.sql.DataFrame":
    """``df`` with the columns ``jobclass batch`` adds, computed on the executors through
    ``mapInArrow``, one model per Python worker."""

import pyspark.sql  # noqa: E402
