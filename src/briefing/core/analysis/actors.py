"""Actors: the people, states, organizations and armed groups an article is about.

No model: capitalised runs of words are cut into names with small gazetteers written
here (states with their adjectives, peoples and capitals; well-known organizations;
regions that are places rather than actors) and a few signals for people (a title or
honorific before the name, a speech verb after it, two or more name-like words).
Mentions of one actor are merged: "Putin", "President Putin" and "Vladimir Putin";
"Turkey", "Turkish forces" and "the Turks"; "IAEA" and "International Atomic Energy
Agency (IAEA)". :func:`find_mentions` is shared with the quote extractor, which uses
it to resolve "he said" to a person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from briefing.core.analysis.model import Actor, evidence
from briefing.core.document import Document


def _words(text: str) -> list[str]:
    return text.split()


# name | adjectives | peoples | capitals (alias only) | other names.  Written for this
# project; adjectives and peoples also mark the state ("Turkish forces", "the Turks").
_STATES = """
Afghanistan|Afghan|Afghans|Kabul|
Andorra|Andorran|Andorrans|Andorra la Vella|
Angola|Angolan|Angolans|Luanda|
Antigua and Barbuda|Antiguan|Antiguans||
Bahamas|Bahamian|Bahamians||The Bahamas
Barbados|Barbadian|Barbadians|Bridgetown|
Belize|Belizean|Belizeans|Belmopan|
Benin|Beninese||Porto-Novo|
Brunei|Bruneian|Bruneians|Bandar Seri Begawan|
Cabo Verde|Cape Verdean|Cape Verdeans|Praia|Cape Verde
Chad|Chadian|Chadians|N'Djamena|
Comoros|Comorian|Comorians|Moroni|
Dominica|||Roseau|
Equatorial Guinea|Equatoguinean||Malabo|
Eswatini|Swazi|Swazis|Mbabane|Swaziland
Fiji|Fijian|Fijians|Suva|
Gambia|Gambian|Gambians|Banjul|The Gambia
Grenada|Grenadian|Grenadians||
Guinea-Bissau|Bissau-Guinean||Bissau|
Guyana|Guyanese|||
Jamaica|Jamaican|Jamaicans||
Kiribati|||Tarawa|
Lesotho|Basotho||Maseru|
Liechtenstein|||Vaduz|
Maldives|Maldivian|Maldivians||
Marshall Islands|Marshallese||Majuro|
Mauritius|Mauritian|Mauritians|Port Louis|
Micronesia|Micronesian|Micronesians|Palikir|
Monaco|Monegasque|Monegasques||
Nauru|Nauruan|Nauruans||
Palau|Palauan|Palauans|Ngerulmud|
Papua New Guinea|Papua New Guinean|Papua New Guineans|Port Moresby|PNG
Saint Lucia|Saint Lucian|Saint Lucians|Castries|St Lucia
Samoa|Samoan|Samoans|Apia|
San Marino|Sammarinese|||
Seychelles|Seychellois|||
Solomon Islands|Solomon Islander|Solomon Islanders|Honiara|
Suriname|Surinamese||Paramaribo|
Timor-Leste|Timorese||Dili|East Timor
Tonga|Tongan|Tongans|Nuku'alofa|
Trinidad and Tobago|Trinidadian|Trinidadians|Port of Spain|Trinidad
Tuvalu|Tuvaluan|Tuvaluans|Funafuti|
Vanuatu|Ni-Vanuatu||Port Vila|
Albania|Albanian|Albanians|Tirana|
Algeria|Algerian|Algerians|Algiers|
Argentina|Argentine,Argentinian|Argentines,Argentinians|Buenos Aires|
Armenia|Armenian|Armenians|Yerevan|
Australia|Australian|Australians|Canberra|
Austria|Austrian|Austrians|Vienna|
Azerbaijan|Azerbaijani,Azeri|Azerbaijanis,Azeris|Baku|
Bahrain|Bahraini|Bahrainis|Manama|
Bangladesh|Bangladeshi|Bangladeshis|Dhaka|
Belarus|Belarusian|Belarusians|Minsk|
Belgium|Belgian|Belgians|Brussels|
Bhutan|Bhutanese||Thimphu|
Bolivia|Bolivian|Bolivians|La Paz|
Botswana|Botswanan||Gaborone|
Burkina Faso|Burkinabe||Ouagadougou|
Burundi|Burundian|Burundians|Gitega|
Cameroon|Cameroonian|Cameroonians|Yaounde|
Central African Republic|Central African||Bangui|CAR
Costa Rica|Costa Rican|Costa Ricans|San Jose|
Djibouti|Djiboutian||Djibouti City|
Dominican Republic|Dominican|Dominicans|Santo Domingo|
Ecuador|Ecuadorian|Ecuadorians|Quito|
El Salvador|Salvadoran|Salvadorans|San Salvador|
Gabon|Gabonese||Libreville|
Ghana|Ghanaian|Ghanaians|Accra|
Guatemala|Guatemalan|Guatemalans|Guatemala City|
Guinea|Guinean|Guineans|Conakry|
Haiti|Haitian|Haitians|Port-au-Prince|
Honduras|Honduran|Hondurans|Tegucigalpa|
Iceland|Icelandic|Icelanders|Reykjavik|
Ivory Coast|Ivorian|Ivorians|Yamoussoukro|Cote d'Ivoire
Kyrgyzstan|Kyrgyz||Bishkek|
Laos|Laotian|Laotians|Vientiane|
Liberia|Liberian|Liberians|Monrovia|
Luxembourg|Luxembourgish||Luxembourg City|
Madagascar|Malagasy||Antananarivo|
Malawi|Malawian|Malawians|Lilongwe|
Malaysia|Malaysian|Malaysians|Kuala Lumpur|
Malta|Maltese||Valletta|
Mauritania|Mauritanian|Mauritanians|Nouakchott|
Mongolia|Mongolian|Mongolians|Ulaanbaatar|
Montenegro|Montenegrin|Montenegrins|Podgorica|
Mozambique|Mozambican|Mozambicans|Maputo|
Namibia|Namibian|Namibians|Windhoek|
Nepal|Nepali,Nepalese||Kathmandu|
New Zealand||New Zealanders|Wellington|
Nicaragua|Nicaraguan|Nicaraguans|Managua|
Niger|Nigerien|Nigeriens|Niamey|
North Macedonia|Macedonian|Macedonians|Skopje|Macedonia
Panama|Panamanian|Panamanians|Panama City|
Paraguay|Paraguayan|Paraguayans|Asuncion|
Peru|Peruvian|Peruvians|Lima|
Senegal|Senegalese||Dakar|
Sierra Leone|Sierra Leonean|Sierra Leoneans|Freetown|
Singapore|Singaporean|Singaporeans||
Slovakia|Slovak|Slovaks|Bratislava|
Slovenia|Slovenian|Slovenians|Ljubljana|
Tajikistan|Tajik|Tajiks|Dushanbe|
Tanzania|Tanzanian|Tanzanians|Dodoma|
Togo|Togolese||Lome|
Turkmenistan|Turkmen||Ashgabat|
Uruguay|Uruguayan|Uruguayans|Montevideo|
Uzbekistan|Uzbek|Uzbeks|Tashkent|
Vatican|||Vatican City|Holy See
Zambia|Zambian|Zambians|Lusaka|
Zimbabwe|Zimbabwean|Zimbabweans|Harare|
Bosnia and Herzegovina|Bosnian|Bosnians|Sarajevo|Bosnia
Brazil|Brazilian|Brazilians|Brasilia|
Bulgaria|Bulgarian|Bulgarians|Sofia|
Cambodia|Cambodian|Cambodians|Phnom Penh|
Canada|Canadian|Canadians|Ottawa|
Chile|Chilean|Chileans|Santiago|
China|Chinese||Beijing|
Colombia|Colombian|Colombians|Bogota|
Croatia|Croatian|Croats|Zagreb|
Cuba|Cuban|Cubans|Havana|
Cyprus|Cypriot|Cypriots|Nicosia|
Czech Republic|Czech|Czechs|Prague|Czechia
Democratic Republic of the Congo|Congolese||Kinshasa|DRC,DR Congo,Congo,Democratic Republic of Congo
Denmark|Danish|Danes|Copenhagen|
Egypt|Egyptian|Egyptians|Cairo|
Eritrea|Eritrean|Eritreans|Asmara|
Estonia|Estonian|Estonians|Tallinn|
Ethiopia|Ethiopian|Ethiopians|Addis Ababa|
Finland|Finnish|Finns|Helsinki|
France|French||Paris|
Georgia|Georgian|Georgians|Tbilisi|
Germany|German|Germans|Berlin|
Greece|Greek|Greeks|Athens|
Hungary|Hungarian|Hungarians|Budapest|
India|Indian|Indians|New Delhi|
Indonesia|Indonesian|Indonesians|Jakarta|
Iran|Iranian|Iranians|Tehran|
Iraq|Iraqi|Iraqis|Baghdad|
Ireland|Irish||Dublin|
Israel|Israeli|Israelis|Jerusalem|
Italy|Italian|Italians|Rome|
Japan|Japanese||Tokyo|
Jordan|Jordanian|Jordanians|Amman|
Kazakhstan|Kazakh|Kazakhs|Astana|
Kenya|Kenyan|Kenyans|Nairobi|
Kosovo|Kosovar|Kosovars|Pristina|
Kuwait|Kuwaiti|Kuwaitis|Kuwait City|
Latvia|Latvian|Latvians|Riga|
Lebanon|Lebanese||Beirut|
Libya|Libyan|Libyans|Tripoli|
Lithuania|Lithuanian|Lithuanians|Vilnius|
Mali|Malian|Malians|Bamako|
Mexico|Mexican|Mexicans|Mexico City|
Moldova|Moldovan|Moldovans|Chisinau|
Morocco|Moroccan|Moroccans|Rabat|
Myanmar|Burmese||Naypyidaw|Burma
Netherlands|Dutch||Amsterdam|Holland
Nigeria|Nigerian|Nigerians|Abuja|
North Korea|North Korean|North Koreans|Pyongyang|
Norway|Norwegian|Norwegians|Oslo|
Oman|Omani|Omanis|Muscat|
Pakistan|Pakistani|Pakistanis|Islamabad|
Palestinians|Palestinian|Palestinians|Ramallah|Palestine
Philippines|Filipino,Philippine|Filipinos|Manila|
Poland|Polish|Poles|Warsaw|
Portugal|Portuguese||Lisbon|
Qatar|Qatari|Qataris|Doha|
Romania|Romanian|Romanians|Bucharest|
Russia|Russian|Russians|Moscow|Russian Federation,Kremlin
Rwanda|Rwandan|Rwandans|Kigali|
Saudi Arabia|Saudi|Saudis|Riyadh|
Serbia|Serbian|Serbs|Belgrade|
Somalia|Somali|Somalis|Mogadishu|
South Africa|South African|South Africans|Pretoria|
South Korea|South Korean|South Koreans|Seoul|
South Sudan|South Sudanese||Juba|
Spain|Spanish|Spaniards|Madrid|
Sri Lanka|Sri Lankan|Sri Lankans|Colombo|
Sudan|Sudanese||Khartoum|
Sweden|Swedish|Swedes|Stockholm|
Switzerland|Swiss||Bern|
Syria|Syrian|Syrians|Damascus|
Taiwan|Taiwanese||Taipei|
Thailand|Thai||Bangkok|
Tunisia|Tunisian|Tunisians|Tunis|
Turkey|Turkish|Turks|Ankara|Türkiye
Uganda|Ugandan|Ugandans|Kampala|
Ukraine|Ukrainian|Ukrainians|Kyiv,Kiev|
United Arab Emirates|Emirati|Emiratis|Abu Dhabi|UAE,U.A.E.
United Kingdom|British|Britons|London|UK,U.K.,Britain,Great Britain
United States|American|Americans|Washington,Washington DC|US,U.S.,USA,U.S.A.,America,\
White House,Pentagon,State Department
Venezuela|Venezuelan|Venezuelans|Caracas|
Vietnam|Vietnamese||Hanoi|
Yemen|Yemeni|Yemenis|Sanaa|
Soviet Union||||USSR,U.S.S.R.
Yugoslavia|Yugoslav|Yugoslavs||
Czechoslovakia|Czechoslovak|||
Somaliland|Somalilander|Somalilanders|Hargeisa|
Transnistria|Transnistrian|Transnistrians|Tiraspol|
Abkhazia|Abkhaz||Sukhumi|
South Ossetia|South Ossetian|South Ossetians|Tskhinvali|
"""

# name | acronyms and other names | kind.  Organizations and armed groups.
_ORGS = """
United Nations|UN,U.N.|organization
UN Security Council|Security Council,UNSC|organization
European Union|EU,E.U.|organization
European Commission||organization
Catholic Church|Roman Catholic Church|organization
NATO|Nato,North Atlantic Treaty Organization|organization
International Atomic Energy Agency|IAEA|organization
International Committee of the Red Cross|ICRC,Red Cross|organization
World Health Organization|WHO|organization
International Criminal Court|ICC|organization
International Monetary Fund|IMF|organization
World Bank||organization
African Union||organization
Arab League||organization
Organization for Security and Co-operation in Europe|OSCE|organization
Palestinian Authority||organization
Palestine Liberation Organization|PLO|organization
Hamas||group
Hezbollah||group
Fatah||group
Islamic Jihad||group
Taliban||group
Houthis|Houthi|group
Islamic State|ISIS,ISIL|group
Hayat Tahrir al-Sham|HTS|group
Kurdistan Workers' Party|PKK|group
Syrian Democratic Forces|SDF|group
Wagner Group|Wagner|group
UN Refugee Agency|UNHCR|organization
UNICEF||organization
World Food Programme|WFP|organization
UN Relief and Works Agency|UNRWA|organization
UN Office for the Coordination of Humanitarian Affairs|OCHA|organization
Israel Defense Forces|IDF|organization
OPEC||organization
ASEAN|Association of Southeast Asian Nations|organization
Economic Community of West African States|ECOWAS|organization
Intergovernmental Authority on Development|IGAD|organization
Southern African Development Community|SADC|organization
Doctors Without Borders|MSF|organization
Amnesty International||organization
Human Rights Watch||organization
Group of Seven|G7|organization
Group of 20|G20|organization
Rapid Support Forces|RSF|group
Sudanese Armed Forces|SAF|organization
Popular Mobilization Forces|PMF|group
Polisario Front|Polisario|group
Free Syrian Army|FSA|group
Al-Shabaab|al-Shabaab,Shabaab|group
Boko Haram||group
al-Qaeda|al Qaeda,Al Qaeda,Al-Qaeda,al-Qaida,al Qaida,Qaeda,Qaida|group
Revolutionary Armed Forces of Colombia|FARC|group
National Liberation Army|ELN|group
Saudi Aramco|Aramco|organization
M23||group
YPG||group
Rosatom||organization
Gazprom||organization
Knesset||organization
State Duma|Duma|organization
Verkhovna Rada|Rada|organization
"""

# Places that are not actors; also stops "Jordan" being read out of "Jordan Valley".
_REGIONS = frozenset(
    """
    Middle East|Europe|Asia|Africa|Latin America|South America|North America|Gulf
    |Persian Gulf|West Bank|Gaza|Gaza Strip|Crimea|Donbas|Donbass|Donetsk|Luhansk
    |Kashmir|Idlib|Aleppo|Golan Heights|Sinai|Balkans|Caucasus|Nagorno-Karabakh|Karabakh
    |Kurdistan|Black Sea|Red Sea|Mediterranean|Baltic|Arctic|East Jerusalem|Tigray
    |Darfur|Jordan Valley|Western Sahara|Sahel|Horn of Africa|Scandinavia|New York
    |Hong Kong|Geneva|Vienna|Istanbul|Sochi|Camp David|Oslo|Dayton|Doha|Zaporizhzhia
    |Kherson|Mariupol|Rafah|Gaza City|Eastern Europe|Western Europe|Central Asia
    |Southeast Asia|East Asia|South Asia|Pacific|Atlantic|Indian Ocean|Korean Peninsula
    |Associated Press|Al Jazeera|New York Times|Washington Post|Financial Times|Sky News
    |Wall Street Journal|Times of Israel|Jerusalem Post|Kyiv Independent|Fox News|CBS News
    |NBC News|ABC News|Middle East Eye|Arab News|Gulf News|Daily Mail|The Guardian
    |Oval Office|Downing Street|Elysee|Elysee Palace|Security Zone|Buffer Zone
    """.replace("\n", "")
    .replace(" |", "|")
    .split("|")
)
_REGIONS = frozenset(r.strip() for r in _REGIONS if r.strip())

# Lower-case plural nouns for armed groups; "the rebels" is an actor without a name.
_PARTICLES = frozenset(
    {"al", "bin", "de", "del", "von", "van", "der", "den", "du", "la", "le", "da"}
)
_GROUP_NOUNS = {
    "rebels": "rebels",
    "rebel": "rebels",
    "separatists": "separatists",
    "separatist": "separatists",
    "militants": "militants",
    "insurgents": "insurgents",
    "jihadists": "jihadists",
    "militias": "militias",
    "militiamen": "militias",
}
_GROUP_PLURALS = frozenset(
    {"rebels", "separatists", "militants", "insurgents", "jihadists", "militias", "militiamen"}
)

# Words in a capitalised run that make it an organization.
_ORG_WORDS = frozenset(
    _words(
        """
        Agency Council Campaign Observatory Organization Organisation Committee Commission
        Ministry Department Office Union Nations Party Front Movement Army Guard Guards
        Corps Brigade Brigades Court Bank Fund Institute Foundation Association Federation
        League Alliance Coalition Authority Administration Service Services Police
        Parliament Assembly Congress Senate Cabinet Government Group Company Corporation
        Network Watch Society Centre Center Programme Program Mission Crescent Church
        Secretariat Tribunal Board Bureau Forum Agencies Forces Directorate Command Network
        Observers Community School University College Academy Partners Capital Holdings
        Securities Investments Advisors Advisers Associates Consulting Research Economics
        Analytics Management
        """
    )
)
# Words that make a run a place or a thing rather than an actor.
_PLACE_WORDS = frozenset(
    _words(
        """
        Valley River Sea Ocean Plant Station House Street Square Road Highway Corridor Zone
        Heights Hills Mountains Mountain Desert Peninsula Basin Coast Port Province Region
        District Oblast City County Park Hotel Palace Building Hall Dam Field Camp Line
        Island Islands Bay Gulf Strait Canal Airport Bridge Border Crossing Lake Forest
        Prison Agreement Agreements Accord Accords Deal Treaty Protocol Plan Initiative
        Memorandum Summit Conference Talks Day Week War Wars Crisis Operation Act Convention
        Garden Gardens Composite Average Index
        Declaration Prize Award Cup Games Olympics Revolution Spring Brotherhood Facility
        Reactor Mine Charter Framework Roadmap Format Process Resolution Law Bill
        Constitution Conventions Treaties Protocols Negotiations Ceasefire Truce
        Rights Dome Missile Missiles System Systems Fleet Pipeline Project Route Index
        Report Strategy Vision Doctrine Formula Corridors Zones Plants Stations
        """
    )
)
# Words that end the name of a text rather than of a body ("Government of Ireland Act").
_DOCUMENT_WORDS = frozenset(
    _words(
        """
        Act Acts Treaty Treaties Protocol Declaration Charter Law Bill Resolution
        Memorandum Roadmap Constitution Statute Communique Communiqué
        """
    )
)
# Surnames of people who recur in news of agreements: a bare mention is enough to know
# them for people ("Putin and Zelensky did not meet").
_KNOWN_PEOPLE = frozenset(
    _words(
        """
        Putin Zelensky Zelenskyy Erdogan Netanyahu Biden Trump Obama Xi Macron Scholz Merz
        Merkel Assad Khamenei Raisi Pezeshkian Rouhani Zarif Araghchi Modi Sharif Sisi Abbas
        Haniyeh Sinwar Guterres Grossi Lavrov Blinken Rubio Witkoff Kushner Starmer Sunak
        Johnson Orban Aliyev Pashinyan Lukashenko Lula Maduro Peskov Shoigu Gerasimov
        Kuleba Sybiha Yermak Umerov Stoltenberg Rutte Borrell Kallas Leyen
        Burhan Hemedti Dagalo Abiy Ruto Tshisekedi Kagame Kiir Machar Museveni Tebboune
        Gantz Gallant Lapid Bennett Herzog Katz Smotrich Ben-Gvir Mikati Aoun Berri
        Nasrallah Qassem Sudani Barzani Talabani Jolani Sharaa Shaibani Fidan Kalin Cavusoglu
        Cameron Blair Raab Truss Sullivan Kirby Vance Hegseth Pompeo Kerry Hochstein
        Bourita Safadi Shoukry Abdelatty Gargash Tamim Thani Faisal Kellogg Dmitriev
        Ushakov Medinsky Nebenzia Zakharova Wang Kim Yoon Kishida Ishiba
        """
    )
)
# Titles dropped from a person's name; honorifics are kept ("Lord Dannatt").
_TITLES = frozenset(
    _words(
        """
        President Vice Prime Minister Ministers Chancellor Secretary Foreign Defence Defense
        Interior Finance Trade Economy Energy Justice Home State General Director Chief
        Executive Ambassador Envoy Special Senator Sen Rep Representative Governor Mayor
        Commander Colonel Col Gen Lt Lieutenant Major Maj Captain Capt Admiral Adm Marshal
        Spokesman Spokeswoman Spokesperson Premier Speaker Leader Opposition Supreme Deputy
        Acting Former Mr Mrs Ms Miss Dr Prof Professor President-elect Chairman Chairwoman
        Chair Head Official Minister-President Secretary-General Attorney Judge Justice
        Presidents Leaders Field Senior Brig Brigadier Sergeant Sgt Ayatollah Emir Crown Grand
        Representative Army
        Navy Air Military Security National High Commissioner Coordinator Negotiator Chief
        Mediator Envoy Monsignor Cardinal Archbishop Bishop Rev Reverend Pastor
        """
    )
)
# Titles that start a person's name after an organization's ("… Commission President X").
# Titles that only a person bears ("Secretary" may open "Secretary of State").
_PERSON_TITLES = frozenset(_words("President Prime Premier Chancellor King Queen Sheikh Emir"))
_OFFICE_TITLES = frozenset(
    _words(
        """
        President Vice Chancellor Minister Prime Secretary Secretary-General Director
        Director-General Chief Chairman Chairwoman Chair Commissioner Envoy Ambassador
        Spokesman Spokeswoman Spokesperson Head Leader Deputy Commander Mr Mrs Ms Dr
        """
    )
)
_HONORIFICS = {
    "Lord": "m",
    "Sir": "m",
    "King": "m",
    "Prince": "m",
    "Sheikh": "m",
    "Pope": "m",
    "Baron": "m",
    "Lady": "f",
    "Dame": "f",
    "Queen": "f",
    "Princess": "f",
    "Baroness": "f",
}
# Capitalised adjectives that may open the name of a body ("Central Intelligence
# Organisation", "Northern Ireland Assembly") though alone they name nothing.
_NAME_ADJECTIVES = frozenset(
    _words(
        """
        Central Northern Southern Eastern Western Democratic Federal Royal Islamic Kurdish
        Arab Christian Catholic Conservative Liberal Republican Labour Allied
        """
    )
)
# Capitalised particles of long Arabic names ("Mohammed bin Abdulrahman Al Thani").
_NAME_PARTICLES = frozenset(_words("Al El Bin Ibn Abu Bint"))
_GENERATIONS = frozenset(_words("II III IV Jr Jr. Sr Sr."))
_GENDER_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# Capitalised words that never start a name.
_NOT_NAMES = frozenset(
    _words(
        """
        The A An In On At But And Or If As For From With Without By Of To This That These
        Those There Here It Its He She They We I You His Her Their Our My Your However
        Meanwhile Moreover Furthermore Also Although Though While When Where What Who Whom
        Whose Why How After Before Since Until Under Over Both Many Most Some Several All
        Each Every Other Another Such No Not Yes Then Now Today Yesterday Tomorrow Tonight
        Last Next First Firstly Secondly Thirdly Finally Despite Instead According Among
        Amid Following During Earlier Later Still Yet So Thus Indeed Because Once Even Only
        Just Asked Speaking Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
        February March April May June July August September October November December Jan
        Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun
        Christmas Easter Ramadan Eid New Year Muslim Muslims Christian Christians Jewish
        Jews Islamic Sunni Shia Shiite Catholic Orthodox Arab Arabs Republican Republicans
        Democrat Democrats Democratic Conservative Conservatives Labour Liberal Western
        Eastern Northern Southern Central Federal Royal Kurdish Kurds Coalition Allied
        Soviet European Europeans African Asian Latin Nordic Baltic Gulf Pro Anti Cease
        Ceasefire Truce Deal Agreement Talks Peace Breaking Update Exclusive Read More Photo
        Video Watch Click Share Advertisement Reuters AFP AP Anadolu BBC CNN Mail Guardian
        Times Telegraph Post Bloomberg Xinhua TASS Interfax Sky Fox Axios Politico
        Independent Observer Herald Tribune Journal North South East West Several Two Three
        Four Five Six Seven Eight Nine Ten Dozens Officials Critics Experts Analysts
        Diplomats Sources Residents Witnesses Nobody Everybody Everyone Somebody Someone
        Anyone Anybody Nothing Mediators Negotiators Rebels Militants Insurgents Troops
        Soldiers Authorities Leaders Observers Monitors Envoys Delegates Lawmakers
        Ministers Families Protesters Demonstrators Refugees Civilians Prisoners Detainees
        """
    )
)
_SPEECH_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|was|also|later|then|previously|earlier|again|yesterday|today"
    r"|on\s+\w+day|last\s+(?:night|week|month|year)))*\s+(?:said|says|told|added|warned|"
    r"insisted|claimed|stated|declared|announced|noted|explained|argued|wrote|tweeted|"
    r"replied|urged|stressed|asked|admitted|acknowledged|vowed|promised|pledged|agreed|"
    r"signed|called|accused|praised|welcomed|condemned|rejected|denied|reached|met|spoke|"
    r"visited|ordered|threatened|proposed|brokered|mediated|negotiated)\b"
    # "Netanyahu’s office", "Zelensky’s chief of staff": somebody's staff.
    r"|[’']s\s+(?:office|spokes(?:man|woman|person)|aides?|adviser|advisers|envoy|"
    r"administration|cabinet|chief\s+of\s+staff|wife|husband|son|daughter)\b"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:President|Chancellor|Minister|Premier|Secretary|General|Mr|Mrs|Ms|Dr|Lord|"
    r"Sir|King|Queen|Prince|Sheikh|Leader|Speaker|Envoy|Ambassador|Senator|Governor)\.?"
    r"\]?\s+)$"
)

# A capitalised word; "Ta'ang" keeps its apostrophe, and so do the possessives that
# open many names ("King’s College London", "Sudan People's Liberation Movement").
_POSSESSIVE_HEAD = "|".join(
    f"(?<={w})"
    for w in _words("People Worker Workers King Kings Queen Women Children Veterans Farmers")
)
_NAME = (
    r"(?:[A-Z]\.){2,}"
    rf"|[A-Z][\w]*(?:(?=['’])(?:['’][a-z]{{3,}}\w*|(?:{_POSSESSIVE_HEAD})['’]s?(?= [A-Z])))?"
    r"(?:-[A-Za-z0-9]\w*)*|(?:al|el|bin|ibn)-[A-Z]\w*"
)
_RUN = re.compile(
    rf"(?<![\w.])(?:{_NAME})(?:(?: (?:of|for|and|on|de|del|al|bin|von|van|der|du|la|le|da)"
    rf"(?: (?:the|der|de|la|le|den))?)? (?:{_NAME}))*"
)
_WORD = re.compile(rf"{_NAME}|[a-z]+(?: the)?")
_ACRONYM_DEF = re.compile(r" \(([A-Z][A-Z0-9&.-]{1,9})\)")
_LOWER_WORDS = re.compile(r"\b[a-z][a-z-]+\b")
_GROUP_RE = re.compile(r"\b(" + "|".join(sorted(_GROUP_NOUNS, key=len, reverse=True)) + r")\b")
_WATCHDOG = re.compile(r"\b(?:U\.N\.|UN|United Nations)(?:’s|'s)? (?:nuclear|atomic) watchdog\b")
_MEDIA_RUN = re.compile(rf"(?:{_NAME})(?: (?:{_NAME}|\d+))* \d+(?= (?:channel|TV|television))")
# "DOHA, Qatar, Feb 29 (World Desk) —": the news agency of a dateline is not an actor.
_DATELINE_AGENCY = re.compile(
    r"[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\((?P<agency>[^()\n]{2,40})\)\s*[—–-]"
)
# "ethnic Albanians": an ethnicity, not the state.
_ETHNIC = re.compile(r"\bethnic\s+[A-Z][\w-]*")
# "the FDLR, a militia founded by …", "the ADF rebels": an acronym that names an armed group.
_ACRONYM_GROUP = re.compile(
    r"\b([A-Z][A-Z0-9]{1,6})\b(?=,?\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:militia|rebel\s+group|rebels|armed\s+group|insurgent\s+group|insurgents|"
    r"paramilitary|paramilitaries|guerrillas?)\b)"
)
# "the French company TotalEnergies", "energy giant Chevron", "the operator Energoatom".
_COMPANY = re.compile(
    r"\b(?:company|firm|giant|operator|conglomerate|manufacturer|producer|contractor|"
    r"shipping\s+line|carrier)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})"
)
# "Rosselkhozbank, the state agricultural lender": a one-word name the apposition types.
_APPOSITIVE_BODY = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w-]+),\s+(?:the|a|an)\s+(?:(?!of\b)[a-z-]+\s+){0,3}?"
    r"(?:bank|lender|company|firm|militia|movement|party|union)\b"
    r"(?=\s*[,.;:)]|\s+(?:that|which|based|founded|known|in|with|and)\b)"
)
_APPOSITIVE_WORDS = ("bank", "lender", "company", "firm", "militia", "movement", "party", "union")
# "the conservative New Democracy party", "the Likud party": a political party.
_PARTY = re.compile(r" party\b")
# The capitalised words just before a keyword, read from a short window that ends there.
_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|(?:al|el|ad)-[A-Z][\w-]*)){0,3})\Z"
)
_PARTY_NOT_NAMES = frozenset(
    _words("Each Every Either Neither Any Third Other Ruling Governing Opposition Main Junior")
)
# "the UN refugee agency", "the U.N. children's agency": a UN agency named by its remit.
_UN_AGENCY = re.compile(
    r"\b(?:U\.N\.|UN|United Nations)(?:’s|'s)? (?P<remit>[a-z]+(?:’s|'s)?) "
    r"(?P<noun>agency|body|organi[sz]ation|programme|program|fund)\b"
)
# "in the Souq al-Juma district": a place, not an actor.
_PLACE_NOUN = re.compile(
    r"\b(?:in|at|near|from|outside)\s+the\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|"
    r"(?:al|el|ad)-[A-Z][\w’'-]*)){0,3})\s+(?:district|neighbou?rhood|quarter|square|"
    r"province|region|governorate|suburb|camp|valley|municipality|county)\b"
)
# "the Qana prospect", "the Rafah crossing", "the Karish gas field": a place, not an actor;
# the bare name elsewhere in the article is the same place.
_SITE = re.compile(
    r" (?:gas |oil )?(?:field|prospect|dam|pipeline|crossing|bridge|terminal|airport|port|"
    r"checkpoint|refinery|strait|hotel|river|canal)\b"
    # "the Al Udeid air base", "the El Laguito protocol complex", "the Hang Seng index".
    r"| (?:[a-z]+ )?(?:base|complex|compound|academy|temple|stadium|index)\b"
)
# "Convention Centre", "Conference Hall": a venue, though "Centre" names organizations.
_VENUE_HEADS = frozenset(
    _words("Convention Conference Exhibition Congress Press Shopping Trade Cultural Sports")
)
_VENUES = frozenset(_words("Centre Center Hall Complex"))
# "in San Antonio", "near Naqoura": a place, not a person.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|(?:streets|outskirts|suburbs|city|town|village|heart|port)\s+of"
    # "the provincial capital Banda Aceh"
    r"|capital)"
    r"\s+$"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])[Aa]n?\s+\Z")
_PLACES_AND = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+and\s+\Z")
# "In Doha Sheikh Tamim said …" opens a sentence: the name after the place may speak;
# "relatives of hostages in Tel Aviv welcomed …" is a place inside a noun phrase.
_LONE_PLACE_PREP = re.compile(r"(?:^|[.!?]\s+)(?:In|At)\s+$")
_LED = re.compile(
    r"(?<![\w-])(?P<head>[A-Z][\w.]*)-led\s+(?P<noun>coalition|alliance|forces|force|mission"
    r"|military\s+coalition|bloc)\b"
)
# The keywords each whole-text pattern cannot match without: the patterns are run only
# in windows around them (see _scan).
_COMPANY_WORDS = (
    "company", "firm", "giant", "operator", "conglomerate", "manufacturer", "producer",
    "contractor", "shipping", "carrier",
)  # fmt: skip
_UN_AGENCY_WORDS = ("agency", "body", "organi", "program", "fund")
_SITE_WORDS = (
    "field", "prospect", "dam", "pipeline", "crossing", "bridge", "terminal", "airport",
    "port", "checkpoint", "refinery", "strait", "hotel", "river", "canal", "base", "complex",
    "compound", "academy", "temple", "stadium", "index", "gas", "oil",
)  # fmt: skip
_PLACE_NOUN_WORDS = (
    "district", "neighbo", "quarter", "square", "province", "region", "governorate",
    "suburb", "camp", "valley", "municipality", "county",
)  # fmt: skip
_SCAN_ALWAYS = 4096  # below this length a pattern simply runs over the whole text


def _scan(
    pattern: re.Pattern[str], text: str, low: str, words: tuple[str, ...], back: int, fwd: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` where each match holds one of ``words`` (lower case, at
    a word start unless it opens with a mark, like "-led") with at most ``back``
    characters of the match before it and ``fwd`` after: the pattern runs only in the
    windows around those words. A regex that opens with ``\\b`` or an alternation is
    tried at every position of the text; ``str.find`` for a few words is many times
    faster on a long article, and the matches are the same.
    """
    if len(text) < _SCAN_ALWAYS:
        return list(pattern.finditer(text))
    spans: list[tuple[int, int]] = []
    n = len(text)
    for word in words:
        i = low.find(word)
        while i >= 0:
            if i == 0 or not word[0].isalnum() or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                spans.append((max(0, i - back), min(n, i + len(word) + fwd)))
            i = low.find(word, i + 1)
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out: list[re.Match[str]] = []
    for a, b in merged:
        out.extend(pattern.finditer(text, a, b))
    return out


