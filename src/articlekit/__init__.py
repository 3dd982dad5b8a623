"""articlekit: turn a saved web page into a clean, structured article.

The public surface only; see `articlekit.api.extract` for the pipeline.
"""

from articlekit.api import extract
from articlekit.errors import ExtractionError, LimitExceeded, NotHTMLError
from articlekit.model import Article, Block, Image, Note, Removal
from articlekit.options import Options

__all__ = [
    "Article",
    "Block",
    "ExtractionError",
    "Image",
    "LimitExceeded",
    "NotHTMLError",
    "Note",
    "Options",
    "Removal",
    "extract",
]
__version__ = "0.1.0"
