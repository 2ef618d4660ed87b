// Everything generated from custom-elements.json, in one pass: framework
// types and React wrappers, editor data, docs (docs/elements.md, and
// docs/api.md, the public surface 1.0 freezes).
// `npm run build` runs it after `npm run analyze`; `scripts/check.mjs
// generated` runs it with --check against a freshly analyzed manifest.
//
//   node scripts/generate.mjs [--check] [--manifest custom-elements.json]
import { cliOptions, emit, loadElements, report } from './manifest.mjs';
import { typeFiles } from './generate-types.mjs';
import { editorFiles } from './generate-editor-data.mjs';
import { docFiles } from './generate-docs.mjs';
import { apiFiles } from './generate-api.mjs';

const options = cliOptions();
const { elements, problems } = loadElements(options.manifest);
report(problems, options);
emit({ ...typeFiles(elements), ...editorFiles(elements), ...docFiles(elements), ...apiFiles(elements, options.manifest) }, options);
