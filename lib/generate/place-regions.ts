/**
 * The towns a place question draws its wrong answers from: cities by world region and by the parts of a
 * region whose capitals host each other's diplomacy, the seats of government and of international bodies,
 * and the cities that host talks. Fixed tables, read by places.ts and state-capitals.ts.
 */
import { normalise } from './text';

/**
 * Cities by world region. A wrong answer should be a city of the same part of the world (a student
 * who knows the Geneva talks were in Europe should still have to think), so distractors come from
 * the answer's region first; cities from the library come first within it. Also the fallback when
 * the library names too few places. These are distractor candidates, never answers.
 */
const CITIES_BY_REGION: Record<string, string[]> = {
  europe: [
    'Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'Warsaw', 'Helsinki', 'Minsk', 'Rome', 'Madrid',
    'Prague', 'Budapest', 'Stockholm', 'Oslo', 'Munich', 'The Hague', 'Istanbul', 'Riga', 'Vilnius', 'Lisbon',
    'Copenhagen', 'Amsterdam', 'Luxembourg', 'Strasbourg', 'Frankfurt', 'Hamburg', 'Milan', 'Dublin', 'Athens',
    'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Bern', 'Zurich', 'Moscow', 'Kyiv', 'Kiev', 'Tallinn', 'Edinburgh',
    'Manchester', 'Barcelona', 'Lyon', 'Marseille', 'Cologne', 'Bratislava', 'Ljubljana', 'Lausanne', 'Davos',
    'Ankara', 'Reykjavik', 'Valletta', 'Nicosia', 'Podgorica', 'Skopje', 'Tirana', 'Sarajevo', 'Pristina', 'Chisinau',
    'Kraków', 'Gdansk', 'Odesa', 'Kharkiv', 'Lviv', 'St Petersburg', 'Naples', 'Turin', 'Seville', 'Valencia',
    'Porto', 'Rotterdam', 'Antwerp', 'Glasgow', 'Cardiff', 'Belfast', 'Birmingham', 'Liverpool', 'Leeds', 'Bordeaux',
    'Toulouse', 'Nice', 'Stuttgart', 'Düsseldorf', 'Dresden', 'Leipzig', 'Salzburg', 'Basel', 'Gothenburg', 'Bergen',
    'Aarhus', 'Tbilisi', 'Yerevan', 'Baku', 'Ramstein', 'Mons', 'Wiesbaden', 'Stavanger', 'Thessaloniki', 'Izmir',
    'Krakow',
  ],
  'north-america': [
    'Washington', 'New York', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Chicago', 'Los Angeles', 'San Francisco',
    'Boston', 'Sacramento', 'Seattle', 'Houston', 'Atlanta', 'Miami', 'Philadelphia', 'Mexico City', 'Dallas',
    'Denver', 'Baltimore', 'Detroit', 'Phoenix', 'San Diego', 'Honolulu', 'Anchorage', 'Tampa', 'Orlando',
    'New Orleans', 'Pittsburgh', 'Cleveland', 'Minneapolis', 'St. Louis', 'Kansas City', 'Nashville', 'Austin',
    'San Antonio', 'Norfolk', 'Quebec City', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax', 'Guadalajara', 'Monterrey',
    'Tijuana', 'Arlington', 'Annapolis', 'Fort Bragg',
  ],
  'latin-america': [
    'Brasília', 'São Paulo', 'Rio de Janeiro', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito',
    'Montevideo', 'Havana', 'Belém', 'Mexico City', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua',
    'San José', 'Panama City', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Port of Spain',
    'Bridgetown', 'Nassau', 'Georgetown', 'Paramaribo', 'Asunción', 'La Paz', 'Sucre', 'Medellín', 'Cartagena',
    'Guayaquil', 'Córdoba', 'Valparaíso', 'Recife', 'Salvador',
  ],
  'middle-east': [
    'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem',
    'Tel Aviv', 'Muscat', 'Jeddah', 'Cairo', 'Sanaa', 'Aden', 'Kuwait City', 'Manama', 'Basra', 'Erbil', 'Mosul',
    'Aleppo', 'Homs', 'Ramallah', 'Gaza City', 'Haifa', 'Aqaba', 'Isfahan', 'Mashhad', 'Tabriz', 'Medina', 'Mecca',
    'Alexandria',
  ],
  africa: [
    'Nairobi', 'Addis Ababa', 'Lagos', 'Abuja', 'Pretoria', 'Johannesburg', 'Cape Town', 'Kinshasa', 'Dakar', 'Accra',
    'Kampala', 'Kigali', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Arusha', 'Dar es Salaam', 'Ouagadougou', 'Bamako',
    'Niamey', 'Nouakchott', 'Conakry', 'Freetown', 'Monrovia', 'Abidjan', 'Yamoussoukro', 'Lomé', 'Cotonou',
    'Porto-Novo', 'Banjul', 'Bissau', 'Praia', 'Yaoundé', 'Douala', 'Libreville', 'Malabo', 'Brazzaville', 'Bangui',
    'N’Djamena', 'Luanda', 'Lusaka', 'Harare', 'Gaborone', 'Windhoek', 'Maputo', 'Lilongwe', 'Antananarivo',
    'Port Louis', 'Moroni', 'Djibouti', 'Asmara', 'Mogadishu', 'Juba', 'Goma', 'Lubumbashi', 'Mombasa',
    'Durban', 'Tripoli', 'Benghazi', 'Casablanca', 'Marrakesh', 'Mbabane', 'Maseru', 'Gitega', 'Bujumbura', 'Dodoma',
    'Zanzibar', 'Kano', 'Port Harcourt', 'El Fasher', 'Omdurman', 'Port Sudan',
  ],
  asia: [
    'Beijing', 'Tokyo', 'Seoul', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'New Delhi',
    'Delhi', 'Mumbai', 'Dhaka', 'Islamabad', 'Kabul', 'Taipei', 'Shanghai', 'Hong Kong', 'Osaka', 'Tashkent',
    'Astana', 'Almaty', 'Ulaanbaatar', 'Pyongyang', 'Busan', 'Kyoto', 'Hiroshima', 'Nagoya', 'Guangzhou', 'Shenzhen',
    'Wuhan', 'Chengdu', 'Chongqing', 'Xi’an', 'Lhasa', 'Urumqi', 'Macau', 'Kaohsiung', 'Ho Chi Minh City',
    'Phnom Penh', 'Vientiane', 'Yangon', 'Naypyidaw', 'Kathmandu', 'Thimphu', 'Colombo', 'Malé', 'Kolkata', 'Chennai',
    'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi', 'Lahore', 'Kandahar', 'Herat', 'Bishkek', 'Dushanbe',
    'Ashgabat', 'Samarkand', 'Bandar Seri Begawan', 'Dili', 'Cebu', 'Davao', 'Surabaya', 'Bali', 'Penang',
    'Bhubaneswar', 'Chittagong',
  ],
  oceania: [
    'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Wellington', 'Auckland', 'Adelaide', 'Hobart', 'Darwin',
    'Cairns', 'Gold Coast', 'Christchurch', 'Suva', 'Port Moresby', 'Honiara', 'Apia', 'Nuku’alofa', 'Port Vila',
    'Nouméa', 'Papeete', 'Tarawa', 'Majuro', 'Palikir', 'Funafuti', 'Yaren',
  ],
};

