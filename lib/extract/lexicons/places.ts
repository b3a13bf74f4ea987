import { DEMONYM_VARIANTS, WORLD_COUNTRY_WORDS, WORLD_DEMONYMS } from './world-countries';
import { lexicon, valuedLexicon } from './lexicon';

/** Countries and regions named in one word: never a person's name. */
export const COUNTRY_LEXICON = lexicon('country names', [
  {
    source: 'countries',
    words: `
    russia ukraine france germany china poland italy spain japan india canada turkey iran israel belarus georgia
    kazakhstan sweden finland netherlands belgium switzerland austria hungary romania lithuania latvia estonia
    australia korea egypt mexico brazil moldova denmark norway greece portugal ireland pakistan afghanistan syria
    iraq britain england scotland wales crimea donbas donbass taiwan vietnam indonesia nigeria kenya ethiopia
    argentina chile colombia venezuela cuba serbia croatia bulgaria slovakia slovenia armenia azerbaijan
    turkiye africa
`,
  },
  { source: 'world-countries', words: WORLD_COUNTRY_WORDS },
]);

/**
 * Capitals and meeting places: the name scanner treats these as never-a-name, so only cities that are
 * not also common surnames belong here.
 */
export const CITY_LEXICON = lexicon('capital cities and diplomatic venues', [
  {
    source: 'capitals',
    words: `
    geneva brussels vienna paris berlin london washington moscow kiev kyiv beijing tokyo rome madrid lisbon warsaw
    prague budapest bucharest sofia athens ankara istanbul minsk vilnius riga tallinn helsinki stockholm oslo
    copenhagen amsterdam the-hague luxembourg bern zurich davos munich frankfurt hamburg milan strasbourg lyon
    marseille dublin edinburgh belgrade zagreb ljubljana bratislava chisinau tbilisi yerevan baku astana almaty
    tashkent tehran baghdad damascus beirut amman jerusalem tel-aviv cairo riyadh doha dubai abu-dhabi muscat
    kabul islamabad delhi new-delhi mumbai dhaka colombo bangkok hanoi manila jakarta singapore kuala-lumpur seoul
    pyongyang taipei canberra sydney wellington ottawa toronto montreal new-york mexico-city havana bogota lima
    santiago buenos-aires brasilia caracas quito nairobi addis-ababa lagos abuja pretoria johannesburg kinshasa
    dakar algiers tunis rabat tripoli khartoum sochi st-petersburg minsk helsinki reykjavik valletta nicosia
    kaliningrad odessa kharkiv donetsk luhansk mariupol sevastopol camp-david
`,
  },
]);

/** More of the world's cities, for meeting places only (many are also surnames: Houston, Kingston, Lima). */
export const WORLD_CITY_LEXICON = lexicon('world cities', [
  {
    source: 'world-cities',
    words: `
    los-angeles san-francisco chicago boston houston atlanta miami seattle philadelphia dallas denver detroit
    vancouver montevideo asuncion la-paz panama-city san-jose guatemala-city san-salvador tegucigalpa managua
    kingston port-au-prince santo-domingo sao-paulo são-paulo rio-de-janeiro brasília accra kampala kigali
    dar-es-salaam dodoma lusaka harare maputo luanda windhoek gaborone cape-town durban juba mogadishu djibouti
    asmara kano casablanca marrakesh sharm-el-sheikh alexandria jeddah mecca manama kuwait-city sanaa aden erbil
    mosul basra aleppo gaza ramallah kathmandu thimphu karachi lahore kolkata chennai bengaluru bangalore
    hyderabad yangon naypyidaw phnom-penh vientiane ho-chi-minh-city shanghai hong-kong shenzhen guangzhou macau
    osaka kyoto busan ulaanbaatar bishkek dushanbe ashgabat cebu quezon-city surabaya bali perth melbourne
    brisbane adelaide auckland glasgow cardiff  manchester liverpool birmingham leeds bristol cologne
    dusseldorf düsseldorf stuttgart bonn leipzig dresden antwerp  utrecht gothenburg malmo malmö bergen
    turku tampere krakow kraków gdansk gdańsk wroclaw poznan lviv dnipro zaporizhzhia naples turin florence venice
     seville valencia bilbao  geneve lausanne basel nice bordeaux toulouse lille salzburg 
    thessaloniki izmir antalya st-petersburg saint-petersburg yekaterinburg novosibirsk vladivostok murmansk
    pristina podgorica skopje tirana sarajevo dubrovnik split andorra-la-vella monaco san-marino vaduz
`,
  },
]);

