// detente's pages: fetch the API, put what it says on the page as text, draw with plotly.
// News text is untrusted: it only ever reaches the page through textContent, links only
// through safeHref (http(s) or this server's own paths), plotly labels only through plain().
"use strict";

const QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
const QUAD_COLOURS = {verbal_coop: "#74c476", material_coop: "#1a9850",
                      verbal_conflict: "#fdae61", material_conflict: "#d73027"};
const PLOT_CONFIG = {displaylogo: false, responsive: true};

// -- small helpers --------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key === "onclick") node.addEventListener("click", value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeHref(value) {
  const text = String(value);
  if (text.startsWith("/") && !text.startsWith("//")) return text;
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (e) { /* not a url */ }
  return "#";
}

// text for plotly labels: plotly reads a little HTML in labels, so angle brackets go
function plain(value) {
  return String(value === null || value === undefined ? "" : value).replace(/[<>&"']/g, " ");
}

function q() { return new URLSearchParams(location.search); }

function setUrl(params) {
  const clean = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) clean.set(k, v);
  history.replaceState(null, "", location.pathname + (clean.toString() ? "?" + clean : ""));
}

function link(path, params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) search.set(k, v);
  return path + (search.toString() ? "?" + search : "");
}

async function api(path, params) {
  const response = await fetch(link(path, params), {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({error: response.statusText}));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function status(text) {
  const node = document.getElementById("status");
  if (node) node.textContent = text;
}

function main() { return document.getElementById("app"); }

function section(title, ...children) {
  const node = el("section", {}, el("h2", {}, title), ...children);
  main().append(node);
  return node;
}

function plotDiv(id) { return el("div", {id: id, class: "plot"}); }

function num(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  const text = Number(value).toFixed(digits === undefined ? 2 : digits);
  return digits === 0 ? text : (value > 0 ? "+" + text : text);
}

function pairHref(a, b, extra) { return link("/pair", Object.assign({a: a, b: b}, extra || {})); }

function briefButton(actors, since, until) {
  return el("a", {class: "button", id: "brief", download: "",
                  href: link("/api/brief", {actors: actors.join(","), since: since,
                                            until: until, download: "true"})},
            "Download the brief for " + actors.join(", "));
}

// A sentence with the actors and the trigger marked (found by their text in the sentence).
function evidence(row) {
  const sentence = String(row.evidence || "");
  const marks = [];
  const add = (text, kind) => {
    if (!text) return;
    const at = sentence.toLowerCase().indexOf(String(text).toLowerCase());
    if (at >= 0) marks.push([at, at + String(text).length, kind]);
  };
  add(row.source && row.source.text, "source");
  add(row.target && row.target.text, "target");
  add(row.trigger, "trigger");
  marks.sort((x, y) => x[0] - y[0]);
  const out = el("span", {class: "evidence"});
  let pos = 0;
  for (const [start, end, kind] of marks) {
    if (start < pos) continue;
    out.append(sentence.slice(pos, start), el("mark", {class: kind, title: kind},
                                              sentence.slice(start, end)));
    pos = end;
  }
  out.append(sentence.slice(pos));
  return out;
}

function who(side) {
  if (!side) return "";
  return side.name ? side.name + " (" + (side.code || side.country) + ")"
    : (side.code || side.country || side.text || "");
}

function evidenceItem(row) {
  const docHref = link("/doc", {id: row.doc_id, event: row.event_id});
  const original = row.url && safeHref(row.url) !== "#" ? el("a", {href: row.url, rel: "noopener noreferrer nofollow",
                                      target: "_blank"}, "original") : null;
  return el("li", {id: "ev-" + row.event_id, class: "ev " + (row.quad || "")},
            el("span", {class: "when"}, row.day || row.date || ""), " ",
            el("span", {class: "kind"}, row.plover || ""), " ",
            el("span", {class: "muted"}, who(row.source) + " → " + who(row.target)), " ",
            row.status && row.status !== "asserted" ? el("span", {class: "flag"}, row.status) : "",
            el("div", {}, evidence(row)),
            el("div", {class: "muted"}, el("a", {href: docHref, class: "doc-link"},
                                           row.title || row.doc_id || "document"),
               original ? " · " : "", original));
}

function table(headers, rows, sortable) {
  const body = el("tbody", {}, rows);
  const head = el("tr", {}, headers.map((h, i) => el("th", sortable ? {
    onclick: () => sortBy(body, i), class: "sortable", title: "sort"} : {}, h)));
  return el("table", {}, el("thead", {}, head), body);
}

function sortBy(body, column) {
  const rows = Array.from(body.rows);
  const dir = body.dataset.sorted === String(column) ? -1 : 1;
  const key = (r) => r.cells[column].dataset.value ?? r.cells[column].textContent;
  rows.sort((x, y) => {
    const a = key(x), b = key(y), na = parseFloat(a), nb = parseFloat(b);
    const cmp = !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : String(a).localeCompare(b);
    return dir * cmp;
  });
  body.dataset.sorted = dir === 1 ? String(column) : "";
  body.append(...rows);
}

function td(value, sortValue) {
  return el("td", sortValue === undefined ? {} : {"data-value": sortValue}, value);
}

// -- overview ---------------------------------------------------------------------------------
async function overview() {
  const [health, dyads, trends, latest] = await Promise.all([
    api("/api/health"), api("/api/dyads", {limit: 15}), api("/api/trends", {limit: 10}),
    api("/api/events", {order: "desc", limit: 10})]);
  const c = health.counts;
  main().append(el("p", {class: "counts"}, `${c.documents} documents, ${c.events} events, ` +
                   `${c.statements} relationship statements; ${dyads.total} pairs.`));
  const actors = [...new Set(dyads.rows.slice(0, 4).flatMap((r) => [r.a, r.b]))].slice(0, 6);
  if (actors.length) main().append(briefButton(actors));
  section("Pairs with most events", table(
    ["pair", "events", "index", "95% interval", "first", "last"],
    dyads.rows.map((r) => el("tr", {}, td(el("a", {href: pairHref(r.a, r.b), class: "pair-link"},
                                             r.pair)),
                             td(r.total, r.total), td(num(r.index), r.index),
                             td(`[${num(r.ci_low)}, ${num(r.ci_high)}]`), td(r.first),
                             td(r.last))), true));
  section("Pairs that moved most", table(
    ["pair", "events", "slope / year", "p", "verdict", "first → last index"],
    trends.rows.map((r) => el("tr", {}, td(el("a", {href: pairHref(r.a, r.b)}, r.pair)),
                              td(r.n_events, r.n_events), td(num(r.slope), r.slope),
                              td(num(r.p_value, 3), r.p_value), td(r.verdict),
                              td(`${num(r.first_index)} → ${num(r.last_index)}`))), true));
  const net = section("Signed network and blocs", plotDiv("network"));
  await network(net);
  section("Latest events", el("ul", {class: "evidence-list"}, latest.rows.map(evidenceItem)));
}

async function network(node) {
  const b = await api("/api/blocs");
  if (!b.nodes.length) { node.append(el("p", {}, "No signed network yet.")); return; }
  const pos = b.positions;
  const traces = b.edges.map((e) => ({
    type: "scatter", mode: "lines", hoverinfo: "text",
    x: [pos[e.a][0], pos[e.b][0]], y: [pos[e.a][1], pos[e.b][1]],
    text: plain(`${e.a}-${e.b}: ${e.weight > 0 ? "cooperation" : "conflict"} ${e.weight}`),
    line: {color: e.weight > 0 ? "#1a9850" : "#d73027", dash: e.weight > 0 ? "solid" : "dash",
           width: 1 + Math.min(6, 3 * Math.abs(e.weight))}, showlegend: false}));
  const palette = ["#4575b4", "#fdae61", "#abd9e9", "#f46d43", "#74add1", "#fee090", "#a6d96a"];
  traces.push({type: "scatter", mode: "markers+text", x: b.nodes.map((n) => pos[n][0]),
               y: b.nodes.map((n) => pos[n][1]), text: b.nodes.map(plain),
               customdata: b.nodes, textposition: "middle center", hoverinfo: "text",
               marker: {size: 28, color: b.nodes.map((n) => b.labels[n] >= 0
                 ? palette[b.labels[n] % palette.length] : "#dddddd")},
               showlegend: false});
  const div = document.getElementById("network");
  Plotly.newPlot(div, traces, {height: 460, margin: {l: 10, r: 10, t: 10, b: 10},
    xaxis: {visible: false}, yaxis: {visible: false}, hovermode: "closest"}, PLOT_CONFIG);
  div.on("plotly_click", (ev) => {
    const code = ev.points[0].customdata;
    if (typeof code === "string") location.href = link("/actor", {code: code});
  });
  node.append(el("p", {class: "muted"}, "Green solid: cooperation; red dashed: conflict; " +
                 "width: weight; colour: bloc (grey: unaligned). Click a country for its partners and rivals."));
  node.append(el("ol", {}, b.partition.map((members, i) => el("li", {},
    members.join(", "), el("span", {class: "muted"},
                           ` (stability ${num(b.bloc_stability[i], 2).replace("+", "")})`)))));
  if (b.unaligned && b.unaligned.length) {
    node.append(el("p", {}, "Unaligned (grey): " + b.unaligned.join(", ")));
  }
  const tri = b.unbalanced_triads.slice(0, 10).map((t) => el("li", {},
    t.nodes.join(" / ") + ": " + Object.entries(t.signs).map(([k, v]) => `${k} ${v}`).join(", ")));
  node.append(el("p", {}, `Triangles that break balance (${b.n_unbalanced} of ${b.n_triads}):`),
              el("ul", {}, tri.length ? tri : [el("li", {}, "none")]));
}

// -- a pair -----------------------------------------------------------------------------------
async function pair() {
  const p = q();
  const a = (p.get("a") || "").toUpperCase(), b = (p.get("b") || "").toUpperCase();
  const by = p.get("by") || "month", since = p.get("since") || "", until = p.get("until") || "";
  document.querySelector("h1").textContent = `${a}-${b} over time`;
  const form = el("form", {class: "filters", id: "pair-form"},
    el("label", {}, "by ", el("select", {name: "by"}, ["week", "month", "quarter", "year"].map(
      (x) => el("option", {value: x, selected: x === by ? "selected" : null}, x)))),
    el("label", {}, " since ", el("input", {name: "since", value: since, size: 10})),
    el("label", {}, " until ", el("input", {name: "until", value: until, size: 10})),
    el("button", {}, "show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.href = pairHref(a, b, {by: f.get("by"), since: f.get("since"),
                                    until: f.get("until")});
  });
  main().append(form, briefButton([a, b], since, until));
  const s = await api("/api/series", {a: a, b: b, by: by, since: since, until: until});
  const shown = s.rows.filter((r) => r.index_shown);
  main().append(el("p", {class: "muted"}, `${s.n_events} events. The index (weighted share of ` +
    `cooperation, -1 to +1, with its 95% interval) is drawn for periods with at least ` +
    `${s.min_events} events (${shown.length} of ${s.rows.length}); below it every event, ` +
    `coloured by quad and sized by intensity: click one for its sentence.`));
  section("Index and events", plotDiv("timeline"));
  drawTimeline(s, shown);
  section(`Events per ${by}, by quad`, plotDiv("quads"));
  Plotly.newPlot("quads", QUADS.map((quad) => ({
    type: "bar", name: quad.replace("_", " "), x: s.rows.map((r) => r.start),
    y: s.rows.map((r) => r[quad]), marker: {color: QUAD_COLOURS[quad]}})),
  {barmode: "stack", height: 260, margin: {l: 40, r: 10, t: 10, b: 30}}, PLOT_CONFIG);
  const stm = await api("/api/statements", {pair: `${a},${b}`, list: "true"});
  section("What the texts say about the relationship", stm.rows.length ? el("ul", {},
    stm.rows.map((r) => el("li", {}, el("span", {class: r.polarity > 0 ? "pos" : "neg"},
                                        r.polarity > 0 ? "friendly " : "hostile "),
                           el("span", {class: "muted"}, (r.cue || "") + ": "),
                           String(r.evidence || ""), " ",
                           el("a", {href: link("/doc", {id: r.doc_id})}, "document"))))
    : el("p", {}, "No relationship statements for this pair."));
  const list = s.events.slice().reverse().slice(0, 100).map((e) => evidenceItem({
    event_id: e.event_id, doc_id: e.doc_id, day: e.day, plover: e.plover, quad: e.quad,
    evidence: e.evidence, trigger: null, source: {code: e.source_code},
    target: {code: e.target_code}}));
  section(`Evidence, newest first (${list.length} of ${s.n_events})`, el("ul", {class: "evidence-list", id: "evidence"}, list));
}

