/**
 * Round 15's full review (pending/review-full-r15-part1..3): who-said questions on the room's own business, on a
 * source list's headline, cited without the line that says who speaks, with a doubled "said", and reports named
 * "a report by <outlet>, <date>" though they have a headline. Each class on invented text.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { isMostlyRoomTalk, isRoomTalk } from '@/lib/generate/room-talk';
import { isListedHeadline } from '@/lib/generate/listed-headline';
import { shownCitation, withoutDoubledVerb } from '@/lib/generate/shown-citation';
import { shortHeadline } from '@/lib/generate/labels';

const article = (id: string, title: string, date: string, paragraphs: string[], outlet?: string): ArticleInput => ({
  id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date, ...(outlet ? { outlet } : {}),
});
/** A GOV.UK-style release: the minister named once, her words three paragraphs on under “… said:”. */
const RELEASE = [
  'Varnian Foreign Minister Ana Ruiz met Tessalian Trade Minister Jiro Sato for the second annual Varnia–Tessalia dialogue in Halden.',
  'This was published under the 2030 to 2034 government',
  'They discussed the whole range of questions between the two countries and looked for new ways to work together.',
  'Speaking after the meeting the Foreign Minister said:',
  '“It has been my pleasure to host Minister Sato. This dialogue is part of our lasting commitment to a strong relationship with Tessalia.',
  '“The northern ports will reopen to Tessalian boats in May, and the fishing quotas of last year will stand until both parliaments agree new ones.”',
  'Tessalian Trade Minister Jiro Sato said on Tuesday that “the ports belong to the people who work in them, and nobody else will decide that for us”.',
  'Harbour Council chair Mara Velde said: “Both governments have told me they want the boats back at sea before the summer season begins.”',
  'Varnian Defence Minister Ilse Berg said the navy would keep its ships in port “so that nobody on either side can say we came to the talks with a threat in our pocket”.',
];
const bankOf = (...articles: ArticleInput[]) => generateBank(extractLibrary(articles), articles, { balance: false }).questions;

describe('the room’s own business is not asked as who-said (Q21, Q65, Q71, Q109, Q1)', () => {
  it('reads a sentence by what it does: the session’s turns and parts, the press’s errands, the meal', () => {
    expect(isRoomTalk('We have time for two short statements and then questions.')).toBe(true);
    expect(isRoomTalk('Foreign Minister, please.')).toBe(true);
    expect(isRoomTalk('We would also have to address one or two more questions.')).toBe(true);
    expect(isRoomTalk('I think we should now listen to the heads of the delegations here.')).toBe(true);
    expect(isRoomTalk('I owe you guys the schedule, and we will email you the names tonight.')).toBe(true);
    expect(isRoomTalk('Marta, you praised the dinner we had last night.')).toBe(true);
    expect(isRoomTalk('We will answer questions about the sanctions on Varnia.')).toBe(false);
    expect(isRoomTalk('We will address the questions of borders and water with the Tessalian side.')).toBe(false);
    expect(isRoomTalk('The ceasefire must hold, and the troops must leave the valley.')).toBe(false);
  });

  it('drops a quotation mostly made of it, and keeps one that says something of the world', () => {
    expect(isMostlyRoomTalk('We have time for opening statements and then questions. Prime Minister, please.')).toBe(true);
    expect(isMostlyRoomTalk('As agreed, we always have two parts today. We should first listen to the heads of the groups. They will report to us.')).toBe(true);
    expect(isMostlyRoomTalk('Marta, you said the dinner last night was the best of your life. We had warm talks for two hours. We talked about issues between our countries.')).toBe(true);
    expect(isMostlyRoomTalk('We have time for one question. Varnia must pull its troops back from the Tessalian border before the winter.')).toBe(false);
    expect(isMostlyRoomTalk('The ports belong to the people who work in them, and nobody else will decide that for us.')).toBe(false);
  });

  it('asks no who-said on a spokesman giving the floor, and still asks the minister’s point', () => {
    const presser = article('presser', 'Press conference by the Varnian Foreign Minister and the Tessalian Foreign Minister', '2031-04-02', [
      'Ivo Lenz (Varnian Foreign Ministry Spokesman): We have time for opening statements and then questions. Foreign Minister, please.',
      'Ana Ruiz (Varnian Foreign Minister): The northern ports will reopen to Tessalian boats on the first of May, and the fishing quotas agreed last year will stand.',
      'Jiro Sato (Tessalian Foreign Minister): Our fishermen have waited long enough, and we will hold Varnia to every line of this agreement.',
      'Mara Velde (Harbour Council chair): Both governments have told me they want the boats back at sea before the summer season begins.',
    ]);
    const whoSaid = bankOf(presser).filter((q) => q.kind === 'who-said');
    expect(whoSaid.some((q) => /opening statements/.test(q.prompt))).toBe(false);
    expect(whoSaid.some((q) => /northern ports will reopen/.test(q.prompt))).toBe(true);
  });
});

