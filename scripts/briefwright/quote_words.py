"""The words that quote attribution reads: naming verbs, nouns of people, groups, organisations and
documents, gendered words, title abbreviations (see ``quote_speakers``)."""

from __future__ import annotations

from . import lexicon as lx

NAMING = frozenset("call describe label dub term brand characterize characterise name nickname".split())
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson analyst expert source aide adviser advisor diplomat
    officer minister secretary president senator lawmaker leader commander general colonel resident witness
    activist lawyer attorney prosecutor judge director chief executive chairman chairwoman head member
    researcher scientist professor doctor economist strategist observer insider person man woman
    candidate governor mayor representative congressman congresswoman ambassador envoy negotiator
    supporter critic voter protester protestor student teacher worker manager owner founder partner
    friend relative father mother brother sister son daughter wife husband veteran soldier journalist
    reporter editor columnist writer author pollster consultant operative staffer people narrator
    bystander survivor passerby villager shopkeeper vendor customer patient parent neighbor neighbour
    officials sources experts analysts aides residents witnesses tycoon magnate mogul surrogate backer
    backers supporters fans mourners demonstrators crowd audience congregation child children kid kids boy
    girl creator guerrilla guerrillas rebel rebels""".split()
)
# Nouns for many people: no antecedent of “he” or “she” (“the crowd booed when he told them …”).
GROUP_NOUNS = frozenset("crowd audience congregation people staff team family public".split())
ORG_NOUNS = frozenset(
    """ministry government department agency newspaper paper magazine network channel committee council
    company firm group organization organisation office administration campaign party court army military
    police embassy commission bureau board union coalition alliance movement regime authority authorities
    website site outlet station service team staff""".split()
)
DOC_NOUNS = frozenset(
    """statement tweet post letter report release communique message note memo email document ad
    advertisement video summary decision ruling filing transcript editorial article headline sign banner
    poster placard excerpt""".split()
)
# Other things whose words are quoted (“the resolution said”, “a poll found”): actors of type other.
TEXT_NOUNS = frozenset(
    """resolution poll survey study book law act bill platform manifesto petition motion amendment guideline
    guidelines rule regulation constitution treaty agreement accord charter declaration text page blog column
    investigation inquiry probe review audit assessment analysis decree directive ordinance statute""".split()
)
NOBODY = frozenset(
    "me my you your us our someone somebody anyone anybody everyone everybody one another others nobody "
    "none who whom which that this these those some many most few all both each either".split()
)
ISSUING = frozenset("issue release publish post send write tweet put provide submit deliver".split())
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
# Abbreviated titles (“Florida Sen. Ana Cruz”) that descriptions spell out (“the Florida senator”).
TITLE_ABBREVIATIONS = dict(
    pair.split("=")
    for pair in """sen.=senator sen=senator gov.=governor gov=governor rep.=representative rep=representative
    gen.=general sec.=secretary pres.=president amb.=ambassador atty.=attorney supt.=superintendent""".split()
)
SUBJECT_GENDER = frozenset("he she himself herself".split())
MALE_WORDS = frozenset(
    "mr mr. sir lord king prince duke father brother son husband spokesman chairman congressman "
    "businessman man boy uncle nephew grandfather fiancé fiance widower boyfriend".split()
)
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss lady queen princess duchess mother sister daughter wife spokeswoman "
    "chairwoman congresswoman businesswoman woman girl aunt niece grandmother fiancée widow girlfriend "
    "actress".split()
)
QUANTITIES = frozenset(
    "number group majority handful couple dozen dozens hundreds thousands millions tens scores string series "
    "few".split()
)
# Quantifiers that count people with “of” (“some of the protesters”); alone they name nobody.
SOME_OF = frozenset("some many most several all few both".split())
SUBJECTS = ("nsubj", "nsubjpass")
NP_LEFT = frozenset("compound det amod nmod nummod poss case quantmod punct flat advmod".split())
PRONOUNS = frozenset("he she they it we i".split())
NOT_SPEAKERS = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())
# Titles of rulers: the one name after them is a given name ("King Hussein"), no family name.
RULERS = lx.RULERS
