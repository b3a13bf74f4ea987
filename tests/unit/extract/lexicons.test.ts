import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '@/lib/extract';
// The generator's word lists live in lib/extract/lexicons too; loading it registers any only it reads.
import '@/lib/generate';
import { LEXICONS, SOURCES } from '@/lib/extract/lexicons/lexicon';
import { isEnglishWord } from '@/lib/extract/pos';

const root = path.resolve(import.meta.dirname, '../../..');

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return textsUnder(p);
    return /\.(txt|md)$/.test(f) ? [readFileSync(p, 'utf8').toLowerCase()] : [];
  });
}

/** The machine-written test stories: a word known only from them is a word harvested from a test. */
const SYNTHETIC = ['unseen', 'heldout', 'retired-blind', 'blind'];
const fixtures = SYNTHETIC.flatMap((d) => textsUnder(path.join(root, 'tests/fixtures', d))).join('\n');
/** Published text: the project's articles and the real-news corpus (articles as their outlets printed them). */
const published = [...textsUnder(path.join(root, 'content/articles')), ...textsUnder(path.join(root, 'tests/fixtures/realnews-dev'))].join('\n');

/** Place and language names of the Unicode CLDR, as the runtime ships them: a general gazetteer. */
function cldrNames(): Set<string> {
  const out = new Set<string>();
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      if (name && name !== code) out.add(name.toLowerCase());
    }
  }
  for (const tz of Intl.supportedValuesOf('timeZone')) out.add((tz.split('/').pop() as string).replace(/_/g, ' ').toLowerCase());
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const code of 'aa ab af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my ne nl no pa pl ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi zh'.split(' ')) {
    const name = languages.of(code);
    if (name) out.add(name.toLowerCase());
  }
  return out;
}
const gazetteer = cldrNames();

/**
 * Entries that the references above lack though no test story is their source, each with why it is
 * general knowledge. Adding to this list needs the same: a reason that holds without the fixtures.
 */
const REVIEWED: Record<string, string> = {
  ramadan: 'the Muslim holy month', tánaiste: 'the title of Ireland\'s deputy prime minister', reuters: 'a news agency', ap: 'the Associated Press',
  cnn: 'a broadcaster', getty: 'Getty Images, the photo agency in credits', capitol: 'the US Capitol', mrs: 'a courtesy title',
  munich: 'seat of the Munich Security Conference', strasbourg: 'seat of the European Parliament and the Council of Europe',
  delhi: 'capital of India', 'new delhi': 'capital of India', ottawa: 'capital of Canada', abuja: 'capital of Nigeria',
  'san francisco': 'a world city', 'san jose': 'capital of Costa Rica', 'capitol hill': 'seat of the US Congress',
  'palais des nations': 'the UN\'s Geneva headquarters', spokespeople: 'plural of spokesperson', semiconductors: 'a noun ending company names',
  rovers: 'a noun ending football club names (Blackburn Rovers, Bristol Rovers)',
  bn: 'the news abbreviation of billion ($4.5bn)',
  'buckingham palace': 'the British monarch\'s London residence', 'lancaster house': 'the British government\'s London conference venue',
  'oval office': 'the US President\'s office in the White House', 'great hall of the people': 'China\'s state building on Tiananmen Square, Beijing',
  zhongnanhai: 'the Chinese leadership\'s compound in Beijing', 'hyderabad house': 'the Indian government\'s venue for state talks in New Delhi',
  'nato headquarters': 'the alliance\'s seat in Brussels',
};
/**
 * Sources that are published lists taken whole (thousands of given names): no entry was chosen for a
 * story, so they are checked as lists, by size and by how little of them the test stories use.
 */
const WHOLE_LISTS = new Set<string>(['given-names']);
const isWholeList = (l: (typeof LEXICONS)[number]) => l.entries.every((e) => WHOLE_LISTS.has(e.source));

// The substring test first: most entries never occur, and a regex per entry over every fixture is slow under load.
const occursIn = (text: string, phrase: string) => text.includes(phrase) && new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

describe('lexicons: data with sources, never harvested from test stories', () => {
  it('every entry names a general source', () => {
    const missing = LEXICONS.flatMap((l) => l.entries.filter((e) => !(e.source in SOURCES)).map((e) => `${l.wordClass}: ${e.word}`));
    expect(LEXICONS.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('the word lists figures and glosses read are lexicons, so the checks below cover them', () => {
    const classes = LEXICONS.map((l) => l.wordClass);
    expect(classes).toEqual(expect.arrayContaining([
      'number words', 'multipliers', 'words that qualify a number', 'units of measure', 'plural nouns of people and sides',
      'nouns whose plural is the singular', 'livestock counted by the head', 'nouns counted one at a time in casualty and case reports',
      'plural-looking words that are no unit', 'words in -s that are no plural noun', 'plural pronouns', 'gendered pronouns',
      'verbs that take a duration', 'verbs of deploying forces', 'names of states in several words', 'short names of states with their side',
    ]));
    expect(new Set(classes).size).toBe(classes.length);
  });

  it('no entry is attested only in the test stories (it is an English word, a CLDR place or language, or in published text)', () => {
    const onlyInFixtures: string[] = [];
    for (const l of LEXICONS) {
      if (isWholeList(l)) continue;
      for (const { word } of l.entries) {
        const phrase = word.replace(/-/g, ' ');
        if (!occursIn(fixtures, phrase)) continue;
        const attested = phrase.split(' ').every((w) => isEnglishWord(w)) || gazetteer.has(phrase) || occursIn(published, phrase) || phrase in REVIEWED;
        if (!attested) onlyInFixtures.push(`${l.wordClass}: ${word}`);
      }
    }
    expect(onlyInFixtures).toEqual([]);
    // A scan of every entry over every fixture: seconds on a loaded machine, and no speed is asserted here.
  }, 60_000);

  it('a list taken whole is a list, not a harvest: thousands of entries, few of them in the test stories', () => {
    const lists = LEXICONS.filter(isWholeList);
    expect(lists.length).toBeGreaterThan(0);
    const fixtureWords = new Set(fixtures.split(/[^\p{L}'’-]+/u));
    for (const l of lists) {
      expect(l.entries.length).toBeGreaterThan(1000);
      const used = l.entries.filter((e) => fixtureWords.has(e.word)).length;
      expect(used / l.entries.length).toBeLessThan(0.05);
    }
  });
});
