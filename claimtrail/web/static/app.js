/* claimtrail page: map, timeline, ledger table and dossier over the read-only JSON API.
 *
 * Safety rule: every string that comes from the database reaches the DOM as a text node
 * (el()/svg() below set textContent); nothing here parses strings as markup, and Leaflet is only
 * ever given DOM elements, never HTML strings.
 */
"use strict";

(function () {
  const GRADE_COLOURS = {
    1: "#1b7837", 2: "#5aae61", 3: "#c98f00", 4: "#e66101", 5: "#b2182b", 6: "#6f6f6f",
  };
  const PAGE_SIZE = 500;
  const POINT_MAX_M = 10000; // up to a city: drawn as a point; wider places as an area
  const DAY_MS = 86400000;

  const state = {
    filters: {},
    offset: 0,
    total: 0,
    items: [],
    gradeLabels: {},
    selected: null,
    lastFocus: null,
  };
  let map = null;
  let incidentLayer = null;
  let loads = 0; // numbers each incident-list request, so only the latest answer is drawn
  const layersById = new Map();

  // --- DOM helpers: text only --------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (/^on/i.test(name)) throw new Error("event handlers are attached with listeners");
      if (name === "text") node.textContent = String(value);
      else node.setAttribute(name, String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const $ = (id) => document.getElementById(id);

  // --- API ---------------------------------------------------------------------------

  async function getJSON(path, params) {
    const query = params ? "?" + params.toString() : "";
    const response = await fetch(path + query, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
      throw new Error(`${path}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    }
    return response.json();
  }

  function showError(error) {
    const box = $("error");
    box.textContent = String(error && error.message ? error.message : error);
    box.hidden = false;
  }

  function filterParams() {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(state.filters)) {
      if (value !== "" && value !== null && value !== undefined) params.append(name, value);
    }
    return params;
  }

  // --- formatting --------------------------------------------------------------------

  function dateRange(start, end) {
    if (!start) return "undated";
    return start === end || !end ? start : `${start} – ${end}`;
  }

  function placeLabel(place) {
    if (!place) return "not located";
    const name = place.name || place.text;
    return place.feature ? `${name} (${place.feature})` : name;
  }

  function gradeBadge(grade) {
    const label = state.gradeLabels[String(grade)] || "";
    return el("span", {
      class: `grade grade-${Number(grade)}`,
      title: label ? `${grade}: ${label}` : String(grade),
      text: String(grade),
    });
  }

  function sourceLabel(source) {
    return source.name || source.text || source.kind;
  }

  // --- filters -----------------------------------------------------------------------

  function fillSelect(select, values, label) {
    for (const value of values) {
      select.append(el("option", { value: String(value), text: label ? label(value) : String(value) }));
    }
  }

  function readFilters() {
    state.filters = {
      from: $("f-from").value,
      to: $("f-to").value,
      action: $("f-action").value,
      source_kind: $("f-kind").value,
      grade: $("f-grade").value,
      q: $("f-q").value.trim(),
      bbox: $("f-bbox").checked && map ? boundsParam(map.getBounds()) : "",
    };
  }

  function boundsParam(bounds) {
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const west = bounds.getWest();
    const east = bounds.getEast();
    // A view wider than the world matches every longitude.
    const whole = east - west >= 360;
    return [
      whole ? -180 : clamp(((west + 540) % 360) - 180, -180, 180),
      clamp(bounds.getSouth(), -90, 90),
      whole ? 180 : clamp(((east + 540) % 360) - 180, -180, 180),
      clamp(bounds.getNorth(), -90, 90),
    ].map((v) => v.toFixed(4)).join(",");
  }

  function setupFilters(meta) {
    fillSelect($("f-action"), meta.actions);
    fillSelect($("f-kind"), meta.source_kinds, (k) => k.replace("_", " "));
    fillSelect($("f-grade"), meta.grades, (g) => `${g} ${meta.grade_labels[String(g)] || ""}`);
    $("filters").addEventListener("submit", (event) => {
      event.preventDefault();
      applyFilters();
    });
    $("filters").addEventListener("change", (event) => {
      if (event.target.id !== "f-q") applyFilters();
    });
    $("f-reset").addEventListener("click", () => {
      // Let the form reset its fields first.
      setTimeout(applyFilters, 0);
    });
  }

  function applyFilters() {
    readFilters();
    state.offset = 0;
    load().catch(showError);
  }

  // --- loading -----------------------------------------------------------------------

  async function load() {
    const params = filterParams();
    params.set("offset", String(state.offset));
    params.set("limit", String(PAGE_SIZE));
    const request = ++loads;
    const page = await getJSON("/api/incidents", params);
    // A slower answer to an earlier request (the first page, before a filter was applied)
    // must not overwrite the answer to the latest one.
    if (request !== loads) return;
    state.items = page.items;
    state.total = page.total;
    document.body.dataset.total = String(page.total);
    renderTable();
    renderMap();
    renderTimeline();
    document.body.dataset.loaded = String(Date.now());
  }

  // --- map ---------------------------------------------------------------------------

  function setupMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([15, 10], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    incidentLayer = L.featureGroup().addTo(map);
    getJSON("/static/vendor/world-atlas-2.0.2/countries-110m.json")
      .then((topo) => {
        const countries = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(countries, {
          interactive: false,
          style: { color: "#8c96a0", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
        })
          .addTo(map)
          .bringToBack();
      })
      .catch(showError);
    map.on("moveend", () => {
      if ($("f-bbox").checked) applyFilters();
    });
  }

  function renderMap() {
    incidentLayer.clearLayers();
    layersById.clear();
    let located = 0;
    for (const item of state.items) {
      if (!item.place || item.place.lat === null || item.place.lon === null) continue;
      located += 1;
      const colour = GRADE_COLOURS[item.grade] || "#333";
      const latlng = [item.place.lat, item.place.lon];
      const point = (item.uncertainty_m || 0) <= POINT_MAX_M;
      const layer = point
        ? L.circleMarker(latlng, {
            radius: 6, color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.9,
            className: "incident-mark point",
          })
        : L.circle(latlng, {
            radius: item.uncertainty_m, color: colour, weight: 2, fillColor: colour,
            fillOpacity: 0.18, dashArray: "4 3", className: "incident-mark area",
          });
      layer.bindTooltip(markTooltip(item), { sticky: true });
      layer.on("click", () => openDossier(item.id));
      layer.addTo(incidentLayer);
      const node = layer.getElement();
      if (node) node.setAttribute("data-incident", item.id);
      layersById.set(item.id, layer);
    }
    const unlocated = state.items.length - located;
    $("map-note").textContent =
      `${located} incident(s) drawn` + (unlocated ? `; ${unlocated} without a located place` : "") +
      ". A point is a village or town; a dashed circle is the area a district, province or country allows.";
    document.getElementById("map").dataset.drawn = String(located);
    if (located && !$("f-bbox").checked) {
      map.fitBounds(incidentLayer.getBounds(), { padding: [20, 20], maxZoom: 6 });
    }
  }

  function markTooltip(item) {
    return el("div", { class: "tip" },
      el("strong", { text: `${item.action} · ${placeLabel(item.place)}` }),
      el("br"),
      dateRange(item.start, item.end),
      el("br"),
      `grade ${item.grade}: ${state.gradeLabels[String(item.grade)] || ""}`);
  }

  function renderLegend() {
    const legend = $("legend");
    clear(legend);
    legend.append(el("span", { class: "legend-title", text: "Grade:" }));
    for (const grade of Object.keys(state.gradeLabels)) {
      legend.append(el("span", { class: "legend-item" },
        gradeBadge(grade), " ", state.gradeLabels[grade]));
    }
  }

  // --- timeline ----------------------------------------------------------------------

  function dayNumber(iso) {
    return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY_MS);
  }

  function isoOf(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function lanesFor(items) {
    // Greedy interval packing: each bar takes the first lane free at its start.
    const ends = [];
    return items.map((item) => {
      const start = dayNumber(item.start);
      const end = dayNumber(item.end || item.start) + 1;
      let lane = ends.findIndex((e) => e <= start);
      if (lane < 0) { lane = ends.length; ends.push(end); } else ends[lane] = end;
      return { item, start, end, lane };
    });
  }

  function renderTimeline() {
    const box = $("timeline");
    clear(box);
    const dated = state.items.filter((i) => i.start).sort((a, b) => (a.start < b.start ? -1 : 1));
    const undated = state.items.length - dated.length;
    if (!dated.length) {
      box.append(el("p", { class: "note", text: "No dated incident to draw." }));
      return;
    }
    const bars = lanesFor(dated);
    let first = Math.min(...bars.map((b) => b.start));
    let last = Math.max(...bars.map((b) => b.end));
    const pad = Math.max(3, Math.round((last - first) * 0.03));
    first -= pad; last += pad;
    // At least two months across, so a single day never looks like a long stretch.
    const widen = Math.max(0, 60 - (last - first));
    first -= Math.floor(widen / 2); last += Math.ceil(widen / 2);
    const width = Math.max(box.clientWidth || 600, 300);
    const laneCount = Math.max(...bars.map((b) => b.lane)) + 1;
    const laneHeight = 12;
    const top = 6;
    const axisY = top + laneCount * laneHeight + 6;
    const height = axisY + 22;
    const x = (day) => 8 + ((day - first) / (last - first)) * (width - 16);
    const root = svg("svg", {
      width, height, viewBox: `0 0 ${width} ${height}`, class: "timeline-svg",
      role: "img", "aria-label": `Timeline of ${dated.length} dated incident(s)`,
    });
    const brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: axisY, visibility: "hidden" });
    root.append(svg("rect", { class: "timeline-bg", x: 0, y: 0, width, height: axisY }), brush);
    for (const bar of bars) {
      const x0 = x(bar.start);
      const w = Math.max(3, x(bar.end) - x0);
      const rect = svg("rect", {
        class: "timeline-bar", x: x0, y: top + bar.lane * laneHeight, width: w, height: laneHeight - 3,
        fill: GRADE_COLOURS[bar.item.grade] || "#333", "data-incident": bar.item.id,
        "data-days": bar.end - bar.start, rx: 1,
      }, svg("title", { text: `${bar.item.action}, ${placeLabel(bar.item.place)}: ${dateRange(bar.item.start, bar.item.end)}` }));
      rect.addEventListener("click", (event) => { event.stopPropagation(); openDossier(bar.item.id); });
      root.append(rect);
    }
    drawAxis(root, first, last, x, axisY);
    setupBrush(root, brush, x, first, last, width, axisY);
    box.append(root);
    if (undated) box.append(el("p", { class: "note", text: `${undated} undated incident(s) not drawn.` }));
  }

  function drawAxis(root, first, last, x, y) {
    root.append(svg("line", { class: "axis", x1: x(first), x2: x(last), y1: y, y2: y }));
    const spanDays = last - first;
    const startDate = new Date(first * DAY_MS);
    const monthly = spanDays < 800;
    const step = monthly ? (spanDays < 120 ? 1 : spanDays < 400 ? 2 : 3) : Math.ceil(spanDays / 365 / 8);
    let year = startDate.getUTCFullYear();
    let month = monthly ? startDate.getUTCMonth() + 1 : 12;
    for (let i = 0; i < 40; i += 1) {
      if (month > 11) { year += Math.floor(month / 12); month %= 12; }
      const day = Math.floor(Date.UTC(year, month, 1) / DAY_MS);
      if (day > last) break;
      if (day >= first) {
        const label = monthly ? `${year}-${String(month + 1).padStart(2, "0")}` : String(year);
        root.append(
          svg("line", { class: "tick", x1: x(day), x2: x(day), y1: y, y2: y + 4 }),
          svg("text", { class: "tick-label", x: x(day), y: y + 15, text: label }));
      }
      if (monthly) month += step; else year += step;
    }
  }

  function setupBrush(root, brush, x, first, last, width, height) {
    const toDay = (px) => Math.round(first + ((px - 8) / (width - 16)) * (last - first));
    let origin = null;
    const localX = (event) => event.clientX - root.getBoundingClientRect().left;
    root.addEventListener("pointerdown", (event) => {
      if (event.target.classList.contains("timeline-bar")) return;
      origin = localX(event);
      root.setPointerCapture(event.pointerId);
      brush.setAttribute("visibility", "visible");
      brush.setAttribute("x", origin);
      brush.setAttribute("width", 0);
    });
    root.addEventListener("pointermove", (event) => {
      if (origin === null) return;
      const now = localX(event);
      brush.setAttribute("x", Math.min(origin, now));
      brush.setAttribute("width", Math.abs(now - origin));
    });
    root.addEventListener("pointerup", (event) => {
      if (origin === null) return;
      const now = localX(event);
      const [a, b] = [Math.min(origin, now), Math.max(origin, now)];
      origin = null;
      if (b - a < 4) { brush.setAttribute("visibility", "hidden"); return; }
      $("f-from").value = isoOf(toDay(a));
      $("f-to").value = isoOf(toDay(b));
      applyFilters();
    });
    root.dataset.height = String(height);
  }

  // --- table -------------------------------------------------------------------------

  function renderTable() {
    const body = $("rows");
    clear(body);
    for (const item of state.items) {
      const row = el("tr", { tabindex: 0, "data-incident": item.id, class: "row" },
        el("td", { class: "nowrap" }, dateRange(item.start, item.end),
          item.precision ? el("span", { class: "muted", text: ` ${item.precision}` }) : null),
        el("td", { text: item.action }),
        el("td", { text: placeLabel(item.place) }),
        el("td", { text: item.origins.join("; ") || "—" }),
        el("td", { class: "num", text: String(item.independent_origins) }),
        el("td", { text: item.denied_by.join("; ") || "—" }),
        el("td", {}, gradeBadge(item.grade)),
        el("td", { class: "num", text: String(item.reports.length) }));
      row.setAttribute("aria-label", `${item.action} ${dateRange(item.start, item.end)}, ${placeLabel(item.place)}, grade ${item.grade}`);
      if (item.id === state.selected) row.classList.add("selected");
      row.addEventListener("click", () => openDossier(item.id));
      row.addEventListener("keydown", rowKeys);
      body.append(row);
    }
    if (!state.items.length) {
      body.append(el("tr", {}, el("td", { colspan: 8, class: "note", text: "No incident matches these filters." })));
    }
    const end = state.offset + state.items.length;
    $("page-info").textContent = state.total
      ? `${state.offset + 1}–${end} of ${state.total}` : "0 of 0";
    $("prev").disabled = state.offset === 0;
    $("next").disabled = end >= state.total;
  }

  function rowKeys(event) {
    const row = event.currentTarget;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openDossier(row.dataset.incident);
    } else if (event.key === "ArrowDown" && row.nextElementSibling) {
      event.preventDefault();
      row.nextElementSibling.focus();
    } else if (event.key === "ArrowUp" && row.previousElementSibling) {
      event.preventDefault();
      row.previousElementSibling.focus();
    }
  }

  function setupPager() {
    $("prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE_SIZE);
      load().catch(showError);
    });
    $("next").addEventListener("click", () => {
      state.offset += PAGE_SIZE;
      load().catch(showError);
    });
  }

  // --- dossier -----------------------------------------------------------------------

  async function openDossier(id) {
    state.lastFocus = document.activeElement;
    state.selected = id;
    for (const row of document.querySelectorAll("#rows tr.selected")) row.classList.remove("selected");
    const row = document.querySelector(`#rows tr[data-incident="${CSS.escape(id)}"]`);
    if (row) row.classList.add("selected");
    const dossier = await getJSON(`/api/incidents/${encodeURIComponent(id)}`).catch(showError);
    if (!dossier) return;
    renderDossier(dossier);
    const panel = $("dossier");
    panel.hidden = false;
    panel.focus();
  }

  function closeDossier() {
    $("dossier").hidden = true;
    state.selected = null;
    if (state.lastFocus && document.contains(state.lastFocus)) state.lastFocus.focus();
  }

  function renderDossier(dossier) {
    const incident = dossier.incident;
    const body = $("dossier-body");
    clear(body);
    $("dossier").dataset.incident = incident.id;
    $("dossier-title").textContent = `${incident.action} · ${placeLabel(incident.place)} · ${dateRange(incident.start, incident.end)}`;
    body.append(
      el("div", { class: "grade-line" }, gradeBadge(incident.grade),
        el("span", { class: "grade-reason", text: incident.grade_reason })),
      el("dl", { class: "facts" },
        el("dt", { text: "Incident" }), el("dd", { class: "mono", text: incident.id }),
        el("dt", { text: "Places" }), el("dd", { text: incident.places.map(placeLabel).join("; ") || "none" }),
        el("dt", { text: "Origins" }), el("dd", { text: `${incident.origins.join("; ") || "none"} (${incident.independent_origins} independent)` }),
        el("dt", { text: "Denied by" }), el("dd", { text: incident.denied_by.join("; ") || "no one" })),
      el("h3", { text: "Attribution" }),
      chainGraph(incident, dossier.readings),
      el("h3", { text: `Reports (${incident.reports.length})` }),
      spanLegend());
    const wanted = new Set(incident.reports.map((r) => `${r.article}/${r.id}`));
    for (const reading of dossier.readings) {
      for (const report of reading.reports) {
        if (wanted.has(`${reading.article.id}/${report.id}`)) body.append(reportCard(reading, report));
      }
    }
    const denials = dossier.readings.flatMap((r) => r.denials.map((d) => ({ d, article: r.article })));
    body.append(el("h3", { text: `Denials in these articles (${denials.length})` }));
    if (!denials.length) body.append(el("p", { class: "note", text: "None found." }));
    for (const { d, article } of denials) {
      body.append(el("blockquote", { class: "denial" },
        el("p", { text: d.text }),
        el("footer", { text: `${sourceLabel(d.source)} (${d.source.kind})${d.target ? ", about " + d.target : ""} — ${article.publisher || article.title || article.id}` })));
    }
    body.append(assessmentSection(dossier));
    body.append(el("h3", { text: "Articles" }));
    for (const reading of dossier.readings) body.append(fullArticle(reading, wanted));
  }

  // Why the reports are one incident, which copies count once, what contradicts it.
  function assessmentSection(dossier) {
    const found = dossier.assessment;
    const outlet = (id) => {
      const reading = dossier.readings.find((r) => r.article.id === id);
      return reading ? reading.article.publisher || reading.article.title || id : id;
    };
    const list = (items, text) => items.length
      ? el("ul", { class: "assessment" }, items.map((item) => el("li", { text: text(item) })))
      : el("p", { class: "note", text: "None." });
    return el("section", { class: "why" },
      el("h3", { text: "Why these reports are one incident" }),
      found.links.length ? list(found.links, (l) => l.text) : el("p", { class: "note", text: "A single report: nothing to link." }),
      el("h3", { text: "Copies (counted once)" }),
      list(found.copies, (c) => `${outlet(c.article)}: ${c.reason}`),
      el("h3", { text: "Contradictions (not counted as confirmation)" }),
      list(found.contradictions, (c) => `${outlet(c.article)}, by ${c.by}: ${c.why}`),
      el("h3", { text: "Denials that answer it" }),
      list(found.denials, (d) => `${d.denier} (${outlet(d.article)}): ${d.why}`));
  }

  const SPAN_KINDS = [
    ["when", "when"], ["where", "where"], ["source", "source"], ["hedge", "hedge"],
    ["agent", "who"], ["patient", "to whom"],
  ];

  function spanLegend() {
    return el("p", { class: "span-legend" }, "Highlighted: ",
      SPAN_KINDS.map(([kind, label]) => [el("mark", { class: `hl hl-${kind}`, text: label }), " "]));
  }

  function reportSpans(report) {
    const spans = [];
    const add = (kind, start, end, label) => {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ kind, start, end, label });
    };
    if (report.when) add("when", report.when.text_start, report.when.text_end, `when: ${report.when.start} – ${report.when.end} (${report.when.precision})`);
    for (const place of report.where) add("where", place.start, place.end, `where: ${placeLabel(place)} [${place.resolution}]`);
    report.sources.forEach((source, i) => add("source", source.start, source.end, `source ${i + 1} of ${report.sources.length}: ${sourceLabel(source)} (${source.kind})`));
    for (const hedge of report.hedge_spans) add("hedge", hedge.start, hedge.end, `hedge: ${hedge.text}`);
    if (report.agent) add("agent", report.agent.start, report.agent.end, `who: ${report.agent.actor || report.agent.text}`);
    if (report.patient) add("patient", report.patient.start, report.patient.end, `to whom: ${report.patient.actor || report.patient.text}`);
    return spans;
  }

  function highlighted(text, from, to, spans, evidence) {
    // Cut [from, to) at every span edge; each piece carries the kinds covering it.
    const cuts = new Set([from, to]);
    const inside = spans.filter((s) => s.end > from && s.start < to);
    for (const s of inside) { cuts.add(Math.max(from, s.start)); cuts.add(Math.min(to, s.end)); }
    if (evidence) { cuts.add(Math.max(from, evidence[0])); cuts.add(Math.min(to, evidence[1])); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [a, b] = [points[i], points[i + 1]];
      if (b <= a) continue;
      const piece = text.slice(a, b);
      const covering = inside.filter((s) => s.start <= a && s.end >= b);
      const inEvidence = evidence && a >= evidence[0] && b <= evidence[1];
      let node = document.createTextNode(piece);
      if (covering.length) {
        const kinds = [...new Set(covering.map((s) => s.kind))];
        node = el("mark", {
          class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
          title: covering.map((s) => s.label).join("\n"),
          "data-start": a, "data-end": b,
        }, node);
      }
      if (inEvidence) node = el("span", { class: "evidence" }, node);
      fragment.append(node);
    }
    return fragment;
  }

  function excerptWindow(text, report, spans) {
    // The report's sentences, widened to take in its spans when they sit nearby.
    let from = report.start;
    let to = report.end;
    const near = 500;
    const far = [];
    for (const s of spans) {
      if (s.start >= report.start - near && s.end <= report.end + near) {
        from = Math.min(from, s.start);
        to = Math.max(to, s.end);
      } else far.push(s);
    }
    const before = text.lastIndexOf("\n", from - 1);
    const after = text.indexOf("\n", to);
    if (from - (before + 1) < 200) from = before + 1;
    if (after >= 0 && after - to < 200) to = after;
    while (to > from && /\s/.test(text[to - 1])) to -= 1;
    return { from, to, far };
  }

  function reportCard(reading, report) {
    const text = reading.article.text;
    const spans = reportSpans(report);
    const { from, to, far } = excerptWindow(text, report, spans);
    const article = reading.article;
    const published = article.published ? `, ${article.published}` : "";
    const original = article.original && article.original.publisher
      ? ` (first published by ${article.original.publisher}${article.original.published ? ", " + article.original.published : ""})` : "";
    const chain = report.sources.map((s) => `${sourceLabel(s)} (${s.kind})`).join(" → ") || "the author (nothing attributed)";
    return el("article", { class: "report", "data-report": report.id },
      el("header", {},
        el("strong", { text: article.title || article.path || article.id }),
        el("span", { class: "muted", text: ` — ${article.publisher || "unknown publisher"}${published}${original}` })),
      el("p", { class: "excerpt" },
        from > 0 ? "… " : "",
        highlighted(text, from, to, spans, [report.start, report.end]),
        to < text.length ? " …" : ""),
      far.length ? el("p", { class: "far" }, "Elsewhere in the article: ",
        far.map((s) => [el("mark", { class: `hl hl-${s.kind}`, title: s.label, text: text.slice(s.start, s.end) }), " "])) : null,
      el("dl", { class: "facts small" },
        el("dt", { text: "Certainty" }), el("dd", { text: report.certainty + (report.hedges.length ? ` (hedged: ${report.hedges.join(", ")})` : "") }),
        el("dt", { text: "When" }), el("dd", { text: report.when ? `${report.when.text} → ${report.when.start} – ${report.when.end}, ${report.when.precision}, ${report.when.role}` : "not stated" }),
        el("dt", { text: "Where" }), el("dd", { text: report.where.map(placeLabel).join("; ") || "not stated" }),
        el("dt", { text: "Chain" }), el("dd", { text: chain }),
        el("dt", { text: "Custody" }), el("dd", { text: custodyLabel(reading) })));
  }

  function custodyLabel(reading) {
    const kept = reading.custody || [];
    if (!kept.length) return "raw input not kept";
    return kept.map((c) => `sha256 ${c.sha256} of ${c.origin}` +
      (c.status ? ` (HTTP ${c.status})` : "") + `, captured ${c.captured_at}`).join("; ");
  }

  function chainGraph(incident, readings) {
    // One column per distinct chain: the publishing outlet on top, down to the origin.
    const wanted = new Set(incident.reports.map((r) => `${r.article}/${r.id}`));
    const columns = new Map();
    for (const reading of readings) {
      const publisher = reading.article.publisher || reading.article.title || "the article";
      for (const report of reading.reports) {
        if (!wanted.has(`${reading.article.id}/${report.id}`)) continue;
        const nodes = [{ label: publisher, kind: "publisher" }].concat(
          report.sources.length
            ? report.sources.map((s) => ({ label: sourceLabel(s), kind: s.kind }))
            : [{ label: "the author", kind: "author" }]);
        const key = JSON.stringify(nodes);
        const column = columns.get(key) || { nodes, reports: 0 };
        column.reports += 1;
        columns.set(key, column);
      }
    }
    const boxW = 150; const boxH = 34; const gapX = 16; const gapY = 18;
    const list = [...columns.values()];
    const depth = Math.max(1, ...list.map((c) => c.nodes.length));
    const width = Math.max(1, list.length) * (boxW + gapX) + gapX;
    const height = depth * (boxH + gapY) + 18;
    const root = svg("svg", {
      class: "chain-graph", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": `Attribution chains of ${incident.reports.length} report(s), outermost first`,
    });
    root.append(svg("defs", {}, svg("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse",
    }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrow-head" }))));
    list.forEach((column, ci) => {
      const x = gapX + ci * (boxW + gapX);
      column.nodes.forEach((node, ni) => {
        const y = 4 + ni * (boxH + gapY);
        const isOrigin = ni === column.nodes.length - 1 && ni > 0;
        const label = node.label.length > 22 ? node.label.slice(0, 21) + "…" : node.label;
        root.append(svg("g", { class: `chain-node${isOrigin ? " origin" : ""}${ni === 0 ? " outlet" : ""}` },
          svg("title", { text: `${node.label} (${node.kind})` }),
          svg("rect", { x, y, width: boxW, height: boxH, rx: 4 }),
          svg("text", { x: x + 6, y: y + 14, class: "node-label", text: label }),
          svg("text", { x: x + 6, y: y + 27, class: "node-kind", text: isOrigin ? `origin · ${node.kind}` : node.kind.replace("_", " ") })));
        if (ni > 0) {
          root.append(svg("line", {
            class: "chain-edge", x1: x + boxW / 2, x2: x + boxW / 2, y1: y - gapY, y2: y - 1, "marker-end": "url(#arrow)",
          }));
        }
      });
      root.append(svg("text", {
        class: "node-kind", x, y: height - 4, text: `${column.reports} report(s)`,
      }));
    });
    return el("div", { class: "chain-wrap" }, root);
  }

  function fullArticle(reading, wanted) {
    const article = reading.article;
    const details = el("details", { class: "full-article" },
      el("summary", { text: `${article.title || article.id} — ${article.publisher || "unknown publisher"}` }));
    details.addEventListener("toggle", () => {
      if (!details.open || details.dataset.rendered) return;
      details.dataset.rendered = "1";
      const spans = reading.reports
        .filter((r) => wanted.has(`${article.id}/${r.id}`))
        .flatMap(reportSpans);
      details.append(el("div", { class: "article-text" }, highlighted(article.text, 0, article.text.length, spans, null)));
    });
    return details;
  }

  // --- start -------------------------------------------------------------------------

  async function start() {
    const meta = await getJSON("/api/meta");
    state.gradeLabels = meta.grade_labels;
    $("counts").textContent =
      `${meta.counts.incidents} incidents from ${meta.counts.reports} reports in ${meta.counts.articles} articles` +
      (meta.start ? `, ${meta.start} to ${meta.end}` : "");
    setupFilters(meta);
    setupPager();
    setupMap();
    renderLegend();
    $("dossier-close").addEventListener("click", closeDossier);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !$("dossier").hidden) closeDossier();
    });
    readFilters();
    await load();
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(renderTimeline, 150);
    });
  }

  document.addEventListener("DOMContentLoaded", () => { start().catch(showError); });
})();
