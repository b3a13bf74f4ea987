import type { ContextPass } from '../pass';

/** A sentence that presents someone by what they are: "… is an analyst with …", "… was a father of one of the students". */
const COPULA_INTRODUCTION = /^\s+(?:is|was)\s+(?:a|an|the|one)\s[^“”"]*\.\s*$/;
/** All the clause after the closing mark may hold: a pronoun and its verb ("…” he explained."), or nothing. */
const PRONOUN_CUE = /^[\s,]*(?:(he|she)\s+\p{Ll}+\s*)?$/iu;

/**
 * A quotation opening the paragraph after one that only introduces a person by what they are, as radio
 * copy does: "Aloys Tegera is an analyst with Congo's Pole Institute.\n\n“…,” he explained." The person
 * introduced speaks: the paragraph names nobody else, and the quotation's own clause is a bare "he" or
 * "she" of a gender that does not rule them out, or nothing at all.
 */
export const introducedCopula: ContextPass = {
  name: 'introduced-copula',
  kind: 'context',
  find({ view, q, discourse, closeStop }) {
    if (!q.opensParagraph) return null;
    const cue = PRONOUN_CUE.exec(view.body.slice(q.close, closeStop));
    if (!cue) return null;
    const { paragraphs, sentences } = view.doc;
    let pi = q.paragraph - 1;
    while (pi >= 0 && paragraphs[pi]?.isJunk) pi--;
    const para = paragraphs[pi];
    if (!para || (sentences[pi]?.length ?? 0) !== 1 || view.doc.quotes.some((x) => x.paragraph === pi)) return null;
    const ms = view.mentionsIn(para.start, para.end);
    const m = ms[0];
    if (!m || m.kind !== 'person' || m.name.length < 2 || m.isPossessive || m.start !== para.start) return null;
    if (ms.some((x) => x !== m && (x.kind === 'person' || x.kind === 'pronoun') && !x.isPossessive && !x.isOrg)) return null;
    if (!COPULA_INTRODUCTION.test(view.body.slice(m.end, para.end))) return null;
    const p = discourse.personOf(m);
    if (!p) return null;
    const said = cue[1]?.toLowerCase();
    const g = discourse.genderOf(p);
    if (said && g && g !== (said === 'he' ? 'm' : 'f')) return null;
    return { entity: { kind: 'person', person: p, gender: g }, method: 'colon', mention: m };
  },
};
