"""Roles of people told in ways other than a title word before the name: descriptors, parentheses, bare
appositions, posts kept; and phrases that look like roles but are not. Invented sentences."""

from __future__ import annotations

import pytest
from briefwright.actors import extract_actors


def roles_of(nlp, text: str, aid: str) -> list[str]:
    found = {a.id: a for a in extract_actors(nlp(text))}
    assert aid in found, f"{aid} not in {sorted(found)}"
    return found[aid].roles


# (text, person id, roles exactly)
DESCRIPTORS = [  # a lower-case noun that is no title word, right before the name
    (
        "The court sent the boy to his great-uncle Lazaro Gonzalez for now.",
        "lazaro-gonzalez",
        ["great-uncle"],
    ),
    ("The rally honoured independence hero Tomas Brenner on Sunday.", "tomas-brenner", ["independence hero"]),
    ("The offer came from a group including large holder R. Dean Pratt.", "r-dean-pratt", ["large holder"]),
    ("The Kremlin critic Boris Lenkov fled to Vienna.", "boris-lenkov", ["Kremlin critic"]),
    (
        "They asked the relatives of 6-year-old Cuban rafter Tomas Ruiz to leave.",
        "tomas-ruiz",
        ["Cuban rafter"],
    ),
]
NOT_DESCRIPTORS = [  # a fronted phrase, a pseudonym, a word inside a firm's name: no role
    ("On live television Kerem Bal also said the plan would go ahead.", "kerem-bal", []),
    ("The protester, using the pseudonym Katya, said she was afraid.", "katya", []),
    ("Live from Boston, good evening Lynne Morrow, here is the news.", "lynne-morrow", []),
]
PARENTHESES = [  # a title alone in parentheses next to the name
    (
        "The party, specifically (Vice President) Carl Moss, will pay a price, Rey said.",
        "carl-moss",
        ["Vice President"],
    ),
    ("The party said Ali Kaya (foreign minister) would attend.", "ali-kaya", ["foreign minister"]),
]
BARE_APPOSITIONS = [  # an apposition with no article: after an age, after an adverb of time
    (
        "And Paul Mears, 46, international technical manager, becomes director of quality.",
        "paul-mears",
        ["international technical manager", "director of quality"],
    ),
    (
        "Karl Brandt, currently vice president finance, will succeed Mr. Lowe.",
        "karl-brandt",
        ["vice president finance"],
    ),
    ("Lena Fox, now deputy editor, will take over in May.", "lena-fox", ["deputy editor"]),
]
POSTS_KEPT = [  # "remain as", "serve as"; titles listed with commas are several posts
    (
        "The firm hired Rob Dale, 45, who will remain as chairman, president and chief executive.",
        "rob-dale",
        ["chairman", "president and chief executive"],
    ),
    ("Jim Ross will remain as chairman, the company said.", "jim-ross", ["chairman"]),
    (
        "Former senator Paul Grant served as ambassador to Chile for six years.",
        "paul-grant",
        ["Former senator", "ambassador to Chile"],
    ),
]
AS_A_POST = [  # "as" + a title word, of the subject; not of an object ("described Y as a traitor")
    ("As Governor of Ohio, Bill Dunn signed the law.", "bill-dunn", ["Governor of Ohio"]),
    ("He bases this on a remark Lomax made as a businessman four years ago.", "lomax", ["businessman"]),
    ("Carl Dunst named Bill Ray as chairman.", "bill-ray", ["chairman"]),  # a verb of choosing: the object's
    ("Carl Dunst described Bill Ray as a traitor.", "bill-ray", []),
    ("Ed Moss, who stepped down as chairman in March, died.", "ed-moss", []),
    ("Carl Dunst described Bill Ray as a traitor.", "carl-dunst", []),
]
POSSESSED = [  # a descriptor after a possessive pronoun
    ("That is what my friend Andy Baker at the Weekly Review wrote recently.", "andy-baker", ["friend"]),
]
DENIED = [  # a role denied is none
    ("As a reporter found, Ray Holt is not even a legitimate member of the tribe he leads.", "ray-holt", []),
]
COPULAS = [  # the subject named in an apposition of its own, the apposition maybe after a place
    (
        "A Kenyan refugee in Norway, Paul Mensah, is a senior adviser of a farmers' group.",
        "paul-mensah",
        ["senior adviser of a farmers' group"],
    ),
    (
        "A Kenyan refugee in Norway, Mary Jones, is a senior official of a women's group.",
        "mary-jones",
        ["senior official of a women's group"],
    ),
    # "became" gives a post as "was" does, without the year; a rank with a clause is a distinction
    ("In 2009 a deal was struck in which Ann Reed became prime minister.", "ann-reed", ["prime minister"]),
    ("Ann Reed, who became mayor in 2009, said the plan would work.", "ann-reed", ["mayor"]),
    ("Ann Reed was the first president of the club.", "ann-reed", ["first president of the club"]),
    ("Tom Cole became the first candidate to win the award.", "tom-cole", []),
    # an apposition before the name and one after it: both
    (
        "The Republican front-runner, Tom Dole, a regular in past years, will not attend.",
        "tom-dole",
        ["regular in past years", "Republican front-runner"],
    ),
    # the object of a verb of choosing, with "as"
    ("The council chose Tariq Osman as the new Sultan.", "tariq-osman", ["new Sultan"]),
    ("Ann Reed hired Tom Cole as her lawyer.", "tom-cole", ["lawyer"]),
]
LISTS = [  # a kin role before the name, a list after; an item of a list is no role
    (
        "Visas were approved for Tomas's father, Juan Pablo Ruiz, his immediate family and three others.",
        "juan-pablo-ruiz",
        ["Tomas's father"],
    ),
    (
        "Pedro Ruiz, the boy's stepmother, his baby half-brother, a dozen classmates and some adults planned "
        "to leave.",
        "pedro-ruiz",
        [],
    ),
]
TITLE_THEN_NAME = [  # a title phrase set off before the name: "of the" inside it, two titles joined by
    # "and", the name followed by its speech verb without a second comma; no title word, no role
    (
        "Speaking to reporters, the president of the National Union of Teachers, Karl Brenner, said they "
        "would strike.",
        "karl-brenner",
        ["president of the National Union of Teachers"],
    ),
    (
        "A member of the regional assembly, Anna Fold said the vote was close.",
        "anna-fold",
        ["member of the regional assembly"],
    ),
    (
        "Harbour University law expert and former Danish police official, Jens Holm, said it would fail.",
        "jens-holm",
        ["Harbour University law expert", "former Danish police official"],
    ),
    ("In the capital of the country, John Smith said the plan would fail.", "john-smith", []),
    ("The dispute between Tom Hale and the owner of the mill, Jack Moss, went to court.", "tom-hale", []),
    (  # a portfolio of capitalised words joined by "and", and the place of the post
        "The Police and Crime Commissioner for Kent, Matthew Scott, said the force would review the case.",
        "matthew-scott",
        ["Police and Crime Commissioner for Kent"],
    ),
    (
        "The Trade and Industry Secretary, Ann Lowe, said exports rose.",
        "ann-lowe",
        ["Trade and Industry Secretary"],
    ),
]

