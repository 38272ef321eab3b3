// A question's picture in its edit form: upload it through /api/media (with progress in words), see it, describe
// it for pupils who cannot see it, remove it. For "Label a picture" it is the picture pupils label, kept in the
// type's config, and its description is the editor's own.

import { apiUpload, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { uid } from "../../components/question-types/shared/dom.js";

const IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp";

/** Draw the picture (or say there is none) in `parts.preview`, with Remove picture for a question's own picture. */
function drawPreview(parts) {
  const { draft, isLabelling, preview } = parts;
  const url = isLabelling() ? draft.config.image : draft.image_url;
  if (!url) {
    preview.replaceChildren(el("p", { class: "muted" }, isLabelling() ? "Upload the picture pupils will label, or type its address below." : "No picture."));
    return;
  }
  const remove = () => {
    parts.onRemove();
    drawPreview(parts);
    parts.progress.textContent = "The picture was removed. Save the question to keep this change.";
  };
  preview.replaceChildren(
    el("img", { class: "review-picture__image", src: url, alt: isLabelling() ? "" : draft.image_alt || "" }),
    isLabelling() ? null : el("button", { type: "button", class: "button button--secondary button--small", onClick: remove }, "Remove picture"),
  );
}

/** Upload the file just chosen; a refusal goes beside the file box in the server's words. */
async function upload(parts) {
  const { file, progress } = parts;
  const chosen = file.input.files?.[0];
  if (!chosen) return;
  file.clearError();
  const data = new FormData();
  data.append("file", chosen);
  progress.textContent = `Uploading ${chosen.name}…`;
  try {
    const uploaded = await apiUpload("/api/media", data, {
      onProgress: (f) => (progress.textContent = `Uploading ${chosen.name}: ${Math.round(f * 100)}%`),
    });
    parts.onPicture(uploaded.url);
    drawPreview(parts);
    progress.textContent = `${chosen.name} is uploaded. Save the question to keep it.`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    progress.textContent = "";
    file.setError(error.detail);
  } finally {
    file.input.value = "";
  }
}

/**
 * The picture fields for `draft` (the form's copy of the question).
 *   isLabelling()    true while the question is "Label a picture"
 *   onPicture(url)   a picture was uploaded;  onRemove()   it was removed;  onAlt(text)   its description changed
 * Returns { element, fileInput, altInput } (the inputs are where problems with the picture are shown).
 */
export function pictureFields({ draft, isLabelling, onPicture, onRemove, onAlt }) {
  const parts = {
    draft,
    isLabelling,
    onPicture,
    onRemove,
    preview: el("div", { class: "review-picture__preview" }),
    progress: el("p", { class: "review-picture__progress", role: "status" }),
    file: field({ label: "Upload a picture", type: "file", accept: IMAGE_TYPES, help: "PNG, JPEG, GIF or WebP, at most 5 MB." }),
  };
  parts.file.input.classList.add("review-picture__file");
  parts.file.input.addEventListener("change", () => upload(parts));
  const alt = field({ label: "Describe the picture", value: draft.image_alt ?? "", help: "For pupils who cannot see it, for example: A keyboard with the Enter key marked." });
  alt.input.addEventListener("input", () => onAlt(alt.input.value));
  drawPreview(parts);
  return {
    element: el(
      "div",
      { class: "review-picture", id: uid("review-picture") },
      el("p", { class: "review-picture__title" }, isLabelling() ? "The picture to label" : "Picture (optional)"),
      parts.preview,
      parts.file.element,
      parts.progress,
      el("div", { hidden: isLabelling() }, alt.element),
    ),
    fileInput: parts.file.input,
    altInput: alt.input,
  };
}
