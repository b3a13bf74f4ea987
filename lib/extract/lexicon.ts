/**
 * Word lists the scanners share. They describe English news prose in general (speech verbs,
 * titles, places, institutions), never the people of particular articles.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Prepositions whose object is a place or a body, not someone who could speak: "told supporters at Folkets Hus", "from Khan Younis". */
export const LOCATIVES = set('at in near outside inside from on');

/** Verbs that introduce reported speech, in the forms news copy uses. */
export const SPEECH_VERBS = set(`
said says say saying told tells telling added adds warned warns warning stressed stresses insisted insists
declared declares explained explains noted notes stated states asked asks acknowledged acknowledges
cautioned cautions shared wrote writes tweeted tweets argued argues arguing continued repeated repeats promised
promises pledged pledges demanded demands urged urges claimed claims recalled recalls recalling replied replies
responded remarked observed conceded admitted admits suggested suggests announced announces agreed complained
speculated predicted described describes commented comments accused accuses denied denies confirmed confirms
reiterated emphasised emphasized underlined declared told vowed vows assured assures concluded charged
countered insisting adding stressing explaining noting telling declaring asserted asserts maintained
testified testifies testifying posted recounted recounts quipped joked lamented laments pleaded contended
`);

/** Speech verbs that make a sentence-initial subject the source of any quote in the sentence. */
export const SUBJECT_VERB_RE = /^(?:[a-z]+ed|[a-z]+s)$/;

export const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

/** Courtesy titles: they mark the next word(s) as a person and give a gender. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dr: null, 'dr.': null,
  sir: 'm', dame: 'f', lord: 'm', lady: 'f', prof: null, 'prof.': null,
};

/** Nouns that make a phrase a role ("the Secretary of State", "the Kremlin deputy chief of staff"). */
export const ROLE_HEADS = set(`
president vice-president secretary secretary-general minister spokesman spokeswoman spokesperson ambassador
chancellor premier leader head chief adviser advisor counterpart envoy deputy director commander governor mayor
senator congressman congresswoman representative king queen prince emperor general official officials diplomat
diplomats aide aides assistant negotiator negotiators foreign-minister lawmaker lawmakers analyst analysts
spokespeople chairman chairwoman chair prosecutor judge sources source officer officers taoiseach tánaiste tanaiste
`);

/** Words that may sit inside a role phrase before a name ("US Secretary of State", "Kremlin spokesman"). */
export const ROLE_WORDS = set(`
president vice secretary general minister foreign defence defense interior finance state of spokesman
spokeswoman spokesperson ambassador chancellor prime premier leader head chief staff adviser advisor counterpart
envoy deputy director commander governor mayor senator representative department ministry the to national
security senior top former then acting special white house kremlin nato un eu us u.s. uk opposition
chairman chairwoman chair sergeant colonel captain lieutenant admiral marshal his her their its diplomacy
taoiseach tánaiste tanaiste
`);

/** Titles that rank a person; two different ones for one person are a title conflict. */
export const RANK_TITLES = [
  'vice president', 'president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister',
  'secretary of state', 'secretary general', 'chancellor', 'spokesman', 'spokeswoman', 'ambassador',
  'chief of staff', 'deputy chief of staff', 'king', 'queen',
];

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS = set(`
the a an and but or if in on at of for to by with from as it its this that these those there here he she they we
i you his her their our my your when while after before since until although though however also not no yes
so then than what which who whom whose where why how all any some each every both either neither one two three
according speaking asked shortly nonetheless meanwhile moreover yet still even just only despite during
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december feb mar apr jun jul aug sep sept oct nov dec
mayor judge governor senator colonel captain lieutenant admiral director chairman chief minister premier taoiseach tánaiste tanaiste
authority port company police commissioner inspector professor sheriff bishop pope king queen prince princess
president vice secretary minister foreign general state spokesman spokeswoman ambassador chancellor prime
department ministry council union alliance organization organisation commission sea ocean states kingdom
republic europe european america american office house news olympics games format stream powers war force
forces army navy party parliament congress senate court bank fund agency times post press university institute
treaty agreement pact accord summit conference talks group committee assembly government administration embassy
service station airport street square pipeline day week month year north south east west eastern western
northern southern central united nations world cooperation co-operation security defense defence federation
islands island mountains river city province region county district media network television radio channel
reuters afp ap bbc cnn nbc abc cbs fox tass interfax ria novosti xinhua next read leave reply see share
related advertisement breaking update live video photo image click subscribe getty
kremlin white pentagon capitol downing elysee élysée quai duma
christmas easter ramadan olympic winter summer spring autumn fall
mr mrs ms dr sir prof
democrat democrats republican republicans tory tories labour conservative conservatives liberal liberals
socialist socialists communist communists
`);

