"""Actors in news-agency copy: datelines with "_", addresses ("Newark, N.J."), places the model cuts short,
names glued by slashes or hyphens, nicknames in quotation marks, roles written before the name. Every
sentence here is made up for the test."""

from __future__ import annotations

import pytest

from .conftest import actors_of, assert_actors, assert_roles

# (text, {id: (type, roles that must be there, aliases that must be there)}, ids that must NOT be there)
WIRE = [
    (  # "_" as the dash of a dateline; the city is a place written as the story writes it, not the country
        "LUSAKA, Zambia (AP) _\n\nFlood waters rose in Lusaka on Monday, officials in Zambia said.",
        {"lusaka": ("place", [], []), "zambia": ("country", [], []), "ap": ("organization", [], [])},
        [],
    ),
    (  # a dateline of several words the model cut in two is one place
        "PORT OF SPAIN, Trinidad (AP) _\n\nRains flooded the roads on Monday.",
        {"port-of-spain": ("place", [], [])},
        ["port", "spain"],
    ),
    (  # a party and state after a lawmaker's name is no place named "R-Fla."
        "The boy got a puppy from Rep. Tomas Alvaro-Reyes, R-Fla. The dog chased him.",
        {"tomas-alvaro-reyes": ("person", [], [])},
        ["r-fla"],
    ),
    (  # a faith's adjective before a place describes it: no body named "Jewish Golan Heights"
        "The family moved to a Jewish West Bank outpost near Shilo last spring, a neighbour said.",
        {"west-bank": ("place", [], []), "shilo": ("place", [], [])},
        ["jewish-west-bank"],
    ),
    (  # ... nor a street of that faith's people a body: the street is a place
        "Marchers filled the Catholic Falls Road in Belfast on Saturday, the organisers said.",
        {"falls-road": ("place", [], [])},
        ["catholic-falls-road"],
    ),
    (  # a hyphened pair of parties in one word is no place
        "The U.N.-Libya agreement was drafted by the envoy, and Libya signed it on Monday.",
        {"libya": ("country", [], [])},
        ["u-n-libya"],
    ),
    (  # an anonymous source with a hyphened modifier
        "The ship was seized at dawn, a well-informed source told the Daily Courier.",
        {"well-informed-source": ("person", [], [])},
        [],
    ),
    (  # a country known under another name: "the Irish Republic" is Ireland
        "Police in the Irish Republic arrested two men on Sunday.",
        {"ireland": ("country", [], [])},
        ["irish-republic"],
    ),
    (  # a dateline without an agency
        "OSLO _\n\nThe talks resumed in Oslo on Monday, and Norway said it would host more.",
        {"oslo": ("place", [], []), "norway": ("country", [], [])},
        [],
    ),
    (  # a capital in the possessive before a part of the city is the city
        "Crowds filled Lisbon's main square and Lisbon's streets on Sunday. Portugal declared a holiday.",
        {"lisbon": ("place", [], []), "portugal": ("country", [], [])},
        [],
    ),
    (  # ... but before what a government has, its country
        "Lisbon's position did not change, the minister said.",
        {"portugal": ("country", [], ["Lisbon"])},
        ["lisbon"],
    ),
    (  # a seat of government that is no city speaks for the government, also before a noun
        "Kremlin spokesman Ivan Orlov said the talks had failed. Moscow officials closed the streets.",
        {
            "russia": ("country", [], ["Kremlin"]),
            "moscow": ("place", [], []),
            "ivan-orlov": ("person", [], []),
        },
        ["kremlin"],
    ),
    (  # a military command is a body of its country, not a person
        "The U.S. Northern Command said the jets were ready. A spokesman for U.S. Northern Command, "
        "Dale Hobbs, said more would come.",
        {
            "u-s-northern-command": ("organization", [], []),
            "dale-hobbs": ("person", ["spokesman for U.S. Northern Command"], []),
        },
        ["northern-command"],
    ),
    (  # a town and the state's abbreviation: the town a place, the state named in full
        "Tomas Reyl, 51, of St. Johnsbury, Vt., was arrested at the Hartford, Conn., bus station. "
        "His brother lives in Fresno, Calif.",
        {
            "st-johnsbury": ("place", [], []),
            "vermont": ("place", [], []),
            "hartford": ("place", [], []),
            "connecticut": ("place", [], []),
            "fresno": ("place", [], []),
            "california": ("place", [], []),
        },
        ["vt", "conn", "calif"],
    ),
    (  # a person with an honorific who has been to a building is no building
        "Dr. Lionel Hardacre, just back from church, was reading in his study when the call came.",
        {"lionel-hardacre": ("person", [], [])},
        [],
    ),
    (  # hyphenated place names and a capitalised adjective of a place's name
        "Ferries from Dar-es-Salaam were cancelled. Vendors in the Little Saigon district closed early.",
        {"dar-es-salaam": ("place", [], []), "little-saigon": ("place", [], [])},
        ["salaam", "saigon"],
    ),
    (  # the name after "capital" or "port city" is a place, even when the model missed it
        "After visiting the Tanzanian capital Dar es Salaam on Monday, the envoy flew to the port city "
        "Mombasa.",
        {"dar-es-salaam": ("place", [], []), "mombasa": ("place", [], [])},
        [],
    ),
    (  # two names across a slash or a hyphen are two actors; one word on a side stays one name
        "In a Boston Ledger/KTVN News poll and a new ABC News-Harbor Post survey, most disagreed. "
        "Envoys from Bosnia-Herzegovina met Jabhat Fateh al-Sham.",
        {
            "boston-ledger": ("organization", [], []),
            "ktvn-news": ("organization", [], []),
            "abc-news": ("organization", [], []),
            "harbor-post": ("organization", [], []),
        },
        ["abc-news-harbor-post", "boston-ledger-ktvn-news"],
    ),
    (  # "anti-" and "pro-" make an adjective of a name: no part of the organisation after it
        "Backed by the anti-Castro Cuban Heritage Foundation, the relatives sued. Anti-Castro marchers "
        "filled the street. Non-Governmental Organizations objected. The Anti-Defamation League agreed.",
        {
            "cuban-heritage-foundation": ("organization", [], []),
            "non-governmental-organizations": ("organization", [], []),
            "anti-defamation-league": ("organization", [], []),
        },
        ["castro-cuban-heritage-foundation", "anti-castro"],
    ),
    (  # a nickname in quotation marks inside a name
        "The paper compared the boy with revolutionary icon Ernesto ``Che'' Guevara on Friday.",
        {"ernesto-che-guevara": ("person", [], [])},
        ["ernesto"],
    ),
    (  # a common noun opening a sentence and written in lower case elsewhere is no name
        "Visas for the delegation were not yet approved. The travel visas may come on Tuesday, Norway said.",
        {"norway": ("country", [], [])},
        ["visas"],
    ),
    (  # a maker named before its product is no actor; "International Airport" alone names nothing
        "She flew in a Boeing 747 and then drove to the Trenton, N.J., International Airport.",
        {"trenton": ("place", [], []), "new-jersey": ("place", [], [])},
        ["boeing", "international-airport"],
    ),
    (  # "Section" names a body; one country's section is not another's
        "They applied for visas at the U.S. Interests Section in Havana. The chief of the Cuban Interests "
        "Section in Washington agreed.",
        {
            "u-s-interests-section": ("organization", [], []),
            "cuban-interests-section": ("organization", [], []),
        },
        ["interests-section"],
    ),
    (  # the affiliate of a body is a body's
        "Rhea Sandoval, the director of the state affiliate of Naral, spoke on Monday.",
        {"naral": ("organization", [], []), "rhea-sandoval": ("person", [], [])},
        [],
    ),
    (  # a familiar given name and a family name mistyped once are the same person
        "Senator Charles Dunmore spoke first. Later, Chuck Dunmore agreed, said Matt Oberholt, his aide. "
        "Obrholt said more.",
        {
            "charles-dunmore": ("person", [], ["Chuck Dunmore"]),
            "matt-oberholt": ("person", [], ["Obrholt"]),
        },
        ["chuck-dunmore", "obrholt"],
    ),
    (  # a capital with its country after a comma is the city, not the government of that country
        "Twin blasts hit the markets in Lima, Peru, and Quito, Ecuador, on Monday, police said.",
        {"quito": ("place", [], []), "ecuador": ("country", [], []), "lima": ("place", [], [])},
        [],
    ),
    (  # a word the model takes for a family name, then a province and the end of the phrase: a town
        "The suspect was seen in Calgary, Alberta; Regina, Saskatchewan; and Hamilton, Ontario.",
        {"hamilton": ("place", [], []), "ontario": ("place", [], [])},
        [],
    ),
    (  # a name and its translation after "or", then an apposition naming a kind of body
        "The report came from Zaria, or Hope, a daily newspaper owned by the governing party.",
        {"zaria": ("organization", [], ["Hope"])},
        ["hope"],
    ),
    (  # "the community of X" is a settlement; "an organization known as X" a body
        "The rally was held in the community of Pelotas. It was led by a militant organization known as "
        "Al-Zafar, officials said.",
        {"pelotas": ("place", [], []), "al-zafar": ("organization", [], [])},
        [],
    ),
    (  # a plural common noun that opens a sentence before another noun is no organisation
        "Media reports in Peru said the talks had failed.",
        {"peru": ("country", [], [])},
        ["media"],
    ),
    (  # a town and its state inside the name of the town's body: one organisation
        "An officer in the Fenwick, N.J., Police Department said the bulletin named two men.",
        {"fenwick-n-j-police-department": ("organization", [], [])},
        ["police-department", "new-jersey"],
    ),
    (  # the party of a court case is no part of the court's name; a common word opening a sentence no one
        "A week after the Lane vs. Hartley Supreme Court ruling, the clinic closed. Arson and bombings "
        "followed.",
        {"supreme-court": ("organization", [], [])},
        ["hartley-supreme-court", "hartley", "arson"],
    ),
    (  # an untagged name joined by "and" to a place after "in" is a place; a city and a plural is a team
        "Its trucks are built in Detroit and Zarvica now.\n\nThe final between the Denver Broncos and "
        "Carolina Panthers drew a crowd in Palm Springs.",
        {
            "zarvica": ("place", [], []),
            "denver-broncos": ("organization", [], []),
            "carolina-panthers": ("organization", [], []),
            "palm-springs": ("place", [], []),
        },
        ["denver"],
    ),
]