function drawTimeline(s, shown) {
  const traces = [];
  if (shown.length) {
    traces.push({type: "scatter", mode: "markers", x: shown.map((r) => r.start),
      y: shown.map((r) => r.index), name: "index", xaxis: "x", yaxis: "y2",
      marker: {color: "#08519c", size: 7},
      error_y: {type: "data", symmetric: false, color: "#9ecae1", thickness: 5, width: 0,
                array: shown.map((r) => r.ci_high - r.index),
                arrayminus: shown.map((r) => r.index - r.ci_low)}});
  }
  for (const quad of QUADS) {
    const evs = s.events.filter((e) => e.quad === quad);
    traces.push({type: "scatter", mode: "markers", name: quad.replace("_", " "),
      x: evs.map((e) => e.day), y: evs.map(() => quad.replace("_", " ")), xaxis: "x",
      yaxis: "y", customdata: evs.map((e) => e.event_id),
      text: evs.map((e) => plain(`${e.day} ${e.source_code} ${e.plover} ${e.target_code}`)),
      hoverinfo: "text",
      marker: {color: QUAD_COLOURS[quad], opacity: 0.8,
               size: evs.map((e) => 6 + 1.4 * Math.abs(e.intensity || 1))}});
  }
  const div = document.getElementById("timeline");
  Plotly.newPlot(div, traces, {
    height: 420, margin: {l: 110, r: 10, t: 10, b: 30}, hovermode: "closest",
    yaxis: {domain: [0, 0.42], type: "category",
            categoryarray: QUADS.map((x) => x.replace("_", " "))},
    yaxis2: {domain: [0.52, 1], range: [-1.1, 1.1], title: {text: "index"}, zeroline: true},
    annotations: shown.length ? [] : [{text: `no period has ${s.min_events}+ events: no index`,
      xref: "paper", yref: "paper", x: 0.5, y: 0.78, showarrow: false}]}, PLOT_CONFIG);
  div.on("plotly_click", (ev) => {
    const id = ev.points[0].customdata;
    const item = typeof id === "string" ? document.getElementById("ev-" + id) : null;
    if (item) { item.scrollIntoView({block: "center"}); item.classList.add("focus"); }
  });
}