export const NATIONALITIES: Record<string, string> = {
  american: 'US', us: 'US', 'u.s.': 'US', russian: 'Russia', ukrainian: 'Ukraine', british: 'UK', uk: 'UK',
  french: 'France', german: 'Germany', chinese: 'China', polish: 'Poland', italian: 'Italy', spanish: 'Spain',
  japanese: 'Japan', indian: 'India', canadian: 'Canada', turkish: 'Turkey', iranian: 'Iran', israeli: 'Israel',
  belarusian: 'Belarus', georgian: 'Georgia', kazakh: 'Kazakhstan', swedish: 'Sweden', finnish: 'Finland',
  dutch: 'Netherlands', belgian: 'Belgium', swiss: 'Switzerland', austrian: 'Austria', hungarian: 'Hungary',
  romanian: 'Romania', lithuanian: 'Lithuania', latvian: 'Latvia', estonian: 'Estonia', czech: 'Czech Republic',
  australian: 'Australia', korean: 'Korea', saudi: 'Saudi Arabia', egyptian: 'Egypt', mexican: 'Mexico',
  brazilian: 'Brazil', nato: 'NATO', eu: 'EU', un: 'UN', kremlin: 'Russia', moldovan: 'Moldova',
  danish: 'Denmark', norwegian: 'Norway', greek: 'Greece', portuguese: 'Portugal', irish: 'Ireland',
  pakistani: 'Pakistan', afghan: 'Afghanistan', syrian: 'Syria', iraqi: 'Iraq', palestinian: 'Palestine',
};

export const COUNTRIES = set(`
russia ukraine france germany china poland italy spain japan india canada turkey iran israel belarus georgia
kazakhstan sweden finland netherlands belgium switzerland austria hungary romania lithuania latvia estonia
australia korea egypt mexico brazil moldova denmark norway greece portugal ireland pakistan afghanistan syria
iraq britain england scotland wales crimea donbas donbass taiwan vietnam indonesia nigeria kenya ethiopia
argentina chile colombia venezuela cuba serbia croatia bulgaria slovakia slovenia armenia azerbaijan
`);

/**
 * Cities and meeting places. A general gazetteer of capitals and diplomatic venues, not the
 * cities of our articles alone, so that meetings elsewhere get a place too.
 */
export const CITIES = set(`
geneva brussels vienna paris berlin london washington moscow kiev kyiv beijing tokyo rome madrid lisbon warsaw
prague budapest bucharest sofia athens ankara istanbul minsk vilnius riga tallinn helsinki stockholm oslo
copenhagen amsterdam the-hague luxembourg bern zurich davos munich frankfurt hamburg milan strasbourg lyon
marseille dublin edinburgh belgrade zagreb ljubljana bratislava chisinau tbilisi yerevan baku astana almaty
tashkent tehran baghdad damascus beirut amman jerusalem tel-aviv cairo riyadh doha dubai abu-dhabi muscat
kabul islamabad delhi new-delhi mumbai dhaka colombo bangkok hanoi manila jakarta singapore kuala-lumpur
seoul pyongyang taipei canberra sydney wellington ottawa toronto montreal new-york mexico-city havana bogota
lima santiago buenos-aires brasilia caracas quito nairobi addis-ababa lagos abuja pretoria johannesburg
kinshasa dakar algiers tunis rabat tripoli khartoum sochi st-petersburg minsk helsinki reykjavik valletta
nicosia kaliningrad odessa kharkiv donetsk luhansk mariupol sevastopol camp-david
`);

/**
 * More of the world's cities, for meeting places only: kept out of CITIES because the name scanner
 * treats CITIES as never-a-name, and many of these are also surnames (Houston, Kingston, Lima).
 */
export const WORLD_CITIES = set(`
los-angeles san-francisco chicago boston houston atlanta miami seattle philadelphia dallas denver detroit
vancouver montevideo asuncion la-paz panama-city san-jose guatemala-city san-salvador tegucigalpa managua
kingston port-au-prince santo-domingo sao-paulo são-paulo rio-de-janeiro brasília
accra kampala kigali dar-es-salaam dodoma lusaka harare maputo luanda windhoek gaborone cape-town durban
juba mogadishu djibouti asmara kano casablanca marrakesh sharm-el-sheikh alexandria jeddah mecca
manama kuwait-city sanaa aden erbil mosul basra aleppo gaza ramallah
kathmandu thimphu karachi lahore kolkata chennai bengaluru bangalore hyderabad yangon naypyidaw phnom-penh
vientiane ho-chi-minh-city shanghai hong-kong shenzhen guangzhou macau osaka kyoto busan ulaanbaatar
bishkek dushanbe ashgabat cebu quezon-city surabaya bali perth melbourne brisbane adelaide auckland
glasgow cardiff belfast manchester liverpool birmingham leeds bristol cologne dusseldorf düsseldorf stuttgart
bonn leipzig dresden antwerp rotterdam utrecht gothenburg malmo malmö bergen turku tampere krakow kraków
gdansk gdańsk wroclaw poznan lviv dnipro zaporizhzhia naples turin florence venice barcelona seville valencia
bilbao porto geneve lausanne basel nice bordeaux toulouse lille salzburg innsbruck thessaloniki izmir
antalya st-petersburg saint-petersburg yekaterinburg novosibirsk vladivostok murmansk pristina podgorica
skopje tirana sarajevo dubrovnik split andorra-la-vella monaco san-marino vaduz
`);

/**
 * Well-known venues that stand for a place in news copy ("on Capitol Hill", "at the Elysee"): a meeting
 * held there has that venue as its place.
 */
export const VENUES = new Set([
  'Capitol Hill', 'White House', 'Kremlin', 'Elysee Palace', 'Élysée Palace', 'Elysee', 'Élysée', 'Downing Street',
  'Pentagon', 'Vatican', 'Camp David', 'Chequers', 'Palace of Westminster', 'Houses of Parliament', 'Bundestag',
  'Berlaymont', 'Palais des Nations', 'UN headquarters', 'United Nations headquarters',
]);

