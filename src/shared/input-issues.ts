/**
 * Why main refused an input, as data rather than a sentence: which field (its path in the
 * channel's input), which rule, and the rule's number. The UI names the field with the form's own
 * label and says the rule in the installer's language ("Name: at most 80 characters").
 */
export const INPUT_ISSUE_KINDS = ['required', 'tooLong', 'tooShort', 'tooMany', 'tooFew', 'tooLarge', 'tooSmall', 'format', 'invalid'] as const

export type InputIssueKind = (typeof INPUT_ISSUE_KINDS)[number]

export interface InputIssue {
  /** Field names and list positions, e.g. `['draft', 'pinCodes', 2]`; empty for the input as a whole. */
  readonly path: readonly (string | number)[]
  readonly kind: InputIssueKind
  /** The rule's number: characters for text, entries for lists, the bound for numbers. */
  readonly limit?: number
}

/** At most this many issues travel with one error: enough to fix a form, never a message that grows with the input. */
export const MAX_INPUT_ISSUES = 10
