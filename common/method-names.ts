/**
 * Every AppApi method name, without the schemas: the renderer's client needs only the names, and
 * importing zod's schemas would make its bundle several times larger. api.ts checks at compile
 * time that this list and the contract agree.
 */
export const methodNames = [
  "app.info",
  "workspace.create",
  "workspace.open",
  "workspace.close",
  "workspace.current",
  "workspace.stats",
  "workspace.recent",
  "workspace.forgetRecent",
  "prospects.list",
  "prospects.add",
  "prospects.remove",
  "import.detect",
  "import.run",
  "import.list",
  "import.remove",
  "import.discard",
  "accounts.list",
  "accounts.get",
  "accounts.find",
  "accounts.name",
  "paths.find",
  "paths.setOrganisation",
  "graph.egoGraph",
  "intro.draft",
  "search.run",
  "focus.get",
  "posts.get",
  "notes.get",
  "notes.save",
  "audience.segments",
  "audience.list",
  "audience.csv",
  "audience.changes",
  "categories.list",
  "categories.save",
  "categories.delete",
  "categories.assign",
  "pursuit.get",
  "pursuit.save",
  "searches.list",
  "searches.save",
  "searches.delete",
  "searches.markViewed",
  "searches.presets",
  "brief.export",
  "people.links",
  "people.link",
  "people.unlink",
  "people.list",
  "people.get",
  "people.update",
  "people.duplicates",
  "people.merge",
  "people.unmerge",
  "people.merges",
  "people.rejectDuplicate",
  "settings.get",
  "settings.setLayout",
  "settings.setGraph",
  "dialog.chooseNewWorkspace",
  "dialog.chooseExistingWorkspace",
  "dialog.chooseImportPaths",
  "dialog.chooseBriefPath",
  "call.cancel",
] as const;

export type ListedMethodName = (typeof methodNames)[number];

export function isListedMethodName(value: unknown): value is ListedMethodName {
  return (
    typeof value === "string" &&
    (methodNames as readonly string[]).includes(value)
  );
}
