/**
 * What hosts and the dispatcher need to know about workspace files and SQLite, without reaching
 * into db/: how storage failures read to a user, and whether the open file is still in place.
 */
export { NOT_SAVED, storageError, workspaceMissing } from '../db/sqlite-errors';
export { fileIdentity, sameFile, type FileIdentity } from '../db/workspace-file';
export { sqliteVersion, useNativeBinding } from '../db/sqlite';
