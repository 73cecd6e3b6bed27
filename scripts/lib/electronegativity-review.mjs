// Pure half of the security review: read Electronegativity's CSV, keep the HIGH and MEDIUM
// findings, and let each one stand only if the flagged line (or the comment right above it)
// carries `electronegativity: CHECK_ID[, CHECK_ID…] — reason`.

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f !== '')) rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f !== '')) rows.push(row)
  return rows
}

/** Findings as objects, keyed by the (trimmed) header names. */
export function readFindings(csv) {
  const [header, ...rows] = parseCsv(csv)
  if (!header) return []
  const names = header.map((h) => h.trim())
  return rows.map((cells) => {
    const get = (name) => (cells[names.indexOf(name)] ?? '').trim()
    const [line] = get('location').split(':')
    return { issue: get('issue'), severity: get('severity'), confidence: get('confidence'), file: get('filename'), line: Number(line), sample: get('sample') }
  })
}

const JUSTIFICATION = /electronegativity:\s*([A-Z_]+(?:\s*,\s*[A-Z_]+)*)\s*[—–-]+\s*(\S.{9,})/

/** The flagged line and the comment lines directly above it. */
function nearbyComment(lines, lineNo) {
  const out = [lines[lineNo - 1] ?? '']
  for (let i = lineNo - 2; i >= 0 && /^\s*(\/\/|\/\*|\*)/.test(lines[i] ?? ''); i--) out.push(lines[i] ?? '')
  return out
}

function isJustified(finding, sourceLines) {
  return nearbyComment(sourceLines, finding.line).some((text) => {
    const m = JUSTIFICATION.exec(text)
    return (
      m !== null &&
      m[1]
        .split(',')
        .map((s) => s.trim())
        .includes(finding.issue)
    )
  })
}

/**
 * Every HIGH and MEDIUM finding, split into justified and not. `readSource(file)` returns the
 * file's lines (the CSV names files relative to the scanned folder).
 */
export function review(csv, readSource) {
  const findings = readFindings(csv)
  const justified = []
  const unjustified = []
  for (const f of findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')) {
    if (isJustified(f, readSource(f.file))) justified.push(f)
    else unjustified.push(f)
  }
  return { total: findings.length, justified, unjustified }
}