/** Seats of government and parliaments: the wrong answers when the answer is a building, not a city. */
export const VENUES = ['Westminster', 'Capitol Hill', 'Whitehall', 'Downing Street', 'the White House', 'the Kremlin', 'the Élysée Palace', 'the Bundestag'];

/** A place named by its kind of building: "Ramstein Air Base", "Lancaster House", "Camp David". */
export const VENUE_WORD = /\b(?:Air Base|Base|Camp|Palace|House|Hall|Centre|Center|Airport|Castle|Building|Hotel|Barracks)\b/;

/**
 * Capitals and the cities that host diplomacy (Geneva, Vienna, Istanbul, New York): the places talks are
 * held. A distractor for a meeting's place is drawn from these first, so that no option (Aleppo, Medina for
 * nuclear talks) is one a student can rule out without knowing the story.
 */
export const HOSTS_TALKS = new Set([
  'Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'Warsaw', 'Helsinki', 'Minsk', 'Rome', 'Madrid', 'Prague',
  'Budapest', 'Stockholm', 'Oslo', 'The Hague', 'Istanbul', 'Riga', 'Vilnius', 'Lisbon', 'Copenhagen', 'Amsterdam',
  'Luxembourg', 'Strasbourg', 'Dublin', 'Athens', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Bern', 'Moscow', 'Kyiv',
  'Tallinn', 'Bratislava', 'Ljubljana', 'Lausanne', 'Davos', 'Ankara', 'Reykjavik', 'Valletta', 'Nicosia', 'Podgorica',
  'Skopje', 'Tirana', 'Sarajevo', 'Pristina', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Washington', 'New York', 'Ottawa',
  'Mexico City', 'Camp David', 'Annapolis', 'Brasília', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito',
  'Montevideo', 'Havana', 'Riyadh', 'Doha', 'Abu Dhabi', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem',
  'Muscat', 'Jeddah', 'Cairo', 'Sanaa', 'Kuwait City', 'Manama', 'Sharm el-Sheikh', 'Nairobi', 'Addis Ababa', 'Abuja',
  'Pretoria', 'Kinshasa', 'Dakar', 'Accra', 'Kampala', 'Kigali', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Arusha', 'Tripoli',
  'Beijing', 'Tokyo', 'Seoul', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'New Delhi',
  'Islamabad', 'Kabul', 'Taipei', 'Tashkent', 'Astana', 'Ulaanbaatar', 'Pyongyang', 'Colombo', 'Kathmandu', 'Canberra',
  'Wellington',
].map(normalise));

