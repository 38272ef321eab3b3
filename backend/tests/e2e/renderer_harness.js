// The page the renderer tests drive (served by renderer_harness.py at /__qt/harness.js, same origin, under the
// real CSP). It imports the renderers exactly as the app's pages do and keeps a record of every onChange call.

import { questionTypes } from "/js/components/question-types/index.js";

const record = { changes: [], configs: [], runs: [] };
const copy = (value) => JSON.parse(JSON.stringify(value));

function freshRoot(title) {
  const stage = document.getElementById("stage");
  document.getElementById("stage-title").textContent = title;
  const root = document.createElement("div");
  root.id = "question";
  stage.replaceChildren(root);
  return root;
}

function root() {
  return document.getElementById("question");
}

window.qtHarness = {
  types: Object.keys(questionTypes),

  shapes() {
    return Object.fromEntries(
      Object.entries(questionTypes).map(([name, module]) => [
        name,
        {
          type: module.type,
          functions: ["renderPupil", "readAnswer", "renderEditor", "renderReview"].filter((f) => typeof module[f] === "function"),
        },
      ]),
    );
  },

  /** Draw the pupil input. withRun: plug in "Run my code" through window.qtRunCode (exposed by the test). */
  pupil(type, view, { answer = null, disabled = false, withRun = false, title = "Question" } = {}) {
    record.changes = [];
    record.runs = [];
    const options = { answer, disabled, onChange: (data) => record.changes.push(copy(data)) };
    if (withRun) {
      options.onRun = async (code) => {
        record.runs.push(code);
        return window.qtRunCode(code);
      };
    }
    questionTypes[type].renderPupil(freshRoot(title), view, options);
  },

  read(type) {
    return questionTypes[type].readAnswer(root());
  },

  changes() {
    return record.changes;
  },

  runs() {
    return record.runs;
  },

  editor(type, config) {
    record.configs = [];
    questionTypes[type].renderEditor(freshRoot("Edit question"), copy(config), { onChange: (c) => record.configs.push(copy(c)) });
  },

  configs() {
    return record.configs;
  },

  review(type, view, answer, details) {
    questionTypes[type].renderReview(freshRoot("Your answer"), view, answer, details);
  },
};

document.documentElement.dataset.harnessReady = "true";