// -- an actor ---------------------------------------------------------------------------------
async function actor() {
  const code = (q().get("code") || "").toUpperCase();
  document.querySelector("h1").textContent = `${code}: partners and rivals`;
  const d = await api("/api/dyads", {limit: 1000});
  const mine = d.rows.filter((r) => r.a === code || r.b === code)
    .map((r) => Object.assign({other: r.a === code ? r.b : r.a}, r));
  if (!mine.length) { main().append(el("p", {}, `No events between ${code} and another country.`)); return; }
  main().append(briefButton([code, ...mine.slice(0, 5).map((r) => r.other)]));
  const ranked = mine.slice().sort((x, y) => x.index - y.index);
  section("Index with each counterpart (95% interval)", plotDiv("partners"));
  Plotly.newPlot("partners", [{type: "bar", orientation: "h", y: ranked.map((r) => r.other),
    x: ranked.map((r) => r.index), marker: {color: ranked.map((r) => r.index >= 0 ? "#1a9850" : "#d73027")},
    error_x: {type: "data", symmetric: false, array: ranked.map((r) => r.ci_high - r.index),
              arrayminus: ranked.map((r) => r.index - r.ci_low)}}],
  {height: 120 + 22 * ranked.length, margin: {l: 60, r: 10, t: 10, b: 30},
   xaxis: {range: [-1.05, 1.05]}}, PLOT_CONFIG);
  section("Over time: the five with most events, by year", plotDiv("partners-time"));
  const top = mine.slice(0, 5);
  const all = await Promise.all(top.map((r) => api("/api/series", {a: code, b: r.other, by: "year"})));
  Plotly.newPlot("partners-time", all.map((s, i) => {
    const rows = s.rows.filter((r) => r.index_shown);
    return {type: "scatter", mode: "lines+markers", name: top[i].other,
            x: rows.map((r) => r.start), y: rows.map((r) => r.index)};
  }), {height: 320, margin: {l: 40, r: 10, t: 10, b: 30}, yaxis: {range: [-1.05, 1.05]}},
  PLOT_CONFIG);
  section("Counterparts", table(["pair", "events", "index", "first", "last", "strongest evidence"],
    mine.map((r) => el("tr", {}, td(el("a", {href: pairHref(code, r.other)}, r.pair)),
                       td(r.total, r.total), td(num(r.index), r.index), td(r.first), td(r.last),
                       td(String(r.evidence || "")))), true));
}

