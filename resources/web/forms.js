/* SmartBimtek phone page: the entry forms (SWOT items, programs, scoring) and the lists of
   the table's own entries, each with its saved / waiting state. Plain ES5. */
var SB = window.SB || {};
window.SB = SB;

/* Create an element: attrs may hold id, className, text, type, value, placeholder, for,
   disabled, maxlength, rows, and on<event> handlers. */
SB.el = function (tag, attrs, children) {
  var node = document.createElement(tag);
  attrs = attrs || {};
  for (var key in attrs) {
    if (!attrs.hasOwnProperty(key) || attrs[key] === undefined || attrs[key] === null) { continue; }
    var value = attrs[key];
    if (key === "text") { node.textContent = value; }
    else if (key === "className") { node.className = value; }
    else if (key.indexOf("on") === 0) { node.addEventListener(key.slice(2), value, false); }
    else if (key === "disabled" || key === "selected" || key === "checked") { node[key] = !!value; }
    else if (key === "value") { node.value = value; }
    else { node.setAttribute(key, value); }
  }
  children = children || [];
  for (var i = 0; i < children.length; i++) {
    if (children[i] === null || children[i] === undefined) { continue; }
    node.appendChild(typeof children[i] === "string" ? document.createTextNode(children[i]) : children[i]);
  }
  return node;
};

SB.forms = {};

/* A short confirmation under a form's button (fades after a few seconds). */
SB.flash = function (node, key) {
  var locked = SB.app.data && SB.app.data.locked;
  node.textContent = "\u2713 " + SB.t(locked ? key + "_locked" : SB.app.online ? key : key + "_offline");
  if (node.flashTimer) { window.clearTimeout(node.flashTimer); }
  node.flashTimer = window.setTimeout(function () { node.textContent = ""; }, 6000);
};

SB.dimension = function (id) {
  var dims = SB.app.reference ? SB.app.reference.dimensions : [];
  for (var i = 0; i < dims.length; i++) { if (dims[i].id === id) { return dims[i]; } }
  return null;
};

SB.element = function (id) {
  var dim = id ? SB.dimension(id.split(".")[0]) : null;
  if (!dim) { return null; }
  for (var i = 0; i < dim.elements.length; i++) { if (dim.elements[i].id === id) { return dim.elements[i]; } }
  return null;
};

SB.component = function (id) {
  var comps = SB.app.reference ? SB.app.reference.components : [];
  for (var i = 0; i < comps.length; i++) { if (comps[i].id === id) { return comps[i]; } }
  return null;
};

function fillSelect(select, options, selected) {
  select.innerHTML = "";
  select.appendChild(SB.el("option", {value: "", text: SB.t("choose")}));
  for (var i = 0; i < options.length; i++) {
    select.appendChild(SB.el("option", {value: options[i].id, text: SB.label(options[i]),
                                        selected: options[i].id === selected}));
  }
  select.value = selected || "";
}

function field(labelKey, input, id) {
  return SB.el("div", {className: "field"}, [SB.el("label", {"for": id, text: SB.t(labelKey)}), input]);
}

/* Dimension + element selects (the element list follows the dimension) with the hint. */
function dimensionFields(prefix, dimension, element) {
  var dimSelect = SB.el("select", {id: prefix + "-dimension", className: "select"});
  var elSelect = SB.el("select", {id: prefix + "-element", className: "select"});
  var hint = SB.el("p", {className: "muted small hint", id: prefix + "-hint"});
  var dims = SB.app.reference.dimensions;
  function refreshElements(selected) {
    var dim = SB.dimension(dimSelect.value);
    fillSelect(elSelect, dim ? dim.elements : [], selected);
    elSelect.disabled = !dim;
    showHint();
  }
  function showHint() {
    var el = SB.element(elSelect.value);
    hint.textContent = el ? (el["hint_" + SB.lang] || el.hint_id || "") : "";
  }
  fillSelect(dimSelect, dims, dimension);
  dimSelect.addEventListener("change", function () { refreshElements(""); }, false);
  elSelect.addEventListener("change", showHint, false);
  refreshElements(element);
  return {dim: dimSelect, element: elSelect, nodes: [field("dimension", dimSelect, dimSelect.id),
          field("element", elSelect, elSelect.id), hint],
          set: function (d, e) { dimSelect.value = d || ""; refreshElements(e || ""); }};
}

