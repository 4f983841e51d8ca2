/** A backup of a workspace, as the restore dialog and `backups list` show it. */
export interface BackupDto {
  /** Its file name in `<workspace name> backups/`: what a restore names. */
  name: string;
  /** ISO time it was taken. */
  createdAt: string;
  sizeBytes: number;
  /** What came after it: "import of followers.js", "erase of @someone". */
  label: string;
}

/** How many backups each workspace keeps (a per-user setting). */
export interface BackupSettingsDto {
  keep: number;
}

/** What an erase did to the backups, which held the erased data too. */
export interface EraseBackupsDto {
  /** Backups the erase was run on as well. */
  rewritten: number;
  /** Backups deleted because they could not be rewritten (damaged, or another key). */
  deleted: number;
}