// -- events explorer --------------------------------------------------------------------------
const FILTERS = ["actor", "pair", "type", "quad", "status", "dataset", "since", "until", "q"];

async function events() {
  const p = q();
  const form = el("form", {class: "filters", id: "filters"}, FILTERS.map((name) =>
    el("label", {}, name + " ", el("input", {name: name, value: p.get(name) || "", size: 9}))),
    el("button", {}, "filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const values = {};
    for (const name of FILTERS) values[name] = new FormData(form).get(name).trim();
    location.href = link("/events", values);
  });
  const params = {};
  for (const name of FILTERS) if (p.get(name)) params[name] = p.get(name);
  main().append(form, el("a", {href: link("/api/events", Object.assign({format: "csv", limit: 1000}, params)),
                               class: "button"}, "CSV (first 1,000)"));
  const pairCodes = params.pair ? params.pair.split(/[,-]/) : [];
  const onScreen = [...new Set([params.actor, ...pairCodes].filter(Boolean).map((x) => x.toUpperCase()))];
  if (onScreen.length >= 2) main().append(briefButton(onScreen, params.since, params.until));
  const body = el("tbody", {id: "events-body"});
  const head = ["date", "source", "type", "target", "status", "evidence"];
  const tbl = el("table", {id: "events-table"}, el("thead", {}, el("tr", {}, head.map((h, i) =>
    el("th", {class: "sortable", onclick: () => sortBy(body, i)}, h)))), body);
  const more = el("button", {id: "more"}, "more");
  main().append(tbl, more);
  let cursor = null;
  const load = async () => {
    const page = await api("/api/events", Object.assign({limit: 100, after: cursor}, params));
    body.append(...page.rows.map((r) => el("tr", {class: "event-row"}, td(r.day || ""),
      td(who(r.source)), td(r.plover || ""), td(who(r.target)), td(r.status || ""),
      td(el("div", {}, evidence(r), " ", el("a", {href: link("/doc", {id: r.doc_id, event: r.event_id})},
                                             "document"))))));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    status(`${body.rows.length} events shown` + (cursor ? "; more below" : ""));
  };
  more.addEventListener("click", load);
  await load();
  return true;
}

