// Pointer dragging (mouse, pen and touch through one set of pointer events). It is only ever a shortcut:
// every question that can be dragged also works with buttons and the keyboard (select, then place; Move up /
// Move down). Nothing follows the pointer or slides: the source is outlined and the target is marked, so
// there is no motion on screen beyond the pointer itself.

const THRESHOLD_PX = 6; // a press that moves less than this is a click, not a drag

/**
 * Make `handle` draggable.
 *   onStart()          — the drag really began (moved past the threshold)
 *   onMove(x, y)       — pointer position (client coordinates) while dragging
 *   onDrop(x, y)       — released while dragging
 *   onEnd()            — always after a drag (dropped or cancelled): clear highlights here
 *   accept(event)      — optional: false to ignore a press (on a button inside, or a touch off the grip)
 * Returns a function that removes the listeners.
 */
export function makeDraggable(handle, { accept, onStart, onMove, onDrop, onEnd }) {
  let start = null;
  let dragging = false;

  const finish = () => {
    const wasDragging = dragging;
    start = null;
    dragging = false;
    handle.classList.remove("qt-dragging");
    if (wasDragging) onEnd?.();
    return wasDragging;
  };

  const down = (event) => {
    if (event.button !== 0 || handle.closest("[data-qt-disabled]")) return;
    if (accept && !accept(event)) return;
    start = { x: event.clientX, y: event.clientY, id: event.pointerId };
    // Capture now: a quick movement can leave the handle before the drag threshold is reached.
    handle.setPointerCapture?.(event.pointerId);
  };
  const move = (event) => {
    if (!start || event.pointerId !== start.id) return;
    if (!dragging) {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < THRESHOLD_PX) return;
      dragging = true;
      handle.classList.add("qt-dragging");
      onStart?.();
    }
    event.preventDefault();
    onMove?.(event.clientX, event.clientY);
  };
  const up = (event) => {
    if (!start || event.pointerId !== start.id) return;
    if (dragging) {
      event.preventDefault();
      // A drag must not also count as a click on the handle (which would pick it up again).
      handle.addEventListener("click", swallow, { capture: true, once: true });
      setTimeout(() => handle.removeEventListener("click", swallow, { capture: true }), 0);
      const { clientX, clientY } = event;
      finish();
      onDrop?.(clientX, clientY);
    } else {
      finish();
    }
  };
  const cancel = () => finish();

  handle.addEventListener("pointerdown", down);
  handle.addEventListener("pointermove", move);
  handle.addEventListener("pointerup", up);
  handle.addEventListener("pointercancel", cancel);
  handle.addEventListener("lostpointercapture", () => {
    if (dragging) finish();
    else start = null;
  });
  return () => {
    handle.removeEventListener("pointerdown", down);
    handle.removeEventListener("pointermove", move);
    handle.removeEventListener("pointerup", up);
    handle.removeEventListener("pointercancel", cancel);
  };
}

function swallow(event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** The element under a point that matches `selector` (the dragged element itself is ignored). */
export function targetAt(x, y, selector) {
  for (const node of document.elementsFromPoint(x, y)) {
    if (node.classList?.contains("qt-dragging")) continue;
    const match = node.closest(selector);
    if (match) return match;
  }
  return null;
}

/**
 * Where a pointer at height `y` would drop into a vertical list of `items`: the index to insert at
 * (0..items.length), by comparing with each item's middle.
 */
export function insertIndexAt(items, y) {
  for (let i = 0; i < items.length; i += 1) {
    const box = items[i].getBoundingClientRect();
    if (y < box.top + box.height / 2) return i;
  }
  return items.length;
}