AGENT_CLAUSES = [  # "X, who founded Y," is Y's founder; a post held only while the verb is present
    (
        "Tom Hale, who founded Acme Corp. in 1990, said the firm would grow.",
        "tom-hale",
        ["founder of Acme Corp."],
    ),
    (
        "Ann Reed, who heads the Ohio Bar Association, said the law was clear.",
        "ann-reed",
        ["head of the Ohio Bar Association"],
    ),
    (
        "Ann Reed, who has led the union since 2012, said it would strike.",
        "ann-reed",
        ["leader of the union"],
    ),
    ("Ann Reed, who led the party until 2010, said it would grow.", "ann-reed", []),
    ("Ann Reed, who runs her own firm, said it would grow.", "ann-reed", []),
    (  # the clause on the apposition after the name, and a copula joined to it
        "Tom Hale, the veteran activist who founded the Grain Institute in 1990 and is a longtime board "
        "member of the Farm Union, has endorsed Ann Lee.",
        "tom-hale",
        ["veteran activist", "founder of the Grain Institute", "longtime board member of the Farm Union"],
    ),
    ("Tom Hale, the man who shot Lee, is not a member of the club.", "tom-hale", ["man"]),
]

CASES = (
    AGENT_CLAUSES
    + DESCRIPTORS
    + NOT_DESCRIPTORS
    + PARENTHESES
    + BARE_APPOSITIONS
    + POSTS_KEPT
    + COPULAS
    + LISTS
)
KIN_OWNERS = [  # "her husband, X," names whose husband when the clause's subject is a named person
    ("Rosa Lind arrived with her husband, Carl Berg, on Monday.", "carl-berg", ["husband of Rosa Lind"]),
    ("Tom Cole told reporters that his sister, Ann Cole, had fled.", "ann-cole", ["sister of Tom Cole"]),
    ("The mayor and his wife, Ann Reed, attended.", "ann-reed", ["wife"]),
    # kin beyond the nuclear family, a successor; a title opening the name after the kin word
    ("Omar Saleh lives in Cairo. The boy's aunt, Rana Saleh, also attended.", "rana-saleh", ["boy's aunt"]),
    (
        "Before the burial, his successor, Kamal bin Nasser, led the prayers.",
        "kamal-bin-nasser",
        ["successor"],
    ),
    (
        "The statement came from her younger brother, King Tariq Osman.",
        "tariq-osman",
        ["King", "younger brother"],
    ),
    # the subject of the clause is the role's own holder: someone else's uncle, not his own
    ("Lee was five then. Carl Berg was his uncle and a writer.", "carl-berg", ["uncle", "writer"]),
]

