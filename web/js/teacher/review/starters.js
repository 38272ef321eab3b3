// A starting point for a new question of each type: the rows a teacher fills in (empty options, an empty
// test), never an answer. The server refuses to save it until the teacher has made it answerable, and says
// which field still needs them, so a half-written question can never reach pupils.

import { newId } from "../../components/question-types/shared/dom.js";

function emptyOptions(n) {
  return Array.from({ length: n }, () => ({ id: newId("o"), text: "", is_correct: false }));
}

const STARTERS = {
  multiple_choice: () => ({ options: emptyOptions(3), shuffle_options: true }),
  multiple_select: () => ({ options: emptyOptions(4), min_selections: 1, max_selections: 4, shuffle_options: true }),
  text_input: () => ({
    accepted_answers: [{ text: "", points: 1 }],
    case_sensitive: false,
    max_length: 100,
    required_keywords: [],
    forbidden_keywords: [],
  }),
  extended_text: () => ({
    min_words: 20,
    max_words: 150,
    marking_guide: { points_available: 2, mark_scheme: [{ criterion: "", points: 1 }, { criterion: "", points: 1 }] },
    ai_marking_enabled: true,
    ai_marking_prompt: "",
  }),
  matching: () => {
    const left = [0, 1, 2].map(() => ({ id: newId("l"), text: "" }));
    const right = [0, 1, 2].map(() => ({ id: newId("r"), text: "" }));
    return {
      left_items: left,
      right_items: right,
      correct_pairs: left.map((item, i) => ({ left: item.id, right: right[i].id })),
      shuffle_right: true,
    };
  },
  ordering: () => ({ items: [1, 2, 3].map((position) => ({ id: newId("i"), text: "", correct_position: position })) }),
  parsons: () => {
    const blocks = [0, 1, 2].map(() => ({ id: newId("b"), code: "", indent: 0, is_distractor: false }));
    return {
      blocks,
      solution: blocks.map((b) => ({ block_id: b.id, indent: 0 })),
      alternative_solutions: [],
      enable_indentation: true,
      max_distractors_penalty: 0.5,
    };
  },
  code_completion: () => ({ code_template: "", blanks: [] }),
  python_code: () => ({
    starter_code: "",
    test_cases: [{ input: "", expected: "", visible: true }],
    hidden_test_weight: 0.5,
    time_limit_seconds: 5,
    banned_keywords: [],
    required_keywords: [],
    reference_solution: "",
  }),
  code_debug: () => ({
    buggy_code: "",
    bug_description: "",
    correct_code: "",
    alternative_fixes: [],
    test_cases: [{ input: "", visible: true }],
    time_limit_seconds: 5,
  }),
  trace_table: () => ({ code: "", variables: [], trace_rows: [], cells_to_fill: [] }),
  drag_label: () => {
    const label = { id: newId("l"), text: "", is_distractor: false };
    return {
      image: "",
      image_alt: "",
      drop_zones: [{ id: newId("z"), x: 10, y: 10, w: 20, h: 10, correct_label: label.id }],
      labels: [label],
    };
  },
  binary_convert: () => ({ conversion_type: "binary_to_decimal", given_value: "", show_working: true }),
  logic_gates: () => ({ gate: "AND", inputs: ["A", "B"], truth_table: [] }),
};

/** A fresh starter config for `type` (with `type` set). */
export function starterConfig(type) {
  const make = STARTERS[type];
  if (!make) throw new Error(`There is no starter for the question type "${type}".`);
  return { type, ...make() };
}

/** A whole new question of `type`, as the review page edits it. */
export function starterQuestion(type) {
  return {
    id: null,
    type,
    question_text: "",
    config: starterConfig(type),
    points: 1,
    difficulty: 2,
    time_estimate_seconds: 60,
    hint: "",
    scaffold: null,
    feedback: { correct: "", partial: "", incorrect: "" },
    image_url: null,
    image_alt: null,
    learning_objective_id: null,
    topic_id: null,
    strands: [],
    tags: [],
    warnings: [],
    answer_key: {},
  };
}
