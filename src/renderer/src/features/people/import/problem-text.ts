import { FIELD_LIMITS } from '@shared/field-limits'
import type { RowProblem } from '@shared/people/import-check'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'

/** A row's problem in the installer's words (also what the rejected-rows CSV says). */
export function problemText(t: TFunction, p: RowProblem): string {
  switch (p.kind) {
    case 'brokenRow':
      return t('people.problem.brokenRow', { cells: p.cells, expected: p.expected })
    case 'missingName':
      return t('people.problem.missingName')
    case 'nameTooLong':
      return t('people.problem.nameTooLong', { max: p.max })
    case 'badPin':
      return t(`people.problem.pin.${p.problem.kind}`, { value: p.value, min: FIELD_LIMITS.pinMin, max: FIELD_LIMITS.pinMax })
    case 'duplicatePinInFile':
      return t('people.problem.duplicatePinInFile', { value: p.value, line: p.line })
    case 'badCard':
      return t(`people.problem.card.${p.problem.kind}`, { value: p.value, max: FIELD_LIMITS.cardMax })
    case 'duplicateCardInFile':
      return t('people.problem.duplicateCardInFile', { value: p.value, line: p.line })
    case 'missingAccessGroup':
      return t('people.problem.missingAccessGroup')
    case 'unknownAccessGroup':
      return t('people.problem.unknownAccessGroup', { value: p.value })
    case 'ambiguousAccessGroup':
      return t('people.problem.ambiguousAccessGroup', { value: p.value })
    case 'unknownBuilding':
      return t('people.problem.unknownBuilding', { value: p.value })
    case 'badFloors':
      return t('people.problem.badFloors', { value: p.value })
    case 'badFaceUrl':
      return t(`people.problem.face.${p.problem.kind}`, { value: p.value, max: FIELD_LIMITS.faceUrl })
    case 'tooMany':
      return t('people.problem.tooMany', { field: t(`people.field.${p.field}`), count: p.count, max: p.max })
    case 'rowTooLarge':
      return t('people.problem.rowTooLarge', { max: p.kilobytes })
    default:
      return assertNever(p, 'row problem')
  }
}
