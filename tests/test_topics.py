"""Topic tags: from the article's front matter when it has them, else from a vocabulary of news topics."""

from __future__ import annotations

import pytest
from briefwright.articles import read_file
from briefwright.extract import extract
from briefwright.topics import topics

CASES = [
    (
        "Rebels shell the northern districts",
        "Army troops and rebel fighters fought for the city. Artillery shelling killed soldiers and the "
        "militia launched an offensive. A ceasefire collapsed after the airstrike.",
        "Armed conflict",
    ),
    (
        "Voters go to the polls",
        "Voters cast their ballot in the election on Sunday. The turnout was high and every candidate "
        "campaigned until the last vote.",
        "Elections",
    ),
    (
        "Floods sweep the valley",
        "A storm brought a flood to the valley; rescue teams searched after the landslide and the "
        "earthquake that followed the disaster.",
        "Disasters & accidents",
    ),
    (
        "Central bank raises rates",
        "The bank said inflation hurt the economy. Investors sold stock as the market fell and the "
        "company cut its profit forecast.",
        "Economy & business",
    ),
]


@pytest.mark.parametrize(("title", "text", "topic"), CASES, ids=[c[2] for c in CASES])
def test_topics_of_a_text(nlp, title: str, text: str, topic: str) -> None:
    found = topics(nlp(text), title)
    assert found[0] == topic and len(found) <= 3


def test_topics_none_for_a_text_about_nothing_in_particular(nlp) -> None:
    assert topics(nlp("The weather was mild and the streets were quiet on Sunday."), "A quiet day") == []


def test_topics_article_tags_win(tmp_path) -> None:
    """Tags from the article's front matter are the briefing's tags; the machine adds none."""
    body = "Army troops and rebel fighters fought. Artillery shelling killed soldiers. A ceasefire collapsed."
    (tmp_path / "a.md").write_text(f"---\ntitle: Fighting\ntags: [local news]\n---\n\n{body}\n")
    (tmp_path / "b.md").write_text(f"---\ntitle: Fighting\n---\n\n{body}\n")
    tagged, untagged = (read_file(tmp_path / n, root=tmp_path)[0] for n in ("a.md", "b.md"))
    assert extract(tagged).tags == ["local news"]
    assert extract(untagged).tags == ["Armed conflict"]
