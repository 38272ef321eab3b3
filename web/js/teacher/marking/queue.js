// The marking queue as data: the filters, the answers they found, which one is in focus, whether an AI service is
// set up, and how many decided marks wait to be released. Reading the queue, deciding a mark and releasing marks go
// through the API here; the page's parts only draw what it holds.

import { api } from "../../api.js";

/** The filters from the page's address (?assessment=&class=&question=&marked=1). */
export function filtersFrom(params) {
  return {
    assessment: params.get("assessment") || "",
    klass: params.get("class") || "",
    question: params.get("question") || "",
    includeMarked: params.get("marked") === "1",
  };
}

/** True when any filter narrows the queue (the empty queue says so differently). */
export function isFiltered(filters) {
  return Boolean(filters.assessment || filters.klass || filters.question);
}

function searchFor(filters, names) {
  const search = new URLSearchParams();
  if (filters.assessment) search.set(names.assessment, filters.assessment);
  if (filters.klass) search.set(names.klass, filters.klass);
  if (filters.question) search.set(names.question, filters.question);
  if (filters.includeMarked) search.set(names.includeMarked, names.yes);
  return search;
}

const API_NAMES = { assessment: "assessment_id", klass: "class_id", question: "question_id", includeMarked: "include_marked", yes: "true" };
const ADDRESS_NAMES = { assessment: "assessment", klass: "class", question: "question", includeMarked: "marked", yes: "1" };

/** Keep the filters in the page's address, so a reload or a shared link shows the same answers. */
export function showFiltersInAddress(filters) {
  const address = searchFor(filters, ADDRESS_NAMES);
  history.replaceState(null, "", address.toString() ? `?${address}` : location.pathname);
}

export class MarkingQueue {
  constructor(filters) {
    this.filters = filters;
    this.items = [];
    this.index = 0;
    this.aiConfigured = true;
    this.message = null;
    this.markedNotReleased = 0;
  }

  /** The answer in focus, or null when the queue is empty. */
  get current() {
    return this.items[this.index] || null;
  }

  /** True when every answer in the list has the teacher's mark. */
  get allMarked() {
    return !this.items.some((item) => item.status !== "teacher_marked");
  }

  /** Read the queue for the filters; `keep` keeps the answer in focus when it is still in the list. */
  async load({ keep = false } = {}) {
    const queue = await api(`/api/marking/queue?${searchFor(this.filters, API_NAMES)}`);
    const keptId = keep ? this.current?.answer_id : null;
    this.items = queue.items;
    this.aiConfigured = queue.ai_configured;
    this.message = queue.message || null;
    this.markedNotReleased = queue.marked_not_released;
    this.index = Math.max(0, keptId ? this.items.findIndex((i) => i.answer_id === keptId) : 0);
  }

  /**
   * Save the teacher's decision for `item` (`body`: { accept: true } or { score, feedback, criteria }), then move
   * the focus on to the next answer that still needs a decision, so a class can be marked in one pass.
   * Returns the server's answer; throws ApiError when it is refused.
   */
  async decide(item, body) {
    const wasCounted = item.status === "teacher_marked" && !item.released;
    const result = await api(`/api/marking/answers/${encodeURIComponent(item.answer_id)}`, { method: "POST", body });
    Object.assign(item, { status: result.status, score: result.score, feedback: result.feedback, released: result.released });
    if (!body.accept && body.criteria) item.criteria = body.criteria;
    if (body.accept) item.criteria = item.ai?.criteria || null;
    if (!result.released && !wasCounted) this.markedNotReleased += 1;
    const next = this.items.findIndex((other, i) => i > this.index && other.status !== "teacher_marked");
    if (next >= 0) this.index = next;
    return result;
  }

  /** Release the decided marks for the chosen assessment (and class). Returns the server's answer. */
  async release() {
    const result = await api("/api/marking/release", {
      method: "POST",
      body: { assessment_id: this.filters.assessment, class_id: this.filters.klass || null },
    });
    for (const item of this.items) if (item.status === "teacher_marked") item.released = true;
    this.markedNotReleased = 0;
    return result;
  }
}
