// Type tests that MUST NOT compile: every file in test/types/fail/ announces
// the error it must produce on a line `// expect-error: TS<code> <text>`
// (`<text>` must appear in the message). Each file is compiled on its own with
// the options of tsconfig.types.json; the check fails if a file compiles, or
// fails for another reason (so a typo or a missing build cannot pass for the
// expected error).
//
//   node scripts/check-type-errors.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const DIR = 'test/types/fail';
const config = ts.getParsedCommandLineOfConfigFile('tsconfig.types.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
const host = ts.createCompilerHost(config.options);
const flatten = (d) => ts.flattenDiagnosticMessageText(d.messageText, '\n');

let failures = 0;
let previous;
const files = readdirSync(DIR).filter((f) => /\.(tsx?|mts)$/.test(f));
if (!files.length) {
  console.error(`${DIR}: no files`);
  failures++;
}
for (const name of files) {
  const file = join(DIR, name);
  const expect = /^\/\/ expect-error: TS(\d+) (.+)$/m.exec(readFileSync(file, 'utf8'));
  if (!expect) {
    console.error(`✖ ${file}: no "// expect-error: TS<code> <text>" line`);
    failures++;
    continue;
  }
  const [, code, text] = expect;
  const program = ts.createProgram([file], config.options, host, previous);
  previous = program;
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const shown = diagnostics.map((d) => `  ${d.file ? `${d.file.fileName}:` : ''} TS${d.code}: ${flatten(d)}`).join('\n');
  const matching = diagnostics.filter((d) => String(d.code) === code && flatten(d).includes(text.trim()));
  const others = diagnostics.filter((d) => !matching.includes(d));
  if (!diagnostics.length) {
    console.error(`✖ ${file} compiled, but must fail with TS${code} (${text})`);
    failures++;
  } else if (!matching.length || others.length) {
    console.error(`✖ ${file} must fail with TS${code} (${text}) and nothing else; tsc said:\n${shown}`);
    failures++;
  } else {
    console.log(`✔ ${file} fails as it must: TS${code} ${flatten(matching[0]).split('\n')[0]}`);
  }
}
if (failures) process.exitCode = 1;
