"""General word tables for finding actors in news: countries (names, demonyms, capitals),
titles and occupations, and the words that make a name an organisation's name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# name | other names | demonyms (adjective, people) | capitals used for the government (names are matched
# by ``key``: "UK" stands for "U.K." too); states of the last century last, without capitals, which
# their successors govern from
_COUNTRIES = """
Afghanistan||Afghan, Afghans|Kabul
Albania||Albanian, Albanians|Tirana
Algeria||Algerian, Algerians|Algiers
Andorra||Andorran, Andorrans|Andorra la Vella
Argentina||Argentine, Argentinian, Argentines, Argentinians|Buenos Aires
Armenia||Armenian, Armenians|Yerevan
Australia||Australian, Australians|Canberra
Austria||Austrian, Austrians|Vienna
Azerbaijan||Azerbaijani, Azerbaijanis|Baku
Bahamas|The Bahamas, the Bahamas|Bahamian, Bahamians|
Bahrain||Bahraini, Bahrainis|Manama
Bangladesh||Bangladeshi, Bangladeshis|Dhaka
Barbados||Barbadian, Barbadians|Bridgetown
Belarus||Belarusian, Belarusians|Minsk
Belgium||Belgian, Belgians|
Belize||Belizean, Belizeans|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian, Bolivians|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian, Bosnians|Sarajevo
Botswana||Motswana, Batswana|Gaborone
Brazil||Brazilian, Brazilians|Brasilia, Brasília
Brunei||Bruneian, Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian, Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Cambodia||Cambodian, Cambodians|Phnom Penh
Cameroon||Cameroonian, Cameroonians|Yaoundé
Canada||Canadian, Canadians|Ottawa
Chad||Chadian, Chadians|N'Djamena
Chile||Chilean, Chileans|Santiago
China|People's Republic of China, PRC|Chinese|Beijing
Colombia||Colombian, Colombians|Bogotá, Bogota
Croatia||Croatian, Croatians, Croat, Croats|Zagreb
Cuba||Cuban, Cubans|Havana
Cyprus||Cypriot, Cypriots|Nicosia
Czech Republic|Czechia|Czech, Czechs|Prague
Democratic Republic of the Congo|DR Congo, DRC|Congolese|Kinshasa
Denmark||Danish, Danes|Copenhagen
Djibouti||Djiboutian, Djiboutians|
Ecuador||Ecuadorian, Ecuadorians|Quito
Egypt||Egyptian, Egyptians|Cairo
England|||
Eritrea||Eritrean, Eritreans|Asmara
Estonia||Estonian, Estonians|Tallinn
Eswatini|Swaziland|Swazi, Swazis|Mbabane
Ethiopia||Ethiopian, Ethiopians|Addis Ababa
Fiji||Fijian, Fijians|Suva
Finland||Finnish, Finns|Helsinki
France||French|Paris
Gambia|The Gambia, the Gambia|Gambian, Gambians|Banjul
Georgia||Georgian, Georgians|Tbilisi
Germany||German, Germans|Berlin
Ghana||Ghanaian, Ghanaians|Accra
Greece||Greek, Greeks|Athens
Guyana||Guyanese|
Haiti||Haitian, Haitians|Port-au-Prince
Hungary||Hungarian, Hungarians|Budapest
Iceland||Icelandic, Icelanders|Reykjavik
India||Indian, Indians|New Delhi
Indonesia||Indonesian, Indonesians|Jakarta
Iran|Islamic Republic of Iran|Iranian, Iranians|Tehran
Iraq||Iraqi, Iraqis|Baghdad
Ireland|Republic of Ireland, Irish Republic|Irish|Dublin
Israel||Israeli, Israelis|
Italy||Italian, Italians|Rome
Ivory Coast|Côte d'Ivoire|Ivorian, Ivorians|Yamoussoukro
Jamaica||Jamaican, Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian, Jordanians|Amman
Kazakhstan||Kazakh, Kazakhs|Astana
Kenya||Kenyan, Kenyans|Nairobi
Kosovo||Kosovar, Kosovars|Pristina
Kuwait||Kuwaiti, Kuwaitis|
Laos||Laotian, Laotians|Vientiane
Latvia||Latvian, Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Libya||Libyan, Libyans|Tripoli
Liechtenstein||Liechtensteiner, Liechtensteiners|Vaduz
Lithuania||Lithuanian, Lithuanians|Vilnius
Luxembourg||Luxembourger, Luxembourgers|
Malawi||Malawian, Malawians|Lilongwe
Malaysia||Malaysian, Malaysians|Kuala Lumpur
Maldives|the Maldives|Maldivian, Maldivians|Malé
Mali||Malian, Malians|Bamako
Malta||Maltese|Valletta
Mauritania||Mauritanian, Mauritanians|Nouakchott
Mexico||Mexican, Mexicans|Mexico City
Moldova||Moldovan, Moldovans|Chisinau
Monaco||Monegasque, Monegasques|
Mongolia||Mongolian, Mongolians|Ulaanbaatar
Montenegro||Montenegrin, Montenegrins|Podgorica
Morocco||Moroccan, Moroccans|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian, Namibians|Windhoek
Nepal||Nepali, Nepalese|Kathmandu
Netherlands|Holland|Dutch|The Hague
New Zealand||New Zealander, New Zealanders|Wellington
Nicaragua||Nicaraguan, Nicaraguans|Managua
Niger||Nigerien, Nigeriens|Niamey
Nigeria||Nigerian, Nigerians|Abuja
North Korea|Democratic People's Republic of Korea, DPRK|North Korean, North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian, Macedonians|Skopje
Northern Ireland||Northern Irish|
Norway||Norwegian, Norwegians|Oslo
Oman||Omani, Omanis|Muscat
Pakistan||Pakistani, Pakistanis|Islamabad
Palestine|State of Palestine|Palestinian, Palestinians|Ramallah
Panama||Panamanian, Panamanians|
Paraguay||Paraguayan, Paraguayans|Asunción
Peru||Peruvian, Peruvians|Lima
Philippines|the Philippines|Filipino, Filipinos, Philippine|Manila
Poland||Polish, Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari, Qataris|Doha
Romania||Romanian, Romanians|Bucharest
Russia|Russian Federation|Russian, Russians|Moscow, Kremlin
Rwanda||Rwandan, Rwandans|Kigali
Samoa||Samoan, Samoans|Apia
Saudi Arabia|Kingdom of Saudi Arabia|Saudi, Saudis|Riyadh
Scotland||Scottish, Scots|
Senegal||Senegalese|Dakar
Serbia||Serbian, Serbians, Serb, Serbs|Belgrade
Singapore||Singaporean, Singaporeans|
Slovakia||Slovak, Slovaks|Bratislava
Slovenia||Slovenian, Slovenians|Ljubljana
Somalia||Somali, Somalis|Mogadishu
South Africa||South African, South Africans|Pretoria
South Korea|Republic of Korea|South Korean, South Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish, Spaniards|Madrid
Sri Lanka||Sri Lankan, Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish, Swedes|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian, Syrians|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tanzania||Tanzanian, Tanzanians|Dodoma
Thailand||Thai, Thais|Bangkok
Togo||Togolese|Lomé
Tonga||Tongan, Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian, Trinidadians|
Tunisia||Tunisian, Tunisians|Tunis
Turkey|Türkiye|Turkish, Turks|Ankara
Uganda||Ugandan, Ugandans|Kampala
Ukraine||Ukrainian, Ukrainians|Kyiv, Kiev
United Arab Emirates|UAE, U.A.E.|Emirati, Emiratis|Abu Dhabi
United Kingdom|UK, Britain, Great Britain|British, Britons, Brit, Brits|London, Downing Street, Whitehall
United States|U.S., US, USA, U.S.A., United States of America, America|American, Americans|Washington
Uruguay||Uruguayan, Uruguayans|Montevideo
Uzbekistan||Uzbek, Uzbeks|Tashkent
Venezuela||Venezuelan, Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Wales||Welsh|
Yemen||Yemeni, Yemenis|Sanaa, Sana'a
Zambia||Zambian, Zambians|Lusaka
Zimbabwe||Zimbabwean, Zimbabweans|Harare
Soviet Union|USSR, U.S.S.R.|Soviet, Soviets|
Yugoslavia||Yugoslav, Yugoslavs|
Czechoslovakia||Czechoslovak, Czechoslovaks|
East Germany|German Democratic Republic, GDR|East German, East Germans|
West Germany|Federal Republic of Germany|West German, West Germans|
"""


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i"})


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """Letters without their accents ("Erdoğan" → "Erdogan", "Łukasz" → "Lukasz")."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD).translate(_FOLD_UPPER))
    return "".join(c for c in text if not unicodedata.combining(c))


