/* SmartBimtek phone page: the exercises of the four bimteks besides SWOT, programs and
   scoring: the stage line (what the running bimtek leads with), the OPD choice of a group
   table, vision keywords and review comments (tanggapan) with the facilitator's answers.
   Plain ES5; every write goes through SB.queue (idempotent, retried, kept offline). */
var SB = window.SB || {};
window.SB = SB;

(function () {
  var texts = {
    id: {
      stage: "Bimtek {stage}",
      ex_readiness: "Kesiapan", ex_gap: "Analisis kesenjangan", ex_swot: "SWOT",
      ex_keywords: "Kata kunci visi", ex_vision: "Visi", ex_programs: "Program 1, 5, 10 tahun",
      ex_coverage: "Cakupan", ex_priority: "Prioritas", ex_strategies: "Strategi per dimensi",
      ex_roadmap: "Peta jalan", ex_quickwins: "Quick win", ex_review: "Reviu bab",
      ex_commitment: "Komitmen bersama",
      group_line: "Kelompok: {name}",
      opd_choice: "Untuk OPD",
      hint_keywords: "Kirim kata kunci atau frasa singkat untuk visi smart city daerah, satu per kiriman.",
      hint_review: "Pilih bab atau program, lalu kirim tanggapan meja Anda.",
      keyword_label: "Kata kunci",
      keyword_send: "Kirim kata kunci",
      keyword_sent: "Kata kunci dikirim",
      keyword_sent_offline: "Kata kunci disimpan di ponsel; akan dikirim saat tersambung",
      keyword_sent_locked: "Kata kunci disimpan di ponsel; akan dikirim setelah input dibuka",
      keywords_title: "Kata kunci meja Anda",
      keywords_none: "Belum ada kata kunci.",
      review_subject: "Bab atau program",
      review_text: "Tanggapan",
      review_send: "Kirim tanggapan",
      review_sent: "Tanggapan dikirim",
      review_sent_offline: "Tanggapan disimpan di ponsel; akan dikirim saat tersambung",
      review_sent_locked: "Tanggapan disimpan di ponsel; akan dikirim setelah input dibuka",
      review_title: "Status bab dan program",
      review_chapter: "Bab",
      review_program: "Program",
      status_draft: "Draf", status_discussed: "Dibahas", status_agreed: "Disepakati",
      answer: "Jawaban fasilitator: {text}",
      no_answer: "Belum dijawab",
      resolved: "Selesai",
      err_opd: "Meja ini tidak dapat menulis untuk OPD tersebut.",
      err_unknown_chapter: "Bab tersebut tidak ada.",
      err_unknown_program: "Program tersebut tidak ada (atau sudah dihapus)."
    },
    en: {
      stage: "Bimtek {stage}",
      ex_readiness: "Readiness", ex_gap: "Gap analysis", ex_swot: "SWOT",
      ex_keywords: "Vision keywords", ex_vision: "Vision", ex_programs: "Programs for 1, 5, 10 years",
      ex_coverage: "Coverage", ex_priority: "Priority", ex_strategies: "Strategy per dimension",
      ex_roadmap: "Road map", ex_quickwins: "Quick wins", ex_review: "Chapter review",
      ex_commitment: "Joint commitment",
      group_line: "Group: {name}",
      opd_choice: "For OPD",
      hint_keywords: "Send a keyword or short phrase for the region's smart city vision, one per entry.",
      hint_review: "Choose a chapter or program, then send your table's comment.",
      keyword_label: "Keyword",
      keyword_send: "Send keyword",
      keyword_sent: "Keyword sent",
      keyword_sent_offline: "Keyword kept on this phone; it is sent when connected",
      keyword_sent_locked: "Keyword kept on this phone; it is sent once input is open",
      keywords_title: "Your table's keywords",
      keywords_none: "No keywords yet.",
      review_subject: "Chapter or program",
      review_text: "Comment",
      review_send: "Send comment",
      review_sent: "Comment sent",
      review_sent_offline: "Comment kept on this phone; it is sent when connected",
      review_sent_locked: "Comment kept on this phone; it is sent once input is open",
      review_title: "Status of chapters and programs",
      review_chapter: "Chapter",
      review_program: "Program",
      status_draft: "Draft", status_discussed: "Discussed", status_agreed: "Agreed",
      answer: "Facilitator's answer: {text}",
      no_answer: "Not answered yet",
      resolved: "Resolved",
      err_opd: "This table cannot write for that OPD.",
      err_unknown_chapter: "That chapter does not exist.",
      err_unknown_program: "That program does not exist (or was deleted)."
    }
  };
  for (var lang in texts) {
    if (!texts.hasOwnProperty(lang) || !SB.TEXTS[lang]) { continue; }
    for (var key in texts[lang]) {
      if (texts[lang].hasOwnProperty(key)) { SB.TEXTS[lang][key] = texts[lang][key]; }
    }
  }
})();

