import { Button, Group, Stack, Tabs, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showPeopleScreen } from '../../../stores/people/actions'
import type { PeopleScope } from '../../../stores/people/store'
import { usePersonDetail } from '../people-queries'
import { PersonDoors } from './PersonDoors'
import { PersonFace } from './PersonFace'
import { PersonForm } from './PersonForm'

type Tab = 'profile' | 'face' | 'doors'

/** One person: the profile to edit, their face and biometrics, and the doors they may open. */
export function PersonDetail({ scope, personId, created }: { readonly scope: PeopleScope; readonly personId: string; readonly created: boolean }) {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('profile')
  const name = usePersonDetail(scope, personId).data?.name ?? ''
  return (
    <Stack gap="md" data-testid="person-detail">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'persons' })}>
          {t('people.back')}
        </Button>
      </Group>
      {/* Until the person is read, no title rather than one without a name. */}
      {name !== '' && (
        <Title order={1} size="h2">
          {t('people.persons.editTitle', { name })}
        </Title>
      )}
      <Tabs value={tab} onChange={(v) => setTab(v === 'face' || v === 'doors' ? v : 'profile')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile">{t('people.detail.profile')}</Tabs.Tab>
          <Tabs.Tab value="face" data-testid="face-tab">
            {t('people.detail.face')}
          </Tabs.Tab>
          <Tabs.Tab value="doors" data-testid="doors-tab">
            {t('people.detail.doors')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <PersonForm scope={scope} personId={personId} created={created} embedded />
        </Tabs.Panel>
        <Tabs.Panel value="face" pt="md">
          <PersonFace scope={scope} personId={personId} name={name} />
        </Tabs.Panel>
        <Tabs.Panel value="doors" pt="md">
          <PersonDoors scope={scope} personId={personId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
