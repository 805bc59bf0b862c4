"""The gender a given name usually carries, so that "she said" does not go to a man named just
before (no coreference package works offline; see ``quote_speakers``).

Only names that news readers take for one gender without hesitation are listed — common English
given names and names frequent in international news (Arabic, Spanish, Slavic, German, French,
Italian, Persian, Turkish, Chinese and Japanese forms). Names given to both (Jordan, Kim, Jean,
Andrea, Sasha, Robin, Leslie, Chris…) are left out: an unknown gender matches either pronoun.
Lower priority than what the article itself says (“Mr.”, “his wife”, the pronouns that follow
the name): see ``quote_speakers.index``.
"""

from __future__ import annotations

_MALE = """
aaron abbas abdel abdul abdullah abraham adam adrian ahmad ahmed ainsley? akbar alan albert alberto
alejandro aleksandr alexander alexandre alexei alfred ali alistair allen alonso amir anatoly andre
andreas andrew andrei andres andy angelo anthony antonio anwar arnold arthur ashraf ayman barack
barry bashar ben benjamin benny bernard bernie bill billy bob bobby boris brad bradley brandon
brendan brett brian bruce bryan carl carlos cesar charles charlie chuck clarence claude clint
colin craig curtis dale damian dan daniel danny darren dave david dean dennis derek diego dieter
dmitri dmitry dominic don donald doug douglas duncan dwight earl ed eddie edgar eduardo edward
elijah emmanuel enrique eric erik ernest ernesto evan fabio faisal farid felipe felix fernando
francesco francisco frank franklin franz fred frederick fyodor gabriel gareth gary gavin gene
geoffrey george gerald gerard gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory
guillaume gustavo hamid hans harold harry hassan heinrich helmut henri henry herbert herman hillel
hiroshi horst howard hugh hugo hussein ian igor ibrahim isaac ismail ivan jack jacob jacques jake
jalal james jamal jared jason javier jeff jeffrey jeremy jerome jerry jesse jim jimmy joachim joe
joel johann johannes john johnny jon jonathan jorge jose josef joseph josh joshua juan julian
julio jurgen justin karl keith ken kenneth kevin khalid khaled kirk klaus konstantin kurt lance
larry lawrence lee? leo leon leonard leonid lindsey? lloyd lorenzo lyndon louis luca lucas luis luke
mahmoud malcolm manuel marc marcel marco marcus mario mark martin marvin matt matthew maurice max
michael michel miguel mike mikhail miles mitch mitchell mitt mohamed mohammad mohammed muhammad
mustafa nabil nasser nathan neil nicholas nick nicolas nikolai noah norman oleg oliver omar oscar
otto pablo patrick paul pedro peter phil philip philippe pierre rafael rahul rajesh ralph ramon
randy raul ray raymond reza ricardo richard rick rob robert roberto rodrigo roger roland ron
ronald roy rudolf rudy rupert russell ryan saddam said? salman sam? samir samuel saul scott sean
sebastian sergei sergey seth shane sharif shimon silvio simon stanley stefan stephen steve steven
stuart sultan takeshi ted terrence theodore thomas tim timothy tod todd tom tommy tony travis trent
tyler uri valentin vernon victor viktor vincent vladimir wade walid walter warren wayne werner wes
wesley wilbur will william willie winston wolfgang woodrow xavier yasser yitzhak yossi youssef yuri
yusuf zachary zbigniew
"""

_FEMALE = """
abigail ada adriana agnes aisha alejandra alexandra alice alicia alison amanda amber amelia amy
ana anastasia andrea? angela angelina angie anita ann anna anne annette antoinette april ashley
audrey barbara beatrice becky belinda betsy betty beverly bianca bonnie brenda bridget brittany
camila carla carmen carol caroline carolyn catherine cathy cecilia celia charlotte cheryl chloe
christina christine cindy claire clara claudia colleen connie cristina cynthia daisy daniela
daphne darlene deborah debbie debra denise diana diane dolores donna doris dorothy edith eileen
elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elsa emily emma erica erin esther
eva evelyn fatima fiona florence frances francesca gabriela gail gina giulia gloria grace gretchen
hannah harriet hazel heather heidi helen helena hillary holly ida ilana ines ingrid irene iris
irina isabel isabella jacqueline jane janet janice jennifer jenny jessica jill joan joanna joanne
josephine joyce judith judy julia julie juliet june karen katarina kate katherine kathleen kathryn
kathy katie katrina kay kayleigh kelly? kristen kristin laura lauren leah linda lisa liz lois
lorraine louise lucia lucy lydia madeleine madeline maggie mandy marcia margaret margarita margot
maria marie marilyn marina marion marjorie martha mary maryam maureen megan melanie melissa
michelle mildred miriam molly monica nadia nancy naomi natalia natalie natasha nicole nina nora
olga olivia pamela patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina
renee rita roberta rosa rosalind rose ruth sabrina sally samantha sandra sara sarah sharon sheila
shirley silvia sofia sonia sophia sophie stacey stephanie sue susan suzanne svetlana sylvia tamara
tanya teresa theresa tina tracey ursula valentina valerie vanessa vera veronica victoria virginia
wanda wendy yolanda yulia yvonne zainab zoe
"""


def _names(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if not w.endswith("?"))  # "?": given to both, left out


MALE_NAMES = _names(_MALE)
FEMALE_NAMES = _names(_FEMALE)


def gender_of(name: str) -> str | None:
    """ "m" or "f" for a person's name whose first word is a given name of one gender, else None
    ("Hillary Clinton" → "f"; "Clinton", "Jordan Smith" → None)."""
    words = name.split()
    if len(words) < 2:  # a surname alone (“Clinton”) says nothing
        return None
    first = words[0].strip(".").lower()
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None