_FOLD_UPPER = str.maketrans({"Ł": "L", "Ø": "O", "Đ": "D", "Æ": "AE", "Œ": "OE", "Þ": "TH", "İ": "I"})


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A lookup key: case, accents, dots, leading "the" and quote marks ignored; hyphens are spaces."""
    text = ascii_fold(text).casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"^the\s+", "", text.strip())
    text = text.replace(".", "").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def _split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(",") if x.strip())


COUNTRIES: tuple[Country, ...] = tuple(
    Country(parts[0].strip(), _split(parts[1]), _split(parts[2]), _split(parts[3]))
    for parts in (line.split("|") for line in _COUNTRIES.strip().splitlines())
)

COUNTRY_BY_NAME: dict[str, Country] = {key(n): c for c in COUNTRIES for n in (c.name, *c.aliases)}
COUNTRY_BY_DEMONYM: dict[str, Country] = {key(d): c for c in COUNTRIES for d in c.demonyms}
COUNTRY_BY_CAPITAL: dict[str, Country] = {key(k): c for c in COUNTRIES for k in c.capitals}
# "U.S." is also an adjective ("U.S. officials"); so are "UK", "EU".

# Titles and occupations that name a role ("President", "foreign minister", "Syria expert").
TITLE_HEADS = frozenset(
    """
