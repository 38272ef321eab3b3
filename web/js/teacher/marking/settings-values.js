// AI marking settings as a person types them and as the API stores them: the ways to combine runs, a list of
// models separated by commas, and model weights written one per line ("gpt-4o = 2"). Shared by the admin's AI
// settings page and an assessment's own AI marking settings.

export const AGGREGATION_LABELS = {
  mean: "Average (mean)",
  median: "Middle value (median)",
  trimmed_mean: "Average without the highest and lowest (trimmed mean)",
  weighted_mean: "Weighted average: some models count more (weighted mean)",
};

/** "a, b ,, c" → ["a", "b", "c"]. */
export function splitModels(text) {
  return String(text || "")
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean);
}

/** {model: weight} → "model = weight" lines. */
export function weightsText(weights) {
  return Object.entries(weights || {})
    .map(([model, weight]) => `${model} = ${weight}`)
    .join("\n");
}

/** "model-a = 2" lines → { value: {model-a: 2} }, or { error } naming the line that cannot be read. */
export function parseWeights(text) {
  const weights = {};
  const lines = String(text || "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const match = line.match(/^(.+?)\s*[=:]\s*([0-9]+(?:\.[0-9]+)?)$/);
    if (!match || Number(match[2]) <= 0 || Number(match[2]) > 10) {
      return { error: `Line ${index + 1} should look like “model-name = 2” (a weight above 0, up to 10).` };
    }
    weights[match[1].trim()] = Number(match[2]);
  }
  return { value: weights };
}
