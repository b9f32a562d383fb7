/* SmartBimtek phone page: requests, the offline queue and the state poll.

   Every submission gets a client-made idempotency key and waits in a queue kept in
   localStorage until the server acknowledges it. A lost answer or a dropped connection is
   retried with the same key, so the server never writes an entry twice. The server refuses a
   key re-sent with another body, so a waiting entry that may already be stored is never
   changed under its key: see SB.queue.change and SB.app.saveEntry. */
var SB = window.SB || {};
window.SB = SB;

SB.POLL_MS = 4000;
SB.TIMEOUT_MS = 15000;

/* A random key of 24 characters. */
SB.newKey = function () {
  var chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  var out = "";
  var values = null;
  var cryptoObj = window.crypto || window.msCrypto;
  if (cryptoObj && cryptoObj.getRandomValues) {
    values = new Uint8Array(24);
    cryptoObj.getRandomValues(values);
  }
  for (var i = 0; i < 24; i++) {
    var n = values ? values[i] : Math.floor(Math.random() * 256);
    out += chars.charAt(n % chars.length);
  }
  return out;
};

/* One JSON request. callback(status, data, header): status 0 means no answer
   (offline/timeout); header(name) reads a response header ("" when absent). */
SB.request = function (method, url, body, headers, callback) {
  var xhr = new XMLHttpRequest();
  var finished = false;
  xhr.open(method, url, true);
  xhr.timeout = SB.TIMEOUT_MS;
  xhr.setRequestHeader("Accept", "application/json");
  if (body !== null && body !== undefined) {
    xhr.setRequestHeader("Content-Type", "application/json");
  }
  if (headers) {
    for (var name in headers) {
      if (headers.hasOwnProperty(name) && headers[name]) { xhr.setRequestHeader(name, headers[name]); }
    }
  }
  function done(status) {
    if (finished) { return; }
    finished = true;
    var data = null;
    try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
    callback(status, data, function (header) {
      try { return status ? (xhr.getResponseHeader(header) || "") : ""; } catch (e) { return ""; }
    });
  }
  xhr.onreadystatechange = function () {
    if (xhr.readyState === 4) { done(xhr.status); }
  };
  xhr.ontimeout = function () { done(0); };
  xhr.onerror = function () { done(0); };
  xhr.send(body !== null && body !== undefined ? JSON.stringify(body) : null);
};

