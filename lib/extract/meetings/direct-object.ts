/**
 * "met President Biden at the G7 Summit", "will meet Chancellor Merkel", "met his Chinese counterpart":
 * meet is transitive, and the person met may follow it without "with". Only a name, a title or a
 * counterpart counts ("met the deadline", "met resistance" name nobody); the caller still checks that
 * a person or an office is named there.
 */
const MEET_VERB = /^(?:meet|meets|met)$/;
const OBJECT = /^\s+(?:(?:his|her|their|the)\s+)?(?:\p{Lu}|counterparts?\b)/u;

/** Whether a meet verb takes the words after it as the person met. */
export const meetsDirectly = (trig: string, seg: string) => MEET_VERB.test(trig) && OBJECT.test(seg);