_BYLINE = re.compile(r"^(?:by|By|BY)\s+\S")


@dataclass(slots=True)
class _Entry:
    key: str
    name: str
    kind: str
    gender: str = ""
    acronym: str = ""
    aliases: dict[str, None] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    nickname: str = ""  # "known as Hemedti"


class Mention(NamedTuple):
    """One mention of an actor: where it is, which actor (``key``) and what kind.

    A named tuple rather than a frozen dataclass: a long article makes tens of thousands
    and a tuple is several times cheaper to build."""

    start: int
    end: int
    key: str
    kind: str


@dataclass(slots=True)
class _Gazetteer:
    lookup: dict[str, tuple[str, str, str]]  # surface -> (key, kind, role)
    states: dict[str, str]  # key -> display name
    orgs: dict[str, tuple[str, str]]  # key -> (long name, acronym)
    longest: int


def _build_gazetteer() -> _Gazetteer:
    lookup: dict[str, tuple[str, str, str]] = {}
    states: dict[str, str] = {}
    orgs: dict[str, tuple[str, str]] = {}
    for line in _STATES.strip().splitlines():
        name, adjs, peoples, capitals, others = [*line.split("|"), "", "", "", ""][:5]
        kind = "group" if name == "Palestinians" else "state"
        states[name] = name
        lookup[name] = (name, kind, "name")
        for adj in filter(None, adjs.split(",")):
            lookup[adj] = (name, kind, "adjective")
        for people in filter(None, peoples.split(",")):
            lookup[people] = (name, kind, "people")
        for cap in filter(None, capitals.split(",")):
            lookup.setdefault(cap, (name, kind, "capital"))
        for other in filter(None, others.split(",")):
            lookup[other] = (name, kind, "name")
    for line in _ORGS.strip().splitlines():
        name, others, kind = line.split("|")
        acronym = ""
        lookup[name] = (name, kind, "name")
        for other in filter(None, others.split(",")):
            lookup[other] = (name, kind, "name")
            if other.replace(".", "").isupper() and not acronym:
                acronym = other
        orgs[name] = (name, acronym)
    for region in _REGIONS:
        lookup[region] = (region, "region", "region")
    longest = max(len(k.split()) for k in lookup)
    return _Gazetteer(lookup, states, orgs, longest)