president vice-president premier minister secretary chancellor envoy ambassador spokesman spokeswoman
spokesperson leader chief head director chairman chairwoman chair commander general admiral colonel
major captain lieutenant sergeant officer official governor mayor senator congressman congresswoman
representative lawmaker legislator mp judge justice attorney prosecutor lawyer king queen prince princess
emperor sultan emir sheikh pope cardinal bishop archbishop imam rabbi cleric ayatollah founder co-founder
ceo executive chairperson manager editor correspondent reporter journalist analyst expert scholar
professor researcher fellow economist scientist doctor member candidate nominee challenger activist protester
campaigner advocate negotiator diplomat adviser advisor aide deputy counsel commissioner inspector
superintendent administrator coordinator president-elect agent specialist strongman dictator monarch
speaker whip delegate consul rapporteur militant fighter commentator columnist author writer historian
investigator detective sheriff mufti patriarch chieftain warlord owner founder-leader student ruler
nurse teacher farmer driver pilot soldier photographer photojournalist videojournalist freelancer suspect
constable motorcyclist cyclist pedestrian passenger victim businessman businesswoman entrepreneur
athlete footballer coach singer actor actress artist musician novelist poet filmmaker blogger
physician surgeon paramedic firefighter policeman policewoman inmate prisoner detainee hopeful
councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
investor strategist mogul magnate tycoon front-runner frontrunner billionaire millionaire consultant pollster
donor treasurer
operative organizer organiser anchor host lobbyist banker financier runner runner-up contributor
neurosurgeon committeeman committeewoman staffer cameraman camerawoman star
contender boxer comedian golfer pastor moderator
rival opponent winner surrogate entertainer
""".split()
)

# Words that may stand inside a title before the head ("special envoy", "foreign minister").
TITLE_MODIFIERS = frozenset(
    """