# (text, id, roles that must be there, roles that must NOT be there)
WIRE_ROLES = [
    # a lede describing its subject, named as the subject of the next sentence
    ("The chief executive of a Danish ferry line said Monday the ship would sail again. Lars Holm, who "
     "joined the line in 1990, said repairs would take a week.", "lars-holm",
     ["chief executive of a Danish ferry line"], []),
    ("A neighbour of the missing banker said Tuesday she had seen him leave. Greta Lind, 61, told "
     "police the car was blue.", "greta-lind", ["neighbour of the missing banker"], []),
    # ... not when the next sentence's subject holds a title of her own, or was named before
    ("A rebel commander attacked the town on Monday. Police Chief Maria Soto said six people died.",
     "maria-soto", [], ["rebel commander"]),
    ("Omar Reyes met the envoy. A spokesman for the ministry said Monday the talks failed. Omar Reyes "
     "left for Lima.", "omar-reyes", [], ["spokesman for the ministry"]),
    ("The dispute will not fade, said Ivo Brandt, Kessler's campaign manager.", "ivo-brandt",
     ["Kessler's campaign manager"], []),
    ("We will be back tomorrow, said Rosa Fenn, one of the family's attorneys.", "rosa-fenn",
     ["one of the family's attorneys"], []),
    ("The group includes Pavel Dorin, Moldovan National Assembly president _ and several teachers.",
     "pavel-dorin", ["Moldovan National Assembly president"], []),
    ("The head of the police inquiry in Mombasa, Karl Oduya, said the leads were thin.", "karl-oduya",
     ["head of the police inquiry in Mombasa"], []),
    ("Director of the Federal Bureau of Investigation (FBI) Lou Varga said the raid was unrelated.",
     "lou-varga", ["Director of the Federal Bureau of Investigation"], []),
    ("They heard it from Sister Alma Tovey, the Lisbon relatives and other exiles at the meeting.",
     "alma-tovey", [], ["Lisbon relatives and other exiles at the meeting"]),
    ("Trust matters, said Lina Corr, a media consultant not working for any candidate.", "lina-corr",
     ["media consultant"], ["media consultant not"]),
    ("Immigration and Naturalization Service Commissioner Dora Malvern ruled on Wednesday.", "dora-malvern",
     ["Immigration and Naturalization Service Commissioner"], []),
    ("Police spoke of the Oct. 9 killing of the surgeon, Lars Orvik, in his home.", "lars-orvik",
     ["surgeon"], ["killing of the surgeon"]),
    ("Police said Lars Orvik, 61, an obstetrician and gynecologist, was shot.", "lars-orvik",
     ["obstetrician and gynecologist"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "aid", "roles", "not_roles"), WIRE_ROLES, ids=[c[1] for c in WIRE_ROLES])
def test_actors_wire_roles(nlp, text: str, aid: str, roles: list, not_roles: list) -> None:
    assert_roles(actors_of(nlp, text), aid, roles, not_roles)


@pytest.mark.parametrize(("text", "expected", "absent"), WIRE, ids=[c[0][:40] for c in WIRE])
def test_actors_wire_copy(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)
