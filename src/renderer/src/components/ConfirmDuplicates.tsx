import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { duplicateOfRefusal } from '@shared/duplicates/refusal'
import { type Duplicate, type DuplicateRef, refsOf, unconfirmed } from '@shared/duplicates/rule-book'
import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { duplicateQuestion, duplicateText } from '../lib/duplicate-text'

interface Asking<P> {
  readonly payload: P
  readonly duplicates: readonly Duplicate[]
  readonly confirmed: readonly DuplicateRef[]
}

/**
 * A save that asks first about every duplicate the installer has not confirmed, and again when
 * main refuses one the window did not know of. `submit(payload, known)` starts it with what to
 * save and the duplicates the window sees; `done` gets the save's result (never a refusal it
 * turned into a question).
 */
export function useDuplicateGate<P, T>(
  save: (payload: P, confirmed: readonly DuplicateRef[]) => Promise<Result<T, AppError> | null>,
  done: (result: Result<T, AppError> | null) => void,
): { readonly submit: (payload: P, known: readonly Duplicate[]) => void; readonly asking: Asking<P> | null; readonly answer: (yes: boolean) => void } {
  const [asking, setAsking] = useState<Asking<P> | null>(null)
  const run = async (payload: P, known: readonly Duplicate[], confirmed: readonly DuplicateRef[]) => {
    const open = unconfirmed(known, confirmed)
    if (open.length > 0) return setAsking({ payload, duplicates: open, confirmed })
    const result = await save(payload, confirmed)
    const refused = result && !result.ok ? duplicateOfRefusal(result.error) : null
    if (refused && unconfirmed([refused], confirmed).length > 0) return setAsking({ payload, duplicates: [refused], confirmed })
    done(result)
  }
  return {
    submit: (payload, known) => void run(payload, known, []),
    asking,
    answer: (yes) => {
      setAsking(null)
      if (yes && asking) void run(asking.payload, [], [...asking.confirmed, ...refsOf(asking.duplicates)])
    },
  }
}

/** "Card 00BC614E is already on 李小龙. Give card 00BC614E to 王五 too?" — one line per duplicate, yes or no. */
export function ConfirmDuplicates(props: {
  readonly duplicates: readonly Duplicate[]
  /** Who would share it: the staff's name, the new group's name. */
  readonly recipient: string
  readonly yesLabel: string
  readonly onAnswer: (yes: boolean) => void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened onClose={() => props.onAnswer(false)} title={t('duplicates.askTitle')} size="lg">
      <Stack gap="sm" data-testid="confirm-duplicates">
        {props.duplicates.map((d) => (
          <Text size="sm" key={`${d.kind}/${d.value}`}>
            {duplicateText(t, d)} <strong>{duplicateQuestion(t, d, props.recipient)}</strong>
          </Text>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => props.onAnswer(false)}>
            {t('duplicates.no')}
          </Button>
          <Button color="orange" onClick={() => props.onAnswer(true)} data-testid="confirm-duplicates-yes">
            {props.yesLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
