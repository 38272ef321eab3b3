// Which page (browser tab) this is. Every save carries it with its counter: the server keeps, within one page,
// only a newer save than the one it has, and between pages the save it received last. The id is random and
// kept in this tab's sessionStorage, so a reload of the same tab is still the same page, while another tab or
// another computer is a page of its own.

const KEY = "ks3.page";
let inMemory = null; // when sessionStorage is switched off: the same id for as long as this page is open

function newId() {
  // getRandomValues works on plain http too (crypto.randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** This page's id: 32 hex characters, the same for as long as the tab is open (reloads included). */
export function pageId() {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = inMemory || newId();
      sessionStorage.setItem(KEY, id);
    }
    inMemory = id;
    return id;
  } catch {
    inMemory ||= newId();
    return inMemory;
  }
}
