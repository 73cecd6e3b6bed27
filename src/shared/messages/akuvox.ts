/**
 * User-facing text for the Akuvox-specific `messageKey`s on `AppError`s (the generic
 * `errors.<code>` keys live with the other locale strings). Wired into i18n by the shell.
 */
export const akuvoxMessages = {
  en: {
    'errors.akuvox.signInFailed': 'The Akuvox cloud refused to sign in. Check the client ID, client secret, user name and password for this connection.',
    'errors.akuvox.missingCredentials': 'This Akuvox connection needs a user name and a password.',
    'errors.akuvox.invalidResponse': 'The Akuvox cloud sent an answer Fieldkey does not understand. Check that the right region or server address is selected.',
    'errors.akuvox.wrongServer': 'This address does not answer like an Akuvox server. Check the region or the custom server address.',
    'errors.akuvox.unknownRegion': 'Unknown Akuvox region "{{region}}".',
    'errors.akuvox.createUnconfirmed': 'Fieldkey could not tell whether "{{name}}" was created. Refresh the list and check before trying again.',
  },
  zhCN: {
    'errors.akuvox.signInFailed': 'Akuvox 云拒绝登录。请检查此连接的客户端 ID、客户端密钥、用户名和密码。',
    'errors.akuvox.missingCredentials': '此 Akuvox 连接需要用户名和密码。',
    'errors.akuvox.invalidResponse': 'Akuvox 云返回了 Fieldkey 无法识别的应答。请检查所选区域或服务器地址是否正确。',
    'errors.akuvox.wrongServer': '此地址的应答不像 Akuvox 服务器。请检查区域或自定义服务器地址。',
    'errors.akuvox.unknownRegion': '未知的 Akuvox 区域"{{region}}"。',
    'errors.akuvox.createUnconfirmed': 'Fieldkey 无法确认"{{name}}"是否已创建。请先刷新列表核对，再重试。',
  },
} as const satisfies Record<'en' | 'zhCN', Readonly<Record<string, string>>>
