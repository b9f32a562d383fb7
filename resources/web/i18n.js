/* SmartBimtek phone page: texts in Bahasa Indonesia (default) and English.
   Plain ES5 so that older Android browsers run it. */
var SB = window.SB || {};
window.SB = SB;

SB.TEXTS = {
  id: {
    loading: "Memuat...",
    join_title: "Gabung ke meja OPD",
    code_label: "Kode meja",
    name_label: "Nama Anda",
    join_button: "Gabung",
    joining: "Menghubungkan...",
    join_help: "Kode meja tertulis pada kartu di meja Anda.",
    join_anonymous: "Langkah ini anonim: nama tidak diperlukan.",
    share: "Ajak rekan",
    share_help: "Rekan semeja dapat memindai kode ini atau memasukkan kode meja:",
    leave: "Keluar dari meja",
    leave_confirm: "Keluar dari meja ini? Entri yang belum terkirim tetap disimpan di ponsel.",
    now: "Sekarang",
    no_step: "Belum ada langkah yang berjalan",
    no_step_help: "Tunggu arahan fasilitator.",
    paused: "Dijeda",
    locked: "Input sedang dikunci oleh fasilitator. Entri Anda tetap tersimpan di ponsel dan akan dikirim setelah dibuka.",
    online: "Daring",
    offline: "Luring",
    syncing: "Mengirim...",
    offline_banner: "Tidak tersambung ke laptop fasilitator. {n} entri menunggu dan akan dikirim otomatis.",
    offline_banner_none: "Tidak tersambung ke laptop fasilitator. Mencoba lagi...",
    caught_up: "Tersambung kembali. Semua entri sudah tersimpan.",
    saved: "Tersimpan",
    pending: "Menunggu",
    sending: "Mengirim",
    deleting: "Menghapus",
    edit: "Ubah",
    "delete": "Hapus",
    cancel: "Batal",
    delete_confirm: "Hapus butir ini?",
    dismiss: "Buang",
    retry_edit: "Perbaiki",
    failed_title: "Belum tersimpan:",
    done_button: "Kami selesai",
    undo_done: "Batalkan \"selesai\"",
    done_note: "Fasilitator melihat bahwa meja Anda sudah selesai.",
    show_results: "Lihat hasil",
    hide_results: "Tutup hasil",
    results_hidden: "Hasil akan tampil setelah fasilitator membukanya.",
    results_programs: "Peringkat program",
    results_swot: "Jumlah butir SWOT per OPD",
    votes_short: "titik",
    hint_swot: "Tuliskan kekuatan, kelemahan, peluang, dan ancaman OPD Anda, satu butir satu kalimat.",
    hint_programs: "Usulkan program OPD Anda untuk dimensi yang dibahas.",
    hint_prioritisation: "Beri nilai setiap program (1 rendah sampai 5 tinggi) dan bagikan titik suara Anda.",
    hint_other: "Ikuti arahan fasilitator. Tidak ada isian pada langkah ini.",
    S: "Kekuatan", W: "Kelemahan", O: "Peluang", T: "Ancaman",
    quadrant: "Jenis butir",
    text_label: "Butir",
    text_placeholder: "Tulis satu butir dalam satu kalimat",
    dimension: "Dimensi",
    element: "Elemen",
    component: "Komponen kesiapan",
    choose: "(tidak dipilih)",
    save_item: "Simpan butir",
    recorded: "Butir dicatat dan dikirim. Lihat daftar di bawah.",
    recorded_offline: "Butir dicatat di ponsel; akan dikirim otomatis saat tersambung.",
    recorded_program: "Program dicatat dan dikirim. Lihat daftar di bawah.",
    recorded_program_offline: "Program dicatat di ponsel; akan dikirim otomatis saat tersambung.",
    recorded_locked: "Butir dicatat di ponsel; akan dikirim setelah fasilitator membuka input.",
    recorded_program_locked: "Program dicatat di ponsel; akan dikirim setelah fasilitator membuka input.",
    locked_short: "Dikunci",
    save_changes: "Simpan perubahan",
    my_swot: "Butir SWOT meja Anda",
    none_yet: "Belum ada entri.",
    title: "Judul program",
    description: "Uraian",
    benefit: "Manfaat bagi warga",
    horizon: "Jangka waktu",
    funding: "Sumber dana",
    indicator: "Indikator",
    target: "Target",
    start_year: "Tahun mulai",
    end_year: "Tahun selesai",
    more_fields: "Tambah rincian (manfaat, indikator, target, tahun, dana)",
    fewer_fields: "Sembunyikan rincian",
    save_program: "Simpan program",
    my_programs: "Program usulan meja Anda",
    quick_win: "Quick win (1 tahun)", short: "Jangka pendek", medium: "Jangka menengah (5 tahun)", "long": "Jangka panjang (10 tahun)",
    ballot: "Penilaian program",
    votes_left: "Titik suara: {used} dari {budget} terpakai",
    votes: "Titik suara",
    no_programs: "Belum ada program untuk dinilai.",
    score_low: "rendah", score_high: "tinggi",
    text: "Teks", name: "Nama", value: "Nilai", count: "Jumlah titik", code: "Kode", body: "Isian",
    err_empty: "{field} wajib diisi.",
    err_too_long: "{field} terlalu panjang: {length} karakter, paling banyak {max}.",
    err_choice: "Pilihan {field} tidak dikenal.",
    err_mismatch: "Elemen tidak termasuk dimensi yang dipilih.",
    err_range: "{field} di luar rentang yang diizinkan.",
    err_type: "Isian {field} tidak valid.",
    err_format: "Isian {field} tidak valid.",
    err_unknown_field: "{field} tidak dapat diisi dari meja.",
    err_not_found: "Entri tidak ditemukan (mungkin sudah dihapus).",
    err_locked_input: "Input sedang dikunci oleh fasilitator.",
    err_step_closed: "Langkah agenda untuk entri ini sudah ditutup; entri tidak dapat disimpan lagi.",
    err_vote_budget: "Titik suara tidak cukup: {used} dari {budget} sudah dipakai di program lain.",
    err_join_code: "Kode meja tidak dikenal. Periksa kembali kartu meja.",
    err_rate_limited: "Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.",
    err_too_large: "Isian terlalu besar untuk dikirim.",
    err_session: "Sesi Anda berakhir. Silakan gabung kembali dengan kode meja.",
    err_csrf: "Halaman perlu dimuat ulang.",
    err_denied: "Tindakan ini tidak diizinkan.",
    err_generic: "Entri ditolak ({code}).",
    err_foreign: "Entri ini dibuat di meja lain dan tidak dikirim.",
    err_quota_items: "Batas tercapai: meja Anda sudah menambah {max} entri jenis ini pada langkah ini.",
    err_quota_text: "Batas tercapai: meja Anda sudah menulis {max} karakter pada langkah ini.",
    err_slow_down: "Terlalu banyak entri sekaligus; entri dikirim lagi sebentar lagi.",
    err_offline: "Tidak tersambung ke laptop fasilitator.",
    err_host: "Halaman ini dibuka lewat alamat yang tidak dilayani laptop fasilitator. Buka alamat yang tertulis pada kartu meja.",
    err_idempotency_mismatch: "Entri ini bertabrakan dengan kiriman sebelumnya. Periksa daftar, lalu simpan lagi bila perlu.",
    slow_down: "Banyak entri sekaligus. {n} entri menunggu dan dikirim otomatis dalam {s} detik; tidak ada yang hilang.",
    show_details: "Lihat rincian",
    hide_details: "Tutup rincian",
    no_details: "Belum ada rincian untuk program ini."
  },
  en: {
    loading: "Loading...",
    join_title: "Join your OPD table",
    code_label: "Table code",
    name_label: "Your name",
    join_button: "Join",
    joining: "Connecting...",
    join_help: "The table code is printed on the card on your table.",
    join_anonymous: "This step is anonymous: no name needed.",
    share: "Invite",
    share_help: "Colleagues at your table can scan this code or type the table code:",
    leave: "Leave the table",
    leave_confirm: "Leave this table? Entries not yet sent stay on this phone.",
    now: "Now",
    no_step: "No step is running yet",
    no_step_help: "Wait for the facilitator.",
    paused: "Paused",
    locked: "The facilitator has locked input. Your entries stay on this phone and are sent when it opens again.",
    online: "Online",
    offline: "Offline",
    syncing: "Sending...",
    offline_banner: "Not connected to the facilitator's laptop. {n} entries are waiting and will be sent automatically.",
    offline_banner_none: "Not connected to the facilitator's laptop. Retrying...",
    caught_up: "Connected again. Every entry is saved.",
    saved: "Saved",
    pending: "Waiting",
    sending: "Sending",
    deleting: "Deleting",
    edit: "Edit",
    "delete": "Delete",
    cancel: "Cancel",
    delete_confirm: "Delete this item?",
    dismiss: "Discard",
    retry_edit: "Fix",
    failed_title: "Not saved:",
    done_button: "We are done",
    undo_done: "Undo \"done\"",
    done_note: "The facilitator sees that your table is done.",
    show_results: "Show results",
    hide_results: "Hide results",
    results_hidden: "Results appear once the facilitator reveals them.",
    results_programs: "Program ranking",
    results_swot: "SWOT items per OPD",
    votes_short: "dots",
    hint_swot: "Write your OPD's strengths, weaknesses, opportunities and threats, one sentence per item.",
    hint_programs: "Propose your OPD's programs for the dimension being discussed.",
    hint_prioritisation: "Score each program (1 low to 5 high) and place your dot votes.",
    hint_other: "Follow the facilitator. Nothing to enter in this step.",
    S: "Strength", W: "Weakness", O: "Opportunity", T: "Threat",
    quadrant: "Kind of item",
    text_label: "Item",
    text_placeholder: "One item in one sentence",
    dimension: "Dimension",
    element: "Element",
    component: "Readiness component",
    choose: "(none)",
    save_item: "Save item",
    recorded: "Item recorded and sent. See the list below.",
    recorded_offline: "Item kept on this phone; it is sent automatically once connected.",
    recorded_program: "Program recorded and sent. See the list below.",
    recorded_program_offline: "Program kept on this phone; it is sent automatically once connected.",
    recorded_locked: "Item kept on this phone; it is sent once the facilitator opens input.",
    recorded_program_locked: "Program kept on this phone; it is sent once the facilitator opens input.",
    locked_short: "Locked",
    save_changes: "Save changes",
    my_swot: "Your table's SWOT items",
    none_yet: "No entries yet.",
    title: "Program title",
    description: "Description",
    benefit: "Benefit to citizens",
    horizon: "Horizon",
    funding: "Funding",
    indicator: "Indicator",
    target: "Target",
    start_year: "Start year",
    end_year: "End year",
    more_fields: "More details (benefit, indicator, target, years, funding)",
    fewer_fields: "Hide details",
    save_program: "Save program",
    my_programs: "Your table's programs",
    quick_win: "Quick win (1 year)", short: "Short term", medium: "Medium term (5 years)", "long": "Long term (10 years)",
    ballot: "Scoring programs",
    votes_left: "Dot votes: {used} of {budget} used",
    votes: "Dot votes",
    no_programs: "No programs to score yet.",
    score_low: "low", score_high: "high",
    text: "Text", name: "Name", value: "Value", count: "Number of dots", code: "Code", body: "Entry",
    err_empty: "{field} is required.",
    err_too_long: "{field} is too long: {length} characters, at most {max}.",
    err_choice: "Unknown choice for {field}.",
    err_mismatch: "The element does not belong to the chosen dimension.",
    err_range: "{field} is outside the allowed range.",
    err_type: "{field} is not valid.",
    err_format: "{field} is not valid.",
    err_unknown_field: "{field} cannot be set from a table.",
    err_not_found: "Entry not found (it may have been deleted).",
    err_locked_input: "The facilitator has locked input.",
    err_step_closed: "The agenda step of this entry has closed; it can no longer be saved.",
    err_vote_budget: "Not enough dots: {used} of {budget} are already on other programs.",
    err_join_code: "Unknown table code. Check the card on your table.",
    err_rate_limited: "Too many attempts. Wait a moment, then try again.",
    err_too_large: "The entry is too large to send.",
    err_session: "Your session ended. Join again with the table code.",
    err_csrf: "The page needs to be reloaded.",
    err_denied: "This is not allowed.",
    err_generic: "Entry refused ({code}).",
    err_foreign: "This entry was made at another table and is not sent.",
    err_quota_items: "Limit reached: your table has already added {max} entries of this kind in this step.",
    err_quota_text: "Limit reached: your table has already written {max} characters in this step.",
    err_slow_down: "Too many entries at once; the entry is sent again shortly.",
    err_offline: "Not connected to the facilitator's laptop.",
    err_host: "This page was opened through an address the facilitator's laptop does not answer to. Open the address on the table card.",
    err_idempotency_mismatch: "This entry clashed with an earlier one. Check the list, then save it again if needed.",
    slow_down: "Many entries at once. {n} waiting entries go out by themselves in {s} s; nothing is lost.",
    show_details: "Show details",
    hide_details: "Hide details",
    no_details: "No details for this program yet."
  }
};

