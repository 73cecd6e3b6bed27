/**
 * The largest face picture main reads and hands the window, as a data: URL of about 4/3 of it:
 * under a quarter of the IPC frame (src/shared/ipc/limits.ts). Access-control readers take far
 * smaller pictures.
 */
export const FACE_PICTURE_MAX_BYTES = 512 * 1024
