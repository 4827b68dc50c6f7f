"""Tone of sentences with VADER, from the lexicon the ``vaderSentiment`` package ships.

NLTK's VADER looks for its lexicon in ``nltk_data``, which is never downloaded here;
the ``vaderSentiment`` package ships the same ``vader_lexicon.txt``. NLTK refuses an
absolute resource path, so the package's folder is appended to ``nltk.data.path``
and the file is named relatively.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import nltk
import vaderSentiment
from nltk.sentiment.vader import SentimentIntensityAnalyzer


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    folder = str(Path(vaderSentiment.__file__).parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def compound(text: str) -> float:
    """VADER's compound score of a text, from -1 (negative) to +1 (positive)."""
    return analyzer().polarity_scores(text)["compound"]