// -- map --------------------------------------------------------------------------------------
async function map() {
  const p = q();
  const params = {located: "true", limit: 1000, actor: p.get("actor"), since: p.get("since"),
                  until: p.get("until")};
  const [land, page] = await Promise.all([api("/api/basemap"), api("/api/events", params)]);
  main().append(plotDiv("map"), el("p", {class: "muted"}, `${page.rows.length} events with ` +
    "coordinates (at most 1,000; filter with ?actor=, ?since=, ?until=). Grey: land, drawn " +
    "from towns in GeoNames; coloured: events by quad. Click one for its sentence."));
  const traces = [{type: "scatter", mode: "markers", x: land.lon, y: land.lat,
    hoverinfo: "skip", marker: {size: 2, color: "#c8c8c8"}, showlegend: false}];
  for (const quad of QUADS) {
    const evs = page.rows.filter((r) => r.quad === quad && r.location);
    traces.push({type: "scatter", mode: "markers", name: quad.replace("_", " "),
      x: evs.map((r) => r.location.lon), y: evs.map((r) => r.location.lat),
      customdata: evs.map((r) => r.event_id), hoverinfo: "text",
      text: evs.map((r) => plain(`${r.day} ${r.plover} ${r.location.name || ""}`)),
      marker: {color: QUAD_COLOURS[quad], size: 8, opacity: 0.8}});
  }
  const div = document.getElementById("map");
  Plotly.newPlot(div, traces, {height: 520, margin: {l: 10, r: 10, t: 10, b: 10},
    hovermode: "closest", xaxis: {range: [-180, 180], visible: false},
    yaxis: {range: [-60, 85], visible: false, scaleanchor: "x"}}, PLOT_CONFIG);
  const list = el("ul", {class: "evidence-list", id: "map-evidence"});
  main().append(list);
  const byId = Object.fromEntries(page.rows.map((r) => [r.event_id, r]));
  div.on("plotly_click", (ev) => {
    const row = byId[ev.points[0].customdata];
    if (row) list.replaceChildren(evidenceItem(row));
  });
}

