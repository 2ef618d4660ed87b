/**
 * Crafted inputs at the size limits (docs/security.md, "Limits"), the same in
 * Node and in the browser: each case builds its input, then `run` is timed.
 * The model's functions are passed in, so that each side uses its own build.
 */
const MB = 1_000_000;
const nested = (open, close, depth) => `${open.repeat(depth)}1${close.repeat(depth)}`;

export function hostileCases({ validateProgramme, parseProgramme, importProgramme, toPlainText }) {
  const event = { id: 'e', title: 'T', timeZone: 'Europe/Paris', days: ['2026-03-27'] };
  const programme = (items, rooms) => ({ version: 1, event, items, ...(rooms ? { rooms } : {}) });
  return [
    {
      name: 'Markup: 5 MB of `[`',
      input: () => '['.repeat(5 * MB),
      run: (input) => toPlainText(input),
    },
    {
      name: 'Markup: a heading and 5 MB of spaces',
      input: () => `# a${' '.repeat(5 * MB)}b`,
      run: (input) => toPlainText(input),
    },
    {
      name: 'Markup: 5 MB of backslashes',
      input: () => '\\'.repeat(5 * MB),
      run: (input) => toPlainText(input),
    },
    {
      name: 'Markup: 5 MB of HTML links',
      input: () => '<a href="https://x.org/">a</a>'.repeat((5 * MB) / 31),
      run: (input) => toPlainText(input),
    },
    {
      name: 'Validate: 5 MB JSON, 100,000 empty items (400,000 errors)',
      input: () => JSON.stringify(programme(Array.from({ length: 100_000 }, () => ({})))),
      run: (input) => validateProgramme(input),
    },
    {
      name: 'Parse: 40,000 items sharing two starts (derived ends, 20,000 overlaps)',
      input: () => programme(
        Array.from({ length: 40_000 }, (_, i) => ({ id: `i${i}`, type: 'talk', title: 'T', start: i < 20_000 ? '09:00' : '10:00', room: i % 2 ? 'a' : 'b' })),
        [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      ),
      run: (input) => parseProgramme(input),
    },
    {
      name: 'Validate: 20,000 unknown rooms among 20,000 rooms',
      input: () => programme(
        Array.from({ length: 20_000 }, (_, i) => ({ id: `i${i}`, type: 'talk', title: 'T', start: '09:00', end: '10:00', room: `rooom-${i}` })),
        Array.from({ length: 20_000 }, (_, i) => ({ id: `room-${i}`, name: 'R' })),
      ),
      run: (input) => validateProgramme(input),
    },
    {
      name: 'Validate: a DAG of 2^40 paths in an unknown field',
      input: () => {
        let node = { leaf: 'x' };
        for (let i = 0; i < 40; i++) node = { a: node, b: node };
        return { ...programme([]), extra: node };
      },
      run: (input) => validateProgramme(input),
    },
    {
      name: 'Validate: one 100,000-entry sparse array, 1,000 references',
      input: () => {
        const sparse = new Array(100_000);
        return { ...programme([]), extra: Array.from({ length: 1000 }, () => sparse) };
      },
      run: (input) => validateProgramme(input),
    },
    {
      name: 'Import: a frab export with arrays 2,500,000 deep (5 MB)',
      input: () => `{"schedule":{"version":"1","conference":{"title":"x","days":[]}},"x":${nested('[', ']', 2_490_000)}}`,
      run: (input) => {
        try {
          importProgramme(input);
        } catch {
          // An ImportError is the expected outcome.
        }
      },
    },
  ];
}
