// Preloaded into Electronegativity (NODE_OPTIONS=--require): its two network calls (translation
// updates, Electron's release list) go through `got`, whose timeout-and-retry path sometimes
// crashes the whole run on a closed network. Here they fail at once, as they would offline, and
// Electronegativity carries on with its bundled translations and without the release check.
const Module = require('node:module')

const offline = () => Promise.reject(new Error('no network: Fieldkey runs Electronegativity offline'))
offline.head = offline
offline.get = offline

const load = Module._load
Module._load = function (request, parent, isMain) {
  if (request === 'got') return offline
  return load.call(this, request, parent, isMain)
}
