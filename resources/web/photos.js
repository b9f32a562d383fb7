/* SmartBimtek phone page: "Foto flip chart". A table photographs its flip chart; the photo is
   sent as the request body to POST /api/photos (caption as a query parameter, the same
   anti-forgery token and idempotency key as every entry, the step it was taken in as
   X-Step-Id) and lands on the table's OPD and group and on that step. The server checks the
   image, turns it upright and strips its metadata.

   Waiting photos are kept in IndexedDB (SB.photoStore) with their idempotency key, caption,
   table and step: a photo taken while the venue network is down survives a closed tab or a
   reload and is sent again when the page is next opened, with the same key (a lost answer
   never stores a photo twice). A photo leaves the store only once the server has answered for
   it (stored, or refused for good with the reason shown). They are not put in the entry
   queue's localStorage: a phone photo (2-6 MB) would fill its 5 MB and push out the typed
   entries. Without IndexedDB (some private modes) photos wait in memory only, while the page
   stays open, and the page says so. The page always says how many photos wait. Plain ES5. */
var SB = window.SB || {};
window.SB = SB;

SB.PHOTO_MAX_BYTES = 15 * 1024 * 1024;

/* The waiting photos on this phone: {key, blob, type, caption, table, step, created}. */
SB.photoStore = {
  db: null,
  NAME: "smartbimtek_photos",
  STORE: "waiting",

  /* Open the database; callback(true) when photos can be kept, callback(false) otherwise. */
  open: function (callback) {
    var self = this;
    var idb = null;
    var answered = false;
    function finish(ok) { if (!answered) { answered = true; callback(ok); } }
    try { idb = window.indexedDB; } catch (e) { idb = null; }
    if (!idb) { finish(false); return; }
    var req;
    try { req = idb.open(this.NAME, 1); } catch (e) { finish(false); return; }
    req.onupgradeneeded = function () {
      req.result.createObjectStore(self.STORE, {keyPath: "key"});
    };
    req.onsuccess = function () {
      self.db = req.result;
      finish(true);
    };
    req.onerror = function (ev) {
      if (ev && ev.preventDefault) { ev.preventDefault(); }
      finish(false);
    };
    req.onblocked = function () { finish(false); };
  },

  /* Every kept photo, oldest first: callback(list). */
  all: function (callback) {
    var out = [];
    var tx;
    try { tx = this.db.transaction(this.STORE, "readonly"); } catch (e) { callback(out); return; }
    var cursorReq = tx.objectStore(this.STORE).openCursor();
    cursorReq.onsuccess = function () {
      var cursor = cursorReq.result;
      if (cursor) { out.push(cursor.value); cursor["continue"](); }
    };
    tx.oncomplete = function () {
      out.sort(function (a, b) { return (a.created || 0) - (b.created || 0); });
      callback(out);
    };
    tx.onerror = function (ev) {
      if (ev && ev.preventDefault) { ev.preventDefault(); }
      callback(out);
    };
  },

  /* Keep a record; callback(ok). A browser that cannot store a Blob gets its bytes. */
  put: function (record, callback) {
    var self = this;
    function attempt(value, fallback) {
      var tx;
      try {
        tx = self.db.transaction(self.STORE, "readwrite");
        tx.objectStore(self.STORE).put(value);
      } catch (e) { fallback(); return; }
      tx.oncomplete = function () { callback(true); };
      tx.onerror = function (ev) {
        if (ev && ev.preventDefault) { ev.preventDefault(); }
        fallback();
      };
      tx.onabort = function () { fallback(); };
    }
    var failed = false;
    attempt(record, function () {
      if (failed) { return; }
      failed = true;
      if (!window.FileReader || record.bytes) { callback(false); return; }
      var reader = new FileReader();
      reader.onload = function () {
        var copy = {};
        for (var k in record) { if (record.hasOwnProperty(k) && k !== "blob") { copy[k] = record[k]; } }
        copy.bytes = reader.result;
        attempt(copy, function () { callback(false); });
      };
      reader.onerror = function () { callback(false); };
      reader.readAsArrayBuffer(record.blob);
    });
  },

  remove: function (key) {
    try {
      var tx = this.db.transaction(this.STORE, "readwrite");
      tx.objectStore(this.STORE)["delete"](key);
      tx.onerror = function (ev) { if (ev && ev.preventDefault) { ev.preventDefault(); } };
    } catch (e) { /* the database went away: the photo is gone from this page anyway */ }
  }
};

