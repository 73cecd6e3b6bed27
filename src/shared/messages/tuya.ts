/**
 * User-facing text for the Tuya-specific `messageKey`s on `AppError`s (the generic
 * `errors.<code>` keys live with the other locale strings). Wired into i18n by the shell.
 * The Tuya code and request id (`tid`) ride along on the error for support.
 */
export const tuyaMessages = {
  en: {
    'errors.tuya.1004':
      'The access ID or access secret was rejected. Check them in the Tuya IoT console (Cloud → your project → Overview) and enter them again.',
    'errors.tuya.token': 'The Tuya cloud no longer accepts this session. Sign in to the connection again.',
    'errors.tuya.1013': "The Tuya cloud rejected the request time. Set this computer's date and time to update automatically, then try again.",
    'errors.tuya.1106':
      'This cloud project is not authorised for this action. In the Tuya IoT console, check that the project is linked to the building and the API is authorised.',
    'errors.tuya.1108':
      'The Tuya cloud does not offer this API to the project. Subscribe the project to the Smart Building API service, or check the selected data center.',
    'errors.tuya.1110': 'The Tuya cloud is busy or limiting requests. Wait a moment and try again; your work is kept.',
    'errors.tuya.1114': "The project's IP allow-list does not include this network. Add this site's public IP in the Tuya IoT console.",
    'errors.tuya.2001': 'The device is offline. Check its power and network, then try again.',
    'errors.tuya.quota': "The cloud project's API quota is used up. Check the project's plan in the Tuya IoT console.",
    'errors.tuya.dataCenter': 'The selected data center is not enabled for this project. Choose the region the project was created in.',
    'errors.tuya.param': 'The Tuya cloud did not accept a value: {{detail}}',
    'errors.tuya.outcomeUnknown': 'The answer was lost, so Fieldkey cannot tell whether the change was made. Refresh and check before trying again.',
    'errors.tuya.unexpectedAnswer':
      'The Tuya cloud sent an answer Fieldkey does not understand. Check that the right data center or server address is selected.',
    'errors.tuya.wrongServer': 'This address does not answer like a Tuya Smart Building server. Check the data center or the custom server address.',
  },
  zhCN: {
    'errors.tuya.1004': 'Access ID 或 Access Secret 被拒绝。请在涂鸦 IoT 平台（云开发 → 项目 → 概况）中核对后重新输入。',
    'errors.tuya.token': '涂鸦云已不再接受此会话。请重新登录此连接。',
    'errors.tuya.1013': '涂鸦云拒绝了请求时间。请将本机日期和时间设为自动同步，然后重试。',
    'errors.tuya.1106': '此云项目无权执行该操作。请在涂鸦 IoT 平台中确认项目已关联该楼宇，且接口已授权。',
    'errors.tuya.1108': '涂鸦云未向此项目开放该接口。请为项目订阅智慧楼宇 API 服务，或检查所选数据中心。',
    'errors.tuya.1110': '涂鸦云繁忙或正在限制请求频率。请稍候再试，您的工作已保留。',
    'errors.tuya.1114': '项目的 IP 白名单不包含当前网络。请在涂鸦 IoT 平台中添加本现场的公网 IP。',
    'errors.tuya.2001': '设备离线。请检查设备电源和网络后重试。',
    'errors.tuya.quota': '云项目的接口调用额度已用完。请在涂鸦 IoT 平台中查看项目套餐。',
    'errors.tuya.dataCenter': '此项目未启用所选数据中心。请选择创建项目时所在的区域。',
    'errors.tuya.param': '涂鸦云未接受某个参数值：{{detail}}',
    'errors.tuya.outcomeUnknown': '应答丢失，Fieldkey 无法确认更改是否已生效。请先刷新核对，再决定是否重试。',
    'errors.tuya.unexpectedAnswer': '涂鸦云返回了 Fieldkey 无法识别的应答。请检查所选数据中心或服务器地址是否正确。',
    'errors.tuya.wrongServer': '此地址的应答不像涂鸦智慧楼宇服务器。请检查数据中心或自定义服务器地址。',
  },
} as const satisfies Record<'en' | 'zhCN', Readonly<Record<string, string>>>