function statusChip(state, error) {
  var cls = {saved: "ok", pending: "wait", sending: "wait", blocked: "wait", deleting: "wait"}[state] || "bad";
  var text = state === "blocked" ? SB.t("pending") : SB.t(state);
  if (state === "saved") { text = "\u2713 " + text; }
  return SB.el("span", {className: "chip " + cls, text: error ? SB.errorText(error) : text});
}

function itemActions(onEdit, onDelete, disabled) {
  return SB.el("div", {className: "item-actions"}, [
    SB.el("button", {type: "button", className: "btn small-btn", text: SB.t("edit"), onclick: onEdit, disabled: disabled}),
    SB.el("button", {type: "button", className: "btn small-btn danger", text: SB.t("delete"), onclick: onDelete, disabled: disabled})
  ]);
}

/* Entries of one kind ("swot" or "programs") merged with the waiting queue. */
SB.forms.merged = function (kind) {
  var data = SB.app.data || {};
  var list = [];
  var byId = {};
  var server = data[kind] || [];
  var addAction = kind === "swot" ? "swot.add" : "program.add";
  var editAction = kind === "swot" ? "swot.edit" : "program.edit";
  var deleteAction = kind === "swot" ? "swot.delete" : "program.delete";
  for (var i = 0; i < server.length; i++) {
    var copy = {state: "saved", op: null};
    for (var k in server[i]) { if (server[i].hasOwnProperty(k)) { copy[k] = server[i][k]; } }
    list.push(copy);
    byId[copy.id] = copy;
  }
  var ops = SB.queue.ops;
  for (var j = 0; j < ops.length; j++) {
    var op = ops[j];
    if (op.opd !== SB.app.tableCode()) { continue; }
    var busy = op.state === "sending" ? "sending" : (op.state === "blocked" ? "blocked" : "pending");
    if (op.action === addAction) {
      var added = {id: op.local, state: busy, op: op};
      for (var f in op.body) { if (op.body.hasOwnProperty(f)) { added[f] = op.body[f]; } }
      list.push(added);
      byId[op.local] = added;
    } else if (op.action === editAction && byId[op.local]) {
      for (var g in op.body) { if (op.body.hasOwnProperty(g)) { byId[op.local][g] = op.body[g]; } }
      byId[op.local].state = busy;
      byId[op.local].op = op;
    } else if (op.action === deleteAction && byId[op.local]) {
      byId[op.local].state = "deleting";
      byId[op.local].op = op;
    }
  }
  return list;
};