CASES += AS_A_POST + POSSESSED + DENIED + TITLE_THEN_NAME + KIN_OWNERS


@pytest.mark.parametrize(("text", "aid", "roles"), CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_roles_exact(nlp, text: str, aid: str, roles: list) -> None:
    assert roles_of(nlp, text, aid) == roles


# A description standing for a person named before: "the former Ohio governor" after the name.
DESCRIBED = [
    (  # a description naming a country goes to no one not known to be of it
        "Prime Minister Tom Hale spoke on Monday. The White House is the United States president's office.",
        "tom-hale",
        ["Prime Minister"],
    ),
    (
        "Mayor Ann Blake of Tulsa opened the fair. The former Navy pilot said the budget was fair.",
        "ann-blake",
        ["Mayor of Tulsa", "former Navy pilot"],
    ),
    (  # the subject of the clause is not the one described: the other person named is
        "Tom Reyes praised Carl Hunt last week and has appeared at the retired banker's side since.",
        "carl-hunt",
        ["retired banker"],
    ),
    (  # a role shared with the description picks the one of two people named
        "Former Peruvian President Luis Garza met Dana Cole. The former Peruvian leader said little.",
        "luis-garza",
        ["Former Peruvian President", "former Peruvian leader"],
    ),
    (  # said of someone ("becoming the nominee"), not a name for them
        "Rita Lowe hopes to stop Sam Fry from becoming the Green Party nominee.",
        "sam-fry",
        [],
    ),
    (  # two people named lately and nothing to choose between them: no role
        "Ann Ruiz met Bo Tran on Monday. The veteran lawmaker said the talks went well.",
        "ann-ruiz",
        [],
    ),
    (  # another place: not this senator
        "Idaho Sen. Mark Dole spoke. The Utah senator said nothing.",
        "mark-dole",
        ["Idaho Sen."],
    ),
    (  # the model runs the sentence after "the U.S." into it: that subject may still be the one described
        "Lee Park, a retired admiral, advises the mayor.\n\nMost recently, Tom Hale proposed to close "
        "all trade with the U.S. While Ann Wu has criticised the Republican candidate’s plan, "
        "others were silent.",
        "tom-hale",
        ["Republican candidate"],
    ),
    (
        "Lee Park, a retired admiral, advises the mayor.\n\nMost recently, Tom Hale proposed to close "
        "all trade with the U.S. While Ann Wu has criticised the Republican candidate’s plan, "
        "others were silent.",
        "lee-park",
        ["retired admiral"],
    ),
]
# A party said before the name; a title after an evaluative adjective list; a title split off.
PARTIES_AND_LISTS = [
    (
        "Democrat Kim Lowry, who is the daughter of a banker, will run.",
        "kim-lowry",
        ["Democrat", "daughter of a banker"],
    ),
    ("The seat went to Republican Dale Ivers in 2014.", "dale-ivers", ["Republican"]),
    (
        "Is that really Ed Vance, the blunt, never-say-die mayor of Dover?",
        "ed-vance",
        ["mayor of Dover"],
    ),
    (
        "On Friday, Democratic presidential candidate Sen. Ray Tull spoke.",
        "ray-tull",
        ["Democratic presidential candidate", "Sen."],
    ),
    (
        "To Yale history professor Ana Pratt, the mayor's blank stare told a story.",
        "ana-pratt",
        ["Yale history professor"],
    ),
    ("Lena Park was identified as the protester by the police.", "lena-park", ["protester"]),
]
# A post given ("was appointed chief executive"), a fronted "As …," in the passive, a trade joined by
# "and" to the title before the name; a judgement ("our best debater") is no role.
GIVEN_AND_JUDGED = [
    (
        "Last year Ann Moss was appointed chief executive of the bank.",
        "ann-moss",
        ["chief executive of the bank"],
    ),
    ("Scottish painter and actor Tom Rigg posted a clip online.", "tom-rigg", ["Scottish painter and actor"]),
    ("Welsh comedian Tom Rigg posted a clip online.", "tom-rigg", ["Welsh comedian"]),
    ("“Jon Vale has always been a true leader,” Ann Lee told the crowd.", "jon-vale", []),
    (
        "Jon Vale is a champion of the poor, and he is also the most gifted speaker Ann Lee has met.",
        "ann-lee",
        [],
    ),
    ("Rob Tarn was named coach of the county team in May.", "rob-tarn", ["coach of the county team"]),
    ("In March Ann Moss was named the team's coach.", "ann-moss", []),
    (
        "As Mayor of Dover from 1990, Carl Dunn was praised by the board.",
        "carl-dunn",
        ["Mayor of Dover"],
    ),
    ("As a result, Carl Dunn was praised by the board.", "carl-dunn", []),
    (
        "Welsh singer and actor Rhys Maddock posted the video.",
        "rhys-maddock",
        ["Welsh singer", "actor"],
    ),
    ("During the rally and actor Tom Hale spoke.", "tom-hale", ["actor"]),
    ("“Lena Voss is the best mayor this town ever had,” Pat Orr said.", "lena-voss", []),
    ("Lena Voss is our finest orator, Pat Orr argued.", "lena-voss", []),
    ("Lena Voss is the mayor of Dover.", "lena-voss", ["mayor of Dover"]),
    (
        "Among the loudest critics is Rep. Jon Vale, the Ohio congressman.",
        "jon-vale",
        ["Rep.", "Ohio congressman"],
    ),
    ("She could not imagine that Jon Vale would be president.", "jon-vale", []),
]
# Two posts joined by "and" after an "of": a new title with its own "of", or a modifier of one.
TWO_POSTS = [
    (
        "Carl Dunn, founder of the Policy Institute and former mayor of Dover, endorsed Lee.",
        "carl-dunn",
        ["founder of the Policy Institute", "former mayor of Dover"],
    ),
    (
        "Ann Reed, head of the union and president of the league, spoke.",
        "ann-reed",
        ["head of the union", "president of the league"],
    ),
    ("Ann Reed, daughter of a banker and teacher, spoke.", "ann-reed", ["daughter of a banker and teacher"]),
    ("Ann Reed, minister of finance and economy, spoke.", "ann-reed", ["minister of finance and economy"]),
    (  # a kin word after an adjective opens the apposition too
        "Maria Lopez, younger sister of President Juan Lopez and head of the navy, spoke on Sunday.",
        "maria-lopez",
        ["younger sister of President Juan Lopez", "head of the navy"],
    ),
]
# A party shared with the description picks the one person known of that party, named lately outside quotes.
PARTY_DESCRIBED = [
    (
        "Rita Moss voted early. Voters who back Republican Tom Dale cheered. Carl Moss said Moss would win. "
        "The Republican nominee is spending heavily in Ohio.",
        "tom-dale",
        ["Republican", "Republican nominee"],
    ),
    (  # known as a Democrat, but named lately only inside someone's quoted words: no one
        "Former Democratic Governor Sam Ruhl retired to a farm in 1998. Ed Cole, a senator, wrote about him."
        "\n\n“I miss Sam Ruhl. Ruhl was kind. He was brave.”\n\n"
        "The union plans to back the Democratic candidate next year.",
        "sam-ruhl",
        ["Former Democratic Governor"],
    ),
]
PARTY_DESCRIBED.append(
    (  # the one named after the description, in a clause joined to it, does not bar the one named before
        "The delegates met in Denver to pick builder Tom Dale as their choice for governor. The billionaire "
        "businessman was poised to win on the first count and, as is the custom, Dale will formally take the "
        "nod Friday.",
        "tom-dale",
        ["builder", "billionaire businessman"],
    )
)
MORE = DESCRIBED + PARTIES_AND_LISTS + GIVEN_AND_JUDGED + TWO_POSTS + PARTY_DESCRIBED


@pytest.mark.parametrize(("text", "aid", "roles"), MORE, ids=[f"{c[1]}-{i}" for i, c in enumerate(MORE)])
def test_roles_described(nlp, text: str, aid: str, roles: list) -> None:
    assert roles_of(nlp, text, aid) == roles


# A description for the one person named just before; plural abbreviated titles over a list with bracketed
# states; an apposition after the person's home state; a year inside a fronted title; a title word that opens
# the name of a thing.
NEAR_AND_LISTED = [
    (  # a place no one is known of: the one person without a role named in the sentence before
        "Jon Beale has praised many candidates. He has declared Sam Ortiz a man of destiny. He has also "
        "called the Texas senator the next Lincoln.",
        "sam-ortiz",
        ["Texas senator"],
    ),
    (  # a trade alone ("the businessman") for the one person named before in the sentence, not its subject
        "Ann Hart refused to attack Tom Dale but took a swipe at the businessman, who has insulted her.",
        "tom-dale",
        ["businessman"],
    ),
    (  # a spokeswoman named last is not "the former Ohio governor"
        "Ohio Gov. Ray Pike's campaign moved staff. Spokeswoman Lia Dunn says the team is lean.\n\n"
        "The former Ohio governor has struggled in polls.",
        "lia-dunn",
        ["Spokeswoman"],
    ),
    (
        "Sens. Ann Lee (Ky.) and Bo Diaz (Fla.) argued about taxes. The Florida senator’s answer was short.",
        "bo-diaz",
        ["Senator", "Florida senator"],
    ),
    (
        "Sens. Ann Lee (Ky.) and Bo Diaz (Fla.) argued about taxes. The Florida senator’s answer was short.",
        "ann-lee",
        ["Senator"],
    ),
    (  # a state in brackets after the name, "New" inside a state's name
        "Reps. Tom Ford (R-TX) and Al Cruz (D-NY) voted against the bill. The New York congressman said "
        "it was unfair.",
        "al-cruz",
        ["Representative", "New York congressman"],
    ),
    (
        "Rep. Jo Kern of Iowa, a longtime ally of the farm lobby, said the bill would pass.",
        "jo-kern",
        ["Rep.", "longtime ally of the farm lobby"],
    ),
    ("Many voters still back the party’s 2008 nominee, Carl Webb.", "carl-webb", ["party’s 2008 nominee"]),
    ("In 2012, Tom Nye said the verse was clear.", "tom-nye", []),
    (
        "The question came from Channel Nine moderator Lisa Park on Tuesday.",
        "lisa-park",
        ["Channel Nine moderator"],
    ),
    ("After reading from the King James Bible, Tom Nye said the verse was clear.", "tom-nye", []),
    (  # an apposition after the body the person works for, however the model tags its name
        "The winners are:\n\n— Anna Berg of the Daily Ledger, winner of the Harlow Prize for reporting.\n\n"
        "— Tom Reyes of the Evening Star, winner of the Lark Award.",
        "tom-reyes",
        ["winner of the Lark Award"],
    ),
    (
        "Paul Grant of the Brookings Institution, a former Treasury official, said rates would rise.",
        "paul-grant",
        ["former Treasury official"],
    ),
    ("Voters who lean towards Smith, her Republican rival, stayed home.", "smith", ["her Republican rival"]),
    ("The show needs this year’s entertainer, Dana Cole, on stage.", "dana-cole", ["year’s entertainer"]),
]


@pytest.mark.parametrize(
    ("text", "aid", "roles"), NEAR_AND_LISTED, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEAR_AND_LISTED)]
)
def test_roles_near_and_listed(nlp, text: str, aid: str, roles: list) -> None:
    assert roles_of(nlp, text, aid) == roles


@pytest.mark.parametrize(
    "text",
    [
        "After reading from the King James Bible, Tom Nye said the verse was clear.",
        "He read the King James Version to the crowd at Queen Elizabeth Hospital on Monday.",
    ],
)
def test_title_inside_a_things_name_is_no_person(nlp, text: str) -> None:
    people = [a.name for a in extract_actors(nlp(text)) if a.type == "person"]
    assert not any(n.startswith(("James", "Elizabeth")) for n in people), people
