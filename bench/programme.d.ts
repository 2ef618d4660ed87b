/** A generated programme of `count` items in the programme format (see programme.js). */
export function generateProgramme(
  count: number,
  options?: { seed?: number; firstDay?: string; timeZone?: string },
): { version: 1; event: Record<string, unknown>; items: { id: string; day?: string; start: string }[] } & Record<string, unknown>;
