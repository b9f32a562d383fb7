/* SmartBimtek phone page: "Foto flip chart". A table photographs its flip chart; the photo is
   sent as the request body to POST /api/photos (caption as a query parameter, the same
   anti-forgery token and idempotency key as every entry) and lands on the table's OPD and
   the running step. The server checks the image, turns it upright and strips its metadata.

   Waiting photos are kept in memory only, retried with the same key until the server answers
   (a lost answer never stores a photo twice). They are not put in the entry queue's
   localStorage: a phone photo (2-6 MB) would fill its 5 MB and push out the typed entries.
   So a photo waits while this page stays open, and the page says so. Plain ES5. */
var SB = window.SB || {};
window.SB = SB;

SB.PHOTO_MAX_BYTES = 15 * 1024 * 1024;

SB.photos = {
  waiting: [],   /* {file, caption, key, tries} oldest first */
  busy: false,
  timer: null,
  retryMs: 2000,
  holdUntil: 0,

  init: function () {
    var self = this;
    var input = $("photo-input");
    $("photo-button").addEventListener("click", function () { input.click(); }, false);
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      input.value = "";
      if (file) { self.add(file, $("photo-caption").value); }
    }, false);
    window.addEventListener("online", function () { self.kick(); }, false);
    window.setInterval(function () { self.kick(); }, 5000);
  },

  add: function (file, caption) {
    if (file.size > SB.PHOTO_MAX_BYTES) {
      this.status(SB.t("photo_too_big", {mb: Math.round(SB.PHOTO_MAX_BYTES / 1048576)}), "error");
      return;
    }
    this.waiting.push({file: file, caption: caption || "", key: SB.newKey(), tries: 0});
    $("photo-caption").value = "";
    this.kick();
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

  kick: function () {
    if (this.busy || !this.waiting.length || !SB.app.joined()) { return; }
    if (new Date().getTime() < this.holdUntil) { return; }
    var self = this;
    var item = this.waiting[0];
    var xhr = new XMLHttpRequest();
    var finished = false;
    this.busy = true;
    item.tries += 1;
    xhr.open("POST", "/api/photos?caption=" + encodeURIComponent(item.caption), true);
    xhr.timeout = 120000;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", item.file.type || "application/octet-stream");
    xhr.setRequestHeader("X-CSRF-Token", SB.app.csrf);
    xhr.setRequestHeader("Idempotency-Key", item.key);
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
      this.waiting.shift();
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
      this.status(SB.t("photo_waiting", {n: this.waiting.length}), "warn");
      this.later(wait);
      return;
    }
    this.waiting.shift();  /* refused for good (not an image, too large, quota): say why */
    this.status(SB.errorText(error), "error");
    this.kick();
  }
};

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", function () { SB.photos.init(); }, false);
} else {
  SB.photos.init();
}
