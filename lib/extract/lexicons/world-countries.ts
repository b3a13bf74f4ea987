/**
 * The independent states of the world as data: their demonyms (nationality adjectives) with the state each
 * names, their one-word names, and their capitals. Generated once from the npm package world-countries 5.1.0
 * (data of the mledoze/countries project, Open Database License 1.0: this derived list is under the same
 * licence); states flagged `independent`, plus Palestine, Kosovo, the Vatican, Taiwan and Western Sahara.
 * Only one-word demonyms are kept (the text is read a word at a time); "Congolese" is DR Congo and
 * "Dominican" the Dominican Republic (the larger of each pair). Hand-made tables in ./places.ts take
 * precedence where they say otherwise ("American" is "US" there).
 */

/** Demonym (lower case) → the state's common English name. */
export const WORLD_DEMONYMS: Record<string, string> = {
  "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
  "andorran": "Andorra", "angolan": "Angola", "antiguan": "Antigua and Barbuda", "argentine": "Argentina",
  "armenian": "Armenia", "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
  "bahamian": "Bahamas", "bahraini": "Bahrain", "bangladeshi": "Bangladesh", "barbadian": "Barbados",
  "barbudan": "Antigua and Barbuda", "belarusian": "Belarus", "belgian": "Belgium", "belizean": "Belize",
  "beninese": "Benin", "bhutanese": "Bhutan", "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina",
  "brazilian": "Brazil", "british": "United Kingdom", "bruneian": "Brunei", "bulgarian": "Bulgaria",
  "burkinabe": "Burkina Faso", "burmese": "Myanmar", "burundian": "Burundi", "cambodian": "Cambodia",
  "cameroonian": "Cameroon", "canadian": "Canada", "chadian": "Chad", "chilean": "Chile", "chinese": "China",
  "colombian": "Colombia", "comoran": "Comoros", "congolese": "DR Congo", "croatian": "Croatia", "cuban": "Cuba",
  "cypriot": "Cyprus", "czech": "Czechia", "danish": "Denmark", "djibouti": "Djibouti",
  "dominican": "Dominican Republic", "dutch": "Netherlands", "ecuadorean": "Ecuador", "egyptian": "Egypt",
  "emirati": "United Arab Emirates", "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia",
  "fijian": "Fiji", "filipino": "Philippines", "finnish": "Finland", "french": "France", "gabonese": "Gabon",
  "gambian": "Gambia", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
  "grenadian": "Grenada", "guatemalan": "Guatemala", "guinean": "Guinea", "guyanese": "Guyana", "haitian": "Haiti",
  "herzegovinian": "Bosnia and Herzegovina", "honduran": "Honduras", "hungarian": "Hungary", "icelander": "Iceland",
  "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland",
  "israeli": "Israel", "italian": "Italy", "ivorian": "Ivory Coast", "jamaican": "Jamaica", "japanese": "Japan",
  "jordanian": "Jordan", "kazakhstani": "Kazakhstan", "kenyan": "Kenya", "kirghiz": "Kyrgyzstan",
  "kittitian": "Saint Kitts and Nevis", "kuwaiti": "Kuwait", "laotian": "Laos", "latvian": "Latvia",
  "lebanese": "Lebanon", "liberian": "Liberia", "libyan": "Libya", "liechtensteiner": "Liechtenstein",
  "lithuanian": "Lithuania", "luxembourger": "Luxembourg", "macedonian": "North Macedonia", "malagasy": "Madagascar",
  "malawian": "Malawi", "malaysian": "Malaysia", "maldivan": "Maldives", "malian": "Mali", "maltese": "Malta",
  "marshallese": "Marshall Islands", "mauritanian": "Mauritania", "mauritian": "Mauritius", "mexican": "Mexico",
  "micronesian": "Micronesia", "moldovan": "Moldova", "monegasque": "Monaco", "mongolian": "Mongolia",
  "montenegrin": "Montenegro", "moroccan": "Morocco", "mosotho": "Lesotho", "motswana": "Botswana",
  "mozambican": "Mozambique", "namibian": "Namibia", "nauruan": "Nauru", "nepalese": "Nepal",
  "nevisian": "Saint Kitts and Nevis", "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger",
  "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan", "palauan": "Palau", "palestinian": "Palestine",
  "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal",
  "qatari": "Qatar", "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda", "sahrawi": "Western Sahara",
  "salvadoran": "El Salvador", "sammarinese": "San Marino", "samoan": "Samoa", "senegalese": "Senegal",
  "serbian": "Serbia", "seychellois": "Seychelles", "singaporean": "Singapore", "slovak": "Slovakia",
  "slovene": "Slovenia", "somali": "Somalia", "spanish": "Spain", "sudanese": "Sudan", "surinamer": "Suriname",
  "swazi": "Eswatini", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "tadzhik": "Tajikistan",
  "taiwanese": "Taiwan", "tanzanian": "Tanzania", "thai": "Thailand", "togolese": "Togo", "tongan": "Tonga",
  "trinidadian": "Trinidad and Tobago", "tunisian": "Tunisia", "turkish": "Türkiye", "turkmen": "Turkmenistan",
  "tuvaluan": "Tuvalu", "ugandan": "Uganda", "ukrainian": "Ukraine", "uruguayan": "Uruguay",
  "uzbekistani": "Uzbekistan", "vatican": "Vatican City", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
  "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
};

