// Runs the script of a report.html in Node with a small stand-in for the DOM and for uPlot, and
// prints what the page would show: the text of each element with an id, and each chart's
// options as the script set them (ranges worked out, axis labels, whiskers drawn). For tests
// where no browser is installed; the browser test checks the real drawing.
"use strict";
const fs = require("fs");
const html = fs.readFileSync(process.argv[2], "utf8");
const data = html.match(/<script type="application\/json" id="dateline-data">([\s\S]*?)<\/script>/)[1];
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
const script = scripts[scripts.length - 1][1];

const byId = {};
function Element(tag) {
  this.tagName = tag; this.attrs = {}; this.children = []; this.text = ""; this.parent = null; this.removed = false;
  this.listeners = {}; this.value = "";
}
Element.prototype = {
  setAttribute(k, v) { this.attrs[k] = String(v); if (k === "id") { byId[v] = this; } },
  getAttribute(k) { return this.attrs[k]; },
  appendChild(c) { c.parent = this; this.children.push(c); if (this.tagName === "select" && c.tagName === "option" && !this.value) { this.value = c.attrs.value; } return c; },
  remove() { this.removed = true; if (this.parent) { this.parent.children = this.parent.children.filter((c) => c !== this); } },
  addEventListener(type, f) { this.listeners[type] = f; },
  querySelector(sel) { const [tag, cls] = sel.split("."); return this.all().find((e) => e.tagName === tag && (!cls || e.attrs.class === cls)) || null; },
  all() { return this.children.flatMap((c) => [c].concat(c.all())); },
  click() { if (this.listeners.click) { this.listeners.click(); } },
  set textContent(t) { this.text = String(t); this.children = []; },
  get textContent() { return [this.text].concat(this.children.map((c) => c.textContent)).filter((t) => t !== "").join(" "); },
};
for (const m of html.replace(/<script[\s\S]*?<\/script>/g, "").matchAll(/<(\w+)[^>]*\sid="([^"]+)"/g)) {
  const e = new Element(m[1]); e.setAttribute("id", m[2]);
}
global.document = {
  getElementById: (id) => (byId[id] && !byId[id].removed ? byId[id] : id === "dateline-data" ? { textContent: data } : null),
  createElement: (tag) => new Element(tag),
  createTextNode: (t) => { const e = new Element("#text"); e.text = t; return e; },
  querySelectorAll: () => [],
  body: Object.assign(new Element("body"), { clientWidth: 1000 }),
};
global.window = { addEventListener() {}, devicePixelRatio: 1 };

const charts = [];
global.uPlot = function (opts, d, holder) {
  const strokes = [];
  const ctx = { save() {}, restore() {}, beginPath() {}, moveTo(x, y) { strokes.push(["M", x, y]); }, lineTo(x, y) { strokes.push(["L", x, y]); }, stroke() {}, canvas: {} };
  const u = { series: opts.series.map((s) => Object.assign({ show: true }, s)), data: d, ctx, destroy() { chart.destroyed = true; },
    valToPos: (v) => v };
  const values = d.slice(1).flat().filter((v) => v !== null && v !== undefined);
  const min = values.length ? Math.min(...values) : null, max = values.length ? Math.max(...values) : null;
  const y = (opts.scales || {}).y || {}, x = (opts.scales || {}).x || {};
  const yRange = typeof y.range === "function" ? y.range(u, min, max) : y.range || null;
  const xRange = typeof x.range === "function" ? x.range(u, d[0][0], d[0][d[0].length - 1]) : x.range || null;
  (((opts.hooks || {}).draw) || []).forEach((f) => f(u));
  const yAxis = opts.axes[1];
  const chart = {
    id: holder.attrs.id, title: opts.title, series: opts.series.slice(1).map((s) => s.label), x: d[0], yRange, xRange,
    padding: opts.padding || null, yIncrs: yAxis.incrs || null, bands: (opts.bands || []).length,
    yTicks: yAxis.values ? yAxis.values(u, [0, 1, 2, 3]) : null, whiskerStrokes: strokes.length / 6,
  };
  charts.push(chart);
  return u;
};
uPlot.tzDate = (d) => d;

const errors = [];
try { new Function(script)(); } catch (e) { errors.push(String(e && e.stack || e)); }
const texts = {};
for (const id of Object.keys(byId)) { if (!byId[id].removed) { texts[id] = byId[id].textContent; } }
process.stdout.write(JSON.stringify({ errors, texts, charts: charts.filter((c) => !c.destroyed) }));