/** Nationality adjectives (and a few bodies) with the state or side they stand for: "Russian" → Russia. */
export const DEMONYM_LEXICON = valuedLexicon<string>('nationality adjectives', [
  // Every state's demonym first: the hand-made table below overrides it ("American" is "US").
  { source: 'world-countries', values: WORLD_DEMONYMS },
  { source: 'demonyms', values: DEMONYM_VARIANTS },
  {
    source: 'demonyms',
    values: {
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
    },
  },
]);

/** Buildings that stand for a place in news copy ("on Capitol Hill", "at the Elysee"), as written. */
export const VENUE_NAMES = ['Capitol Hill', 'White House', 'Kremlin', 'Elysee Palace', 'Élysée Palace', 'Elysee', 'Élysée', 'Downing Street',
  'Pentagon', 'Vatican', 'Camp David', 'Chequers', 'Palace of Westminster', 'Houses of Parliament', 'Bundestag',
  'Berlaymont', 'Palais des Nations', 'UN headquarters', 'United Nations headquarters', 'State Department', 'Department of State'];

export const VENUE_LEXICON = lexicon('venues', [{ source: 'venues', words: VENUE_NAMES.map((v) => v.toLowerCase().replace(/ /g, '-')).join(' ') }]);

/** Of those venues, the ones that speak for a government in news copy: "the Kremlin said", "the White House said in a statement". */
export const VENUE_VOICE_LEXICON = lexicon('venues that speak for a government', [{
  source: 'venues',
  words: 'white-house kremlin elysee élysée elysee-palace élysée-palace downing-street pentagon vatican state-department',
}]);

/** Buildings and rooms that stand for their city when a briefing is held there, with that city. */
export const VENUE_CITY_LEXICON = valuedLexicon<string>('venues with their city', [
  {
    source: 'venues',
    values: {
      'white house': 'Washington', 'james s. brady press briefing room': 'Washington', pentagon: 'Washington', capitol: 'Washington',
      'state department': 'Washington', 'department of state': 'Washington', kremlin: 'Moscow', 'downing street': 'London', 'elysee palace': 'Paris', 'élysée palace': 'Paris',
      'palais des nations': 'Geneva', 'un headquarters': 'New York',
      // Seats of heads of state and government where talks are held, named without their city.
      'buckingham palace': 'London', 'lancaster house': 'London', 'oval office': 'Washington', 'great hall of the people': 'Beijing',
      'zhongnanhai': 'Beijing', 'hyderabad house': 'New Delhi', 'nato headquarters': 'Brussels',
      // Rooms and grounds of the White House that news copy names alone ("a press conference in the Rose Garden",
      // "a meeting in the Situation Room"; whitehouse.gov's own tour pages).
      'rose garden': 'Washington', 'situation room': 'Washington',
      // The briefing room as the Bush White House's transcripts name it ("The James S. Brady Briefing Room"), and "the Oval",
      // the press office's own short name for the Oval Office ("in addition to the meeting in the Oval").
      'brady briefing room': 'Washington', oval: 'Washington',
      // Country retreats of a head of government, in no town: the retreat is the place news copy gives.
      'camp david': 'Camp David', chequers: 'Chequers',
    },
  },
]);
