/**
 * A call told by its verb: "Kerry called Lavrov on Saturday", "Obama called President Putin to urge
 * restraint". The person called comes right after "called", a name ending the clause or followed by
 * the call's time or purpose ("McCain has phoned Obama to concede": "phoned" and "telephoned" take their person the same way). Not a call: "called for", "called on Russia", "called the move illegal",
 * "called Putin's actions …", "Crimea, which he called Russian", "was called Abu", "so-called".
 */
export const CALLED_RE =
  /(?<![-\w])(?<!\b(?:was|were|is|are|be|been|being) )(?<!\b(?:which|what|that|whom) [\p{L}-]+ )(?:called|phoned|telephoned)(?= (?:(?:his|her|their) )?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}-]*(?:\s+(?:on|to|and|at|from|late|early|last|this|yesterday|today|after|before|about|over|for)\b|[,.;]))/gu;

/** The call verb `CALLED_RE` finds: it takes its person without "with". */
export const isCallVerb = (trig: string) => trig === 'called' || trig === 'phoned' || trig === 'telephoned';