/* ------------------------------------------------------------------- SWOT */
SB.forms.swot = function (container, step) {
  var form = {quadrant: "S", editing: null};
  var qButtons = {};
  var quads = ["S", "W", "O", "T"];
  var qRow = SB.el("div", {className: "quads", role: "radiogroup"});
  function pick(q) {
    form.quadrant = q;
    for (var i = 0; i < quads.length; i++) {
      qButtons[quads[i]].className = "quad q" + quads[i] + (quads[i] === q ? " on" : "");
      qButtons[quads[i]].setAttribute("aria-checked", quads[i] === q ? "true" : "false");
    }
  }
  for (var i = 0; i < quads.length; i++) {
    (function (q) {
      qButtons[q] = SB.el("button", {type: "button", role: "radio", className: "quad q" + q,
                                     onclick: function () { pick(q); }},
                          [SB.el("span", {className: "quad-letter", text: q}), SB.t(q)]);
      qRow.appendChild(qButtons[q]);
    })(quads[i]);
  }
  var text = SB.el("textarea", {id: "swot-text", rows: 3, maxlength: 20000, placeholder: SB.t("text_placeholder")});
  var dims = dimensionFields("swot", step.dimension || SB.exercises.groupDimension() || "", "");
  var comp = SB.el("select", {id: "swot-component", className: "select"});
  fillSelect(comp, SB.app.reference.components, "");
  var error = SB.el("p", {className: "error", role: "alert"});
  var save = SB.el("button", {type: "submit", className: "btn primary wide", id: "swot-save", text: SB.t("save_item")});
  var cancel = SB.el("button", {type: "button", className: "btn wide hidden", text: SB.t("cancel")});
  var flash = SB.el("p", {className: "flash", id: "swot-flash", role: "status"});
  var node = SB.el("form", {className: "card form", id: "swot-form", novalidate: "novalidate"}, [
    SB.el("div", {className: "field"}, [SB.el("span", {className: "label", text: SB.t("quadrant")}), qRow]),
    field("text_label", text, "swot-text")
  ].concat(dims.nodes).concat([field("component", comp, "swot-component"), error, save, cancel, flash]));

  function reset() {
    form.editing = null;
    text.value = "";
    save.textContent = SB.t("save_item");
    cancel.className = "btn wide hidden";
    error.textContent = "";
  }
  cancel.addEventListener("click", reset, false);
  node.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = {quadrant: form.quadrant, text: text.value, dimension: dims.dim.value || null,
                element: dims.element.value || null, component: comp.value || null};
    if (!body.text.replace(/\s+/g, "")) {
      error.textContent = SB.t("err_empty", {field: SB.t("text_label")});
      text.focus();
      return;
    }
    SB.app.saveEntry("swot", form.editing, body);
    reset();
    SB.flash(flash, "recorded");
    text.focus();
  }, false);
  pick("S");
  container.appendChild(node);
  return {
    edit: function (item) {
      form.editing = item.id;
      pick(item.quadrant);
      text.value = item.text;
      dims.set(item.dimension, item.element);
      comp.value = item.component || "";
      save.textContent = SB.t("save_changes");
      cancel.className = "btn wide";
      node.scrollIntoView();
      text.focus();
    },
    load: function (body) {
      reset();
      pick(body.quadrant || "S");
      text.value = body.text || "";
      dims.set(body.dimension, body.element);
      comp.value = body.component || "";
    }
  };
};

SB.forms.swotList = function (container, onEdit) {
  var items = SB.forms.merged("swot");
  container.appendChild(SB.el("h2", {text: SB.t("my_swot") + " (" + items.length + ")"}));
  if (!items.length) { container.appendChild(SB.el("p", {className: "muted", text: SB.t("none_yet")})); }
  var quads = ["S", "W", "O", "T"];
  for (var q = 0; q < quads.length; q++) {
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      if (item.quadrant !== quads[q]) { continue; }
      var meta = SB.exercises.ownerCode(item) ? [SB.exercises.ownerCode(item)] : [];  /* whose, at a group */
      if (item.element) { meta.push(SB.label(SB.element(item.element))); }
      else if (item.dimension) { meta.push(SB.label(SB.dimension(item.dimension))); }
      if (item.component) { meta.push(SB.label(SB.component(item.component))); }
      container.appendChild(SB.el("div", {className: "item q" + item.quadrant + (item.state === "deleting" ? " gone" : ""),
                                          "data-id": item.id, "data-state": item.state}, [
        SB.el("div", {className: "item-head"}, [
          SB.el("span", {className: "tag q" + item.quadrant, text: item.quadrant + " \u00b7 " + SB.t(item.quadrant)}),
          statusChip(item.state)]),
        SB.el("p", {className: "item-text", text: item.text}),
        meta.length ? SB.el("p", {className: "muted small", text: meta.join(" \u00b7 ")}) : null,
        itemActions(SB.app.editHandler("swot", item, onEdit), SB.app.deleteHandler("swot", item),
                    item.state === "sending" || item.state === "deleting")
      ]));
    }
  }
};

