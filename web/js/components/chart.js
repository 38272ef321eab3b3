// Small SVG charts: a line chart (progress over time) and a bar chart / histogram (score distributions).
// Every chart comes as a <figure> with a heading, a one-sentence text summary that screen readers read
// instead of the picture, and the same numbers as a table under "Show the numbers as a table".
// Colours and fonts come from CSS classes (css/components.css); text is sized in rem, so it grows with
// the "Larger text" option.

import { el, svg } from "./html.js";

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 24, bottom: 64, left: 76 };
const LINE_INSET = 28; // keeps the first and last points (and their labels) clear of the axes
const MAX_X_LABELS = 10;
let counter = 0;

const percent = (value) => `${round(value)}%`;

function round(value) {
  return Math.round(Number(value) * 10) / 10;
}

/**
 * A line chart of values over time (for example a pupil's percentage in each assessment).
 *
 *   lineChart({
 *     title: "Your scores over time",
 *     points: [{ label: "12 Sep", value: 60 }, { label: "3 Oct", value: 75 }],
 *     yMax: 100, yLabel: "Score", formatValue: (v) => `${v}%`,     // the defaults shown
 *   })
 *
 * `description` replaces the automatic summary sentence.
 */
export function lineChart({ title, points = [], yMax = 100, yLabel = "Score", xLabel = "", formatValue = percent, description }) {
  const values = points.map((p) => Number(p.value));
  const summary =
    description ||
    (points.length
      ? `${points.length} ${points.length === 1 ? "result" : "results"}, from ${points[0].label} to ${points.at(-1).label}. ` +
        `Lowest ${formatValue(Math.min(...values))}, highest ${formatValue(Math.max(...values))}, ` +
        `latest ${formatValue(values.at(-1))}.`
      : "");
  return figure({
    title,
    summary,
    empty: !points.length,
    table: dataTable(title, [xLabel || "When", yLabel], points.map((p) => [p.label, formatValue(p.value)])),
    draw: (plot) => {
      const top = Math.max(yMax, ...values);
      const y = (v) => plot.bottom - (Math.max(0, v) / top) * plot.height;
      const step = points.length > 1 ? (plot.width - 2 * LINE_INSET) / (points.length - 1) : 0;
      const x = (i) => (points.length > 1 ? plot.left + LINE_INSET + i * step : plot.left + plot.width / 2);
      const coordinates = points.map((p, i) => [x(i), y(Number(p.value))]);
      return [
        yAxis(plot, top, yLabel, formatValue),
        xLabels(plot, points.map((p) => p.label), x),
        xLabel ? axisTitle(plot.left + plot.width / 2, HEIGHT - 8, xLabel) : null,
        svg("polyline", { class: "chart__line", points: coordinates.map((c) => c.join(",")).join(" ") }),
        coordinates.map(([cx, cy]) => svg("circle", { class: "chart__point", cx, cy, r: 5 })),
        points.length <= 12
          ? coordinates.map(([cx, cy], i) =>
              svg("text", { class: "chart__value", x: cx, y: cy - 12, "text-anchor": "middle" }, formatValue(values[i])),
            )
          : null,
      ];
    },
  });
}

/**
 * A bar chart of counts or scores per category.
 *   barChart({ title: "Answers chosen", bars: [{ label: "A", value: 12 }, { label: "B", value: 3 }],
 *              yLabel: "Pupils", xLabel: "Option" })
 * A bar may have a shorter `axisLabel` for under the bar; the table and summary use `label`.
 * `formatValue` formats the numbers (default: as they are).
 */
export function barChart({ title, bars = [], yLabel = "Number", xLabel = "", formatValue = (v) => String(round(v)), description }) {
  const values = bars.map((b) => Number(b.value));
  const total = values.reduce((a, b) => a + b, 0);
  const largest = bars[values.indexOf(Math.max(...values))];
  const summary =
    description ||
    (bars.length ? `${bars.length} bars. The largest is ${largest.label}: ${formatValue(largest.value)}.` : "");
  return figure({
    title,
    summary,
    empty: !bars.length || total === 0,
    table: dataTable(title, [xLabel || "Category", yLabel], bars.map((b) => [b.label, formatValue(b.value)])),
    draw: (plot) => {
      const top = niceMax(Math.max(...values));
      const slot = plot.width / bars.length;
      const barWidth = Math.min(72, slot * 0.7);
      const centre = (i) => plot.left + slot * i + slot / 2;
      return [
        yAxis(plot, top, yLabel, formatValue),
        xLabels(plot, bars.map((b) => b.axisLabel ?? b.label), centre),
        xLabel ? axisTitle(plot.left + plot.width / 2, HEIGHT - 8, xLabel) : null,
        bars.map((bar, i) => {
          const h = (Math.max(0, values[i]) / top) * plot.height;
          return [
            svg("rect", { class: "chart__bar", x: centre(i) - barWidth / 2, y: plot.bottom - h, width: barWidth, height: h }),
            svg("text", { class: "chart__value", x: centre(i), y: plot.bottom - h - 8, "text-anchor": "middle" }, formatValue(values[i])),
          ];
        }),
      ];
    },
  });
}

