/** The typed confirmation matches what was asked, spaces around it aside. */
export function confirmed(typed: string, expected: string): boolean {
  return typed.trim() === expected;
}