/* ---------------------------------------------------------------- programs */
SB.forms.program = function (container, step) {
  var editing = null;
  var title = SB.el("input", {id: "program-title", maxlength: 300});
  var dims = dimensionFields("program", step.dimension || SB.exercises.groupDimension() || "", "");
  var horizon = SB.el("select", {id: "program-horizon", className: "select"});
  var horizons = SB.app.reference.horizons;
  for (var i = 0; i < horizons.length; i++) {
    horizon.appendChild(SB.el("option", {value: horizons[i], text: SB.t(horizons[i])}));
  }
  horizon.value = "short";
  var description = SB.el("textarea", {id: "program-description", rows: 3, maxlength: 20000});
  var funding = SB.el("select", {id: "program-funding", className: "select"});
  funding.appendChild(SB.el("option", {value: "", text: SB.t("choose")}));
  for (var f = 0; f < SB.app.reference.funding.length; f++) {
    funding.appendChild(SB.el("option", {value: SB.app.reference.funding[f], text: SB.app.reference.funding[f]}));
  }
  var benefit = SB.el("textarea", {id: "program-benefit", rows: 2, maxlength: 20000});
  var indicator = SB.el("input", {id: "program-indicator", maxlength: 2000});
  var target = SB.el("input", {id: "program-target", maxlength: 2000});
  var startYear = SB.el("input", {id: "program-start", type: "number", inputmode: "numeric", min: 2000, max: 2100});
  var endYear = SB.el("input", {id: "program-end", type: "number", inputmode: "numeric", min: 2000, max: 2100});
  var more = SB.el("div", {className: "more hidden"}, [
    field("benefit", benefit, "program-benefit"),
    field("indicator", indicator, "program-indicator"), field("target", target, "program-target"),
    SB.el("div", {className: "row2"}, [field("start_year", startYear, "program-start"),
                                        field("end_year", endYear, "program-end")]),
    field("funding", funding, "program-funding")]);
  var toggle = SB.el("button", {type: "button", className: "link-btn", text: SB.t("more_fields")});
  toggle.addEventListener("click", function () {
    var hidden = more.className.indexOf("hidden") >= 0;
    more.className = hidden ? "more" : "more hidden";
    toggle.textContent = SB.t(hidden ? "fewer_fields" : "more_fields");
  }, false);
  var error = SB.el("p", {className: "error", role: "alert"});
  var save = SB.el("button", {type: "submit", className: "btn primary wide", id: "program-save", text: SB.t("save_program")});
  var cancel = SB.el("button", {type: "button", className: "btn wide hidden", text: SB.t("cancel")});
  var flash = SB.el("p", {className: "flash", id: "program-flash", role: "status"});
  var node = SB.el("form", {className: "card form", id: "program-form", novalidate: "novalidate"},
    [field("title", title, "program-title")].concat(dims.nodes).concat([
      field("horizon", horizon, "program-horizon"), field("description", description, "program-description"),
      toggle, more, error, save, cancel, flash]));
  function year(input) { return input.value ? parseInt(input.value, 10) : null; }
  function reset() {
    editing = null;
    title.value = ""; description.value = ""; benefit.value = ""; indicator.value = "";
    target.value = "";
    startYear.value = ""; endYear.value = ""; funding.value = ""; horizon.value = "short";
    save.textContent = SB.t("save_program");
    cancel.className = "btn wide hidden";
    error.textContent = "";
  }
  function load(p) {
    title.value = p.title || ""; dims.set(p.dimension, p.element); horizon.value = p.horizon || "short";
    description.value = p.description || ""; benefit.value = p.benefit || "";
    indicator.value = p.indicator || "";
    target.value = p.target || ""; funding.value = p.funding || "";
    startYear.value = p.start_year || ""; endYear.value = p.end_year || "";
  }
  cancel.addEventListener("click", reset, false);
  node.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = {title: title.value, dimension: dims.dim.value || null, element: dims.element.value || null,
                horizon: horizon.value, description: description.value, benefit: benefit.value,
                indicator: indicator.value, target: target.value, funding: funding.value || null,
                start_year: year(startYear), end_year: year(endYear)};
    if (!body.title.replace(/\s+/g, "")) { error.textContent = SB.t("err_empty", {field: SB.t("title")}); return; }
    if (!body.dimension) { error.textContent = SB.t("err_empty", {field: SB.t("dimension")}); return; }
    SB.app.saveEntry("programs", editing, body);
    reset();
    SB.flash(flash, "recorded_program");
  }, false);
  container.appendChild(node);
  return {
    edit: function (p) {
      reset(); editing = p.id; load(p);
      save.textContent = SB.t("save_changes");
      cancel.className = "btn wide";
      node.scrollIntoView();
    },
    load: function (body) { reset(); load(body); }
  };
};

