"""The two ways reading a corpus can fail: the whole corpus, or one article of it. Each
message is the one line a user sees."""


class CorpusError(Exception):
    """The corpus as a whole cannot be used (no folder, no readable article)."""


class ArticleError(Exception):
    """One article file cannot be used; the message says why in a few words."""
