/* SmartBimtek phone page: joining, the state poll, rendering, and the table's actions.
   Plain ES5; every write goes through SB.queue (idempotent, retried, kept offline). */
var SB = window.SB || {};
window.SB = SB;

function $(id) { return document.getElementById(id); }
function show(node, visible) {
  var cls = node.className.replace(/\s*\bhidden\b/g, "");
  node.className = visible ? cls : cls + " hidden";
}

SB.app = {
  data: null,
  reference: null,
  table: null,
  csrf: "",
  online: true,
  wasOffline: false,
  fetchedAt: 0,
  toolsKey: "",
  form: null,
  idMap: {},
  bannerTimer: null,
  polling: false,
  etag: "",          /* ETag of the last state answer: an unchanged poll gets 304 */
  slowedDown: false,
  details: {},       /* program id -> full program (fetched when its details are opened) */
  detailsOpen: {},   /* program id -> true while its details are shown on the ballot */
  results: null,
  resultsTag: "",

  tableCode: function () { return this.table ? this.table.opd_code : ""; },
  stepId: function () { return this.data && this.data.step ? this.data.step.id : ""; },
  joined: function () { return !!this.table; },

  init: function () {
    var self = this;
    SB.translatePage();
    SB.queue.load();
    $("lang").addEventListener("click", function () { self.switchLanguage(); }, false);
    $("join-form").addEventListener("submit", function (ev) { ev.preventDefault(); self.join(); }, false);
    $("done-button").addEventListener("click", function () { self.toggleDone(); }, false);
    $("results-button").addEventListener("click", function () { self.toggleResults(); }, false);
    $("share-button").addEventListener("click", function () { self.toggleShare(); }, false);
    $("leave-button").addEventListener("click", function () { self.leave(); }, false);
    window.addEventListener("online", function () { self.poll(); SB.queue.kick(); }, false);
    window.addEventListener("offline", function () { self.setOnline(false); }, false);
    var code = /[?&]code=([^&#]*)/.exec(window.location.search);
    if (code) { $("join-code").value = decodeURIComponent(code[1]); }
    SB.request("GET", "/api/reference", null, null, function (status, data) {
      if (status === 200) { self.reference = data; }
      self.poll();
    });
    window.setInterval(function () { self.tick(); }, 1000);
    window.setInterval(function () { self.poll(); }, SB.POLL_MS);
  },

  switchLanguage: function () {
    SB.lang = SB.lang === "id" ? "en" : "id";
    try { window.localStorage.setItem("sb_lang", SB.lang); } catch (e) { /* private mode */ }
    SB.translatePage();
    this.toolsKey = "";
    this.render();
    this.renderJoinHints();
  },

  /* ------------------------------------------------------------ joining */
  showJoin: function (message) {
    var self = this;
    this.table = null;
    show($("loading-view"), false);
    show($("work-view"), false);
    show($("join-view"), true);
    $("join-error").textContent = message || "";
    SB.request("GET", "/api/public", null, null, function (status, data) {
      if (status === 200) { self.publicInfo = data; self.renderJoinHints(); }
    });
    this.renderNet();
  },

  renderJoinHints: function () {
    var info = this.publicInfo;
    if (!info) { return; }
    $("join-region").textContent = info.region || "";
    show($("join-name-block"), info.name_required);
    if (!info.name_required) { $("join-error").textContent = SB.t("join_anonymous"); }
  },

  join: function () {
    var self = this;
    var code = $("join-code").value.replace(/[\s-]+/g, "").toUpperCase();
    var name = $("join-name").value;
    if (!code) {
      $("join-error").textContent = SB.t("err_empty", {field: SB.t("code_label")});
      return;
    }
    $("join-button").disabled = true;
    $("join-button").textContent = SB.t("joining");
    SB.request("POST", "/api/join", {code: code, name: name}, null, function (status, data) {
      $("join-button").disabled = false;
      $("join-button").textContent = SB.t("join_button");
      if (status === 200) {
        self.table = data.table;
        self.csrf = data.csrf;
        if (window.history && window.history.replaceState) { window.history.replaceState(null, "", "/"); }
        self.poll();
        return;
      }
      var error = data && data.error ? data.error : null;
      if (error && error.field === "name") { error.field = "name"; }
      $("join-error").textContent = status === 0 ? SB.t("offline_banner_none") : SB.errorText(error);
    });
  },

  leave: function () {
    var self = this;
    if (!window.confirm(SB.t("leave_confirm"))) { return; }
    SB.request("POST", "/api/leave", {}, {"X-CSRF-Token": this.csrf}, function () {
      self.data = null;
      self.toolsKey = "";
      self.showJoin("");
    });
  },

  sessionLost: function () {
    this.showJoin(SB.t("err_session"));
  },

  /* -------------------------------------------------------------- state */
  poll: function () {
    var self = this;
    if (this.polling) { return; }
    this.polling = true;
    var tag = this.data && this.table ? this.etag : "";
    SB.request("GET", "/api/state", null, {"If-None-Match": tag}, function (status, data, header) {
      self.polling = false;
      if (status === 304 && self.data) {
        /* Nothing changed but the clock: keep the data (the timer runs from fetchedAt). */
        self.setOnline(true);
        if (!self.data.locked) { SB.queue.unblock(); }
        SB.queue.retryMs = 1000;
        SB.queue.kick();
        return;
      }
      if (status === 200) {
        self.table = data.table;
        self.csrf = data.csrf;
        self.data = data;
        self.etag = header("ETag");
        self.fetchedAt = new Date().getTime();
        self.setOnline(true);
        if (!data.locked) { SB.queue.unblock(); }
        show($("loading-view"), false);
        show($("join-view"), false);
        show($("work-view"), true);
        self.render();
        SB.queue.retryMs = 1000;
        SB.queue.kick();
      } else if (status === 401) {
        if (self.table || $("join-view").className.indexOf("hidden") >= 0) { self.showJoin(""); }
      } else if (status === 0) {
        self.setOnline(false);
        if (!self.data && !self.table) { show($("loading-view"), true); self.renderNet(); }
      }
    });
  },

  setOnline: function (flag) {
    if (!flag) {
      this.online = false;
      this.wasOffline = true;
    } else {
      this.online = true;
    }
    this.renderNet();
  },

  /* The server asked this phone to slow down: a calm note while the queue waits
     (seconds > 0), cleared when an entry goes through again (0). */
  slowDown: function (seconds) {
    this.slowedDown = seconds > 0;
    if (seconds > 0) {
      this.banner(SB.t("slow_down", {n: SB.queue.waiting(), s: seconds}), "warn");
    } else if ($("banner").className.indexOf("warn") >= 0 && this.online) {
      this.banner("", "");
    }
  },

  banner: function (text, kind) {
    var node = $("banner");
    if (this.bannerTimer) { window.clearTimeout(this.bannerTimer); this.bannerTimer = null; }
    if (!text) { show(node, false); return; }
    node.textContent = text;
    node.className = "banner " + kind;
    if (kind === "good") {
      this.bannerTimer = window.setTimeout(function () { show(node, false); }, 5000);
    }
  },

  renderNet: function () {
    var waiting = SB.queue.waiting();
    var net = $("net");
    if (!this.online) {
      net.textContent = "\u25cf " + SB.t("offline") + (waiting ? " (" + waiting + ")" : "");
      net.className = "net off";
      this.banner(waiting ? SB.t("offline_banner", {n: waiting}) : SB.t("offline_banner_none"), "warn");
    } else if (waiting && this.data && this.data.locked) {
      net.textContent = "\u25cf " + SB.t("locked_short") + " (" + waiting + ")";
      net.className = "net busy";
    } else if (waiting) {
      net.textContent = "\u21bb " + SB.t("syncing") + " (" + waiting + ")";
      net.className = "net busy";
    } else {
      net.textContent = "\u25cf " + SB.t("online");
      net.className = "net on";
      if (this.wasOffline) {
        this.wasOffline = false;
        this.banner(SB.t("caught_up"), "good");
      } else if ($("banner").className.indexOf("warn") >= 0) {
        this.banner("", "");
      }
    }
  },

  tick: function () {
    var step = this.data && this.data.step;
    var timer = $("timer");
    if (!step) { timer.textContent = ""; return; }
    var left = step.remaining;
    if (step.state === "running") { left -= (new Date().getTime() - this.fetchedAt) / 1000; }
    var sign = left < 0 ? "-" : "";
    var secs = Math.abs(Math.round(left));
    var mm = Math.floor(secs / 60);
    var ss = secs % 60;
    timer.textContent = (step.state === "paused" ? SB.t("paused") + " " : "") + sign +
      (mm < 10 ? "0" : "") + mm + ":" + (ss < 10 ? "0" : "") + ss;
    var phase = left < 0 ? "overrun" : left <= 60 ? "ending" :
      left <= Math.max(120, 0.2 * step.total) ? "warning" : "ok";
    timer.className = "timer " + phase;
  },

  /* ------------------------------------------------------------- render */
  render: function () {
    if (!this.data || !this.reference) { this.renderNet(); return; }
    var data = this.data;
    var step = data.step;
    $("table-code").textContent = data.table.opd_code;
    $("table-name").textContent = data.table.opd_name;
    $("table-person").textContent = data.table.name || "";
    $("bar-title").textContent = data.table.opd_code;
    $("step-title").textContent = step ? step.title : SB.t("no_step");
    $("step-instructions").textContent = step ? (step.instructions || SB.t("hint_" +
      ({swot: "swot", programs: "programs", prioritisation: "prioritisation", keywords: "keywords",
        review: "review"}[step.kind] || "other"))) :
      SB.t("no_step_help");
    show($("lock-notice"), data.locked);
    SB.exercises.render(data);
    this.tick();
    var key = step ? step.id + "/" + step.kind + "/" + SB.lang : "none/" + SB.lang;
    if (key !== this.toolsKey) {
      this.toolsKey = key;
      var tools = $("tools");
      tools.innerHTML = "";
      this.form = null;
      if (step && step.kind === "swot") { this.form = SB.forms.swot(tools, step); }
      if (step && step.kind === "programs") { this.form = SB.forms.program(tools, step); }
      if (step) { SB.exercises.tools(tools, step, data); }
    }
    this.renderEntries();
    this.renderFailed();
    this.renderDone();
    show($("results-button"), !data.results_hidden);
    show($("results-note"), data.results_hidden);
    if (data.results_hidden) { $("results").innerHTML = ""; }
    this.renderNet();
  },

  renderEntries: function () {
    var box = $("entries");
    var step = this.data.step;
    var self = this;
    box.innerHTML = "";
    if (!step) { return; }
    if (step.kind === "swot") {
      SB.forms.swotList(box, function (item) { if (self.form) { self.form.edit(item); } });
    } else if (step.kind === "programs") {
      SB.forms.programList(box, function (item) { if (self.form) { self.form.edit(item); } });
    } else if (step.kind === "prioritisation") {
      SB.forms.ballot(box);
    } else { SB.exercises.entries(box, step, this.data); }
  },

  renderFailed: function () {
    var box = $("failed-box");
    var failed = SB.queue.failed;
    var self = this;
    box.innerHTML = "";
    show(box, failed.length > 0);
    if (!failed.length) { return; }
    box.appendChild(SB.el("strong", {text: SB.t("failed_title")}));
    for (var i = 0; i < failed.length; i++) {
      (function (op) {
        var body = op.body || {};
        var summary = body.text || body.title || (op.action === "done" ? SB.t("done_button") : op.action);
        var fixable = self.form && /^(swot|program)\.(add|edit)$/.test(op.action) &&
          (op.action.indexOf("swot") === 0) === (self.data.step && self.data.step.kind === "swot");
        box.appendChild(SB.el("div", {className: "failed-item"}, [
          SB.el("p", {className: "item-text", text: summary}),
          SB.el("p", {className: "error", text: op.opd !== self.tableCode() ? SB.t("err_foreign") : SB.errorText(op.error)}),
          SB.el("div", {className: "item-actions"}, [
            fixable ? SB.el("button", {type: "button", className: "btn small-btn", text: SB.t("retry_edit"),
              onclick: function () { self.dropFailed(op); self.form.load(body); }}) : null,
            SB.el("button", {type: "button", className: "btn small-btn", text: SB.t("dismiss"),
              onclick: function () { self.dropFailed(op); }})])
        ]));
      })(failed[i]);
    }
  },

  dropFailed: function (op) {
    var i = SB.queue.failed.indexOf(op);
    if (i >= 0) { SB.queue.failed.splice(i, 1); }
    SB.queue.save();
    this.render();
  },

  doneState: function () {
    var done = !!this.data.done;
    for (var i = 0; i < SB.queue.ops.length; i++) {
      var op = SB.queue.ops[i];
      if (op.action === "done" && op.step === this.stepId() && op.opd === this.tableCode()) { done = op.body.done; }
    }
    return done;
  },

  renderDone: function () {
    var step = this.data.step;
    show($("done-block"), !!step);
    if (!step) { return; }
    var done = this.doneState();
    $("done-button").textContent = done ? "\u2713 " + SB.t("done_button") + " \u00b7 " + SB.t("undo_done") : SB.t("done_button");
    $("done-button").className = "btn done wide" + (done ? " on" : "");
    $("done-note").textContent = done ? SB.t("done_note") : "";
  },

  /* ------------------------------------------------------------ actions */
  base: function (kind) { return kind === "swot" ? "/api/swot" : "/api/programs"; },
  prefix: function (kind) { return kind === "swot" ? "swot" : "program"; },

  saveEntry: function (kind, editingId, body) {
    var prefix = this.prefix(kind);
    if (!editingId) {
      SB.queue.add({action: prefix + ".add", method: "POST", url: this.base(kind), body: SB.exercises.withOwner(body),
                    local: "L" + SB.newKey()});
      return;
    }
    var id = this.idMap[editingId] || editingId;
    var add = SB.queue.find(id, prefix + ".add");
    var edit = SB.queue.last(id, prefix + ".edit");
    if (add && !SB.queue.mayBeStored(add)) {
      /* never sent: the add itself takes the new text (same key, one request) */
      add.body = SB.exercises.withOwner(body);
      SB.queue.save();
    } else if (edit && edit.state !== "sending") {
      SB.queue.change(edit, body);  /* an edit sets the item: a new key if it may be stored */
    } else {
      /* An add that may be stored is never changed (a new key could duplicate the item):
         the edit follows it and is sent once the add is acknowledged (SB.queue.kick). */
      SB.queue.add({action: prefix + ".edit", method: "PUT", base: this.base(kind),
                    url: this.base(kind) + "/" + id, body: body, local: id});
      return;
    }
    this.render();
  },

  editHandler: function (kind, item, onEdit) {
    return function () { onEdit(item); };
  },

  deleteHandler: function (kind, item) {
    var self = this;
    return function () {
      if (!window.confirm(SB.t("delete_confirm"))) { return; }
      var prefix = self.prefix(kind);
      var id = self.idMap[item.id] || item.id;
      var add = SB.queue.find(id, prefix + ".add");
      var edit = SB.queue.last(id, prefix + ".edit");
      while (edit && edit.state !== "sending") {  /* the deletion wins over waiting edits */
        SB.queue.remove(edit);
        edit = SB.queue.last(id, prefix + ".edit");
      }
      if (add && !SB.queue.mayBeStored(add)) {  /* never sent: nothing to delete */
        SB.queue.remove(add);
        self.render();
        return;
      }
      /* An add that may be stored is deleted after it is acknowledged (SB.queue.kick). */
      SB.queue.add({action: prefix + ".delete", method: "DELETE", base: self.base(kind),
                    url: self.base(kind) + "/" + id, body: null, local: id});
    };
  },

  coalesce: function (action, local, body, url, method) {
    var pending = SB.queue.last(local, action);
    if (pending && pending.state !== "sending") {
      SB.queue.change(pending, body);  /* a new key if the old value may be stored */
      this.render();
      return;
    }
    SB.queue.add({action: action, method: method, url: url, body: body, local: local});
  },

  scoreHandler: function (programId, criterion, value) {
    var self = this;
    return function () {
      self.coalesce("score", programId + "/" + criterion,
                    {program_id: programId, criterion: criterion, value: value}, "/api/scores", "PUT");
    };
  },

  detailsHandler: function (programId) {
    var self = this;
    return function () { self.toggleDetails(programId); };
  },

  voteHandler: function (programId, count) {
    var self = this;
    return function () {
      self.coalesce("vote", "v/" + programId, {program_id: programId, count: count}, "/api/votes", "PUT");
    };
  },

  toggleDone: function () {
    if (!this.data || !this.data.step) { return; }
    this.coalesce("done", "done/" + this.stepId(), {done: !this.doneState()}, "/api/done", "POST");
  },

  /* The server acknowledged op: show it as saved at once (the next poll confirms). */
  acknowledged: function (op, answer) {
    var data = this.data;
    this.etag = "";  /* the data now differs from the server's last answer: ask in full */
    var kind = op.action.indexOf("swot") === 0 ? "swot" : "programs";
    var record = answer && (answer.item || answer.program);
    if (/\.add$/.test(op.action) && record) {
      this.idMap[op.local] = record.id;
      var lists = [SB.queue.ops, SB.queue.failed];
      for (var l = 0; l < lists.length; l++) {
        for (var i = 0; i < lists[l].length; i++) {
          if (lists[l][i].local === op.local) {
            lists[l][i].local = record.id;
            lists[l][i].url = lists[l][i].url.replace(op.local, record.id);
          }
        }
      }
      SB.queue.save();
    }
    if (data && /^(swot|program)\./.test(op.action)) {
      var list = data[kind] || [];
      var kept = [];
      var target = record ? record.id : answer.deleted;
      for (var j = 0; j < list.length; j++) { if (list[j].id !== target) { kept.push(list[j]); } }
      if (record) { kept.push(record); }
      data[kind] = kept;
    } else if (data && data.ballot && op.action === "score") {
      data.ballot.scores[op.body.program_id] = data.ballot.scores[op.body.program_id] || {};
      data.ballot.scores[op.body.program_id][op.body.criterion] = answer.score.value;
    } else if (data && data.ballot && op.action === "vote") {
      data.ballot.votes[op.body.program_id] = answer.vote.count;
    } else if (data && op.action === "done" && answer.step_id === this.stepId()) {
      data.done = answer.done;
    }
    SB.exercises.acknowledged(op, answer, data);
    this.render();
  },

  toggleResults: function () {
    var box = $("results");
    var self = this;
    if (box.innerHTML) { box.innerHTML = ""; $("results-button").textContent = SB.t("show_results"); return; }
    SB.request("GET", "/api/results", null, {"If-None-Match": this.resultsTag}, function (status, data, header) {
      if (status === 304 && self.results) { data = self.results; }
      else if (status !== 200) { box.textContent = SB.errorText(data && data.error); return; }
      else { self.results = data; self.resultsTag = header("ETag"); }
      $("results-button").textContent = SB.t("hide_results");
      self.renderResults(box, data);
    });
  },

  renderResults: function (box, data) { SB.forms.results(box, data); },

  /* Show or hide a ballot program's details (fetched once, on demand). */
  toggleDetails: function (programId) { SB.forms.toggleDetails(this, programId); },

  toggleShare: function () {
    var box = $("share-box");
    var hidden = box.className.indexOf("hidden") >= 0;
    if (hidden) {
      $("share-img").setAttribute("src", "/api/share.svg");
      $("share-code").textContent = this.data && this.data.table.code ? this.data.table.code : "";
    }
    show(box, hidden);
  }
};

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", function () { SB.app.init(); }, false);
} else {
  SB.app.init();
}
