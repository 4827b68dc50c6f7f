"""The cast of a corpus: who speaks, of what kind, for whom, one entry per person or body.

``profiles`` reads each article's speakers and what the article says of them (in the
export's workers); ``unify`` merges them across articles into the cast, with ids stable
across runs; ``typology`` holds the rules that type a description.
"""

from corpus_utils.cast.profiles import Profile, article_profiles
from corpus_utils.cast.unify import Cast, CastMember, build_cast

__all__ = ["Cast", "CastMember", "Profile", "article_profiles", "build_cast"]