/**
 * Parts of a region whose capitals host each other's diplomacy: an Israeli–Palestinian meeting is placed
 * among Cairo, Amman and Ramallah, never Tehran or Riyadh (blind-23). A town not listed has its region only.
 */
const SUBREGIONS: Record<string, string[]> = {
  'west-europe': ['Geneva', 'Brussels', 'Vienna', 'Paris', 'Berlin', 'London', 'The Hague', 'Rome', 'Madrid', 'Lisbon', 'Bern', 'Lausanne', 'Luxembourg', 'Strasbourg', 'Amsterdam', 'Dublin', 'Copenhagen', 'Oslo', 'Stockholm', 'Helsinki', 'Davos', 'Munich', 'Zurich', 'Reykjavik'],
  'east-europe': ['Warsaw', 'Prague', 'Budapest', 'Bratislava', 'Vilnius', 'Riga', 'Tallinn', 'Minsk', 'Kyiv', 'Kiev', 'Moscow', 'Chisinau', 'Bucharest', 'Sofia', 'St Petersburg', 'Helsinki'],
  'southeast-europe': ['Belgrade', 'Athens', 'Nicosia', 'Ankara', 'Istanbul', 'Sofia', 'Bucharest'],
  caucasus: ['Tbilisi', 'Yerevan', 'Baku', 'Moscow', 'Ankara'],
  levant: ['Jerusalem', 'Tel Aviv', 'Ramallah', 'Amman', 'Cairo', 'Sharm el-Sheikh', 'Aqaba'],
  gulf: ['Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Tehran', 'Baghdad'],
  'east-africa': ['Nairobi', 'Addis Ababa', 'Kampala', 'Kigali', 'Khartoum', 'Juba', 'Mogadishu', 'Djibouti', 'Asmara', 'Arusha', 'Dar es Salaam', 'Dodoma', 'Bujumbura', 'Gitega', 'Mombasa'],
  'west-africa': ['Abuja', 'Lagos', 'Dakar', 'Accra', 'Bamako', 'Niamey', 'Ouagadougou', 'Nouakchott', 'Conakry', 'Freetown', 'Monrovia', 'Abidjan', 'Yamoussoukro', 'Lomé', 'Cotonou', 'Banjul', 'Bissau'],
  'north-africa': ['Algiers', 'Tunis', 'Rabat', 'Tripoli', 'Cairo', 'Benghazi', 'Nouakchott', 'Khartoum'],
  'central-south-africa': ['Kinshasa', 'Brazzaville', 'Luanda', 'Lusaka', 'Harare', 'Pretoria', 'Johannesburg', 'Gaborone', 'Windhoek', 'Maputo', 'Lilongwe', 'Yaoundé', 'Libreville', 'Bangui', 'N’Djamena', 'Goma'],
  'east-asia': ['Beijing', 'Tokyo', 'Seoul', 'Shanghai', 'Hong Kong', 'Busan', 'Osaka'],
  // North Korea's talks are held in Pyongyang, Beijing, Seoul or Russia's Far East (six-party and inter-Korean
  // rounds, Kim's summits in Vladivostok), never in South Asia.
  'korean-peninsula': ['Pyongyang', 'Seoul', 'Beijing', 'Vladivostok'],
  'southeast-asia': ['Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Singapore', 'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Yangon', 'Naypyidaw', 'Bandar Seri Begawan', 'Dili'],
  'south-asia': ['New Delhi', 'Delhi', 'Islamabad', 'Kabul', 'Dhaka', 'Colombo', 'Kathmandu', 'Thimphu', 'Malé', 'Mumbai', 'Karachi', 'Lahore'],
  'central-asia': ['Tashkent', 'Astana', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Kabul'],
  'united-states': ['Washington', 'New York', 'Camp David'],
  'south-america': ['Brasília', 'Buenos Aires', 'Santiago', 'Lima', 'Bogotá', 'Caracas', 'Quito', 'Montevideo', 'La Paz', 'Asunción', 'Havana'],
  'central-america': ['Mexico City', 'Havana', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua', 'San José', 'Panama City', 'Santo Domingo', 'Port-au-Prince', 'Kingston'],
};

/** The seats of international bodies (the UN, the OSCE, the IAEA, NATO): talks there are answered by each other. */
export const INTERNATIONAL_SEATS = new Set(['Geneva', 'Vienna', 'New York', 'Brussels', 'The Hague', 'Helsinki'].map(normalise));

export const SUBREGIONS_OF = new Map<string, string[]>();
for (const [sub, cities] of Object.entries(SUBREGIONS)) for (const c of cities) SUBREGIONS_OF.set(normalise(c), [...(SUBREGIONS_OF.get(normalise(c)) ?? []), sub]);

export const REGION_OF = new Map<string, string>();
for (const [region, cities] of Object.entries(CITIES_BY_REGION)) for (const c of cities) REGION_OF.set(normalise(c), region);
export const KNOWN_CITIES = Object.values(CITIES_BY_REGION).flat();
