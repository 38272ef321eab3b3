// The 14 question-type renderers, by type. Each module exports the same shape:
//   type, renderPupil(el, view, { answer, onChange, disabled, onRun? }), readAnswer(el),
//   renderEditor(el, config, { onChange }), renderReview(el, view, answer, details)
// The JSON each one reads and writes is in docs/question-types.md.

import * as binaryConvert from "./binary-convert.js";
import * as codeCompletion from "./code-completion.js";
import * as codeDebug from "./code-debug.js";
import * as dragLabel from "./drag-label.js";
import * as extendedText from "./extended-text.js";
import * as logicGates from "./logic-gates.js";
import * as matching from "./matching.js";
import * as multipleChoice from "./multiple-choice.js";
import * as multipleSelect from "./multiple-select.js";
import * as ordering from "./ordering.js";
import * as parsons from "./parsons.js";
import * as pythonCode from "./python-code.js";
import * as textInput from "./text-input.js";
import * as traceTable from "./trace-table.js";

const MODULES = [
  multipleChoice,
  multipleSelect,
  textInput,
  extendedText,
  matching,
  ordering,
  parsons,
  codeCompletion,
  pythonCode,
  codeDebug,
  traceTable,
  dragLabel,
  binaryConvert,
  logicGates,
];

/** { multiple_choice: module, ... } */
export const questionTypes = Object.freeze(Object.fromEntries(MODULES.map((module) => [module.type, module])));
export default questionTypes;

/** The module for a type, or an Error naming the type (a question of an unknown type cannot be shown). */
export function rendererFor(type) {
  const module = questionTypes[type];
  if (!module) throw new Error(`There is no renderer for the question type "${type}".`);
  return module;
}

/** The "Run my code" report, for pages that show a run's result themselves. */
export { runReport } from "./shared/code-tests.js";
