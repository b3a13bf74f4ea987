/**
 * Word lists for titles, organisations and first names that the speaker scanners need beyond the
 * shared lexicon: they describe English news prose in general (business, sport, courts, agencies),
 * never the people of particular articles.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Role nouns the shared lexicon lacks: business, agency, court and sports titles. */
export const EXTRA_ROLE_HEADS = set(`
commissioner director-general executive officer cfo ceo coo cto economist manager coach captain executive
chairperson founder owner justice administrator inspector president-elect strategist trustee regulator
treasurer controller superintendent sheriff attorney attorney-general solicitor-general registrar dean
rector provost governor-general ombudsman auditor epidemiologist scientist researcher spokesperson
councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman
`);

/** Words that may sit inside a title before a name on top of the shared ones ("Chief Financial Officer"). */
export const EXTRA_ROLE_WORDS = set(`
commissioner executive officer financial operating technology human resources economist manager coach
climate environment trade commerce industry transport health education justice labour labor energy
agriculture culture economy economic affairs interior home treasury budget environmental regional
sporting technical managing general-secretary
`);

/** Qualifiers that make a different post: "the governor" is not the deputy governor. */
export const RANK_QUALIFIERS = set(`deputy vice assistant acting former junior associate under interim co-chair`);

/** Short forms of titles, read as the title they stand for. */
export const ROLE_ACRONYMS: Record<string, string> = {
  cfo: 'chief financial officer',
  ceo: 'chief executive officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
};

/**
 * Words that, written capitalised straight after a capitalised run, make it an organisation
 * ("Newcastle United", "Climate Action Network", "Lloyd Street Capital"), not a person.
 */
export const ORG_TAILS = set(`
network association union bank council committee party group institute university foundation fund agency
organization organisation partners capital company corporation corp inc ltd plc llc federation commission
ministry department office center centre times post news airlines airways motors holdings semiconductor
semiconductors club united city rovers athletic wanderers hotspur alliance coalition authority trust board
league society forum bureau service services systems technologies industries energy pharmaceuticals
street square road avenue forces army navy corps guard police parliament assembly government administration
embassy airport congress senate town county rangers albion borough hospital school college church museum clinic academy
`);

/**
 * Capitalised words that are never part of a name yet open the names of states and bodies: a run of
 * capitalised words right after one ("United Arab Emirates", "European Stability Mechanism") is no person.
 */
export const ORG_LEADS = set(`united european`);

/**
 * Countries named in two or more words, hyphen-joined as the place lists write them: such a run of
 * capitalised words ("Sri Lanka", "Costa Rica") names a place, never a person.
 */
export const MULTIWORD_COUNTRIES = set(`
sri-lanka south-africa new-zealand costa-rica saudi-arabia north-korea south-korea el-salvador south-sudan
ivory-coast sierra-leone burkina-faso puerto-rico san-marino czech-republic dominican-republic
north-macedonia papua-new-guinea east-timor cape-verde
`);

/** Organisation nouns that head a description speaker: "the German environment ministry said". */
export const ORG_HEADS = set(`
ministry department agency office government commission council committee company firm union association
bank court embassy organisation organization regulator watchdog secretariat presidency club federation
`);