/**
 * Group scores into bands: binScores([35, 72, 78], { binSize: 10 }) gives 10 bands "0–9%" ... "90–100%"
 * with counts (the last band includes the maximum); `axisLabel` is the same without the unit.
 */
export function binScores(values, { binSize = 10, min = 0, max = 100, unit = "%" } = {}) {
  const bins = [];
  for (let from = min; from < max; from += binSize) {
    const last = from + binSize >= max;
    const to = last ? max : from + binSize - 1;
    bins.push({ from, to, label: `${from}–${to}${unit}`, axisLabel: `${from}–${to}`, value: 0 });
  }
  for (const raw of values) {
    const v = Math.min(Math.max(Number(raw), min), max);
    const index = Math.min(Math.floor((v - min) / binSize), bins.length - 1);
    bins[index].value += 1;
  }
  return bins;
}

/**
 * A histogram of percentage scores: how many pupils scored in each band.
 *   histogram({ title: "Score distribution", values: [35, 72, 78, 91] })
 */
export function histogram({ title, values = [], binSize = 10, xLabel = "Score (%)", yLabel = "Number of pupils", description }) {
  const bins = binScores(values, { binSize });
  const busiest = bins.reduce((a, b) => (b.value > a.value ? b : a), bins[0]);
  const summary =
    description ||
    (values.length
      ? `${values.length} ${values.length === 1 ? "score" : "scores"}. Most are in the ${busiest.label} band (${busiest.value}).`
      : "");
  return barChart({ title, bars: bins, yLabel, xLabel, description: summary });
}

// ---- drawing helpers ----

function figure({ title, summary, empty, table, draw }) {
  const id = `chart-${++counter}`;
  const heading = el("figcaption", { class: "chart__title", id: `${id}-title` }, title);
  if (empty) {
    return el("figure", { class: "chart" }, heading, el("p", { class: "chart__empty" }, "No results to show yet."));
  }
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: WIDTH - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const picture = svg(
    "svg",
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: "img",
      "aria-labelledby": `${id}-svg-title`,
      "aria-describedby": `${id}-desc`,
      focusable: "false",
    },
    svg("title", { id: `${id}-svg-title` }, title),
    svg("desc", { id: `${id}-desc` }, summary),
    draw(plot),
  );
  return el(
    "figure",
    { class: "chart", "aria-labelledby": `${id}-title` },
    heading,
    el("p", { class: "chart__summary muted" }, summary),
    picture,
    el("details", { class: "chart__data" }, el("summary", {}, "Show the numbers as a table"), table),
  );
}

function yAxis(plot, top, label, formatValue) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top * f).filter((v, i, all) => all.indexOf(v) === i);
  return [
    ticks.map((value) => {
      const y = plot.bottom - (value / top) * plot.height;
      return [
        svg("line", { class: "chart__grid", x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y }),
        svg("text", { class: "chart__tick", x: plot.left - 8, y: y + 4, "text-anchor": "end" }, formatValue(value)),
      ];
    }),
    svg("line", { class: "chart__axis", x1: plot.left, x2: plot.left, y1: plot.top, y2: plot.bottom }),
    svg("line", { class: "chart__axis", x1: plot.left, x2: plot.left + plot.width, y1: plot.bottom, y2: plot.bottom }),
    svg(
      "text",
      { class: "chart__axis-label", x: 0, y: 0, transform: `translate(18 ${plot.top + plot.height / 2}) rotate(-90)`, "text-anchor": "middle" },
      label,
    ),
  ];
}

function xLabels(plot, labels, x) {
  // Too many labels overlap: show every n-th one (the table has them all).
  const every = Math.ceil(labels.length / MAX_X_LABELS);
  return labels.map((label, i) =>
    i % every === 0
      ? svg("text", { class: "chart__tick", x: x(i), y: plot.bottom + 22, "text-anchor": "middle" }, label)
      : null,
  );
}

function axisTitle(x, y, text) {
  return svg("text", { class: "chart__axis-label", x, y, "text-anchor": "middle" }, text);
}

/** A round number at or above `value` for the top of a count axis, divisible into 4 whole steps. */
function niceMax(value) {
  if (value <= 4) return 4;
  const step = Math.ceil(value / 4);
  const magnitude = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= step && Number.isInteger(s));
  return (nice || step) * 4;
}

function dataTable(title, headings, rows) {
  return el(
    "div",
    { class: "table-wrap" },
    el(
      "table",
      { class: "table" },
      el("caption", { class: "visually-hidden" }, title),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows.map(([label, value]) => el("tr", {}, el("th", { scope: "row" }, label), el("td", { class: "number" }, value)))),
    ),
  );
}
