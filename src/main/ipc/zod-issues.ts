import { type InputIssue, type InputIssueKind, MAX_INPUT_ISSUES } from '@shared/input-issues'
import type { z } from 'zod'

type ZodIssue = z.core.$ZodIssue

/** Keeps a path small whatever the input: a hostile key never makes the error grow. */
function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.slice(0, 8).map((segment) => (typeof segment === 'number' ? segment : String(segment).slice(0, 80)))
}

function sizeIssue(issue: ZodIssue & { readonly code: 'too_big' | 'too_small' }): { kind: InputIssueKind; limit?: number } {
  const big = issue.code === 'too_big'
  const bound = Number(big ? issue.maximum : issue.minimum)
  const limit = issue.inclusive === false ? bound + (big ? -1 : 1) : bound
  switch (issue.origin) {
    case 'string':
      if (!big && limit === 1) return { kind: 'required' }
      return { kind: big ? 'tooLong' : 'tooShort', limit }
    case 'array':
    case 'set':
      return { kind: big ? 'tooMany' : 'tooFew', limit }
    case 'number':
    case 'int':
    case 'bigint':
      return { kind: big ? 'tooLarge' : 'tooSmall', limit }
    default:
      return { kind: 'invalid' }
  }
}

/** One zod issue as the data the UI words: a union's own issue stands for its closest branch. */
function issueOf(issue: ZodIssue, base: readonly PropertyKey[]): InputIssue {
  const path = pathOf([...base, ...issue.path])
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return { path, ...sizeIssue(issue) }
    case 'invalid_type':
      return { path, kind: issue.input === undefined ? 'required' : 'invalid' }
    case 'invalid_format':
      return { path, kind: 'format' }
    case 'invalid_union': {
      // The branch whose first problem lies deepest is the one the input meant (an e-mail, not the empty text).
      const firsts = issue.errors.map((branch) => branch[0]).filter((first): first is ZodIssue => first !== undefined)
      const closest = firsts.reduce<ZodIssue | undefined>((best, next) => (best && best.path.length >= next.path.length ? best : next), undefined)
      return closest && closest.code !== 'invalid_value' ? issueOf(closest, [...base, ...issue.path]) : { path, kind: 'invalid' }
    }
    default:
      return { path, kind: 'invalid' }
  }
}

/** The issues of a refused input, at most MAX_INPUT_ISSUES of them. */
export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.slice(0, MAX_INPUT_ISSUES).map((issue) => issueOf(issue, []))
}