SB.exercises = {
  /* The OPDs a group table writes for (several: the page asks which one owns a new entry). */
  opds: function (data) {
    var group = data && data.table && data.table.group;
    return group && group.opds ? group.opds : [];
  },

  /* The dimension a dimension group works on: the forms preset it ("" otherwise). */
  groupDimension: function () {
    var group = SB.app.data && SB.app.data.table && SB.app.data.table.group;
    return group && group.dimension ? group.dimension : "";
  },

  /* The table line, the stage line and the step hint of the exercises (called by render). */
  render: function (data) {
    var group = data.table.group;
    if (group && (group.kind !== "opd" || group.opds.length > 1)) {  /* a group table (an OPD's
       shared with others too): its name, then its OPDs */
      var codes = [];
      for (var o = 0; o < group.opds.length; o++) { codes.push(group.opds[o].code); }
      document.getElementById("table-code").textContent = SB.t("group_line", {name: group.name});
      document.getElementById("table-name").textContent = codes.join(", ");
      document.getElementById("bar-title").textContent = group.name;
    }
    var line = document.getElementById("stage-line");
    if (!line) { return; }
    if (!data.stage) { line.textContent = ""; return; }
    var names = [];
    for (var i = 0; i < (data.leading || []).length; i++) { names.push(SB.t("ex_" + data.leading[i])); }
    line.textContent = SB.t("stage", {stage: data.stage}) + ": " + names.join(" \u00b7 ");
  },

  /* The tools of a step: the OPD choice of a group table (entry steps), then the keyword or
     review form. */
  tools: function (box, step, data) {
    var opds = this.opds(data);
    var entry = step.kind === "swot" || step.kind === "programs" || step.kind === "keywords";
    if (entry && opds.length > 1) {
      var options = [];
      for (var i = 0; i < opds.length; i++) {
        options.push(SB.el("option", {value: opds[i].id, text: opds[i].code + " \u2013 " + opds[i].name}));
      }
      var choice = SB.el("div", {className: "opd-choice"}, [
        SB.el("label", {"for": "opd-choice", className: "small", text: SB.t("opd_choice")}),
        SB.el("select", {id: "opd-choice"}, options)]);
      box.insertBefore(choice, box.firstChild);
    }
    if (step.kind === "keywords") { this.keywordForm(box); }
    if (step.kind === "review") { this.reviewForm(box, data); }
  },

  /* The OPD code of an entry at a table of several OPDs ("" at a one-OPD table). */
  ownerCode: function (entry) {
    var opds = this.opds(SB.app.data);
    if (opds.length < 2) { return ""; }
    for (var i = 0; i < opds.length; i++) { if (opds[i].id === entry.opd_id) { return opds[i].code; } }
    return "";
  },

  /* A new entry's body with the OPD the group table chose (entries of one-OPD tables as is). */
  withOwner: function (body) {
    var select = document.getElementById("opd-choice");
    if (!select || !select.value) { return body; }
    var copy = {};
    for (var k in body) { if (body.hasOwnProperty(k)) { copy[k] = body[k]; } }
    copy.opd_id = select.value;
    return copy;
  },

  keywordForm: function (box) {
    var self = this;
    var input = SB.el("input", {id: "keyword-input", maxlength: "60", autocomplete: "off"});
    var flash = SB.el("p", {className: "small flash", id: "keyword-flash", role: "status"});
    var send = function () {
      var text = input.value.replace(/^\s+|\s+$/g, "");
      if (!text) { input.focus(); return; }
      SB.queue.add({action: "keyword.add", method: "POST", url: "/api/keywords",
                    body: self.withOwner({text: text}), local: "L" + SB.newKey()});
      input.value = "";
      input.focus();
      SB.flash(flash, "keyword_sent");
    };
    input.addEventListener("keydown", function (ev) {
      if (ev.keyCode === 13) { ev.preventDefault(); send(); }
    }, false);
    box.appendChild(SB.el("div", {className: "form keyword-form"}, [
      SB.el("label", {"for": "keyword-input", text: SB.t("keyword_label")}), input,
      SB.el("button", {type: "button", className: "btn primary wide", id: "keyword-send",
                       text: SB.t("keyword_send"), onclick: send}), flash]));
  },

  reviewForm: function (box, data) {
    var items = data.review ? data.review.items : [];
    var options = [];
    for (var i = 0; i < items.length; i++) {
      options.push(SB.el("option", {value: items[i].kind + ":" + items[i].id,
        text: SB.t(items[i].kind === "chapter" ? "review_chapter" : "review_program") + ": " + items[i].title}));
    }
    var subject = SB.el("select", {id: "review-subject"}, options);
    var text = SB.el("textarea", {id: "review-text", rows: "3", maxlength: "2000"});
    var flash = SB.el("p", {className: "small flash", id: "review-flash", role: "status"});
    var send = function () {
      var value = text.value.replace(/^\s+|\s+$/g, "");
      if (!value || !subject.value) { text.focus(); return; }
      var cut = subject.value.indexOf(":");
      SB.queue.add({action: "review.comment", method: "POST", url: "/api/review/comments",
                    body: {subject_kind: subject.value.slice(0, cut),
                           subject_id: subject.value.slice(cut + 1), text: value},
                    local: "L" + SB.newKey()});
      text.value = "";
      SB.flash(flash, "review_sent");
    };
    box.appendChild(SB.el("div", {className: "form review-form"}, [
      SB.el("label", {"for": "review-subject", text: SB.t("review_subject")}), subject,
      SB.el("label", {"for": "review-text", text: SB.t("review_text")}), text,
      SB.el("button", {type: "button", className: "btn primary wide", id: "review-send",
                       text: SB.t("review_send"), onclick: send}), flash]));
  },

  /* Ops of this table still waiting in the queue for an action. */
  waiting: function (action) {
    var out = [];
    for (var i = 0; i < SB.queue.ops.length; i++) {
      var op = SB.queue.ops[i];
      if (op.action === action && op.opd === SB.app.tableCode()) { out.push(op); }
    }
    return out;
  },

  /* The lists of a step: the table's keywords, or the review board with its comments. */
  entries: function (box, step, data) {
    if (step.kind === "keywords") { this.keywordList(box, data); }
    if (step.kind === "review") { this.reviewList(box, data); }
  },

  keywordList: function (box, data) {
    var rows = [];
    var saved = data.keywords || [];
    for (var i = 0; i < saved.length; i++) {
      rows.push(SB.el("li", {className: "keyword"}, [saved[i].text, " ",
        SB.el("span", {className: "state saved", text: SB.t("saved")})]));
    }
    var queued = this.waiting("keyword.add");
    for (var j = 0; j < queued.length; j++) {
      rows.push(SB.el("li", {className: "keyword"}, [queued[j].body.text, " ",
        SB.el("span", {className: "state pending", text: SB.t("pending")})]));
    }
    box.appendChild(SB.el("h2", {text: SB.t("keywords_title")}));
    box.appendChild(rows.length ? SB.el("ul", {id: "keyword-list", className: "keywords"}, rows) :
      SB.el("p", {id: "keyword-list", className: "muted small", text: SB.t("keywords_none")}));
  },

  reviewList: function (box, data) {
    var review = data.review || {items: [], comments: []};
    var mine = {};
    var c;
    for (var i = 0; i < review.comments.length; i++) {
      c = review.comments[i];
      (mine[c.subject_kind + ":" + c.subject_id] = mine[c.subject_kind + ":" + c.subject_id] || []).push(c);
    }
    var queued = this.waiting("review.comment");
    for (var q = 0; q < queued.length; q++) {
      var key = queued[q].body.subject_kind + ":" + queued[q].body.subject_id;
      (mine[key] = mine[key] || []).push({text: queued[q].body.text, pending: true});
    }
    var rows = [];
    for (var n = 0; n < review.items.length; n++) {
      var item = review.items[n];
      var notes = [];
      var own = mine[item.kind + ":" + item.id] || [];
      for (var k = 0; k < own.length; k++) {
        c = own[k];
        notes.push(SB.el("div", {className: "comment"}, [
          SB.el("p", {className: "item-text", text: c.text}),
          SB.el("p", {className: "small answer", text: c.pending ? SB.t("pending") :
            c.answer ? SB.t("answer", {text: c.answer}) : SB.t(c.resolved ? "resolved" : "no_answer")})]));
      }
      rows.push(SB.el("li", {className: "review-item status-" + item.status}, [
        SB.el("span", {className: "item-text", text: item.title}), " ",
        SB.el("span", {className: "state", text: SB.t("status_" + item.status)})].concat(notes)));
    }
    box.appendChild(SB.el("h2", {text: SB.t("review_title")}));
    box.appendChild(SB.el("ul", {id: "review-list", className: "review"}, rows));
  },

  /* The server acknowledged op: show the keyword or comment as saved at once. */
  acknowledged: function (op, answer, data) {
    if (!data || !answer) { return; }
    if (op.action === "keyword.add" && answer.keyword && data.keywords) {
      data.keywords.push(answer.keyword);
    } else if (op.action === "review.comment" && answer.comment && data.review) {
      data.review.comments.push(answer.comment);
    }
  }
};