// -- a document -------------------------------------------------------------------------------
async function doc() {
  const p = q();
  const d = await api("/api/documents/" + encodeURIComponent(p.get("id") || ""));
  document.querySelector("h1").textContent = d.title || d.doc_id;
  main().append(el("p", {class: "muted"}, `${d.published || ""} · ${d.source || ""} · `,
                   d.url && safeHref(d.url) !== "#"
                     ? el("a", {href: d.url, rel: "noopener noreferrer nofollow"}, "original")
                     : "no link"));
  const text = String(d.text || "");
  const spans = d.events.filter((e) => e.char_end > e.char_start)
    .sort((x, y) => x.char_start - y.char_start);
  const body = el("div", {class: "document", id: "document"});
  let pos = 0;
  for (const e of spans) {
    if (e.char_start < pos) continue;
    body.append(text.slice(pos, e.char_start),
                el("mark", {id: "s-" + e.event_id, class: e.quad || "",
                            title: `${e.plover} ${who(e.source)} → ${who(e.target)}`},
                   text.slice(e.char_start, e.char_end)));
    pos = e.char_end;
  }
  body.append(text.slice(pos));
  main().append(body);
  section("Events in this document", el("ul", {class: "evidence-list"}, d.events.map(evidenceItem)));
  const focus = p.get("event") && document.getElementById("s-" + p.get("event"));
  if (focus) { focus.classList.add("focus"); focus.scrollIntoView({block: "center"}); }
}

// -- the API's own documentation --------------------------------------------------------------
async function apidocs() {
  const spec = await api("/openapi.json");
  main().append(el("p", {}, "Every endpoint answers JSON (CSV with format=csv where the " +
    "answer is a table); errors are JSON with a message and the HTTP status. The machine-" +
    "readable description is ", el("a", {href: "/openapi.json"}, "/openapi.json"), "."));
  for (const [path, ops] of Object.entries(spec.paths)) {
    const op = ops.get || {};
    const params = (op.parameters || []).map((x) => el("li", {}, el("code", {}, x.name),
      x.required ? " (required)" : "", x.description ? ": " + x.description : ""));
    section("GET " + path, el("p", {}, op.description || op.summary || ""),
            params.length ? el("ul", {}, params) : "");
  }
}

// -- start ------------------------------------------------------------------------------------
const PAGES = {overview, pair, actor, events, map, doc, apidocs};

document.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("goto-pair");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.href = pairHref(String(f.get("a")).toUpperCase(), String(f.get("b")).toUpperCase());
  });
  const page = PAGES[main().dataset.page];
  try {
    await page();
    if (!/shown/.test(document.getElementById("status").textContent)) status("");
    document.body.dataset.ready = "true";
  } catch (err) {
    status("Could not load this view: " + err.message);
    document.body.dataset.ready = "error";
  }
});
