(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("dateline-data").textContent);
  var TABLES = DATA.tables || {};
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];
  var WIDTH = Math.min(920, Math.max(480, document.body.clientWidth - 40));
  var SHOWN = 8;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function table(name) {
    var t = TABLES[name];
    if (!t) { return null; }
    var idx = {};
    t.columns.forEach(function (c, i) { idx[c] = i; });
    return { t: t, rows: t.rows, col: function (r, c) { return idx[c] === undefined ? "" : r[idx[c]]; }, has: function (c) { return idx[c] !== undefined; } };
  }
  function num(s) { return s === "" || s === undefined ? null : Number(s); }
  function seconds(period) { return Date.parse(period + "T00:00:00Z") / 1000; }
  function fmt(v, digits) { return v === null || v === undefined || isNaN(v) ? "–" : Number(v).toFixed(digits); }

  // Every period of the run, from documents.csv, so gaps show as zeros and not as joined lines.
  var PERIODS = (DATA.documents_by_period || []).map(function (r) { return r[0]; });
  function addPeriods(list) { list.forEach(function (p) { if (PERIODS.indexOf(p) < 0) { PERIODS.push(p); } }); PERIODS.sort(); }
  ["terms_by_date.csv", "entities_by_date.csv", "sentiment_by_date.csv"].forEach(function (n) {
    var t = table(n); if (t) { addPeriods(t.rows.map(function (r) { return t.col(r, "period"); })); }
  });
  // Fill in the periods without documents between the first and the last, so that a line
  // breaks there instead of joining two distant periods; capped to keep a long daily run light.
  (function fillCalendar() {
    if (PERIODS.length < 2) { return; }
    var d = new Date(PERIODS[0] + "T00:00:00Z"), last = PERIODS[PERIODS.length - 1], all = [];
    while (all.length < 20000) {
      var label = d.toISOString().slice(0, 10);
      if (label > last) { break; }
      all.push(label);
      if (DATA.period === "week") { d.setUTCDate(d.getUTCDate() + 7); }
      else if (DATA.period === "month") { d.setUTCMonth(d.getUTCMonth() + 1); }
      else if (DATA.period === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); }
      else { d.setUTCDate(d.getUTCDate() + 1); }
    }
    if (all.length < 20000) { addPeriods(all); }
  })();
  var TOKENS = {};
  (DATA.documents_by_period || []).forEach(function (r) { TOKENS[r[0]] = r[2]; });
  var X = PERIODS.map(seconds);
  var PERIOD_WORD = DATA.period || "period";
  var SETTINGS = (DATA.manifest || {}).settings || {};
  var LAYERS = SETTINGS.layers || "";
  var MIN_COUNT = SETTINGS.min_count;
  // A period's length in seconds, near enough to pad the time axis by half a period.
  var STEP = { week: 7 * 86400, month: 30 * 86400, year: 365 * 86400 }[PERIOD_WORD] || 86400;

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  // Why a table by date holds no rows, when the folder says: no dated documents, or a layer the run left out.
  function whyNoRows(file, layer, what) {
    if (!PERIODS.length) { return file + " has no rows: tables by date count dated documents only, and no document is dated."; }
    // Each layer includes the ones before it.
    var order = ["terms", "entities", "sentiment"];
    if (layer && order.indexOf(LAYERS) >= 0 && order.indexOf(LAYERS) < order.indexOf(layer)) {
      return file + " has no rows: the run's layers (" + LAYERS + ") do not include " + layer + ".";
    }
    return file + " has no rows: " + what;
  }

  function empty(card, title, why) {
    card.appendChild(el("h3", null, title));
    card.appendChild(el("p", { "class": "empty" }, why));
  }

  // A time-series chart with title, axis labels, legend with hover values, and a PNG button.
  function chart(card, id, title, yLabel, series, data, extra) {
    var holder = el("div", { "class": "chart", id: "chart-" + id });
    card.appendChild(holder);
    var opts = {
      title: title, width: WIDTH, height: 300,
      // Room on the right for the last period's label, which is centred on the last tick.
      padding: [null, 40, null, null],
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC"); },
      scales: { x: xScale() },
      axes: [xAxis(), { label: yLabel, size: 60 }],
      series: [{ label: PERIOD_WORD, value: function (u, v) { return v === null ? "–" : new Date(v * 1e3).toISOString().slice(0, 10); } }].concat(series),
      legend: { live: true },
      cursor: { drag: { x: true, y: false } }
    };
    if (extra) {
      for (var k in extra) {
        if (k === "scales" || k === "yAxis") { continue; }
        opts[k] = extra[k];
      }
      if (extra.scales) { for (var sk in extra.scales) { opts.scales[sk] = extra.scales[sk]; } }
      if (extra.yAxis) { for (var ak in extra.yAxis) { opts.axes[1][ak] = extra.yAxis[ak]; } }
    }
    var u = new uPlot(opts, data, holder);
    var save = el("button", { "class": "save", type: "button" }, "Save as PNG");
    save.addEventListener("click", function () { savePng(u, title, id); });
    card.appendChild(save);
    return u;
  }

  // Half a period beyond the first and the last, so that one period is not a line of zero width
  // and the end points do not sit on the frame.
  function xScale() {
    if (!X.length) { return { time: true }; }
    var lo = X[0] - STEP / 2, hi = X[X.length - 1] + STEP / 2;
    return { time: true, range: function () { return [lo, hi]; } };
  }

  // Counts: whole-number ticks from 0 (no tick at 1.5 documents).
  var COUNT_AXIS = { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1e6, 2e6, 5e6, 1e7],
    values: function (u, splits) { return splits.map(function (v) { return String(Math.round(v)); }); } };
  // Counts and rates start at 0, so heights compare; a run of zeros still shows an axis to 1.
  function fromZero(u, min, max) { return [0, max > 0 ? max * 1.08 : 1]; }
  function countRange(u, min, max) { return [0, max > 0 ? Math.max(1, Math.ceil(max * 1.08)) : 1]; }

  // Few periods: one tick per period, named as in the CSV files; many: uPlot's own calendar ticks.
  function xAxis() {
    var axis = { label: PERIOD_WORD + " (first day, UTC)" };
    if (X.length > 0 && X.length <= 24) {
      axis.splits = function () { return X; };
      axis.values = function (u, splits) {
        return splits.map(function (v) {
          var d = new Date(v * 1e3).toISOString();
          return PERIOD_WORD === "month" ? d.slice(0, 7) : PERIOD_WORD === "year" ? d.slice(0, 4) : d.slice(0, 10);
        });
      };
    }
    return axis;
  }

  function savePng(u, title, id) {
    var src = u.ctx.canvas;
    var legend = u.series.slice(1).filter(function (s) { return s.show; });
    var out = document.createElement("canvas");
    out.width = src.width; out.height = src.height + 40 + 20 * legend.length;
    var g = out.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, out.width, out.height);
    g.fillStyle = "#000"; g.font = "bold 16px sans-serif"; g.fillText(title, 10, 24);
    g.drawImage(src, 0, 36);
    g.font = "13px sans-serif";
    legend.forEach(function (s, i) {
      g.fillStyle = typeof s.stroke === "function" ? s.stroke(u, i + 1) : (s.stroke || "#000");
      g.fillText("— " + s.label, 10, src.height + 54 + 20 * i);
    });
    var a = el("a", { download: id + ".png", href: out.toDataURL("image/png") });
    document.body.appendChild(a); a.click(); a.remove();
  }

  function line(label, i, extra) {
    var s = { label: label, stroke: PALETTE[i % PALETTE.length], width: 2, points: { show: X.length < 40, filter: isolated }, spanGaps: false };
    for (var k in (extra || {})) { s[k] = extra[k]; }
    return s;
  }

  // On dense charts points are hidden, but a value with gaps on both sides is no line at all.
  function isolated(u, si, show) {
    if (show) { return null; }
    var d = u.data[si], out = [];
    for (var i = 0; i < d.length; i++) {
      if (d[i] !== null && d[i] !== undefined && (i === 0 || d[i - 1] === null) && (i === d.length - 1 || d[i + 1] === null)) { out.push(i); }
    }
    return out.length ? out : null;
  }

  // Rows keyed by period for one key column; returns [values per period] per key.
  function seriesBy(t, keyCol, valueOf) {
    var by = {};
    t.rows.forEach(function (r) {
      var k = t.col(r, keyCol);
      var p = t.col(r, "period"), v = valueOf(r);
      by[k] = by[k] || {};
      // An entity named with two types has two rows in a period; the chart counts the name.
      by[k][p] = by[k][p] === undefined || v === null ? v : by[k][p] + v;
    });
    return by;
  }
  function ranked(t, keyCol) {
    var sums = {};
    t.rows.forEach(function (r) { var k = t.col(r, keyCol); sums[k] = (sums[k] || 0) + Number(t.col(r, "count")); });
    return Object.keys(sums).sort(function (a, b) { return sums[b] - sums[a] || (a < b ? -1 : a > b ? 1 : 0); });
  }

  // Top keys per period with a picker to add any other embedded key.
  function frequencyChart(cardId, file, keyCol, title, yLabel, valueOf, what, one, layer, whyEmpty) {
    var card = document.getElementById(cardId);
    var t = table(file);
    if (!t) { empty(card, title, "No " + file + " in this folder."); return; }
    if (t.rows.length === 0) { empty(card, title, whyNoRows(file, layer, whyEmpty)); return; }
    var by = seriesBy(t, keyCol, valueOf);
    var keys = ranked(t, keyCol);
    var shown = keys.slice(0, SHOWN);
    card.appendChild(el("p", { "class": "note" }, "The " + Math.min(SHOWN, keys.length) + " most frequent " + what + " of the run; add others below. Hover to read values."));
    var controls = el("div", { "class": "controls" });
    var listId = cardId + "-options";
    var input = el("input", { list: listId, placeholder: "add a " + one + "…", "aria-label": "add" });
    var options = el("datalist", { id: listId });
    keys.forEach(function (k) { options.appendChild(el("option", { value: k })); });
    var add = el("button", { type: "button" }, "Add");
    controls.appendChild(input); controls.appendChild(options); controls.appendChild(add);
    card.appendChild(controls);
    var u = null;
    function draw() {
      if (u) { u.destroy(); var old = card.querySelector("button.save"); if (old) { old.remove(); } }
      var series = shown.map(function (k, i) { return line(k, i); });
      // No documents: no frequency (a gap); documents without the key: zero.
      var data = [X].concat(shown.map(function (k) { return PERIODS.map(function (p) { return by[k][p] !== undefined ? by[k][p] : TOKENS[p] ? 0 : null; }); }));
      u = chart(card, cardId.replace("card-", ""), title, yLabel, series, data, { scales: { y: { range: fromZero } } });
    }
    add.addEventListener("click", function () {
      var k = input.value.trim();
      if (by[k] && shown.indexOf(k) < 0) { shown.push(k); draw(); }
      input.value = "";
    });
    draw();
  }

  function header() {
    var m = DATA.manifest || {};
    document.getElementById("run-summary").textContent = summary()
      + " Run started " + (m.started || "?") + ", finished " + (m.finished || "?") + ", " + ranOn(m.settings || {}) + "."
      + thinnedNote();
    var box = document.getElementById("header-tables");
    var pair = el("div", { "class": "pair" });
    var inputs = inputsSummary();
    var tv = el("table");
    tv.appendChild(row([m.program || "dateline", m.version || ""]));
    tv.appendChild(row(["Stanford CoreNLP", m.corenlp_version || ""]));
    var settings = m.settings || {};
    Object.keys(settings).forEach(function (k) { tv.appendChild(row([k, settings[k]])); });
    var problems = el("div");
    problemsSection(problems);
    pair.appendChild(inputs); pair.appendChild(problems);
    box.appendChild(pair);
    var d = el("details"); d.appendChild(el("summary", null, "Versions and settings")); d.appendChild(tv);
    box.appendChild(d);
  }

  // What the run's problems did, as its last lines say it: records skipped, repaired, kept with a note.
  function problemsSection(box) {
    var rows = DATA.problems_by_kind || [];
    var total = { skipped: 0, repaired: 0, kept: 0 };
    rows.forEach(function (r) { total[r[0]] = (total[r[0]] || 0) + r[2]; });
    box.appendChild(el("h3", null, "Skipped, repaired, noted"));
    var p = el("p", { "class": "note" });
    p.appendChild(document.createTextNode(plural(total.skipped, "record skipped", "records skipped") + " (not in the tables), "
      + total.repaired + " repaired (in the tables, changed as the message says), "
      + plural(total.kept, "note", "notes") + " (in the tables as read). Each, with file and line, is in "));
    p.appendChild(el("a", { href: "errors.csv" }, "errors.csv"));
    p.appendChild(document.createTextNode("."));
    box.appendChild(p);
    var tp = el("table");
    tp.appendChild(row(["effect", "kind", "records"], true));
    rows.forEach(function (r) { tp.appendChild(row(r)); });
    if (!rows.length) { tp.appendChild(row(["none", "", 0])); }
    box.appendChild(tp);
  }

  // Where the run ran, from the manifest's execution settings.
  function ranOn(st) {
    if (st.execution === "spark") {
      return "on Spark " + st.spark_version + " (master " + st.spark_master + ", " + plural(Number(st.spark_executors), "executor", "executors")
        + ", " + plural(Number(st.spark_cores), "core", "cores") + ", " + plural(Number(st.spark_partitions), "partition", "partitions") + ")";
    }
    return "on one machine" + (st.threads ? " (" + plural(Number(st.threads), "thread", "threads") + ")" : "");
  }

  // Tables the page holds fewer rows of than usual because the run has many periods.
  function thinnedNote() {
    var t = DATA.tables || {};
    var thinned = Object.keys(t).filter(function (k) { return /the page stays small/.test(t[k].kept); });
    return thinned.length ? " The run has many periods: the page charts fewer series of " + thinned.join(", ")
      + " than usual (see \u201cWhat the page holds\u201d); the CSV files hold every row." : "";
  }

  // The inputs by folder (folders with problems first), paths below the folder all inputs share;
  // the files folded beneath, all of them for a short list, else those with problems (manifest.json lists all).
  function inputsSummary() {
    var box = el("div");
    box.appendChild(el("h3", null, "Inputs"));
    var n = DATA.input_files || 0, root = DATA.inputs_root || "";
    box.appendChild(el("p", { "class": "note" }, plural(n, "file", "files") + (root ? " in " + root : "")
      + "; paths below are relative to it."));
    var tf = el("table");
    tf.appendChild(row(["folder", "files", "formats", "records", "problems", "bytes"], true));
    (DATA.inputs_by_folder || []).forEach(function (r) { tf.appendChild(row(r)); });
    box.appendChild(tf);
    var listed = DATA.input_files_listed || [];
    var withProblems = listed.filter(function (r) { return r[3] > 0; }).length;
    var title = DATA.input_files_all_listed ? "Files (" + n + ", those with problems first)"
      : "Files with problems (" + withProblems + (withProblems > listed.length ? ", the first " + listed.length : "")
        + "; manifest.json lists all " + n + ")";
    var d = el("details"); d.appendChild(el("summary", null, title));
    var tl = el("table");
    tl.appendChild(row(["file", "format", "records", "problems", "bytes"], true));
    listed.forEach(function (r) { tl.appendChild(row(r)); });
    d.appendChild(tl);
    if (listed.length) { box.appendChild(d); }
    return box;
  }

  // The run in one sentence: documents, the periods they fall in, and those without a date.
  function summary() {
    if (DATA.documents === undefined) { return "No documents.csv in this folder."; }
    var n = DATA.documents, undated = DATA.undated_documents || 0;
    if (n === 0) { return "No documents."; }
    var dated = n - undated;
    if (!PERIODS.length) {
      return plural(n, "document", "documents") + ", none with a date, so the tables by date are empty;"
        + " name the date field with --date-field, or give the inputs' date with --date.";
    }
    var withDocuments = (DATA.documents_by_period || []).length;
    var span = PERIODS.length === 1 ? "in one " + PERIOD_WORD + ", " + PERIODS[0]
      : "in " + plural(withDocuments, PERIOD_WORD, PERIOD_WORD + "s") + " between " + PERIODS[0] + " and " + PERIODS[PERIODS.length - 1];
    return plural(n, "document", "documents") + (undated ? " (" + dated + " dated, " + undated + " undated)" : "")
      + " " + span + ".";
  }

  function row(cells, head) {
    var tr = el("tr");
    cells.forEach(function (c) {
      var isNum = typeof c === "number" || (/^-?\d+(\.\d+)?(E-?\d+)?$/i).test(String(c));
      tr.appendChild(el(head ? "th" : "td", isNum && !head ? { "class": "num" } : null, c));
    });
    return tr;
  }

  function documentsChart() {
    var card = document.getElementById("card-documents");
    if (!PERIODS.length) { empty(card, "Documents per " + PERIOD_WORD, "No dated documents in documents.csv."); return; }
    var by = {};
    (DATA.documents_by_period || []).forEach(function (r) { by[r[0]] = r[1]; });
    chart(card, "documents", "Documents per " + PERIOD_WORD, "documents", [line("documents", 0)],
      [X, PERIODS.map(function (p) { return by[p] || 0; })], { scales: { y: { range: countRange } }, yAxis: COUNT_AXIS });
  }

  // Records each period lost to near-duplicates (drop) or would lose (report), from near_duplicates.csv.
  function nearDuplicatesCard() {
    var card = document.getElementById("card-near-duplicates");
    var by = DATA.near_duplicates_by_period;
    if (!by) { card.remove(); return; }
    var setting = String(((DATA.manifest || {}).settings || {}).near_duplicates || "");
    var drop = setting.indexOf("drop") === 0;
    var title = "Near-duplicates per " + PERIOD_WORD;
    card.appendChild(el("h3", null, title));
    var undated = DATA.near_duplicates_undated || [0, 0];
    if (!by.length && !undated[0]) { card.appendChild(el("p", { "class": "note" }, "No near-duplicate clusters (near_duplicates.csv has no rows).")); return; }
    card.appendChild(el("p", { "class": "note" }, (drop
      ? "Records skipped as near-duplicates of an earlier record (--near-duplicates drop): they are not in the tables."
      : "Records that --near-duplicates drop would skip as near-duplicates of an earlier record; with report they are counted in every table.")
      + " Every cluster is in near_duplicates.csv."));
    var t = el("table");
    t.appendChild(row([PERIOD_WORD, "records in clusters", drop ? "records lost" : "records it would lose"], true));
    var all = [0, 0];
    by.forEach(function (r) { t.appendChild(row(r)); all[0] += r[1]; all[1] += r[2]; });
    if (undated[0]) { t.appendChild(row(["undated", undated[0], undated[1]])); all[0] += undated[0]; all[1] += undated[1]; }
    card.appendChild(el("p", null, plural(all[0], "record", "records") + " in clusters, " + all[1] + (drop ? " lost." : " it would lose.")));
    var d = el("details"); d.appendChild(el("summary", null, "By " + PERIOD_WORD + " (" + by.length + (undated[0] ? ", and undated" : "") + ")")); d.appendChild(t);
    card.appendChild(d);
  }

  function sentimentChart() {
    var card = document.getElementById("card-sentiment");
    var title = "Sentence sentiment per " + PERIOD_WORD + ", mean with 95% confidence band";
    var t = table("sentiment_by_date.csv");
    if (!t) { empty(card, title, "No sentiment_by_date.csv in this folder."); return; }
    if (t.rows.length === 0) { empty(card, title, whyNoRows("sentiment_by_date.csv", "sentiment", "no sentence was scored.")); return; }
    var engines = [];
    t.rows.forEach(function (r) { var e = t.col(r, "engine"); if (engines.indexOf(e) < 0) { engines.push(e); } });
    var series = [], data = [X], bands = [], whiskers = [];
    engines.forEach(function (e, i) {
      var rows = {};
      t.rows.forEach(function (r) { if (t.col(r, "engine") === e) { rows[t.col(r, "period")] = r; } });
      function pick(c) { return PERIODS.map(function (p) { return rows[p] ? num(t.col(rows[p], c)) : null; }); }
      var base = series.length + 1;
      series.push(line(e + " mean", i));
      series.push(line(e + " 95% CI high", i, { width: 1, dash: [4, 4], points: { show: false } }));
      series.push(line(e + " 95% CI low", i, { width: 1, dash: [4, 4], points: { show: false } }));
      data.push(pick("mean"), pick("ci_high"), pick("ci_low"));
      bands.push({ series: [base + 1, base + 2], fill: PALETTE[i % PALETTE.length] + "22" });
      whiskers.push({ mean: base, high: base + 1, low: base + 2, color: PALETTE[i % PALETTE.length] });
    });
    card.appendChild(el("p", { "class": "note" }, "Each engine's mean sentence score on its own scale (the mean column of sentiment_by_date.csv), with its 95% confidence interval; see the README for the scales."
      + (PERIODS.length === 1 ? " One " + PERIOD_WORD + ": each interval is drawn as a bar through its mean." : " A " + PERIOD_WORD + " without neighbours shows its interval as a bar.")));
    chart(card, "sentiment", title, "mean score (engine's scale)", series, data, { bands: bands, hooks: { draw: [function (u) { drawWhiskers(u, whiskers); }] } });
  }

  // A band needs two neighbouring periods; a mean alone gets its interval as a vertical bar with caps.
  function drawWhiskers(u, whiskers) {
    var g = u.ctx, dpr = window.devicePixelRatio || 1;
    whiskers.forEach(function (w) {
      if (!u.series[w.mean].show) { return; }
      var mean = u.data[w.mean], hi = u.data[w.high], lo = u.data[w.low];
      for (var i = 0; i < mean.length; i++) {
        var alone = mean[i] !== null && (i === 0 || mean[i - 1] === null) && (i === mean.length - 1 || mean[i + 1] === null);
        if (!alone || hi[i] === null || lo[i] === null) { continue; }
        var x = u.valToPos(u.data[0][i], "x", true), y1 = u.valToPos(hi[i], "y", true), y2 = u.valToPos(lo[i], "y", true);
        g.save(); g.strokeStyle = w.color; g.lineWidth = 2 * dpr; g.beginPath();
        g.moveTo(x, y1); g.lineTo(x, y2);
        g.moveTo(x - 6 * dpr, y1); g.lineTo(x + 6 * dpr, y1);
        g.moveTo(x - 6 * dpr, y2); g.lineTo(x + 6 * dpr, y2);
        g.stroke(); g.restore();
      }
    });
  }

  function entitySentimentChart() {
    var card = document.getElementById("card-entity-sentiment");
    var title = "Sentiment towards the top entities per " + PERIOD_WORD;
    var t = table("entity_sentiment_by_date.csv");
    if (!t) { card.remove(); return; }
    var valueCol = t.has("mean") ? "mean" : t.t.columns.filter(function (c) { return c !== "period" && c !== "entity"; })[0];
    if (!t.rows.length) {
      empty(card, title, whyNoRows("entity_sentiment_by_date.csv", "sentiment", "no entity has "
        + (MIN_COUNT ? "the minimum of " + MIN_COUNT : "enough") + " scored mentions in one " + PERIOD_WORD + " (--min-count)."));
      return;
    }
    var entities = table("entities_by_date.csv");
    var top = entities ? ranked(entities, "entity") : [];
    var keys = [];
    t.rows.forEach(function (r) {
      var k = t.col(r, "entity") + (t.has("engine") ? " (" + t.col(r, "engine") + ")" : "");
      if (keys.indexOf(k) < 0) { keys.push(k); }
    });
    var rank = function (k) { var i = top.indexOf(k.replace(/ \([^)]*\)$/, "")); return i < 0 ? 1e9 : i; };
    keys.sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : 1); });
    keys = keys.slice(0, SHOWN);
    var by = {};
    t.rows.forEach(function (r) {
      var k = t.col(r, "entity") + (t.has("engine") ? " (" + t.col(r, "engine") + ")" : "");
      (by[k] = by[k] || {})[t.col(r, "period")] = num(t.col(r, valueCol));
    });
    card.appendChild(el("p", { "class": "note" }, "Column '" + valueCol + "' of entity_sentiment_by_date.csv for the most mentioned entities; gaps are periods without a scored mention."));
    chart(card, "entity-sentiment", title, valueCol + " (engine's scale)", keys.map(function (k, i) { return line(k, i); }),
      [X].concat(keys.map(function (k) { return PERIODS.map(function (p) { return by[k][p] === undefined ? null : by[k][p]; }); })));
  }

  function htmlTable(t, rows, cols) {
    var tt = el("table");
    tt.appendChild(row(cols, true));
    rows.forEach(function (r) { tt.appendChild(row(cols.map(function (c) { return t.col(r, c); }))); });
    return tt;
  }

  function periodSection() {
    var choice = document.getElementById("period-choice");
    var keyness = table("keyness_by_date.csv"), bursts = table("bursts.csv"), pairs = table("cooccurrence_by_date.csv");
    if (!PERIODS.length) { document.getElementById("period-section").remove(); return; }
    PERIODS.forEach(function (p) { choice.appendChild(el("option", { value: p }, p)); });
    // Start on the period where the heaviest burst begins: the biggest story of the run.
    var start = PERIODS[PERIODS.length - 1];
    if (bursts && bursts.rows.length) {
      var best = bursts.rows.slice().sort(function (a, b) { return num(bursts.col(b, "weight")) - num(bursts.col(a, "weight")); })[0];
      if (PERIODS.indexOf(bursts.col(best, "start")) >= 0) { start = bursts.col(best, "start"); }
    }
    choice.value = start;
    var burstChart = null;
    function show() {
      var p = choice.value;
      var kc = document.getElementById("card-keyness"); kc.textContent = "";
      if (!keyness) { empty(kc, "Keyness", "No keyness_by_date.csv in this folder (the run left out the research tables)."); }
      else if (PERIODS.length === 1) {
        empty(kc, "Keyness", "Keyness compares a " + PERIOD_WORD + " with the rest of the run; this run has one " + PERIOD_WORD
          + ", " + p + ", so there is nothing to compare it with and keyness_by_date.csv has no rows. Run with a shorter --period to compare.");
      }
      else if (!keyness.rows.length) {
        empty(kc, "Keyness", "keyness_by_date.csv has no rows: no term or entity reaches "
          + (MIN_COUNT ? "the minimum count of " + MIN_COUNT : "the minimum count") + " in a " + PERIOD_WORD + " and its reference (--min-count).");
      }
      else {
        kc.appendChild(el("h3", null, "Keyness: what " + p + " says more, and less, than the reference"));
        var rows = keyness.rows.filter(function (r) { return keyness.col(r, "period") === p; });
        var reference = SETTINGS.reference === "previous" && p === PERIODS[0] ? " (the first " + PERIOD_WORD + " has no previous one to compare with)"
          : " (no term or entity reaches the minimum count there)";
        var byRatio = function (a, b) { return num(keyness.col(b, "log_ratio")) - num(keyness.col(a, "log_ratio")); };
        var cols = ["kind", "feature", "count", "reference_count", "g2", "log_ratio"];
        var pair = el("div", { "class": "pair" });
        var hi = el("div"); hi.appendChild(el("p", { "class": "note" }, "Top: over-represented (log ratio > 0)"));
        hi.appendChild(htmlTable(keyness, rows.filter(function (r) { return num(keyness.col(r, "log_ratio")) > 0; }).sort(byRatio).slice(0, 15), cols));
        var lo = el("div"); lo.appendChild(el("p", { "class": "note" }, "Bottom: under-represented (log ratio < 0)"));
        lo.appendChild(htmlTable(keyness, rows.filter(function (r) { return num(keyness.col(r, "log_ratio")) < 0; }).sort(byRatio).reverse().slice(0, 15), cols));
        pair.appendChild(hi); pair.appendChild(lo); kc.appendChild(pair);
        if (!rows.length) { kc.appendChild(el("p", { "class": "empty" }, "No keyness rows for " + p + reference + ".")); }
      }
      var bc = document.getElementById("card-bursts"); if (burstChart) { burstChart.destroy(); burstChart = null; } bc.textContent = "";
      var btitle = "Bursts covering " + p;
      var active = bursts ? bursts.rows.filter(function (r) { return bursts.col(r, "start") <= p && p <= bursts.col(r, "end"); }) : [];
      active.sort(function (a, b) { return num(bursts.col(b, "weight")) - num(bursts.col(a, "weight")); });
      active = active.slice(0, SHOWN);
      if (!active.length) {
        empty(bc, btitle, !bursts ? "No bursts.csv in this folder (the run left out the research tables)."
          : PERIODS.length === 1 ? "A burst is a run of " + PERIOD_WORD + "s above a feature's usual rate; with one " + PERIOD_WORD + " there is none."
          : !bursts.rows.length ? "bursts.csv has no rows: no term or entity rises above its usual rate for a while." : "No burst covers " + p + ".");
      }
      else {
        bc.appendChild(el("p", { "class": "note" }, "Each line spans a burst (the heaviest first, at the top); its height is its rank."));
        var series = active.map(function (r, i) {
          return line(bursts.col(r, "kind") + " " + bursts.col(r, "feature") + " (weight " + fmt(num(bursts.col(r, "weight")), 1) + ")", i, { width: 6 });
        });
        var data = [X].concat(active.map(function (r, i) {
          return PERIODS.map(function (q) { return bursts.col(r, "start") <= q && q <= bursts.col(r, "end") ? active.length - i : null; });
        }));
        burstChart = chart(bc, "bursts", btitle, "burst rank (top = heaviest)", series, data, { scales: { y: { range: [0, active.length + 1] } }, yAxis: COUNT_AXIS });
      }
      var pc = document.getElementById("card-pairs"); pc.textContent = "";
      pc.appendChild(el("h3", null, "Strongest co-occurrences in " + p));
      if (!pairs) { pc.appendChild(el("p", { "class": "empty" }, "No cooccurrence_by_date.csv in this folder.")); }
      else {
        var prow = pairs.rows.filter(function (r) { return pairs.col(r, "period") === p; });
        prow.sort(function (a, b) { return num(pairs.col(b, "npmi")) - num(pairs.col(a, "npmi")) || num(pairs.col(b, "documents")) - num(pairs.col(a, "documents")); });
        if (!prow.length) { pc.appendChild(el("p", { "class": "empty" }, "No pair reaches the minimum count in " + p + ".")); }
        else { pc.appendChild(htmlTable(pairs, prow.slice(0, 20), ["entity_a", "entity_b", "documents", "sentences", "npmi"])); }
      }
    }
    choice.addEventListener("change", show);
    show();
  }

  // Topic shares per period (topics_by_date.csv) with each topic's words (topics.csv); only for runs with --topics.
  function topicsChart() {
    var card = document.getElementById("card-topics");
    var topics = table("topics.csv"), t = table("topics_by_date.csv");
    if (!topics || !t) { card.remove(); return; }
    var title = "Topic shares per " + PERIOD_WORD + " (mean document proportion)";
    if (!t.rows.length) { empty(card, title, "topics_by_date.csv has no rows: no document is dated."); return; }
    var label = {};
    topics.rows.forEach(function (r) { label[topics.col(r, "topic")] = topics.col(r, "topic") + " " + topics.col(r, "label"); });
    var by = {};
    t.rows.forEach(function (r) { var k = t.col(r, "topic"); by[k] = by[k] || {}; by[k][t.col(r, "period")] = num(t.col(r, "share")); });
    var keys = topics.rows.map(function (r) { return topics.col(r, "topic"); });
    var shown = keys.slice(0, SHOWN);
    card.appendChild(el("p", { "class": "note" }, "Topics " + (keys.length > SHOWN ? "1 to " + SHOWN + " of " + keys.length + " (most tokens first); add others below" : "by tokens, most first")
      + ". A period's share is the mean of its documents' proportions; topics_by_date.csv has its 95% interval. Hover to read values."));
    var controls = el("div", { "class": "controls" });
    var pick = el("select", { "aria-label": "add a topic" });
    keys.forEach(function (k) { pick.appendChild(el("option", { value: k }, label[k])); });
    var add = el("button", { type: "button" }, "Add");
    controls.appendChild(pick); controls.appendChild(add);
    card.appendChild(controls);
    var holder = el("div");
    card.appendChild(holder);
    var u = null;
    function draw() {
      if (u) { u.destroy(); holder.textContent = ""; }
      u = chart(holder, "topics", title, "share", shown.map(function (k, i) { return line(label[k], i); }),
        [X].concat(shown.map(function (k) { return PERIODS.map(function (p) { return by[k][p] === undefined ? null : by[k][p]; }); })),
        { scales: { y: { range: fromZero } } });
    }
    add.addEventListener("click", function () { var k = pick.value; if (shown.indexOf(k) < 0) { shown.push(k); draw(); } });
    draw();
    var details = el("details", { open: "" });
    details.appendChild(el("summary", null, "Each topic's words (topics.csv)"));
    details.appendChild(htmlTable(topics, topics.rows, ["topic", "words", "tokens", "share", "coherence", "exclusivity"]));
    card.appendChild(details);
  }

  // --dictionary: each dictionary's categories per period, and the entity table's top rows for the chosen period.
  function dictionaryCards() {
    var byDate = table("dictionary_by_date.csv"), byEntity = table("dictionary_by_entity_date.csv");
    var card = document.getElementById("card-dictionaries"), ec = document.getElementById("card-dictionary-entities");
    if (!byDate) { card.remove(); ec.remove(); return; }
    var dictionaries = [];
    byDate.rows.forEach(function (r) { var d = byDate.col(r, "dictionary"); if (dictionaries.indexOf(d) < 0) { dictionaries.push(d); } });
    card.appendChild(el("p", { "class": "note" }, "Matches per 10,000 words (per_10k of dictionary_by_date.csv), one chart per dictionary; gaps are " + PERIOD_WORD + "s without words."));
    dictionaries.forEach(function (d, n) {
      var holder = card;
      var cats = [], by = {};
      byDate.rows.forEach(function (r) {
        if (byDate.col(r, "dictionary") !== d) { return; }
        var c = byDate.col(r, "category");
        if (!by[c]) { by[c] = {}; cats.push(c); }
        by[c][byDate.col(r, "period")] = num(byDate.col(r, "per_10k"));
      });
      var title = "Dictionary " + d + ": categories per " + PERIOD_WORD;
      chart(holder, "dictionary-" + n, title, "matches per 10,000 words", cats.map(function (c, i) { return line(c, i); }),
        [X].concat(cats.map(function (c) { return PERIODS.map(function (p) { return by[c][p] === undefined ? null : by[c][p]; }); })),
        { scales: { y: { range: fromZero } } });
    });
    var choice = document.getElementById("period-choice");
    function show() {
      ec.textContent = "";
      var p = choice.value;
      ec.appendChild(el("h3", null, "Dictionary matches in sentences about entities, " + p));
      if (!byEntity) { ec.appendChild(el("p", { "class": "empty" }, "No dictionary_by_entity_date.csv in this folder (it needs --layers entities or sentiment).")); return; }
      var rows = byEntity.rows.filter(function (r) { return byEntity.col(r, "period") === p && num(byEntity.col(r, "count")) > 0; });
      if (!rows.length) { ec.appendChild(el("p", { "class": "empty" }, "No entity of " + p + " reaches the minimum count of sentences with a match.")); return; }
      ec.appendChild(el("p", { "class": "note" }, "The rows with matches of the most mentioned entities (by sentences); count / sentences is the rate per sentence about the entity."));
      ec.appendChild(htmlTable(byEntity, rows.slice(0, 40), ["entity", "type", "dictionary", "category", "sentences", "count"]));
    }
    // "input", which a select fires with "change": the period section keeps its own "change" listener.
    if (choice && PERIODS.length) { choice.addEventListener("input", show); show(); } else { ec.remove(); }
  }

  function caps() {
    var ul = document.getElementById("caps");
    Object.keys(TABLES).forEach(function (name) {
      var t = TABLES[name];
      ul.appendChild(el("li", null, name + ": " + t.rows.length + " of " + t.rows_in_file + " rows embedded (" + t.kept + ")."));
    });
    ul.appendChild(el("li", null, "Terms are per 10,000 counted tokens (per_10k of terms_by_date.csv); entities are per 10,000 tokens of the period's documents (tokens of documents.csv)."));
    ul.appendChild(el("li", null, "The CSV files beside this page hold every row."));
  }

  // A printed page shows the settings too, not a closed disclosure.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  header();
  frequencyChart("card-terms", "terms_by_date.csv", "term", "Top terms per " + PERIOD_WORD, "per 10,000 counted tokens",
    function (r) { return num(table("terms_by_date.csv").col(r, "per_10k")); }, "terms", "term", "terms", "no document has a counted term.");
  var ents = table("entities_by_date.csv");
  frequencyChart("card-entities", "entities_by_date.csv", "entity", "Top entities per " + PERIOD_WORD, "mentions per 10,000 tokens",
    function (r) { var tok = TOKENS[ents.col(r, "period")]; return tok ? Math.round(1e6 * Number(ents.col(r, "count")) / tok) / 100 : null; }, "entities", "entity", "entities", "no entity was found.");
  documentsChart();
  nearDuplicatesCard();
  sentimentChart();
  entitySentimentChart();
  topicsChart();
  periodSection();
  dictionaryCards();
  caps();
})();
