import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

installApi({})
const { ConnectionDialog } = await import('../../../src/renderer/src/features/connections/ConnectionDialog')
const { closeDialog, openDialog } = await import('../../../src/renderer/src/stores/ui/store')

afterEach(() => closeDialog())

describe('the add-connection dialog’s title', () => {
  it('puts "an" before Akuvox and "a" before Tuya', async () => {
    openDialog({ kind: 'add', vendor: 'akuvox' })
    await renderUi(<ConnectionDialog />)
    expect(await screen.findByRole('dialog', { name: 'Add an Akuvox / Akubela connection' })).toBeInTheDocument()
  })

  it('reads the same vendor names in Chinese', async () => {
    openDialog({ kind: 'add', vendor: 'tuya' })
    await renderUi(<ConnectionDialog />, 'zh-CN')
    expect(await screen.findByRole('dialog', { name: '添加涂鸦智慧楼宇连接' })).toBeInTheDocument()
  })
})
