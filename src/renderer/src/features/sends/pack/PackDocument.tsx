import { Box, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { siteDate } from '@shared/report/file-name'
import type { PackContext } from './pack-context'
import { coverFacts, summaryFacts } from './pack-cover'
import { PACK_SECTIONS } from './pack-sections'

/** Label: value pairs as a two-column table (the cover, the summary). */
function Facts({ facts, testId }: { readonly facts: readonly (readonly [string, string])[]; readonly testId: string }) {
  return (
    <Table withTableBorder data-testid={testId}>
      <Table.Tbody>
        {facts.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w="30%">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Where each party signs: their name and the date printed, a line for the signature. */
function SignatureBlock({ ctx }: { readonly ctx: PackContext }) {
  const { t, details } = ctx
  const date = siteDate(ctx.data.generatedAt, ctx.zone)
  const party = (role: string, name: string) => (
    <Box p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', breakInside: 'avoid' }}>
      <Text fw={600}>{role}</Text>
      <Text>{t('sends.pack.signName', { name: name.trim() })}</Text>
      <Text>{t('sends.pack.signDate', { date })}</Text>
      <Group mt="xl" gap="xs" align="end" wrap="nowrap">
        <Text>{t('sends.pack.signature')}</Text>
        <Box style={{ flex: 1, borderBottom: '1px solid currentColor', height: '2.5em' }} />
      </Group>
    </Box>
  )
  return (
    <Stack gap="xs" data-testid="pack-signatures" style={{ breakInside: 'avoid' }}>
      <Title order={3}>{t('sends.pack.signatures')}</Title>
      <Text size="sm">{t('sends.pack.signIntro')}</Text>
      <SimpleGrid cols={2}>
        {party(t('sends.pack.preparedBy'), details.preparedBy)}
        {party(t('sends.pack.handedTo'), details.handedTo)}
      </SimpleGrid>
    </Stack>
  )
}

/** The handover pack as one document, in the document's language and the site's time: what is printed and saved as PDF. */
export function PackDocument({ ctx }: { readonly ctx: PackContext }) {
  const { t } = ctx
  return (
    <Stack data-report data-testid="report" gap="sm" lang={ctx.details.language}>
      <Title order={2}>{t('sends.pack.heading')}</Title>
      <Facts facts={coverFacts(ctx)} testId="pack-cover" />
      <Title order={3}>{t('sends.pack.summary')}</Title>
      <Facts facts={summaryFacts(ctx)} testId="pack-summary" />
      {PACK_SECTIONS.filter((s) => s.applies(ctx)).map((section) => {
        const rows = section.rows(ctx)
        const widths = section.widths?.(ctx)
        return (
          <Stack key={section.id} gap="xs" data-testid={`pack-${section.id}`}>
            <Title order={3}>{section.heading(ctx)}</Title>
            {rows.length === 0 ? (
              <Text size="sm">{section.empty(ctx)}</Text>
            ) : (
              <Table
                withTableBorder
                horizontalSpacing="xs"
                fz={widths ? 'xs' : 'sm'}
                layout={widths ? 'fixed' : 'auto'}
                style={widths ? { overflowWrap: 'break-word' } : undefined}
              >
                <Table.Thead>
                  <Table.Tr>
                    {section.columns(ctx).map((c, i) => (
                      <Table.Th key={c} style={widths ? { width: `${widths[i] ?? 0}%` } : undefined}>
                        {c}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, i) => (
                    <Table.Tr key={i}>
                      {row.map((cell, j) => (
                        <Table.Td key={j}>{cell}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )
      })}
      <SignatureBlock ctx={ctx} />
    </Stack>
  )
}