/** Variants the data does not spell ("Kyrgyz", "Tajik", "Emirati"), with their state (Wikipedia, List of adjectival and demonymic forms for countries and nations). */
export const DEMONYM_VARIANTS: Record<string, string> = {
  "azeri": "Azerbaijan", "bosniak": "Bosnia and Herzegovina", "burkinabè": "Burkina Faso", "ecuadorian": "Ecuador",
  "emirati": "United Arab Emirates", "kosovar": "Kosovo", "kyrgyz": "Kyrgyzstan", "lao": "Laos",
  "maldivian": "Maldives", "nepali": "Nepal", "saudi": "Saudi Arabia", "scottish": "United Kingdom",
  "slovakian": "Slovakia", "slovenian": "Slovenia", "tajik": "Tajikistan", "uzbek": "Uzbekistan",
  "welsh": "United Kingdom",
};

/** One-word names of the states, lower case; "Jordan" and "Chad" are left out: they are also given names and surnames. */
export const WORLD_COUNTRY_WORDS = `
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia botswana brazil brunei bulgaria burundi
    cambodia cameroon canada chile china colombia comoros croatia cuba cyprus czechia denmark djibouti
    dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan kazakhstan kenya kiribati kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru
    nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo
    tonga tunisia turkmenistan tuvalu türkiye uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam
    yemen zambia zimbabwe
`;