SB.photos = {
  waiting: [],   /* {file, caption, key, tries, table, step, created, kept} oldest first */
  busy: false,
  timer: null,
  retryMs: 2000,
  holdUntil: 0,
  keeps: null,   /* null while the store opens; then true (IndexedDB) or false (memory) */
  loaded: false, /* the kept photos were read back (tests wait for it) */

  init: function () {
    var self = this;
    var input = $("photo-input");
    $("photo-button").addEventListener("click", function () { input.click(); }, false);
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      input.value = "";
      if (file) { self.add(file, $("photo-caption").value); }
    }, false);
    $("lang").addEventListener("click", function () { self.renderCount(); }, false);
    window.addEventListener("online", function () { self.kick(); }, false);
    window.setInterval(function () { self.kick(); }, 5000);
    SB.photoStore.open(function (ok) {
      self.keeps = ok;
      if (!ok) { self.loaded = true; self.renderCount(); return; }
      SB.photoStore.all(function (records) { self.restore(records); });
    });
  },

  /* The photos kept by an earlier page (a closed tab, a reload): waiting again. */
  restore: function (records) {
    var known = {};
    var i;
    for (i = 0; i < this.waiting.length; i++) { known[this.waiting[i].key] = true; }
    var back = [];
    for (i = 0; i < records.length; i++) {
      var r = records[i];
      if (known[r.key]) { continue; }
      var file = r.blob || new Blob([r.bytes], {type: r.type || "image/jpeg"});
      back.push({file: file, type: r.type, caption: r.caption || "", key: r.key, tries: 0,
                 table: r.table || "", step: r.step || "", created: r.created || 0, kept: true});
    }
    this.waiting = back.concat(this.waiting);
    for (i = 0; i < this.waiting.length; i++) {
      if (!this.waiting[i].kept) { this.keep(this.waiting[i]); }  /* added while it opened */
    }
    this.loaded = true;
    this.renderCount();
    this.kick();
  },

  keep: function (item) {
    var self = this;
    item.kept = true;
    SB.photoStore.put({key: item.key, blob: item.file, type: item.type, caption: item.caption,
                       table: item.table, step: item.step, created: item.created},
                      function (ok) {
                        item.kept = ok;
                        if (item.done) { SB.photoStore.remove(item.key); }
                        self.renderCount();
                      });
  },

  add: function (file, caption) {
    if (file.size > SB.PHOTO_MAX_BYTES) {
      this.status(SB.t("photo_too_big", {mb: Math.round(SB.PHOTO_MAX_BYTES / 1048576)}), "error");
      return;
    }
    var item = {file: file, type: file.type || "", caption: caption || "", key: SB.newKey(),
                tries: 0, table: SB.app.tableCode(), step: SB.app.stepId(),
                created: new Date().getTime(), kept: false};
    this.waiting.push(item);
    if (this.keeps) { this.keep(item); }
    $("photo-caption").value = "";
    this.renderCount();
    this.kick();
  },

  /* The server answered for this photo (stored, or refused for good): it waits no more. */
  finished: function (item) {
    var i = this.waiting.indexOf(item);
    if (i >= 0) { this.waiting.splice(i, 1); }
    item.done = true;
    if (this.keeps) { SB.photoStore.remove(item.key); }
    this.renderCount();
  },

  /* How many photos wait, and whether they survive a closed page. */
  renderCount: function () {
    var node = $("photo-waiting");
    var n = this.waiting.length;
    var text = "";
    if (n && this.keeps !== false) { text = SB.t("photo_queue_kept", {n: n}); }
    else if (n) { text = SB.t("photo_queue_memory", {n: n}); }
    else if (this.keeps === false) { text = SB.t("photo_no_store"); }
    node.textContent = text;
    node.className = "small photo-waiting" + (this.keeps === false ? " warn" : "") +
      (text ? "" : " hidden");
  },

  status: function (text, kind) {
    var node = $("photo-status");
    node.textContent = text;
    node.className = "small photo-status " + (kind || "");
  },

  progress: function (fraction) {
    var bar = $("photo-progress");
    if (fraction === null) { show(bar, false); return; }
    show(bar, true);
    bar.value = Math.round(fraction * 100);
  },

  later: function (ms) {
    var self = this;
    if (this.timer) { window.clearTimeout(this.timer); }
    this.timer = window.setTimeout(function () { self.timer = null; self.kick(); }, ms);
  },

  /* The oldest waiting photo of this table (a photo of another table waits for it). */
  next: function () {
    var table = SB.app.tableCode();
    for (var i = 0; i < this.waiting.length; i++) {
      if (!this.waiting[i].table || this.waiting[i].table === table) { return this.waiting[i]; }
    }
    return null;
  },

  kick: function () {
    if (this.busy || !this.waiting.length) { return; }
    if (!SB.app.joined()) { this.later(1000); return; }  /* a reloaded page joins again first */
    if (new Date().getTime() < this.holdUntil) { return; }
    var item = this.next();
    if (!item) { return; }
    var self = this;
    var xhr = new XMLHttpRequest();
    var finished = false;
    this.busy = true;
    item.tries += 1;
    xhr.open("POST", "/api/photos?caption=" + encodeURIComponent(item.caption), true);
    xhr.timeout = 120000;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", item.type || item.file.type || "application/octet-stream");
    xhr.setRequestHeader("X-CSRF-Token", SB.app.csrf);
    xhr.setRequestHeader("Idempotency-Key", item.key);
    if (item.step) { xhr.setRequestHeader("X-Step-Id", item.step); }
    if (xhr.upload) {
      xhr.upload.onprogress = function (ev) {
        if (ev.lengthComputable) { self.progress(ev.loaded / ev.total); }
      };
    }
    this.progress(0);
    this.status(SB.t("photo_sending"), "");
    function done(status) {
      if (finished) { return; }
      finished = true;
      self.busy = false;
      self.progress(null);
      var data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
      self.answer(item, status, data, status ? xhr.getResponseHeader("Retry-After") : "");
    }
    xhr.onreadystatechange = function () { if (xhr.readyState === 4) { done(xhr.status); } };
    xhr.ontimeout = function () { done(0); };
    xhr.onerror = function () { done(0); };
    xhr.send(item.file);
  },

  answer: function (item, status, data, retryAfter) {
    var error = data && data.error ? data.error : {code: "http_" + status};
    if (status >= 200 && status < 300) {
      this.finished(item);
      this.retryMs = 2000;
      this.status(SB.t("photo_saved"), "good");
      this.kick();
      return;
    }
    if (status === 0 || status >= 500 || status === 401 ||
        (status === 403 && error.code === "csrf" && item.tries < 3) || status === 429) {
      var wait = this.retryMs;
      if (status === 429) {
        wait = (parseInt(retryAfter, 10) || 2) * 1000;
        item.tries -= 1;
        this.holdUntil = new Date().getTime() + wait;
      } else {
        this.retryMs = Math.min(this.retryMs * 2, 30000);
      }
      if (status === 0) { SB.app.setOnline(false); }
      if (status === 401) { SB.app.sessionLost(); }
      if (status === 403) { SB.app.poll(); }
      this.status(SB.t(this.keeps ? "photo_waiting_kept" : "photo_waiting",
                       {n: this.waiting.length}), "warn");
      this.later(wait);
      return;
    }
    this.finished(item);  /* refused for good (not an image, too large, quota): say why */
    this.status(SB.errorText(error), "error");
    this.kick();
  }
};

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", function () { SB.photos.init(); }, false);
} else {
  SB.photos.init();
}