/* ---------------------------------------------------------------- the queue */
SB.queue = {
  ops: [],      /* waiting submissions, oldest first */
  failed: [],   /* refused submissions, kept until the user fixes or discards them */
  busy: false,
  paused: false,
  retryMs: 1000,
  timer: null,
  holdUntil: 0,  /* the server asked to wait (429 Retry-After) until this time (ms) */

  load: function () {
    try {
      var saved = JSON.parse(window.localStorage.getItem("sb_queue") || "null");
      if (saved) {
        this.ops = saved.ops || [];
        this.failed = saved.failed || [];
      }
    } catch (e) { this.ops = []; this.failed = []; }
    for (var i = 0; i < this.ops.length; i++) {
      if (this.ops[i].state === "sending") { this.ops[i].state = "pending"; }
    }
  },

  save: function () {
    try {
      window.localStorage.setItem("sb_queue", JSON.stringify({ops: this.ops, failed: this.failed}));
    } catch (e) { /* storage full or disabled: the queue still lives in memory */ }
  },

  /* Queue a submission and start sending. */
  add: function (op) {
    op.key = SB.newKey();
    op.state = "pending";
    op.tries = 0;
    op.opd = SB.app.tableCode();
    op.step = op.step || SB.app.stepId();
    op.created = new Date().getTime();
    this.ops.push(op);
    this.save();
    SB.app.render();
    this.kick();
    return op;
  },

  /* The waiting op with this local id (adds) or target id (edits, deletes). */
  find: function (local, action) {
    for (var i = 0; i < this.ops.length; i++) {
      var op = this.ops[i];
      if (op.local === local && (!action || op.action === action)) { return op; }
    }
    return null;
  },

  /* The newest waiting op with this local or target id and action. */
  last: function (local, action) {
    for (var i = this.ops.length - 1; i >= 0; i--) {
      if (this.ops[i].local === local && this.ops[i].action === action) { return this.ops[i]; }
    }
    return null;
  },

  /* Whether op may already be stored on the server: it is in flight, or a send of it got no
     answer (lost on the way back, 5xx) or never finished (page closed while sending). An op
     only ever refused without being stored (429, 423, 401, 403) has not. */
  mayBeStored: function (op) {
    if (op.state === "sending") { return true; }
    return op.stored === undefined ? op.tries > 0 : !!op.stored;
  },

  /* Give a waiting "set" op (an edit, a score, a vote, done) a new body. Never sent: in place,
     same key. May be stored: a new key too (the server refuses a key re-sent with another
     body; the newer value wins anyway). Not for adds: see SB.app.saveEntry. */
  change: function (op, body) {
    if (this.mayBeStored(op)) {
      op.key = SB.newKey();
      op.tries = 0;
      op.stored = false;
    }
    op.body = body;
    this.save();
  },

  /* The waiting add that op (an edit or a deletion of the same item) must wait for. */
  addFor: function (op) {
    for (var i = 0; i < this.ops.length; i++) {
      var other = this.ops[i];
      if (other !== op && other.local === op.local && /\.add$/.test(other.action)) { return other; }
    }
    return null;
  },

  /* The URL to send op to: an edit or a deletion names its item's server id, known once the
     item's add was acknowledged (SB.app.idMap), so it is built at send time. */
  urlOf: function (op) {
    if (!op.base) { return op.url; }
    return op.base + "/" + (SB.app.idMap[op.local] || op.local);
  },

  /* An add was refused for good: what waited for it cannot be sent either (its item does not
     exist). Newer text goes into the refused add (one "not saved" entry, the add's reason, the
     newest text to fix); a deletion means nothing is wanted: the add is not kept. */
  dropFollowers: function (add) {
    var newest = null;
    for (var i = this.ops.length - 1; i >= 0; i--) {  /* newest first */
      var op = this.ops[i];
      if (op === add || op.local !== add.local) { continue; }
      if (/\.delete$/.test(op.action)) { newest = newest || "deleted"; }
      else if (/\.edit$/.test(op.action)) { newest = newest || op.body; }
      this.ops.splice(i, 1);
    }
    if (newest === "deleted") { return false; }
    if (newest) { add.body = newest; }
    return true;
  },

  remove: function (op) {
    var i = this.ops.indexOf(op);
    if (i >= 0) { this.ops.splice(i, 1); }
    this.save();
  },

  waiting: function () {
    var n = 0;
    for (var i = 0; i < this.ops.length; i++) {
      if (this.ops[i].opd === SB.app.tableCode()) { n += 1; }
    }
    return n;
  },

  unblock: function () {
    var any = false;
    for (var i = 0; i < this.ops.length; i++) {
      if (this.ops[i].state === "blocked") { this.ops[i].state = "pending"; any = true; }
    }
    if (any) { this.save(); this.kick(); }
  },

  schedule: function () {
    var self = this;
    if (this.timer) { return; }
    this.timer = window.setTimeout(function () { self.timer = null; self.kick(); }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 15000);
  },

  /* Wait ms before sending again (the server's Retry-After), whatever kicks the queue. */
  hold: function (ms) {
    var self = this;
    this.holdUntil = new Date().getTime() + ms;
    if (this.timer) { window.clearTimeout(this.timer); }
    this.timer = window.setTimeout(function () { self.timer = null; self.kick(); }, ms);
  },

  /* Send the oldest waiting submission of this table, then the next. */
  kick: function () {
    if (this.busy || this.paused || !SB.app.joined()) { return; }
    if (new Date().getTime() < this.holdUntil) { return; }  /* the hold's timer kicks again */
    var op = null;
    for (var i = 0; i < this.ops.length; i++) {
      if (this.ops[i].state === "pending" && this.ops[i].opd === SB.app.tableCode() &&
          !this.addFor(this.ops[i])) {  /* an edit waits until its item's add is acknowledged */
        op = this.ops[i];
        break;
      }
    }
    if (!op) { return; }
    var self = this;
    this.busy = true;
    op.state = "sending";
    op.tries += 1;
    op.storedBefore = op.stored === undefined ? op.tries > 1 : !!op.stored;
    op.stored = true;  /* until an answer says otherwise (kept if the page closes meanwhile) */
    op.url = this.urlOf(op);
    this.save();
    SB.app.renderNet();
    SB.request(op.method, op.url, op.body, {
      "X-CSRF-Token": SB.app.csrf,
      "Idempotency-Key": op.key,
      "X-Step-Id": op.step
    }, function (status, data, header) {
      self.busy = false;
      self.answer(op, status, data, header);
    });
  },

  answer: function (op, status, data, header) {
    var error = data && data.error ? data.error : {code: "http_" + status};
    if (status === 401 || status === 403 || status === 423 || status === 429) {
      op.stored = op.storedBefore;  /* refused before anything was written: the key is unused */
    }
    if (status >= 200 && status < 300) {
      this.remove(op);
      this.retryMs = 1000;
      if (SB.app.slowedDown) { SB.app.slowDown(0); }
      SB.app.setOnline(true);
      SB.app.acknowledged(op, data);
      this.kick();
      return;
    }
    if (status === 0 || status === 502 || status === 503 || status === 504 ||
        (status === 500 && op.tries < 5)) {
      op.state = "pending";
      this.save();
      if (status === 0) { SB.app.setOnline(false); }
      this.schedule();
      SB.app.render();
      return;
    }
    if (status === 429) {
      /* Too many entries at once from this phone: keep the entry, send it again after the
         server's Retry-After (seconds), and say so calmly. Nothing is lost. */
      var seconds = parseInt(header ? header("Retry-After") : "", 10);
      if (!(seconds > 0)) { seconds = error.retry_after > 0 ? error.retry_after : 2; }
      seconds = Math.min(seconds, 120);
      op.state = "pending";
      op.tries -= 1;  /* waiting is not a failed try */
      this.save();
      this.hold(seconds * 1000);
      SB.app.slowDown(seconds);
      SB.app.render();
      return;
    }
    if (status === 401) {
      op.state = "pending";
      this.save();
      SB.app.sessionLost();
      return;
    }
    if (status === 403 && error.code === "csrf" && op.tries < 3) {
      op.state = "pending";
      this.save();
      SB.app.poll();  /* fetches a fresh token, then kicks the queue */
      return;
    }
    if (status === 423) {
      op.state = "blocked";
      this.save();
      SB.app.render();
      return;
    }
    this.remove(op);
    op.state = "failed";
    op.error = error;
    if (!/\.add$/.test(op.action) || this.dropFollowers(op)) { this.failed.push(op); }
    this.save();
    SB.app.render();
    this.kick();
  }
};