describe('a source list’s headline is no one’s words (Q12)', () => {
  it('reads the dash, the outlet and the date after the closing mark', () => {
    const body = 'Sources\n\n"Minister calls for inquiry into lost files" — Northern Courier, May 2, 2031\n';
    const start = body.indexOf('Minister');
    expect(isListedHeadline(body, { start, end: start + 'Minister calls for inquiry into lost files'.length })).toBe(true);
    const said = '"Talks stall," said Ann Lee on May 2, 2031.';
    expect(isListedHeadline(said, { start: 1, end: 12 })).toBe(false);
  });

  it('asks no who-said on it', () => {
    const report = article('files', 'Lost government files found on a Halden street', '2031-05-03', [
      'Varnian Interior Minister Ana Ruiz said on Friday that the files found on a Halden street held no secrets.',
      '"Nobody’s safety was put at risk by these papers, and the clerk who lost them has been told so," Ruiz said.',
      'Opposition deputy Jon Dale said the government "cannot keep its own papers off the street, yet asks the public to trust it with theirs".',
      'Harbour Council chair Mara Velde said: “Both governments have told me they want the boats back at sea before the summer season begins.”',
      'Varnian Defence Minister Ilse Berg said the navy would keep its ships in port “so that nobody on either side can say we came to the talks with a threat in our pocket”.',
      'Sources',
      'Lena Moor. "Deputy calls for inquiry into lost files" — Halden Sun, May 2, 2031',
      '"Files found on a wet street" — Halden Post, May 1, 2031',
    ]);
    const prompts = bankOf(report).filter((q) => q.kind === 'who-said').map((q) => q.prompt);
    expect(prompts.some((p) => /calls for inquiry|wet street/.test(p))).toBe(false);
    expect(prompts.some((p) => /boats back at sea/.test(p))).toBe(true);
  });
});

describe('a quoted paragraph under “the Foreign Minister said:” is cited with that line (Q30, Q45)', () => {
  it('shows the line that hands the words to the speaker', () => {
    const release = article('release', 'Foreign Minister hosts the Varnia–Tessalia dialogue', '2031-06-10', RELEASE);
    const q = bankOf(release).find((x) => x.kind === 'who-said' && /northern ports will reopen/.test(x.prompt));
    expect(q?.answer).toBe('Ana Ruiz');
    expect(q?.explanation).toContain('Speaking after the meeting the Foreign Minister said:');
  });
});

describe('a citation shows a doubled verb of saying once (Q20)', () => {
  it('drops the second “said”, and leaves a doubled word that is no verb of saying', () => {
    expect(withoutDoubledVerb('She said, said, “We agree.”')).toBe('She said, “We agree.”');
    expect(shownCitation('She said, said, "We agree."')).toBe('She said, “We agree.”');
    expect(withoutDoubledVerb('Thank you very, very much.')).toBe('Thank you very, very much.');
  });
});

describe('a long written headline is cut where a phrase ends, not given up for “a report by …” (Q17, Q21, Q38)', () => {
  it('keeps the words before “on”, “with”, “in”, never ending on a title', () => {
    expect(shortHeadline('Press Briefing by Senior Trade Officials on the Harbour Summit and the Minister’s Bilateral Meeting with Minister Sato')).toBe('Press Briefing by Senior Trade Officials on the Harbour Summit…');
    expect(shortHeadline('Remarks by Prime Minister Brenn and President Ilse Marr of Tessalia in a Joint Press Conference')).toBe('Remarks by Prime Minister Brenn and President Ilse Marr of Tessalia…');
    expect(shortHeadline("Reports: 'streamlined' Varnian visa process to replace interview with questionnaire for five nationalities")).toBe("Reports: 'streamlined' Varnian visa process to replace interview with questionnaire…");
  });

  it('names the report by that headline in the explanation', () => {
    const title = 'Press Conference by the Foreign Ministers of Varnia and Tessalia at the Second Varnia–Tessalia Dialogue in Halden';
    const remarks = article('remarks', title, '2031-06-10', RELEASE, 'The Varnian Foreign Ministry');
    const q = bankOf(remarks).find((x) => x.kind === 'who-said' && /boats back at sea/.test(x.prompt));
    expect(q?.explanation).toContain('“Press Conference by the Foreign Ministers of Varnia and Tessalia…”');
    expect(q?.explanation).not.toContain('a report by');
  });
});
