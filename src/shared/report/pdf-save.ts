/** How saving the pack as a PDF ended: written where the installer chose, or the dialog was closed. */
export type PdfSaved = { readonly saved: true; readonly fileName: string } | { readonly saved: false }
