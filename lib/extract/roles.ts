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
embassy airport congress senate town county rangers albion borough
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

/** Common first names by gender, to keep "she" off men and "he" off women (not exhaustive, never guessed beyond). */
export const FEMALE_NAMES = set(`
agnes agnès ana angela ann anna anne annalena barbara beatriz carla carmen caroline catherine chiara
christine claire clare claudia dana daniela diana dorothy elena elisabeth elizabeth ella emily emma eva fatima
francesca gabriela giorgia grace hanna hannah helen helena ilona ines inês ingrid irene isabel isabella jacinda
jane janet jennifer jessica joanna judith julia julie karen katarzyna katrin kate katherine kathleen kirsti
kristalina laura lea leila linda lisa lorna lucia lucy magdalena margaret margarethe maria marie marina
marta martha mary melissa mette michelle miranda monica nadia nancy natalia nina olga patricia paula
rachel rebecca rosa ruth sandra sara sarah sigrid silvia sofia sophie stephanie susan svetlana
tatiana teresa theresa ursula valentina valerie vanessa veronica victoria yulia zeynep kamala hillary
mariana priya shinjini sanna kaja annika birgit petra sabine ulrike heike greta
`);

export const MALE_NAMES = set(`
aaron adam alan albert alejandro alexander alexei ali andrew andrzej anthony antony antonio bernard boris carlos
charles chris christian christoph christopher daniel david dmitry donald eddie edward emmanuel eric felipe
ferdinand francisco frank friedrich georg george gerhard graham gustavo hans henry hugo ian igor ivan jack
jacques james jan javier jean jens jim joachim joe johan john jonathan jorge josé joseph juan julien karl
keir kevin lars luis mark martin matteo michael miguel mohammed muhammad nicolas olaf oliver patrick paul
pedro peter philip philippe piyush rafael rajiv ricardo richard robert rodrigo roman rishi scott sergei
sergey simon stefan stephen steven thomas tim tomás tomas tomáš tony vasco viktor vladimir volodymyr
walter william wopke xavier yuri maroš jomar callum alan andrei luca marco giuseppe wolfgang heinrich
andriy andrii dmytro oleksandr oleksii mykola petro serhiy yuriy vitali vitaliy mikhail nikolai alexey
anatoly valery yevgeny evgeny gennady maxim pavel pyotr jake lloyd ned
`);
