/**
 * The request examples of seeds 000–002, byte for byte as the documents print them
 * (docs/clouds.md#seed-documents).
 */
export const SEED_REQUEST_EXAMPLES: readonly { readonly seed: '000' | '001' | '002'; readonly body: string }[] = [
  {
    seed: '000',
    body: '{\n"command": "get_project_list",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"page_size": 1,\n"page_index": 1\n}\n}',
  },
  {
    seed: '000',
    body: '{\n"command": "get_project_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52"\n}\n}',
  },
  {
    seed: '000',
    body: '{\n"command": "get_import_result",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"import_type": "user_info",\n"task_id": "tpr31adc223cc4b3bedb6bd4742dedcfa"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "get_access_group_list",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"page_size": 1,\n"page_index": 1,\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "get_access_group_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"access_group_id": "arbr2c4b070cc928496198944858b344f",\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "get_access_group_device_list",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "create_access_group_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_group_name": "test",\n"start_time": "00:00:00",\n"finish_time": "23:59:59",\n"repeat_mode": "daily",\n"available_days": [],\n"devices": [\n{\n"device_id": "d28b494e5babb46b288f4baf7fe322cc4",\n"mac": "C10519082089",\n"building_id": "b1a621c1ae77040d697bd2134700f57ee",\n"security_relays": [],\n"relays": [\n{\n"relay_id": "r4b5a73f8dd84abaa94dcs248be49b0d2"\n}\n]\n}\n]\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "update_access_group_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_group_id": "a2a621c1ae77040d697bd2134700f57ea",\n"access_group_name": "test",\n"start_time": "00:00:00",\n"finish_time": "23:59:59",\n"repeat_mode": "daily",\n"available_days": [],\n"devices": [\n{\n"device_id": "d28b494e5babb46b288f4baf7fe322cc4",\n"building_id": "b1a621c1ae77040d697bd2134700f57ee",\n"mac": "C10519082089",\n"security_relays": [],\n"relays": [\n{\n"relay_id": "r4b5a73f8dd84abaa94dcs248be49b0d2"\n}\n]\n}\n]\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "delete_access_group_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_group_id": "arbr2c4b070cc928496198944858b344f"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "batch_delete_access_group_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_groups": [\n{\n"access_group_id": "arbr2c4b070cc928496198944858b344f"\n}\n]\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "create_access_group_account_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_group_id": "arbr2c4b070cc928496198944858b344f",\n"residence_id": "rt1adc223cc4b3bedb6bd4742dedcfa52",\n"account_id": "avbr2c4b070cc928496198944858b34xc"\n}\n}',
  },
  {
    seed: '001',
    body: '{\n"command": "delete_access_group_account_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"access_group_id": "arbr2c4b070cc928496198944858b344f",\n"residence_id": "rt1adc223cc4b3bedb6bd4742dedcfa52",\n"building_id": "b21adc223cc4b3bedb6bd4742dedcfa52",\n"account_id": "avbr2c4b070cc928496198944858b34xc"\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "get_staff_access_list",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"page_size": 1,\n"page_index": 1,\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5"\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "get_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"staff_access_id": "sx9a621c1ae77040d697bd2134700f57e",\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5"\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "create_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"staff_access_name": "test",\n"faces": [\n{\n"face_picture_url": "https://akcs.akubela.com/test"\n}\n],\n"pin_codes": [\n{\n"number": "123456"\n}\n],\n"rf_cards": [\n{\n"number": "123456"\n}\n],\n"access_groups": [\n{\n"access_group_id": "arbr2c4b070cc928496198944858b344f"\n}\n],\n"floor_accesses": [\n{\n"building_id": "b1a621c1ae77040d697bd2134700f57ee",\n"floor_access": [\n"1",\n"2"\n]\n}\n]\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "update_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"staff_access_id": "s2a621c1ae77040d697bd2134700f57ea",\n"staff_access_name": "test",\n"faces": [\n{\n"face_picture_url": "https://akcs.akubela.com/test",\n"is_deleted": false\n}\n],\n"pin_codes": [\n{\n"number": "123456"\n}\n],\n"rf_cards": [\n{\n"number": "123456"\n}\n],\n"access_groups": [\n{\n"access_group_id": "arbr2c4b070cc928496198944858b344f"\n}\n],\n"floor_accesses": [\n{\n"building_id": "b1a621c1ae77040d697bd2134700f57ee",\n"floor_access": [\n"1",\n"2"\n]\n}\n]\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "delete_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p31adc223cc4b3bedb6bd4742dedcfa52",\n"staff_access_id": "srbr2c4b070cc928496198944858b344f"\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "batch_delete_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "p01adc223cc4b3bedb6bd4742dedcfa52",\n"staff_accesses": [\n{\n"staff_access_id": "s8b5a73f8dd84abaa94dcs248be49b0d1"\n}\n]\n}\n}',
  },
  {
    seed: '002',
    body: '{\n"command": "import_staff_access_info",\n"id": "c45e846ca23ab42c9ae469d988ae32a96",\n"param": {\n"project_id": "pr31adc223cc4b3bedb6bd4742dedcfa5",\n"file_name": "test",\n"file_url": "https://test.akubela.com/test-staff"\n}\n}',
  },
]