SB.forms.programList = function (container, onEdit) {
  var items = SB.forms.merged("programs");
  container.appendChild(SB.el("h2", {text: SB.t("my_programs") + " (" + items.length + ")"}));
  if (!items.length) { container.appendChild(SB.el("p", {className: "muted", text: SB.t("none_yet")})); }
  for (var i = 0; i < items.length; i++) {
    var p = items[i];
    var meta = [SB.label(SB.dimension(p.dimension))];
    if (SB.exercises.ownerCode(p)) { meta.unshift(SB.exercises.ownerCode(p)); }
    if (p.element) { meta.push(SB.label(SB.element(p.element))); }
    if (p.horizon) { meta.push(SB.t(p.horizon)); }
    container.appendChild(SB.el("div", {className: "item" + (p.state === "deleting" ? " gone" : ""),
                                        "data-id": p.id, "data-state": p.state}, [
      SB.el("div", {className: "item-head"}, [SB.el("strong", {text: p.title}), statusChip(p.state)]),
      SB.el("p", {className: "muted small", text: meta.join(" \u00b7 ")}),
      p.description ? SB.el("p", {className: "item-text", text: p.description}) : null,
      itemActions(SB.app.editHandler("programs", p, onEdit), SB.app.deleteHandler("programs", p),
                  p.state === "sending" || p.state === "deleting")
    ]));
  }
};

/* ----------------------------------------------------------- prioritisation */
SB.forms.ballot = function (container) {
  var ballot = SB.app.data.ballot;
  if (!ballot) { return; }
  var scores = {};
  var votes = {};
  var k;
  for (k in ballot.scores) { if (ballot.scores.hasOwnProperty(k)) { scores[k] = ballot.scores[k]; } }
  for (k in ballot.votes) { if (ballot.votes.hasOwnProperty(k)) { votes[k] = ballot.votes[k]; } }
  var pendingScore = {};
  var pendingVote = {};
  for (var j = 0; j < SB.queue.ops.length; j++) {
    var op = SB.queue.ops[j];
    if (op.opd !== SB.app.tableCode()) { continue; }
    if (op.action === "score") {
      scores[op.body.program_id] = scores[op.body.program_id] || {};
      scores[op.body.program_id][op.body.criterion] = op.body.value;
      pendingScore[op.body.program_id + "/" + op.body.criterion] = true;
    } else if (op.action === "vote") {
      votes[op.body.program_id] = op.body.count;
      pendingVote[op.body.program_id] = true;
    }
  }
  var used = 0;
  for (k in votes) { if (votes.hasOwnProperty(k)) { used += votes[k] || 0; } }
  container.appendChild(SB.el("h2", {text: SB.t("ballot")}));
  container.appendChild(SB.el("p", {className: "votes-left", id: "votes-left",
                                    text: SB.t("votes_left", {used: used, budget: ballot.vote_budget})}));
  if (!ballot.programs.length) { container.appendChild(SB.el("p", {className: "muted", text: SB.t("no_programs")})); }
  for (var i = 0; i < ballot.programs.length; i++) {
    var p = ballot.programs[i];
    var rows = [];
    for (var c = 0; c < ballot.criteria.length; c++) {
      var crit = ballot.criteria[c];
      var current = scores[p.id] ? scores[p.id][crit.key] : null;
      var buttons = [];
      for (var v = crit.min; v <= crit.max; v++) {
        buttons.push(SB.el("button", {type: "button", className: "score" + (current === v ? " on" : ""),
                                      "aria-pressed": current === v ? "true" : "false",
                                      text: String(v), onclick: SB.app.scoreHandler(p.id, crit.key, v)}));
      }
      var critLabel = crit["label_" + SB.lang] || crit.label_id;
      rows.push(SB.el("div", {className: "crit"}, [
        SB.el("div", {className: "crit-head"}, [SB.el("span", {text: critLabel}),
          pendingScore[p.id + "/" + crit.key] ? statusChip("pending") : null]),
        SB.el("div", {className: "scores"}, buttons)]));
    }
    var count = votes[p.id] || 0;
    rows.push(SB.el("div", {className: "dots"}, [
      SB.el("span", {text: SB.t("votes")}),
      SB.el("button", {type: "button", className: "btn dot-btn", text: "\u2212", "aria-label": "-1",
                       disabled: count <= 0, onclick: SB.app.voteHandler(p.id, count - 1)}),
      SB.el("span", {className: "dot-count", text: String(count)}),
      SB.el("button", {type: "button", className: "btn dot-btn", text: "+", "aria-label": "+1",
                       disabled: used >= ballot.vote_budget, onclick: SB.app.voteHandler(p.id, count + 1)}),
      pendingVote[p.id] ? statusChip("pending") : null]));
    var open = !!SB.app.detailsOpen[p.id];
    container.appendChild(SB.el("div", {className: "card ballot-item", "data-id": p.id}, [
      SB.el("strong", {text: p.title}),
      SB.el("p", {className: "muted small", text: p.opd_code + " \u00b7 " + SB.label(SB.dimension(p.dimension)) +
                                                   " \u00b7 " + SB.t(p.horizon)}),
      SB.el("button", {type: "button", className: "link-btn details-btn", "aria-expanded": open ? "true" : "false",
                       text: SB.t(open ? "hide_details" : "show_details"), onclick: SB.app.detailsHandler(p.id)}),
      open ? SB.forms.details(SB.app.details[p.id]) : null
    ].concat(rows)));
  }
};

