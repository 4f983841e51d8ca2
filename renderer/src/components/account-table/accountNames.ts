/** The account's display name, else its handle; null when the import knew only its id. */
export function accountTitle(account: { name: string | null; handle: string | null }): string | null {
  const name = account.name?.trim();
  if (name) return name;
  return account.handle ? `@${account.handle}` : null;
}

/** The quieter line under the name: the handle, or the network's id when there is no handle. */
export function accountSubtitle(account: { handle: string | null; externalId: string }): string {
  return account.handle ? `@${account.handle}` : `id ${account.externalId}`;
}