SB.lang = "id";
try { SB.lang = window.localStorage.getItem("sb_lang") || "id"; } catch (e) { SB.lang = "id"; }
if (!SB.TEXTS[SB.lang]) { SB.lang = "id"; }

/* Translate a key, replacing {name} placeholders. */
SB.t = function (key, params) {
  var text = SB.TEXTS[SB.lang][key];
  if (text === undefined) { text = SB.TEXTS.id[key]; }
  if (text === undefined) { text = key; }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, function (all, name) {
      return params[name] !== undefined && params[name] !== null ? String(params[name]) : all;
    });
  }
  return text;
};

/* The label of a reference item ({name_id, name_en}) in the page language. */
SB.label = function (item) {
  if (!item) { return ""; }
  return item["name_" + SB.lang] || item.name_id || item.id || "";
};

/* A refusal from the server ({code, field, params}) as one sentence. */
SB.errorText = function (error) {
  if (!error) { return SB.t("err_generic", {code: "?"}); }
  var params = {};
  var source = error.params || {};
  for (var k in source) { if (source.hasOwnProperty(k)) { params[k] = source[k]; } }
  var field = error.field || "";
  var fieldLabel = SB.TEXTS[SB.lang][field] || SB.TEXTS.id[field] || field;
  params.field = fieldLabel.charAt(0).toUpperCase() + fieldLabel.slice(1);
  params.code = error.code;
  var key = "err_" + error.code;
  if (SB.TEXTS.id[key] === undefined) { key = error.code === "invalid" ? "err_type" : "err_generic"; }
  return SB.t(key, params);
};

/* Apply translations to elements carrying data-t. */
SB.translatePage = function () {
  var nodes = document.querySelectorAll("[data-t]");
  for (var i = 0; i < nodes.length; i++) {
    nodes[i].textContent = SB.t(nodes[i].getAttribute("data-t"));
  }
  document.documentElement.setAttribute("lang", SB.lang);
  document.getElementById("lang").textContent = SB.lang === "id" ? "EN" : "ID";
};