/** State (common name) → its capital. */
export const WORLD_CAPITALS: Record<string, string> = {
  "Afghanistan": "Kabul", "Albania": "Tirana", "Algeria": "Algiers", "Andorra": "Andorra la Vella",
  "Angola": "Luanda", "Antigua and Barbuda": "Saint John's", "Argentina": "Buenos Aires", "Armenia": "Yerevan",
  "Australia": "Canberra", "Austria": "Vienna", "Azerbaijan": "Baku", "Bahamas": "Nassau", "Bahrain": "Manama",
  "Bangladesh": "Dhaka", "Barbados": "Bridgetown", "Belarus": "Minsk", "Belgium": "Brussels", "Belize": "Belmopan",
  "Benin": "Porto-Novo", "Bhutan": "Thimphu", "Bolivia": "Sucre", "Bosnia and Herzegovina": "Sarajevo",
  "Botswana": "Gaborone", "Brazil": "Brasília", "Brunei": "Bandar Seri Begawan", "Bulgaria": "Sofia",
  "Burkina Faso": "Ouagadougou", "Burundi": "Gitega", "Cambodia": "Phnom Penh", "Cameroon": "Yaoundé",
  "Canada": "Ottawa", "Cape Verde": "Praia", "Central African Republic": "Bangui", "Chad": "N'Djamena",
  "Chile": "Santiago", "China": "Beijing", "Colombia": "Bogotá", "Comoros": "Moroni", "Costa Rica": "San José",
  "Croatia": "Zagreb", "Cuba": "Havana", "Cyprus": "Nicosia", "Czechia": "Prague", "DR Congo": "Kinshasa",
  "Denmark": "Copenhagen", "Djibouti": "Djibouti", "Dominica": "Roseau", "Dominican Republic": "Santo Domingo",
  "Ecuador": "Quito", "Egypt": "Cairo", "El Salvador": "San Salvador", "Equatorial Guinea": "Malabo",
  "Eritrea": "Asmara", "Estonia": "Tallinn", "Eswatini": "Lobamba", "Ethiopia": "Addis Ababa", "Fiji": "Suva",
  "Finland": "Helsinki", "France": "Paris", "Gabon": "Libreville", "Gambia": "Banjul", "Georgia": "Tbilisi",
  "Germany": "Berlin", "Ghana": "Accra", "Greece": "Athens", "Grenada": "St. George's",
  "Guatemala": "Guatemala City", "Guinea": "Conakry", "Guinea-Bissau": "Bissau", "Guyana": "Georgetown",
  "Haiti": "Port-au-Prince", "Honduras": "Tegucigalpa", "Hungary": "Budapest", "Iceland": "Reykjavik",
  "India": "New Delhi", "Indonesia": "Jakarta", "Iran": "Tehran", "Iraq": "Baghdad", "Ireland": "Dublin",
  "Israel": "Jerusalem", "Italy": "Rome", "Ivory Coast": "Yamoussoukro", "Jamaica": "Kingston", "Japan": "Tokyo",
  "Jordan": "Amman", "Kazakhstan": "Astana", "Kenya": "Nairobi", "Kiribati": "South Tarawa", "Kuwait": "Kuwait City",
  "Kyrgyzstan": "Bishkek", "Laos": "Vientiane", "Latvia": "Riga", "Lebanon": "Beirut", "Lesotho": "Maseru",
  "Liberia": "Monrovia", "Libya": "Tripoli", "Liechtenstein": "Vaduz", "Lithuania": "Vilnius",
  "Luxembourg": "Luxembourg", "Madagascar": "Antananarivo", "Malawi": "Lilongwe", "Malaysia": "Kuala Lumpur",
  "Maldives": "Malé", "Mali": "Bamako", "Malta": "Valletta", "Marshall Islands": "Majuro",
  "Mauritania": "Nouakchott", "Mauritius": "Port Louis", "Mexico": "Mexico City", "Micronesia": "Palikir",
  "Moldova": "Chișinău", "Monaco": "Monaco", "Mongolia": "Ulan Bator", "Montenegro": "Podgorica", "Morocco": "Rabat",
  "Mozambique": "Maputo", "Myanmar": "Naypyidaw", "Namibia": "Windhoek", "Nauru": "Yaren", "Nepal": "Kathmandu",
  "Netherlands": "Amsterdam", "New Zealand": "Wellington", "Nicaragua": "Managua", "Niger": "Niamey",
  "Nigeria": "Abuja", "North Korea": "Pyongyang", "North Macedonia": "Skopje", "Norway": "Oslo", "Oman": "Muscat",
  "Pakistan": "Islamabad", "Palau": "Ngerulmud", "Palestine": "Ramallah", "Panama": "Panama City",
  "Papua New Guinea": "Port Moresby", "Paraguay": "Asunción", "Peru": "Lima", "Philippines": "Manila",
  "Poland": "Warsaw", "Portugal": "Lisbon", "Qatar": "Doha", "Republic of the Congo": "Brazzaville",
  "Romania": "Bucharest", "Russia": "Moscow", "Rwanda": "Kigali", "Saint Kitts and Nevis": "Basseterre",
  "Saint Lucia": "Castries", "Saint Vincent and the Grenadines": "Kingstown", "Samoa": "Apia",
  "San Marino": "City of San Marino", "Saudi Arabia": "Riyadh", "Senegal": "Dakar", "Serbia": "Belgrade",
  "Seychelles": "Victoria", "Sierra Leone": "Freetown", "Singapore": "Singapore", "Slovakia": "Bratislava",
  "Slovenia": "Ljubljana", "Solomon Islands": "Honiara", "Somalia": "Mogadishu", "South Africa": "Pretoria",
  "South Korea": "Seoul", "South Sudan": "Juba", "Spain": "Madrid", "Sri Lanka": "Colombo", "Sudan": "Khartoum",
  "Suriname": "Paramaribo", "Sweden": "Stockholm", "Switzerland": "Bern", "Syria": "Damascus",
  "São Tomé and Príncipe": "São Tomé", "Taiwan": "Taipei", "Tajikistan": "Dushanbe", "Tanzania": "Dodoma",
  "Thailand": "Bangkok", "Timor-Leste": "Dili", "Togo": "Lomé", "Tonga": "Nuku'alofa",
  "Trinidad and Tobago": "Port of Spain", "Tunisia": "Tunis", "Turkmenistan": "Ashgabat", "Tuvalu": "Funafuti",
  "Türkiye": "Ankara", "Uganda": "Kampala", "Ukraine": "Kyiv", "United Arab Emirates": "Abu Dhabi",
  "United Kingdom": "London", "United States": "Washington D.C.", "Uruguay": "Montevideo", "Uzbekistan": "Tashkent",
  "Vanuatu": "Port Vila", "Vatican City": "Vatican City", "Venezuela": "Caracas", "Vietnam": "Hanoi",
  "Western Sahara": "El Aaiún", "Yemen": "Sana'a", "Zambia": "Lusaka", "Zimbabwe": "Harare",
};