_GAZ = _build_gazetteer()
# The first two words of every known name of two words or more ("Democratic Republic"),
# so that a capitalised common word opening a known name is not dropped.
_GAZ_HEADS = frozenset(" ".join(k.split()[:2]) for k in _GAZ.lookup if " " in k)


def _org_word(word: str) -> bool:
    """A word that makes a run an organization, also before a hyphen ("Movement-North")."""
    return word in _ORG_WORDS or ("-" in word and word.split("-", 1)[0] in _ORG_WORDS)


def _connector(word: str) -> bool:
    """A lower-case word joining names ("of the"), not a name particle ("al-Burhan")."""
    return word[0].islower() and not (
        len(word) > 3 and "-" in word and word[-1].isalpha() and word.split("-", 1)[1][:1].isupper()
    )


_LAST_WORD = re.compile(r"([\w-]+)\s+$")
_KNOWN_AS = re.compile(
    r",?\s*(?:also\s+|better\s+|widely\s+|popularly\s+)?(?:(?:known|nicknamed)\s+as"
    r"|known\s+by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|nickname|alias|pseudonym|name)"
    r"|(?:who\s+goes|going)\s+by(?:\s+the\s+name)?|alias)\s+[\"“‘']?$"
)
# "pro-government militias known as Wazalendo": the name of a group, not a nickname.
_GROUP_KNOWN_AS = re.compile(
    r"\b(?:militias?|groups?|movement|faction|forces?|fighters|alliance|coalition|network"
    r"|gangs?|brigades?)\s+(?:also\s+|better\s+|widely\s+|popularly\s+)?known\s+as\s+"
    r"[\"“‘']?$"
)
# "the IRA restored its ceasefire", "the SDLP leader", "rebels of the MNDAA": an acronym
# the article does not spell out, used for a body that acts.
_ACRONYM_ACTS = re.compile(
    r"\s+(?:leaders?|chief|president|spokes(?:man|woman|person)|commanders?|fighters|members"
    r"|militia|rebels|forces|has|had|have|would|will|might|could|must|said|says|denied"
    r"|denies|rejected|rejects|refused|refuses|agreed|agrees|signed|signs|[a-z]{3,}ed)\b"
)
_ACRONYM_OF = re.compile(
    r"\b(?:rebels|members|fighters|leaders?|commanders?|wing|militia|forces)\s+of\s+the\s+\Z"
)
# Legislatures named by their bare title: an actor when the article returns to them.
_LEGISLATURES = frozenset(_words("Parliament Congress Senate"))
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _skip_block(text: str) -> bool:
    """A byline ("by Anadolu Agency") or a Title Case headline, where capitals mean nothing."""
    if _BYLINE.match(text) and len(text) < 80:
        return True
    words = _LONG_WORD.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper())
    if text.rstrip().endswith((".", "!", "?", "”", "’", '"')):
        return False  # a sentence, not a headline
    return len(words) >= 4 and capitalised >= 0.8 * len(words)


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.memo: dict[tuple[str, bool, bool, bool, bool, bool], list[tuple[Any, ...]]] = {}
        self.recording: list[tuple[Any, ...]] | None = None
        self.base = 0
        self.pending_capitals: list[tuple[str, str, int, int]] = []
        self.gender_hint: dict[str, str] = {}
        self.entries: dict[str, _Entry] = {}
        self.surnames: set[str] = set()  # last names of the people named so far
        self.mentions: list[Mention] = []
        self.singles: list[tuple[int, int, str, bool]] = []  # start, end, word, evidence
        self.sentence_starts = {s.start for s in doc.sentences}
        self.lower = set(_LOWER_WORDS.findall(doc.text))
        self.acronyms: dict[str, str] = {}
        self.sites: set[str] = set()  # names written before "field", "hotel", "strait" …
        self.places: set[str] = set()  # names the article also writes as places ("in X")
        # Short blocks repeat (bylines, captions, list items): judge each text once.
        judged: dict[str, bool] = {}
        self.skip: list[tuple[int, int]] = []
        for b in doc.blocks:
            if b.end - b.start < 300:
                block = doc.text[b.start : b.end]
                skip = judged.get(block)
                if skip is None:
                    skip = judged[block] = _skip_block(block)
                if skip:
                    self.skip.append((b.start, b.end))

    # entries
    def _entry(self, key: str, name: str, kind: str) -> _Entry:
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = _Entry(key, name, kind)
        return entry

    # Every change a run makes goes through these methods, so that the changes of a run
    # can be recorded once and replayed for the next identical run in the same context.
    def _add(self, key: str, name: str, kind: str, start: int, end: int) -> _Entry:
        if self.recording is not None:
            self.recording.append(("add", key, name, kind, start - self.base, end - self.base))
        entry = self._entry(key, name, kind)
        if kind == "person" and " " in name:
            self.surnames.add(name.split()[-1])
        entry.aliases[self.text[start:end]] = None
        entry.spans.append((start, end))
        self.mentions.append(Mention(start, end, key, kind))
        return entry

    def _acronym(self, key: str, acronym: str, defined: bool) -> None:
        if self.recording is not None:
            self.recording.append(("acronym", key, acronym, defined))
        entry = self.entries[key]
        entry.acronym = acronym
        if defined:
            entry.aliases[acronym] = None
            self.acronyms[acronym] = key

    def _single(self, start: int, end: int, word: str, evident: bool, gender: str) -> None:
        if self.recording is not None:
            self.recording.append(
                ("single", start - self.base, end - self.base, word, evident, gender)
            )
        self.singles.append((start, end, word, evident))
        if gender:
            self.gender_hint[word] = gender

    def _gender(self, key: str, gender: str) -> None:
        if self.recording is not None:
            self.recording.append(("gender", key, gender))
        self.entries[key].gender = gender

    def _capital(self, key: str, kind: str, start: int, end: int) -> None:
        if self.recording is not None:
            self.recording.append(("capital", key, kind, start - self.base, end - self.base))
        self.pending_capitals.append((key, kind, start, end))

    def _place(self, surface: str) -> None:
        if self.recording is not None:
            self.recording.append(("place", surface))
        self.places.add(surface)

    def _replay(self, actions: list[tuple[Any, ...]], base: int) -> None:
        for action in actions:
            op = action[0]
            if op == "add":
                self._add(action[1], action[2], action[3], action[4] + base, action[5] + base)
            elif op == "acronym":
                self._acronym(action[1], action[2], action[3])
            elif op == "single":
                self._single(action[1] + base, action[2] + base, *action[3:])
            elif op == "gender":
                self._gender(action[1], action[2])
            elif op == "place":
                self._place(action[1])
            else:
                self._capital(action[1], action[2], action[3] + base, action[4] + base)

    def _gaz(self, surface: str, start: int, end: int) -> bool:
        hit = _GAZ.lookup.get(surface)
        if hit is None:
            return False
        if start >= 3 and self.text[start - 3 : start] in ("al ", "Al "):
            # "al Qaeda": the particle in lower case is not part of the capitalised run.
            longer = self.text[start - 3 : end]
            if _GAZ.lookup.get(longer) == hit:
                start, surface = start - 3, longer
        key, kind, role = hit
        if role == "region":
            return True
        if surface in self.surnames and kind in ("group", "organization"):
            # "Thérèse Kayikwamba Wagner … Wagner said": the minister, not the Wagner Group.
            self._single(start, end, surface, True, "")
            return True
        if role == "capital":
            # A capital names its state only once the state itself is in the story.
            self._capital(key, kind, start, end)
            return True
        self._add(key, key, kind, start, end)
        if kind == "organization" and surface.replace(".", "").isupper() and len(surface) > 1:
            self._acronym(key, surface, False)
        defined = _ACRONYM_DEF.match(self.text, end)
        if defined and kind in ("organization", "group"):
            self._acronym(key, defined.group(1), True)
        return True

    def _initial(self, start: int) -> bool:
        """True when ``start`` opens a sentence (after any quote marks or bullets)."""
        if start in self.sentence_starts:
            return True
        i = start
        while i > 0 and not self.text[i - 1].isalnum() and self.text[i - 1] not in ".,;:":
            i -= 1
            if i in self.sentence_starts:
                return True
        return i in self.sentence_starts or i == 0

    def _skipped(self, pos: int) -> bool:
        k = bisect.bisect_right(self.skip_starts, pos) - 1
        return k >= 0 and pos < self.skip[k][1]

    def run(self) -> None:
        text = self.text
        for m in _ACRONYM_DEF.finditer(text):
            self.acronyms[m.group(1)] = ""
            self.skip.append((m.start(), m.end()))  # the definition is not another mention
        for b in self.doc.blocks[:5]:
            dateline = _DATELINE_AGENCY.match(text, b.start, b.end)
            if dateline:
                self.skip.append((dateline.start("agency"), dateline.end("agency")))
        low = text.lower()
        for m in _scan(_ETHNIC, text, low, ("ethnic",), 0, 80):
            self.skip.append((m.start(), m.end()))
        group_words = ("militia", "rebel", "armed", "insurgent", "paramilitar", "guerrilla")
        for m in _scan(_ACRONYM_GROUP, text, low, group_words, 160, 20):
            word = m.group(1)
            if word not in _GAZ.lookup and not any(c.isdigit() for c in word[:1]):
                self._add(word, word, "group", m.start(1), m.end(1))
                self.skip.append((m.start(1), m.end(1)))
        for m in _scan(_COMPANY, text, low, _COMPANY_WORDS, 0, 160):
            name = m.group("name")
            if name.split()[0] not in _NOT_NAMES and name not in _GAZ.lookup:
                self._add(name, name, "organization", m.start("name"), m.end("name"))
                self.skip.append((m.start("name"), m.end("name")))
        # The nouns are lower case in the apposition: look for them in the text as written
        # ("European Union" is not a hit for "union").
        for m in _scan(_APPOSITIVE_BODY, text, text, _APPOSITIVE_WORDS, 80, 20):
            # "Rosselkhozbank, the state agricultural lender,": the apposition says what it is.
            name = m.group("name")
            if (
                name not in _NOT_NAMES
                and name not in _GAZ.lookup
                and name not in _TITLES
                and name not in self.acronyms
            ):
                self._add(name, name, "organization", m.start("name"), m.end("name"))
                self.skip.append((m.start("name"), m.end("name")))
                self.acronyms[name] = name  # its later bare mentions too
        for k in _PARTY.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, k.start() - 80), k.start())
            if before is None:
                continue
            name = before.group("name")
            first = name.split()[0]
            if first in _PARTY_NOT_NAMES or name in _GAZ.lookup:
                continue
            if self._initial(before.start()) and (
                " " not in name or first in _NOT_NAMES or first.lower() in self.lower
            ):
                continue  # "Opposition party …", "Each party …" opening a sentence
            self._add(name, name, "organization", before.start(), before.end())
            self.skip.append((before.start(), before.end()))
        for m in _scan(_UN_AGENCY, text, low, _UN_AGENCY_WORDS, 120, 20):
            remit = m.group("remit")
            if remit in ("nuclear", "atomic"):
                key = "International Atomic Energy Agency"
            else:
                key = f"UN {remit} {m.group('noun')}"
            self._add(key, key, "organization", m.start(), m.end())
            self.skip.append((m.start(), m.end()))
        sites = self.sites
        for k in _scan(_SITE, text, low, _SITE_WORDS, 80, 20):
            before = _NAME_BEFORE.search(text, max(0, k.start() - 80), k.start())
            if before is None:
                continue
            name = " ".join(before.group("name").split()[-2:]).removeprefix("The ")
            hit = _GAZ.lookup.get(name)
            if (hit is None and name not in _NOT_NAMES) or (hit is not None and hit[1] == "region"):
                sites.add(name)
        for m in _scan(_PLACE_NOUN, text, low, _PLACE_NOUN_WORDS, 240, 20):
            hit = _GAZ.lookup.get(m.group("name"))
            if hit is None or hit[1] not in ("state", "organization", "group"):
                self.skip.append((m.start("name"), m.end("name")))
        for m in _scan(_LED, text, low, ("-led",), 40, 40):
            # "the Saudi-led coalition", "the US-led mission": an actor of its own; but
            # "the Kurdish-led force" only describes a group the article names elsewhere.
            if m.group("head") not in _GAZ.lookup:
                continue
            name = f"{m.group('head')}-led {m.group('noun')}"
            self._add(name, name, "group", m.start(), m.end())
        for m in _scan(_WATCHDOG, text, low, ("watchdog",), 80, 20):
            self.skip.append((m.start(), m.end()))
            self._add(
                "International Atomic Energy Agency",
                "International Atomic Energy Agency",
                "organization",
                m.start(),
                m.end(),
            )
        self.skip.sort()
        self.skip_starts = [a for a, _ in self.skip]
        consumed_until = -1
        lookup = _GAZ.lookup
        legislatures: dict[str, list[tuple[int, int]]] = {}
        # Runs come in text order: the skipped span that may hold a run (the last one to
        # start at or before it, as `_skipped` finds by bisection) only moves forward.
        skip_starts = self.skip_starts
        skip_ends = [b for _, b in self.skip]
        last_skip = len(skip_starts) - 1
        at_skip = -1
        for m in _RUN.finditer(text):
            start = m.start()
            while at_skip < last_skip and skip_starts[at_skip + 1] <= start:
                at_skip += 1
            if start < consumed_until or (at_skip >= 0 and start < skip_ends[at_skip]):
                continue
            end = m.end()
            if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
                media = _MEDIA_RUN.match(text, start)
                if media and media.end() <= end + 4:
                    self._add(media.group(), media.group(), "organization", start, media.end())
                    consumed_until = media.end()
                    continue
            word = m.group()
            if word in sites:
                continue
            if " " not in word:
                # Fast paths for the commonest runs: one known or one function word.
                if word in _NOT_NAMES and word not in lookup:
                    continue
                hit = lookup.get(word)
                if hit is not None and hit[2] != "capital":
                    self._gaz(word, start, m.end())
                    continue
                if word in self.acronyms:
                    self._run(start, word)  # depends on acronyms defined so far
                    continue
                if word in _LEGISLATURES:
                    legislatures.setdefault(word, []).append((start, end))
                    continue
                if len(word) >= 3 and word.isalpha() and word.isupper():
                    if self._acting_acronym(start, end):
                        self._add(word, word, "group", start, end)
                        self.acronyms[word] = word
                    continue
            context = (
                word,
                self._initial(start),
                text[end : end + 2] == " (",
                _SPEECH_AFTER.match(text, end) is not None,
                _TITLE_BEFORE.search(text, max(0, start - 30), start) is not None,
                _PLACE_BEFORE.search(text, max(0, start - 16), start) is not None,
            )
            actions = self.memo.get(context)
            if actions is not None:
                self._replay(actions, start)
                continue
            self.recording, self.base = [], start
            self._run(start, word)
            self.memo[context] = self.recording
            self.recording = None
        for gm in _scan(_GROUP_RE, text, low, tuple(_GROUP_NOUNS), 0, 30):
            if self._skipped(gm.start()):
                continue
            noun = gm.group(1)
            key = _GROUP_NOUNS[noun]
            if noun not in _GROUP_PLURALS and key not in self.entries:
                continue
            before = _LAST_WORD.search(text, max(0, gm.start() - 40), gm.start())
            if before:
                hit = _GAZ.lookup.get(before.group(1))
                if hit is not None and hit[1] in ("group", "organization"):
                    continue  # "Houthi rebels" are the Houthis, already counted
            self._add(key, key, "group", gm.start(1), gm.end(1))
        acting = {key for key, _, a, b in self.pending_capitals if _capital_acts(text, a, b)}
        for key, kind, start, end in self.pending_capitals:
            # "New Delhi pointedly played down Washington’s role": a capital that acts or
            # owns names its government, even when the state itself is not named.
            if key in self.entries or key in acting:
                self._add(key, key, kind, start, end)
        for word, spans in legislatures.items():
            if len(spans) >= 2:  # "Parliament is to pass …", "… in Parliament"
                for start, end in spans:
                    self._add(word, word, "organization", start, end)
        self._resolve_singles()

    def _acting_acronym(self, start: int, end: int) -> bool:
        text = self.text
        if text[max(0, start - 4) : start] == "the " and _ACRONYM_ACTS.match(text, end):
            return True
        return _ACRONYM_OF.search(text, max(0, start - 40), start) is not None

    def _run(self, offset: int, run: str) -> None:
        words = [(w.group(), offset + w.start(), offset + w.end()) for w in _WORD.finditer(run)]
        # Drop capitalised function words and a sentence-initial common word.
        i = 0
        while (
            i < len(words)
            and (
                _connector(words[i][0])
                or (
                    words[i][0] in _NOT_NAMES
                    and not (
                        i + 1 < len(words) and f"{words[i][0]} {words[i + 1][0]}" in _GAZ_HEADS
                    )
                    # "Central Intelligence Organisation": an adjective opening a body's name.
                    and not (
                        words[i][0] in _NAME_ADJECTIVES
                        and i + 1 < len(words)
                        and words[i + 1][0][:1].isupper()
                        and any(_org_word(w[0]) for w in words[i + 1 :])
                    )
                )
                or (
                    self._initial(words[i][1])
                    and words[i][0].lower() in self.lower
                    # "National Security Council" opening a sentence is still the council.
                    and not any(w[0] in _ORG_WORDS for w in words[i + 1 :])
                )
            )
        ):
            i += 1
        words = words[i:]
        while words and _connector(words[-1][0]):
            words.pop()
        if not words:
            return
        surface = self.text[words[0][1] : words[-1][2]]
        if self._gaz(surface, words[0][1], words[-1][2]):
            return
        if any(w[0] == "and" for w in words):
            # "Democratic Republic of Congo and Rwanda": a known name that spans "of".
            groups: list[list[tuple[str, int, int]]] = [[]]
            for w in words:
                if w[0] == "and":
                    groups.append([])
                else:
                    groups[-1].append(w)
            spans = [(g[0][1], g[-1][2]) for g in groups if g]
            if any(" of " in self.text[a:b] and self.text[a:b] in _GAZ.lookup for a, b in spans):
                for a, b in spans:
                    self._run(a, self.text[a:b])
                return
        # Split at "and"/"the" connectors: "Turkey and Russia" are two actors.
        pieces: list[list[tuple[str, int, int]]] = [[]]
        has_org_word = any(_org_word(w[0]) for w in words)
        for k, w in enumerate(words):
            if w[0] == "and" and has_org_word and self._and_joins(pieces[-1], words[k + 1 :]):
                pieces[-1].append(w)  # "Institute for Peace and Conflict Studies"
                continue
            if (
                _connector(w[0])
                and w[0] not in _PARTICLES
                and (
                    not has_org_word
                    or w[0] in ("and", "and the")
                    # "Alan Boswell of the International Crisis Group": a person, a group.
                    or (len(pieces) == 1 and not any(x[0] in _ORG_WORDS for x in pieces[0]))
                    # "the Government of President Gustavo Petro": the government, a person.
                    or (
                        w[0] == "of"
                        and k + 2 < len(words)
                        and words[k + 1][0] in _PERSON_TITLES
                        and not any(x[0] in _ORG_WORDS for x in words[k + 1 :])
                    )
                )
            ):
                pieces.append([])
            else:
                pieces[-1].append(w)
        for piece in pieces:
            while piece and _connector(piece[-1][0]):
                piece.pop()
            if piece:
                self._piece(piece)

    def _and_joins(
        self, current: list[tuple[str, int, int]], rest: list[tuple[str, int, int]]
    ) -> bool:
        """ "and" inside one name: after "Institute for Peace", "Conflict Studies" is a
        second complement of "for", not another actor (a known name or a title would be)."""
        names = [w[0] for w in current]
        org_at = next((j for j, n in enumerate(names) if _org_word(n)), -1)
        if org_at < 0 or not any(n in ("for", "of", "on") for n in names[org_at + 1 :]):
            return False
        segment: list[str] = []
        for w in rest:
            if _connector(w[0]):
                break
            segment.append(w[0])
        return (
            bool(segment)
            and not any(_org_word(n) or n in _GAZ.lookup or n in _TITLES for n in segment)
            and " ".join(segment) not in _GAZ.lookup
        )

    def _piece(self, words: list[tuple[str, int, int]]) -> None:
        text = self.text
        start, end = words[0][1], words[-1][2]
        surface = text[start:end]
        if self._gaz(surface, start, end):
            return
        if surface in self.sites:
            return  # "the Red Sea and Bab al-Mandab strait"
        names = [w[0] for w in words]
        # "European Commission President Ursula von der Leyen": an organization, a person.
        for j in range(1, len(names)):
            if (
                names[j] in _OFFICE_TITLES
                and not _connector(names[j - 1])
                and any(n in _ORG_WORDS for n in names[:j])
                and not any(n in _ORG_WORDS for n in names[j:])
            ):
                self._piece(words[:j])
                self._piece(words[j:])
                return
        if len(names) > 1 and names[-1] in _VENUES and names[-2] in _VENUE_HEADS:
            return
        if len(words) > 1 and names[-1] in _DOCUMENT_WORDS:
            return  # "the Government of Ireland Act": a law, not the government
        if len(words) > 1 and any(_org_word(n) for n in names):
            self._organization(words)
            return
        if len(words) > 1 and names[-1] in _PLACE_WORDS:
            return
        # Longest gazetteer matches inside the run; the rest are name candidates.
        i = 0
        rest: list[tuple[str, int, int]] = []
        while i < len(words):
            matched = 0
            for n in range(min(_GAZ.longest, len(words) - i), 0, -1):
                sub = text[words[i][1] : words[i + n - 1][2]]
                if (
                    n == 1
                    and rest
                    and i == len(words) - 1
                    and _GAZ.lookup.get(sub, ("", "", ""))[1] in ("group", "organization")
                ):
                    # "Thérèse Kayikwamba Wagner": a surname, not the Wagner Group.
                    continue
                if sub in _GAZ.lookup or (n == 1 and sub.split("-")[0] in _GAZ.lookup):
                    if n == 1 and sub not in _GAZ.lookup:
                        head = sub.split("-")[0]
                        self._gaz(head, words[i][1], words[i][1] + len(head))
                    else:
                        self._gaz(sub, words[i][1], words[i + n - 1][2])
                    matched = n
                    break
            if matched:
                if rest:
                    self._name(rest)
                    rest = []
                i += matched
            else:
                rest.append(words[i])
                i += 1
        if rest:
            self._name(rest)

    def _organization(self, words: list[tuple[str, int, int]]) -> None:
        start, end = words[0][1], words[-1][2]
        name = self.text[start:end]
        acr = _ACRONYM_DEF.match(self.text, end)
        self._add(name, name, "organization", start, end)
        if acr:
            self._acronym(name, acr.group(1), True)

    def _name(self, words: list[tuple[str, int, int]]) -> None:
        gender = ""
        titled = False
        i = 0
        while i < len(words) and (words[i][0].rstrip(".") in _TITLES or words[i][0] in _GAZ.lookup):
            gender = _GENDER_TITLES.get(words[i][0].rstrip("."), gender)
            titled = True
            i += 1
        # "Infrastructure Minister Oleksandr Kubrakov": the name follows the last title.
        for k in range(len(words) - 2, i - 1, -1):
            if words[k][0] in _OFFICE_TITLES:
                titled = True
                i = k + 1
                break
        words = words[i:]
        if not words:
            return
        first = words[0][0]
        if first in _HONORIFICS:
            gender = _HONORIFICS[first]
            titled = True
            if len(words) == 1:
                return
        names = [w[0] for w in words]
        start, end = words[0][1], words[-1][2]
        surface = self.text[start:end]
        if surface in _REGIONS:
            return
        if (names[0] in _NOT_NAMES and not (titled and names[0] == "He" and len(names) > 1)) or any(
            n in _NOT_NAMES for n in names[1:]
        ):
            # ("Vice Premier He Lifeng": after a title, "He" is a family name.)
            return
        if any(any(c.isdigit() for c in n) for n in names):
            return
        if len(names) == 1:
            word = names[0]
            if self.acronyms.get(word):
                org = self.acronyms[word]
                self._add(org, org, "organization", start, end)
                return
            if word.replace(".", "").isupper() or len(word) < 3 or word in _ORG_WORDS:
                return
            evidence_ = (
                titled
                or word in _KNOWN_PEOPLE
                or bool(_SPEECH_AFTER.match(self.text, end))
                or bool(_TITLE_BEFORE.search(self.text, max(0, start - 30), start))
            )
            if word.lower() in self.lower and not titled:
                return
            self._single(start, end, word, evidence_, gender)
            return
        core = [n for n in names if n[:1].isupper() and n not in _NAME_PARTICLES]
        if len(names) > 2 and names[-1] in _GENERATIONS:
            core.pop()  # "Benigno Aquino III"
        if any(n.replace(".", "").isupper() for n in core) or len(core) > 4:
            return
        if any(n in _PLACE_WORDS or n in _ORG_WORDS for n in names):
            return
        if not titled and _ARTICLE_BEFORE.search(self.text, max(0, start - 4), start):
            return  # "a Los Angeles public defender": a modifier, not a person
        if not titled and _KNOWN_AS.search(self.text, max(0, start - 50), start):
            # "Leonard Francis, known as “Fat Leonard”": a second name, resolved later.
            self._single(start, end, surface, False, "")
            return
        if (
            not titled
            and not gender
            and (
                _PLACE_BEFORE.search(self.text, max(0, start - 16), start)
                # "fighting in South Kordofan and Blue Nile": both places.
                or _PLACES_AND.search(self.text, max(0, start - 60), start)
            )
            and not (
                _SPEECH_AFTER.match(self.text, end)
                and _LONE_PLACE_PREP.search(self.text, max(0, start - 16), start)
            )
        ):
            self._place(surface)
            return  # "landed in San Antonio": a place
        self._add(surface, surface, "person", start, end)
        if gender:
            self._gender(surface, gender)

    def _resolve_singles(self) -> None:
        persons = [e for e in self.entries.values() if e.kind == "person"]
        by_last: dict[str, _Entry] = {}
        for e in sorted(persons, key=lambda e: -len(e.name)):
            parts = e.name.split()
            by_last.setdefault(parts[-1], e)
            # "Donald Trumps" (a dropped apostrophe) is "Donald Trump".
        for e in list(persons):
            parts = e.name.split()
            if parts[-1].endswith("s") and len(parts) > 1:
                other = self.entries.get(" ".join([*parts[:-1], parts[-1][:-1]]))
                if other is not None and other is not e:
                    self._merge(e, other)
        # "Sheikh Mohammed bin Abdulrahman Al Thani … Sheikh Mohammed": the short form
        # opens exactly one longer name of the story.
        by_first_word: dict[str, list[_Entry]] = {}
        for e in self.entries.values():
            if e.kind == "person" and " " in e.name:
                by_first_word.setdefault(e.name.split()[0], []).append(e)
        for group in by_first_word.values():
            for e in group:
                longer = [o for o in group if o.name.startswith(e.name + " ")]
                if len(longer) == 1 and e.key in self.entries and longer[0].key in self.entries:
                    self._merge(e, longer[0])
        # "Mohamed Hamdan Dagalo, known as Hemedti": a second name of the same person.
        persons = [e for e in self.entries.values() if e.kind == "person"]
        person_spans = sorted(
            ((b, e) for e in persons for _, b in e.spans), key=lambda pair: pair[0]
        )
        person_ends = [b for b, _ in person_spans]
        for start, end, word, _ in self.singles:
            if word in by_last or not _KNOWN_AS.search(self.text, max(0, start - 50), start):
                continue
            if _GROUP_KNOWN_AS.search(self.text, max(0, start - 60), start):
                self._add(word, word, "group", start, end)  # "militias known as Wazalendo"
                continue
            k = bisect.bisect_right(person_ends, start) - 1
            if k >= 0 and start - person_ends[k] < 50:
                by_last[word] = person_spans[k][1]
                by_last[word].nickname = by_last[word].nickname or word
        # "Security sources in Belfast warned": a word the article also writes as a place
        # ("talks in Belfast") is that place, unless it is somebody's surname.
        candidates = {w for _, _, w, ev in self.singles if ev}
        places = {
            w
            for a, b, w, _ in self.singles
            if w in candidates
            and w not in by_last
            and w not in _KNOWN_PEOPLE
            and self.text[b : b + 2] not in ("’s", "'s")
            and _PLACE_BEFORE.search(self.text, max(0, a - 16), a)
            and not _LONE_PLACE_PREP.search(self.text, max(0, a - 16), a)
        }
        evidenced = {w for _, _, w, ev in self.singles if ev and w not in places}
        # "Wang Yi … Wang said": a family name written first, when only one person of
        # the story starts with that word and nobody ends with it.
        by_first: dict[str, _Entry | None] = {}
        # "Al Haj Murad Ebrahim … Murad said": a middle name only one person bears.
        by_middle: dict[str, _Entry | None] = {}
        for e in persons:
            parts = e.name.split()
            if len(parts) == 2:
                by_first[parts[0]] = None if parts[0] in by_first else e
            for part in parts[1:-1]:
                if part[:1].isupper() and part not in _NAME_PARTICLES:
                    by_middle[part] = None if by_middle.get(part, e) is not e else e
        for start, end, word, _ in self.singles:
            known = self.entries.get(word)
            if known is not None and known.kind in ("organization", "group"):
                self._add(known.key, known.name, known.kind, start, end)  # "TotalEnergies"
                continue
            target = by_last.get(word)
            if target is None and word in evidenced:
                target = by_first.get(word)
            if target is None and word not in by_first and word not in by_last:
                target = by_middle.get(word)
            if target is not None and target.key in self.entries:
                self._add(target.key, target.name, "person", start, end)
            elif word in evidenced:
                entry = self._add(word, word, "person", start, end)
                if word in self.gender_hint:
                    entry.gender = self.gender_hint[word]

    def _merge(self, src: _Entry, dst: _Entry) -> None:
        dst.aliases.update(src.aliases)
        dst.spans.extend(src.spans)
        self.mentions = [
            Mention(m.start, m.end, dst.key, m.kind) if m.key == src.key else m
            for m in self.mentions
        ]
        del self.entries[src.key]


