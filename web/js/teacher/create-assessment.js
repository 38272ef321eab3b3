// The create-assessment wizard: 1 unit → 2 lesson materials (upload, see what was found, correct it) →
// 3 settings → 4 the draft is made (a background job; the page shows its progress and can be left and
// come back to) → the review page. Each step is in the address (?unit=…&step=…, ?job=…), so a reload or a
// return visit lands on the same step.
//
// This file wires the steps (create/*-step.js) together. The wizard's state is the one `wizard` object made in
// render() and passed along: each step gets what it needs from it and reports back through its callbacks.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { drawStep, setAddress } from "./create/layout.js";
import { rememberJob } from "./create/last-job.js";
import { addFound, draftFrom, loadMaterials } from "./create/materials.js";
import { materialsStep } from "./create/materials-step.js";
import { progressStep } from "./create/progress-step.js";
import { defaultSettings } from "./create/settings-fields.js";
import { generationRequest, settingsStep } from "./create/settings-step.js";
import { unitStep } from "./create/unit-step.js";
import { canChangeUnit } from "./units/shared.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const wizard = {
      main,
      user, // who may change the unit's materials: its owner and admins

      options: await api("/api/generation/options"),
      unit: null,
      draft: { objectives: [], vocabulary: [] }, // the objectives and key words being corrected in step 2
      settings: null, // kept when going back from step 3 or 4
      stopStep: null, // what the step on show needs to stop (the progress step's polling)
    };
    const params = new URLSearchParams(location.search);
    if (params.get("job")) return showProgress(wizard, params.get("job"), { focus: false });
    if (params.get("unit")) {
      wizard.unit = await api(`/api/units/${encodeURIComponent(params.get("unit"))}`);
      if (params.get("step") === "settings") return showSettings(wizard, { focus: false });
      return showMaterials(wizard, { focus: false });
    }
    return showUnit(wizard, { focus: false });
  },
});

/** Put a step ({ lead, element, stop? }) on the page in place of the one before. */
function show(wizard, index, step, { focus }) {
  wizard.stopStep?.();
  wizard.stopStep = step.stop ?? null;
  drawStep(wizard.main, { index, unit: wizard.unit, lead: step.lead, content: step.element, focus });
}

async function showUnit(wizard, { focus = true } = {}) {
  const step = await unitStep({
    onChosen: async (unit) => {
      wizard.unit = unit;
      setAddress({ unit: unit.id });
      await showMaterials(wizard);
    },
  });
  show(wizard, 0, step, { focus });
}

async function showMaterials(wizard, { focus = true, keepEdits = false, report = null } = {}) {
  setAddress({ unit: wizard.unit.id });
  const { documents, materials } = await loadMaterials(wizard.unit.id);
  if (keepEdits) addFound(wizard.draft, materials);
  else wizard.draft = draftFrom(materials);
  const step = materialsStep({
    unitId: wizard.unit.id,
    canChange: canChangeUnit(wizard.unit, wizard.user),
    documents,
    draft: wizard.draft,
    report,
    onUploaded: (result) => showMaterials(wizard, { focus: false, keepEdits: true, report: result }),
    onBack: () => {
      setAddress({});
      return showUnit(wizard);
    },
    onSaved: () => showSettings(wizard),
  });
  show(wizard, 1, step, { focus });
}

function showSettings(wizard, { focus = true } = {}) {
  setAddress({ unit: wizard.unit.id, step: "settings" });
  const step = settingsStep({
    options: wizard.options,
    values: wizard.settings || defaultSettings(wizard.unit, wizard.options),
    onBack: (values) => {
      wizard.settings = values;
      return showMaterials(wizard);
    },
    onMake: (values) => {
      wizard.settings = values;
      return startGeneration(wizard);
    },
  });
  show(wizard, 2, step, { focus });
}

/** Ask for the draft and follow its progress. Throws ApiError (said by the step that asked) when refused. */
async function startGeneration(wizard) {
  const body = generationRequest(wizard.unit.id, wizard.settings);
  const started = await api("/api/assessments/generate", { method: "POST", body });
  rememberJob(started.job_id);
  await showProgress(wizard, started.job_id, { generator: started.generator });
}

async function showProgress(wizard, jobId, { focus = true, generator } = {}) {
  setAddress({ job: jobId });
  const step = progressStep({ jobId, generator, choices: failureChoices(wizard) });
  show(wizard, 3, step, { focus });
  await step.start();
}

/** What a teacher can do when the draft could not be made: change the settings, or try without the AI. */
function failureChoices(wizard) {
  if (!wizard.unit || !wizard.settings) {
    return {
      onStartAgain: () => {
        setAddress({});
        return showUnit(wizard);
      },
    };
  }
  return {
    onChangeSettings: () => showSettings(wizard),
    onRetryOffline:
      wizard.settings.provider === "ai"
        ? () => {
            wizard.settings = { ...wizard.settings, provider: "offline" };
            return startGeneration(wizard);
          }
        : null,
  };
}