former acting interim deputy vice senior chief top special foreign prime defense defence interior finance
health education justice trade economy energy environment labour labor home state first general national
executive assistant associate supreme high grand lord retired late then current outgoing incoming new
presidential military civilian opposition security intelligence police army navy air force border
""".split()
)

# Nouns of standing that are roles after "is" ("X is a Turkish national").
# Words that open a common noun phrase, never a name ("the", "their", "every").
DETERMINERS = frozenset("the a an this that these those his her its their our no all some every".split())
STATUS_HEADS = frozenset("national citizen resident native veteran survivor refugee".split())

# Title words written capitalised before a name; stripped from names ("President Trump").
NAME_TITLES = frozenset(
    """
mr mrs ms miss dr prof sir dame lord lady president vice premier minister secretary chancellor senator
sen sec rep gov governor mayor judge justice king queen prince princess sheikh sultan emir pope cardinal
bishop archbishop imam ayatollah general gen col lt capt sgt adm maj commander chief ambassador envoy
speaker chairman chairwoman director leader prime foreign defense defence interior finance deputy
acting former interim special supreme lieutenant colonel captain major admiral sergeant father rev
reverend saint st crown emperor empress officer agent professor doctor dame majesty highness excellency
cde comrade councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
treasurer
""".split()
)

# Words that make a capitalised phrase the name of an organisation ("... Committee", "Center for ...").
ORG_HEADS = frozenset(
    """
agency alliance army assembly association authority bank board brigade brigades bureau cabinet center
administration
centre church coalition college commission committee company congress corporation corp corps council court
department directorate federation forces foundation front fund group guard guards inc institute
institution league legion ltd ministry movement network office organisation organization parliament
party police press programme program senate service society syndicate tribunal union university
militia regiment battalion caucus consortium conference secretariat airline airlines airways bureau
broadcasting charity air forum times post herald tribune journal news telegraph gazette agency
council commission
representatives parliament federation force firm inc. co. corp. plc llc group holdings industries team club
partners pac exchange command
hospital clinic
section embassy consulate
""".split()
)

# Organisation words that name one body even alone ("Parliament voted", "the Times reported"); other ones
# alone ("Council") do not.
LONE_BODIES = frozenset(
    "parliament congress senate cabinet police army navy government times post herald tribune journal "
    "telegraph gazette".split()
)
# Last words of newspaper names ("Las Vegas Sun", "Houston Chronicle"): a name so ending is no place.
NEWSPAPER_HEADS = frozenset(
    "sun star globe chronicle inquirer examiner courier dispatch observer bulletin sentinel gazette times "
    "post herald tribune journal".split()
)
# A kind of body written like a name ("the Super PAC"): alone, it names no one body.
GENERIC_BODIES = frozenset({"super pac"})

# Opening words of organisation names in other languages that often stay untranslated in English news.
ORG_STARTERS = frozenset(
    """
jabhat harakat hizb hezb jaish jaysh ahrar ansar liwa kataib katibat hayat hay'at tahrir tanzim
partido partito parti partei parteij frente front mouvement movimiento bewegung union unión
""".split()
)

# Name particles that stay lower case inside personal names.
PARTICLES = frozenset(
    "al al- el el- bin ibn bint ben abu de del della der di da dos das du la le van von ter ten".split()
)

# Heads of anonymous sources ("a senior U.S. official").
ANONYMOUS_HEADS = frozenset(
    """