/* A ballot program's details, fetched on demand (the ballot itself holds titles only). */
SB.forms.details = function (program) {
  if (!program || program.loading) { return SB.el("p", {className: "muted small details", text: SB.t("loading")}); }
  if (program.error) { return SB.el("p", {className: "error details", text: SB.errorText(program.error)}); }
  var parts = [];
  var fields = ["description", "benefit", "indicator", "target"];
  for (var i = 0; i < fields.length; i++) {
    if (!program[fields[i]]) { continue; }
    parts.push(SB.el("p", {className: "small item-text"}, [SB.el("strong", {text: SB.t(fields[i]) + ": "}),
                                                          program[fields[i]]]));
  }
  if (program.start_year || program.end_year) {
    parts.push(SB.el("p", {className: "muted small", text: (program.start_year || "?") + "\u2013" + (program.end_year || "?")}));
  }
  if (!parts.length) { parts.push(SB.el("p", {className: "muted small", text: SB.t("no_details")})); }
  return SB.el("div", {className: "details"}, parts);
};

/* Show or hide a ballot program's details in app (fetched once, then kept). */
SB.forms.toggleDetails = function (app, programId) {
  if (app.detailsOpen[programId]) {
    delete app.detailsOpen[programId];
    app.render();
    return;
  }
  app.detailsOpen[programId] = true;
  var known = app.details[programId];
  if (known && !known.error) { app.render(); return; }
  app.details[programId] = {loading: true};
  app.render();
  SB.request("GET", "/api/programs/" + encodeURIComponent(programId), null, null, function (status, data) {
    app.details[programId] = status === 200 && data && data.program ? data.program :
      {error: status === 0 ? {code: "offline"} : (data && data.error) || {code: "http_" + status}};
    app.render();
  });
};

/* The revealed results: ranked programs and SWOT counts per OPD. */
SB.forms.results = function (box, data) {
  box.appendChild(SB.el("h2", {text: SB.t("results_programs")}));
  var list = SB.el("ol", {className: "ranking"});
  for (var i = 0; i < data.programs.length; i++) {
    var p = data.programs[i];
    list.appendChild(SB.el("li", {}, [SB.el("strong", {text: p.title}),
      SB.el("span", {className: "muted small", text: " " + p.opd_code + " \u00b7 " + p.votes + " " + SB.t("votes_short")})]));
  }
  box.appendChild(list);
  box.appendChild(SB.el("h2", {text: SB.t("results_swot")}));
  var rows = [SB.el("tr", {}, [SB.el("th", {text: "OPD"}), SB.el("th", {text: "S"}), SB.el("th", {text: "W"}),
                               SB.el("th", {text: "O"}), SB.el("th", {text: "T"})])];
  for (var code in data.swot) {
    if (!data.swot.hasOwnProperty(code)) { continue; }
    var c = data.swot[code];
    rows.push(SB.el("tr", {}, [SB.el("td", {text: code}), SB.el("td", {text: String(c.S)}),
      SB.el("td", {text: String(c.W)}), SB.el("td", {text: String(c.O)}), SB.el("td", {text: String(c.T)})]));
  }
  box.appendChild(SB.el("table", {className: "counts"}, rows));
};