_LAST: list[tuple[tuple[str, int, int, int], _Finder]] = []


def clear_cache() -> None:
    """Forget the last document's mentions (for benchmarks that time a cold run)."""
    _LAST.clear()


def _find(doc: Document) -> _Finder:
    # The quote extractor and the actor pane both need the mentions of the same document:
    # keep the last result so a 1 MB article is read once, not twice.
    key = (doc.sha256, len(doc.text), len(doc.blocks), len(doc.sentences))
    if _LAST and _LAST[0][0] == key:
        return _LAST[0][1]
    finder = _Finder(doc)
    finder.run()
    _LAST[:] = [(key, finder)]
    return finder


def _display(entry: _Entry) -> str:
    if entry.kind == "person" and entry.nickname:
        # "Pushpa Kamal Dahal (Prachanda)": both names an article may use.
        return f"{entry.name} ({entry.nickname})"
    if entry.kind == "state" and entry.name not in entry.aliases:
        # The article's own long form ("Democratic Republic of Congo"), as an analyst
        # would copy it, rather than the gazetteer's spelling.
        long_forms = [a for a in entry.aliases if a.count(" ") >= 2]
        if long_forms:
            return max(long_forms, key=len)
    if entry.kind == "state":
        # "Britain", "the Kremlin": the other names the article writes, beside the
        # state's own ("United Kingdom (Britain)"), so that either is found.
        names = [
            a
            for a in entry.aliases
            if a != entry.name
            and _GAZ.lookup.get(a, ("", "", ""))[2] == "name"
            and not a.replace(".", "").isupper()
        ]
        if names:
            return f"{entry.name} ({', '.join(names[:2])})"
    if entry.kind in ("organization", "group") and entry.key in _GAZ.orgs:
        written = [
            a
            for a in entry.aliases
            if len(a) > 3
            and not a.replace(".", "").isupper()
            and _GAZ.lookup.get(a, ("",))[0] == entry.key
        ]
        if entry.name not in entry.aliases and written:
            # The article's own spelling ("al Qaeda") rather than the gazetteer's.
            return max(written, key=len)
    if entry.kind in ("organization", "group"):
        acronym = entry.acronym or _GAZ.orgs.get(entry.key, ("", ""))[1]
        if acronym and acronym in entry.aliases and acronym != entry.name:
            return f"{entry.name} ({acronym})"
    return entry.name


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Mentions in text order and the display name and gender of each actor key."""

    mentions: tuple[Mention, ...]
    names: dict[str, str]
    genders: dict[str, str]
    surfaces: dict[str, str]  # a surface form or a person's surname -> display name


def find_mentions(doc: Document) -> ActorIndex:
    """Every actor mention in ``doc`` (sorted by position) with display names."""
    finder = _find(doc)
    mentions = tuple(sorted(finder.mentions, key=lambda m: m.start))
    names = {k: _display(e) for k, e in finder.entries.items()}
    genders = {k: e.gender for k, e in finder.entries.items() if e.gender}
    surfaces: dict[str, str] = {}
    for key, entry in finder.entries.items():
        if not entry.spans:
            continue
        for alias in (entry.name, *entry.aliases):
            surfaces.setdefault(alias, names[key])
        if entry.acronym:
            surfaces.setdefault(entry.acronym, names[key])
        if entry.kind == "person":
            surfaces.setdefault(entry.name.split()[-1], names[key])
    return ActorIndex(mentions, names, genders, surfaces)


# "talks in Switzerland", "crossed into Venezuela": where something happened. Lower case
# only: "In Israel, critics said …" opening a sentence is about the country's politics;
# not "at" ("lashed out at Britain").
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|into|near|across|via|through|outside|inside)\s+\Z")
# "former Finnish president Martti Ahtisaari": the person's past office, not the state.
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+\Z")
# "A North-South Ministerial Council will …", "a 108-member Assembly": a body the article
# describes (often one the deal creates), not one that acts in it.
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[\w,’'-]+\s+){0,2}\Z")
# Words of a named armed group or movement: "the rebels" are then that group.
_ARMED_WORDS = frozenset(
    _words("Front Movement Army Brigade Brigades Forces Militia Liberation Guard Guards Corps")
)


def _capital_acts(text: str, start: int, end: int) -> bool:
    """ "Washington’s role", "Moscow said": a capital standing for its government (not
    "diplomats in Brussels said")."""
    return (
        text.startswith(("’s ", "'s "), end) or _SPEECH_AFTER.match(text, end) is not None
    ) and _PLACE_BEFORE.search(text, max(0, start - 16), start) is None


def _place_only(entry: _Entry, text: str) -> bool:
    """A state the article only names as a place ("talks in Switzerland", "the Saudi
    capital"), as a person's former office or nationality ("a Malaysian businessman"),
    never as a party that acts."""
    for start, end in entry.spans:
        role = _GAZ.lookup.get(text[start:end], ("", "", ""))[2]
        if role == "capital" and _capital_acts(text, start, end):
            return False
        if role == "capital" or text.startswith(" capital", end):
            continue
        if role == "adjective":
            after = _NEXT_WORD.match(text, end)
            if after and after.group(1) in _NATIONALITY_NOUNS:
                continue
        window = text[max(0, start - 24) : start]
        if _LOCATIVE_BEFORE.search(window) or _FORMER_BEFORE.search(window):
            continue
        return False
    return True


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# "Sudanese nationals", "a Colombian businessman": people of that nationality.
_NATIONALITY_NOUNS = frozenset(
    _words(
        """
        nationals national citizens citizen businessman businesswoman businessmen man woman
        men women journalist journalists lawyer lawyers student students tourist tourists
        worker workers
        """
    )
)


def _described_only(entry: _Entry, text: str) -> bool:
    """An organization the article only ever introduces with "a"/"an"."""
    return all(
        _INDEFINITE_BEFORE.search(text, max(0, start - 40), start) for start, _ in entry.spans
    )


def _has_named_group(entries: dict[str, _Entry]) -> bool:
    nouns = set(_GROUP_NOUNS.values())
    for entry in entries.values():
        if not entry.spans or entry.key in nouns or "-led " in entry.key:
            continue
        if entry.kind == "group" or (
            entry.kind == "organization"
            and any(w in _ARMED_WORDS for w in entry.name.replace("-", " ").split())
        ):
            return True
    return False


def _is_actor(entry: _Entry, text: str, named_group: bool, places: set[str]) -> bool:
    if entry.kind == "person":
        # "Blue Nile … the war in Blue Nile": a name the article also writes as a place.
        return entry.name not in places
    if entry.kind == "state":
        return not _place_only(entry, text)
    if entry.kind == "group" and entry.key in _GAZ.states:
        # A people is a party when the article names it as one ("Israel's dispute with the
        # Palestinians"), not when it counts or describes ("killed 44 Palestinians",
        # "Palestinian prisoners").
        return any(
            text.startswith("the ", start - 4)
            and _GAZ.lookup.get(text[start:end], "")[2:] == ("people",)
            for start, end in entry.spans
        )
    if entry.kind == "group" and entry.key in _GROUP_NOUNS.values():
        # "the rebels" is an actor of its own only when the article names no armed group.
        return not named_group
    if entry.kind == "organization" and entry.key not in _GAZ.orgs:
        return not _described_only(entry, text)
    if entry.kind == "organization":
        # "former U.N. Secretary-General Kofi Annan": the person's past office.
        return not all(
            _FORMER_BEFORE.search(text, max(0, start - 24), start) for start, _ in entry.spans
        )
    return True


def extract_actors(doc: Document) -> list[Actor]:
    """People, states, organizations and groups, most mentioned first."""
    finder = _find(doc)
    actors: list[tuple[int, int, Actor]] = []
    named_group = _has_named_group(finder.entries)
    for entry in finder.entries.values():
        if not entry.spans or not _is_actor(entry, doc.text, named_group, finder.places):
            continue
        spans = sorted(set(entry.spans))
        name = _display(entry)
        aliases = [a for a in entry.aliases if a != name]
        ev = [evidence(doc.text, s, e) for s, e in spans[:5]]
        actors.append((-len(spans), spans[0][0], Actor(name, entry.kind, len(spans), aliases, ev)))
    actors.sort(key=lambda t: (t[0], t[1]))
    return [a for _, _, a in actors]