official diplomat source spokesman spokeswoman spokesperson aide officer commander insider
""".split()
)

STOP_ROLE = frozenset(
    {",", ".", ";", ":", "—", "–", "_", "(", ")", "[", "]", '"', "“", "”", "‘", "’", "?", "!"}
)  # "_": the dash of wire copy
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "cde", "comrade"}
    | {"monsignor", "monseñor", "monsenor", "msgr", "msgr."}  # a prelate's honorific, English and Spanish
)
KIN = frozenset(
    """son daughter wife husband widow widower father mother brother sister fiancee fiancée fiance fiancé
    nephew niece aunt uncle cousin grandson granddaughter grandfather grandmother grandchild stepson
    stepdaughter stepfather stepmother stepbrother stepsister half-brother half-sister spouse""".split()
)
# Titles of rulers, who are called by a given name ("King Hussein", "Prince Charles").
# Adjectives of a faith: before a place's name they describe the place ("the Catholic Falls Road").
FAITH_ADJECTIVES = frozenset(
    "catholic protestant jewish muslim christian hindu buddhist sikh shiite shia sunni druze".split()
)
STREET_HEADS = frozenset("road street avenue boulevard lane square plaza".split())
RULERS = frozenset("king queen prince princess sultan emir sheikh sheik pope emperor empress shah".split())
# Words of one person's place beside another's ("his successor, X,"): roles like kin, owned by someone.
RELATIONS = frozenset("successor predecessor".split())
# Words that make a phrase name a role ("minister", "spokesman", "son").
ROLE_HEADS = TITLE_HEADS | (NAME_TITLES - TITLE_MODIFIERS - HONORIFICS) | KIN | RELATIONS
# Connecting words inside names ("Center for a New American Security", "Jabhat Fatah al-Sham").
CONNECT = frozenset(
    {"of", "for", "the", "a", "and", "on", "de", "al", "el", "du", "des", "-", "&", "la", "le"}
)
# Words that open a sentence or a clause, capitalised there, and never begin a name: "Though Sanders is
# gaining", "Follow Jane Doe on Twitter" (an instruction to the reader), "Continued Stone:" (an attribution
# put first; not "said", a given name too).
CLAUSE_OPENERS = frozenset(
    """
though although while whereas if unless because since as but and or nor yet so when whenever where after
before until once then also still even now thus hence however meanwhile instead indeed perhaps maybe
follow contact email subscribe watch read listen
stated added continued wrote asked explained noted declared insisted concluded warned replied responded
""".split()
)
# Time zones that the statistical model often takes for organisations.
TIME_ZONES = frozenset(
    "UTC GMT BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT IST JST AEST AEDT".split()
)
# Last words of names of laws, events and projects: named, but not actors.
NOT_ACTOR_HEADS = frozenset(
    """
law act bill constitution treaty agreement accord convention protocol economy project summit week day
break festival games cup award awards prize election elections war crisis pipeline
breakfast luncheon dinner gala rally debate parade concert bowl bowls poll recession depression
statement declaration manifesto charter
""".split()
)
# Last words of the name of a place, a building or a written work opened by a title word ("King Fahd
# Causeway", "King James Bible", "Queen Elizabeth Hospital"): the title there is no person's.
STRUCTURE_HEADS = frozenset(
    """street road avenue boulevard bridge causeway airport station square park stadium hospital mosque
church cathedral palace hall university college school island islands mountain river lake bay canal tower
centre center museum dam highway port bible version gospel edition translation""".split()
)
# What people of a U.S. state are called ("fellow Kentuckian Rand Paul"): words before a name, not part of it.
US_STATE_DEMONYMS = frozenset(
    """alabamian alaskan arizonan arkansan californian coloradan delawarean floridian hawaiian idahoan
illinoisan indianan hoosier iowan kansan kentuckian louisianan louisianian marylander michigander
minnesotan mississippian missourian montanan nebraskan nevadan ohioan oklahoman oregonian
pennsylvanian tennessean texan utahn vermonter virginian wisconsinite wyomingite""".split()
)
# States and territories of the United States: places ("American Samoa"), and "Georgia" is the state when
# the article names other states.
US_STATES = frozenset(
    """
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois
indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri
montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma
oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia
west virginia|wisconsin|wyoming|district of columbia|puerto rico|guam|american samoa|us virgin islands
northern mariana islands
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
# Social platforms: organisations wherever they are named ("On Twitter, X said").
PLATFORMS = frozenset(
    "twitter facebook instagram youtube tiktok snapchat whatsapp reddit linkedin weibo wechat".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# First words of named days ("Super Tuesday", "Black Friday", "Ash Wednesday"): a day, not an actor.
DAY_WORDS = frozenset("super black cyber good ash holy maundy easter palm fat bloody giving".split())
# Affixes of prizes and names of ideas: "Oscar-winning", "Nobel laureate"; "Islamophobia", "Trumpism".
PRIZE_SUFFIXES = frozenset("winning winner winners nominated nominee nominees".split())
