import type { peopleInvokes } from '@shared/ipc/channels/people'
import type { PeopleService } from '../../services/people'
import type { Handlers } from '../router'

export function peopleHandlers(people: PeopleService): Pick<Handlers, keyof typeof peopleInvokes> {
  const { staff, bulk, persons } = people
  return {
    'people:staffListing': (scope) => staff.listing(scope),
    'people:staffPage': ({ search, offset, limit, ...scope }) => staff.page(scope, search, offset, limit),
    'people:staffDetail': ({ staffAccessId, ...scope }) => staff.detail(scope, staffAccessId),
    'people:staffContext': (scope) => staff.context(scope),
    'people:staffCredentials': ({ offset, limit, ...scope }) => staff.credentials(scope, offset, limit),
    'people:staffCreate': ({ draft, ...scope }) => staff.create(scope, draft),
    'people:staffUpdate': ({ staffAccessId, edit, ...scope }) => staff.update(scope, staffAccessId, edit),
    'people:staffDelete': ({ staffAccessIds, ...scope }) => staff.remove(scope, staffAccessIds),
    'people:staffRefresh': (scope) => staff.refresh(scope),
    'people:importBegin': ({ total, concurrency, ...scope }) => bulk.begin(scope, total, concurrency),
    'people:importAppend': ({ jobId, rows }) => bulk.append(jobId, rows),
    'people:importRun': ({ jobId }) => bulk.run(jobId),
    'people:bulkCancel': ({ jobId }) => bulk.cancel(jobId),
    'people:bulkJob': ({ jobId }) => bulk.get(jobId),
    'people:bulkResults': ({ jobId, filter, offset, limit }) => bulk.results(jobId, filter, offset, limit),
    'people:urlImportStart': ({ fileName, fileUrl, ...scope }) => staff.startUrlImport(scope, fileName, fileUrl),
    'people:urlImportStatus': ({ taskId, ...scope }) => staff.urlImportStatus(scope, taskId),
    'people:personsListing': (scope) => persons.listing(scope),
    'people:personsPage': ({ filter, offset, limit, ...scope }) => persons.page(scope, filter, { offset, limit }),
    'people:personDetail': ({ personId, ...scope }) => persons.detail(scope, personId),
    'people:organisations': (scope) => persons.organisations(scope),
    'people:personAdd': ({ draft, ...scope }) => persons.add(scope, draft),
    'people:personEdit': ({ personId, draft, ...scope }) => persons.edit(scope, personId, draft),
    'people:personsDisable': ({ personIds, ...scope }) => persons.disable(scope, personIds),
    'people:personsDelete': ({ personIds, ...scope }) => persons.remove(scope, personIds),
    'people:recyclePage': ({ search, offset, limit, ...scope }) => persons.recyclePage(scope, search, { offset, limit }),
    'people:recycledDetail': ({ personId, ...scope }) => persons.recycledDetail(scope, personId),
    'people:personsRecover': ({ personIds, ...scope }) => persons.recover(scope, personIds),
    'people:personsRefresh': (scope) => persons.refresh(scope),
  }
}
