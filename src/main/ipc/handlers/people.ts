import type { personsInvokes } from '@shared/ipc/channels/persons'
import type { staffInvokes } from '@shared/ipc/channels/staff'
import type { PeopleService } from '../../services/people'
import type { Handlers } from '../router'

export function peopleHandlers(people: PeopleService): Pick<Handlers, keyof typeof staffInvokes | keyof typeof personsInvokes> {
  const { staff, bulk, bulkDelete, persons, personsBulkDelete, credentials } = people
  return {
    'staff:listing': (scope) => staff.listing(scope),
    'staff:page': ({ search, offset, limit, ...scope }) => staff.page(scope, search, offset, limit),
    'staff:detail': ({ staffAccessId, ...scope }) => staff.detail(scope, staffAccessId),
    'staff:context': (scope) => staff.context(scope),
    'staff:credentials': ({ offset, limit, ...scope }) => staff.credentials(scope, offset, limit),
    'staff:create': ({ draft, confirmedDuplicates, intentKey, ...scope }) => staff.create(scope, draft, confirmedDuplicates, intentKey),
    'staff:update': ({ staffAccessId, edit, confirmedDuplicates, intentKey, ...scope }) =>
      staff.update(scope, staffAccessId, edit, confirmedDuplicates, intentKey),
    'staff:delete': ({ staffAccessIds, intentKey, ...scope }) => staff.remove(scope, staffAccessIds, intentKey),
    'staff:selectionSummary': ({ selection, ...scope }) => bulkDelete.summary(scope, selection),
    'staff:bulkDelete': ({ selection, ...scope }) => bulkDelete.start(scope, selection),
    'staff:bulkDeleteCancel': ({ jobId }) => bulkDelete.cancel(jobId),
    'staff:importRuns': ({ offset, limit, ...scope }) => bulk.importRuns(scope, offset, limit),
    'staff:refresh': (scope) => staff.refresh(scope),
    'staff:importBegin': ({ total, concurrency, fileName, ...scope }) => bulk.begin(scope, total, concurrency, fileName),
    'staff:importAppend': ({ jobId, rows }) => bulk.append(jobId, rows),
    'staff:importRun': ({ jobId }) => bulk.run(jobId),
    'staff:importCancel': ({ jobId }) => bulk.cancel(jobId),
    'staff:importJob': ({ jobId }) => bulk.get(jobId),
    'staff:importResults': ({ jobId, filter, offset, limit }) => bulk.results(jobId, filter, offset, limit),
    'staff:urlImportStart': ({ fileName, fileUrl, ...scope }) => staff.startUrlImport(scope, fileName, fileUrl),
    'staff:urlImportStatus': ({ taskId, ...scope }) => staff.urlImportStatus(scope, taskId),
    'persons:listing': (scope) => persons.listing(scope),
    'persons:page': ({ filter, offset, limit, ...scope }) => persons.page(scope, filter, { offset, limit }),
    'persons:detail': ({ personId, ...scope }) => persons.detail(scope, personId),
    'persons:organisations': (scope) => persons.organisations(scope),
    'persons:add': ({ draft, intentKey, ...scope }) => persons.add(scope, draft, intentKey),
    'persons:edit': ({ personId, draft, intentKey, ...scope }) => persons.edit(scope, personId, draft, intentKey),
    'persons:disable': ({ personIds, intentKey, ...scope }) => persons.disable(scope, personIds, intentKey),
    'persons:delete': ({ personIds, intentKey, ...scope }) => persons.remove(scope, personIds, intentKey),
    'persons:selectionSummary': ({ selection, ...scope }) => personsBulkDelete.summary(scope, selection),
    'persons:bulkDelete': ({ selection, ...scope }) => personsBulkDelete.start(scope, selection),
    'persons:bulkDeleteCancel': ({ jobId }) => personsBulkDelete.cancel(jobId),
    'persons:recyclePage': ({ search, offset, limit, ...scope }) => persons.recyclePage(scope, search, { offset, limit }),
    'persons:recycledDetail': ({ personId, ...scope }) => persons.recycledDetail(scope, personId),
    'persons:recover': ({ personIds, intentKey, ...scope }) => persons.recover(scope, personIds, intentKey),
    'persons:refresh': (scope) => persons.refresh(scope),
    'persons:biometrics': ({ personId, ...scope }) => credentials.biometrics(scope, personId),
    'persons:doors': ({ personId, ...scope }) => credentials.doors(scope, personId),
  }
}
