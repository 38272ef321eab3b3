// The draft the teacher asked for last, remembered in this browser so the wizard can say when it is ready
// (generation is a background job: the teacher may leave the page while it runs). Storage may be switched off:
// then nothing is remembered, and the job's address still works.

const LAST_JOB_KEY = "ks3.generation.lastJob";

export function rememberJob(id) {
  try {
    localStorage.setItem(LAST_JOB_KEY, JSON.stringify({ id, at: Date.now() }));
  } catch {
    // Storage may be off: the address still holds the job.
  }
}

export function forgetJob() {
  try {
    localStorage.removeItem(LAST_JOB_KEY);
  } catch {
    // nothing to forget
  }
}

/** The id of the job remembered last, or null. */
export function rememberedJobId() {
  try {
    return JSON.parse(localStorage.getItem(LAST_JOB_KEY) || "null")?.id || null;
  } catch {
    return null;
  }
}
