<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="34"/>
        <source>&amp;New workshop...</source>
        <translation>&amp;Lokakarya baru...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35"/>
        <source>&amp;Open...</source>
        <translation>&amp;Buka...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36"/>
        <source>Open the &amp;demo workshop</source>
        <translation>Buka lokakarya &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37"/>
        <source>Save a &amp;copy as...</source>
        <translation>Simpan &amp;salinan sebagai...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="38"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39"/>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Pulihkan cadangan...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="40"/>
        <source>&amp;Export documents...</source>
        <translation>&amp;Ekspor dokumen...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="41"/>
        <source>&amp;Table entry mode...</source>
        <translation>Mode isian &amp;meja...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Tutup lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47"/>
        <location filename="../../ui/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <location filename="../../ui/actions.py" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>&amp;Pause / resume timer</source>
        <translation>&amp;Jeda / lanjutkan pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Next step</source>
        <translation>Langkah &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>P&amp;revious step</source>
        <translation>Langkah &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>+1 minute</source>
        <translation>+1 menit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>+5 minutes</source>
        <translation>+5 menit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>Next ▶</source>
        <translation>Lanjut ▶</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Projector window</source>
        <translation>Jendela &amp;proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>Projector (F5)</source>
        <translation>Proyektor (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>Projector text &amp;larger</source>
        <translation>Teks proyektor &amp;lebih besar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>Projector text &amp;smaller</source>
        <translation>Teks proyektor lebih &amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Projector text &amp;normal size</source>
        <translation>Teks proyektor ukuran &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Facilitator &amp;PIN...</source>
        <translation>&amp;PIN fasilitator...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>User &amp;guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>&amp;About SmartBimtek</source>
        <translation>&amp;Tentang SmartBimtek</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Urungkan {what}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ulangi {what}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
</context>
<context>
    <name>AgendaBoard</name>
    <message>
        <location filename="../../ui/projector.py" line="79"/>
        <source>Agenda, day {day}</source>
        <translation>Agenda hari ke-{day}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/views/agenda.py" line="226"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="226"/>
        <source>Min</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="227"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="227"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="228"/>
        <source>Actual</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="238"/>
        <source>Start this step</source>
        <translation>Mulai langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="239"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="240"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="241"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="248"/>
        <source>New step title</source>
        <translation>Judul langkah baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="252"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="256"/>
        <location filename="../../ui/views/agenda.py" line="437"/>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="303"/>
        <source>No event yet: add one in Workshop &gt; Event.</source>
        <translation>Belum ada kegiatan: tambahkan di Lokakarya &gt; Kegiatan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="400"/>
        <source>Edit step</source>
        <translation>Ubah langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="410"/>
        <source>Change duration</source>
        <translation>Ubah durasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="449"/>
        <source>Remove step</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="463"/>
        <source>Move step</source>
        <translation>Pindahkan langkah</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Something went wrong. Everything the status bar showed as saved is kept; the details are in the log file.</source>
        <translation>Terjadi kesalahan. Semua yang sudah ditandai tersimpan di bilah status tetap aman; rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="353"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="206"/>
        <source>Attendance check-in</source>
        <translation>Pencatatan kehadiran</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="208"/>
        <source>Day:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="213"/>
        <source>Type a few letters of a name, then Enter</source>
        <translation>Ketik beberapa huruf nama, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="228"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="228"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="309"/>
        <source>Check in {name}</source>
        <translation>Catat kehadiran {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="313"/>
        <source>Checked in: {name}</source>
        <translation>Tercatat hadir: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="334"/>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="341"/>
        <source>Present: {present} of {total}</source>
        <translation>Hadir: {present} dari {total}</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../ui/views/workshop.py" line="187"/>
        <source>Event being run:</source>
        <translation>Kegiatan yang berjalan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="196"/>
        <source>e.g. Pendopo Kabupaten</source>
        <translation>mis. Pendopo Kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="203"/>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="205"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="206"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="207"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="208"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="209"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="213"/>
        <source>New event:</source>
        <translation>Kegiatan baru:</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="218"/>
        <source>Add event with its agenda template</source>
        <translation>Tambah kegiatan beserta templat agendanya</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="266"/>
        <source>Choose the event</source>
        <translation>Pilih kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="280"/>
        <source>Edit event</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="305"/>
        <source>Add event</source>
        <translation>Tambah kegiatan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Export documents</source>
        <extracomment>Which formats make sense for which document when the exporters do not say.</extracomment>
        <translation>Ekspor dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="156"/>
        <source>Master plan (book 2)</source>
        <translation>Masterplan (buku 2)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="157"/>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="158"/>
        <source>Quick win profiles</source>
        <translation>Profil quick win</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>Workshop report (laporan pelaksanaan)</source>
        <translation>Laporan pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="160"/>
        <source>All data (every entry)</source>
        <translation>Seluruh data (setiap isian)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="162"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="190"/>
        <source>Event of the report</source>
        <translation>Kegiatan untuk laporan</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <location filename="../../ui/export_dialog.py" line="235"/>
        <source>Output folder</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="207"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="211"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>The document exporters are not installed in this version.</source>
        <translation>Modul ekspor dokumen belum tersedia pada versi ini.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="268"/>
        <source>Choose at least one document and a format that suits it.</source>
        <translation>Pilih setidaknya satu dokumen dan format yang sesuai.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>The folder cannot be created: {error}</source>
        <translation>Folder tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="284"/>
        <source>Exporting {n} files...</source>
        <translation>Mengekspor {n} berkas...</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="324"/>
        <source>{n} files written to {folder}</source>
        <translation>{n} berkas tersimpan di {folder}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>OPD code</source>
        <translation>Kode OPD</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <location filename="../../ui/messages.py" line="26"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Supporting OPD</source>
        <translation>OPD pendukung</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Readiness component</source>
        <translation>Komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Horizon</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Funding source</source>
        <translation>Sumber pendanaan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>End year</source>
        <translation>Tahun selesai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Benefit to citizens</source>
        <translation>Manfaat bagi warga</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Targets</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Table number</source>
        <translation>Nomor meja</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Duration (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Anonymity</source>
        <translation>Anonimitas</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Missions</source>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Plan title</source>
        <translation>Judul masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Plan period start</source>
        <translation>Awal periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Plan period end</source>
        <translation>Akhir periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Narrative</source>
        <translation>Narasi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Rater</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Rater kind</source>
        <translation>Jenis penilai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Number of dots</source>
        <translation>Jumlah titik suara</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Voter</source>
        <translation>Pemilih</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Voter kind</source>
        <translation>Jenis pemilih</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>Indonesian label</source>
        <translation>Label bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>English label</source>
        <translation>Label bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>Linked SWOT items</source>
        <translation>Butir SWOT terkait</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Linked strategies</source>
        <translation>Strategi terkait</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Agenda step</source>
        <translation>Langkah agenda</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Strategy type</source>
        <translation>Jenis strategi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="186"/>
        <source>Workshop file</source>
        <translation>Berkas lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="206"/>
        <source>Open a workshop</source>
        <translation>Buka lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="207"/>
        <source>Workshop files (*.bimtek);;All files (*)</source>
        <translation>Berkas lokakarya (*.bimtek);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="251"/>
        <source>Save a copy as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="252"/>
        <source>Workshop files (*.bimtek)</source>
        <translation>Berkas lokakarya (*.bimtek)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="270"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan tersimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="292"/>
        <source>Backup made: {path}</source>
        <translation>Cadangan dibuat: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="312"/>
        <source>There is no backup of this workshop yet.</source>
        <translation>Belum ada cadangan untuk lokakarya ini.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="317"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="318"/>
        <source>Backup to restore:</source>
        <translation>Cadangan yang akan dipulihkan:</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="342"/>
        <source>Backup restored.</source>
        <translation>Cadangan telah dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="361"/>
        <source>Facilitator PIN saved.</source>
        <translation>PIN fasilitator tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="371"/>
        <source>Add the OPD roster first (Workshop &gt; OPD roster).</source>
        <translation>Isi daftar OPD terlebih dahulu (Lokakarya &gt; Daftar OPD).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Plenary</source>
        <translation>Pleno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Presentation</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Readiness analysis</source>
        <translation>Analisis kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>SWOT group work</source>
        <translation>Kerja kelompok SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Program group work</source>
        <translation>Kerja kelompok program</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Prioritisation</source>
        <translation>Prioritisasi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Quick win (within 1 year)</source>
        <translation>Quick win (paling lama 1 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Short term (1-2 years)</source>
        <translation>Jangka pendek (1-2 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Medium term (5 years)</source>
        <translation>Jangka menengah (5 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Long term (10 years)</source>
        <translation>Jangka panjang (10 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Aims and objectives</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Scope</source>
        <translation>Ruang lingkup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Method of preparation</source>
        <translation>Metodologi penyusunan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Regional profile</source>
        <translation>Profil daerah</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Digital conditions and services</source>
        <translation>Kondisi digital dan layanan daerah</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Strategic issues</source>
        <translation>Isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Development of the suprastructure</source>
        <translation>Pengembangan suprastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Development of the infrastructure</source>
        <translation>Pengembangan infrastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Development of the structure</source>
        <translation>Pengembangan struktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Day {n}</source>
        <translation>Hari ke-{n}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Workshop</source>
        <extracomment>Windows built by a language switch (kept alive here: ``main()`` holds only the first).</extracomment>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>SWOT board</source>
        <translation>Papan SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Readiness</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Priority matrix</source>
        <translation>Matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Layar proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>All changes saved ({time})</source>
        <translation>Semua perubahan tersimpan ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Last change NOT saved</source>
        <translation>Perubahan terakhir BELUM tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Projector text size: {percent}%</source>
        <translation>Ukuran teks proyektor: {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>No projector screen: press F5 to show the projector window.</source>
        <translation>Tidak ada layar proyektor: tekan F5 untuk menampilkan jendela proyektor.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>No second screen connected</source>
        <translation>Tidak ada layar kedua yang tersambung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>No recent workshops</source>
        <translation>Belum ada lokakarya terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>The language changes the next time SmartBimtek starts.</source>
        <translation>Bahasa akan berganti saat SmartBimtek dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>About SmartBimtek</source>
        <translation>Tentang SmartBimtek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>SmartBimtek: an offline tool for smart city master plan workshops (bimtek). Everything is saved as you work.</source>
        <translation>SmartBimtek: aplikasi luring untuk bimbingan teknis (bimtek) penyusunan masterplan smart city. Setiap perubahan langsung tersimpan.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/common.py" line="194"/>
        <location filename="../../ui/widgets/common.py" line="195"/>
        <source>Close message</source>
        <extracomment>Background and text colour of a timer per phase (see ``rules.agenda.phase``). High contrast on purpose: the same colours are used on the projector.</extracomment>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>{field} (row {record})</source>
        <translation>{field} (baris {record})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>Restore it from a backup: File &gt; Restore backup.</source>
        <translation>Pulihkan dari cadangan: Berkas &gt; Pulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Update SmartBimtek to open it.</source>
        <translation>Perbarui SmartBimtek untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Copy it to a folder you can write to (for example Documents) and open the copy, or remove its read-only mark.</source>
        <translation>Salin berkas ke folder yang dapat ditulisi (misalnya Dokumen) lalu buka salinannya, atau hapus tanda hanya-baca pada berkas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>Check that the drive holding the file is still connected and not full, then try again.</source>
        <translation>Periksa apakah drive tempat berkas masih terpasang dan tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>{field} must not be empty.</source>
        <translation>{field} tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>{field} is too long: {length} characters, at most {max} allowed.</source>
        <translation>{field} terlalu panjang: {length} karakter, paling banyak {max} karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>{field}: this value is not one of the allowed choices.</source>
        <translation>{field}: nilai ini bukan salah satu pilihan yang tersedia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>{field}: the value has the wrong form (a number or a date is expected).</source>
        <translation>{field}: bentuk nilainya salah (seharusnya angka atau tanggal).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>{field} is outside the allowed range.</source>
        <translation>{field} berada di luar rentang yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>{field} is not written in the expected form.</source>
        <translation>{field} tidak ditulis dalam format yang benar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>{field}: this value already exists.</source>
        <translation>{field}: nilai ini sudah ada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>{field}: this OPD is not in the roster.</source>
        <translation>{field}: OPD ini tidak ada dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>{field} cannot be changed here.</source>
        <translation>{field} tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>{field} does not belong to the chosen dimension.</source>
        <translation>{field} tidak termasuk dalam dimensi yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>{field}: the record does not exist (or was deleted).</source>
        <translation>{field}: data tidak ada (atau sudah dihapus).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>{field}: the value was refused ({detail}).</source>
        <translation>{field}: nilai ditolak ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This workshop file is already open in another SmartBimtek window or on another computer.</source>
        <translation>Berkas lokakarya ini sedang dibuka di jendela SmartBimtek lain atau di komputer lain.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>The workshop file is damaged and cannot be read.</source>
        <translation>Berkas lokakarya rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>The workshop file is empty: it was cut off while being written.</source>
        <translation>Berkas lokakarya kosong: penulisannya terputus.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>This file is not a SmartBimtek workshop file.</source>
        <translation>Berkas ini bukan berkas lokakarya SmartBimtek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>This workshop file was saved by a newer version of SmartBimtek.</source>
        <translation>Berkas lokakarya ini disimpan oleh SmartBimtek versi yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>The workshop file does not exist (moved or deleted?).</source>
        <translation>Berkas lokakarya tidak ditemukan (dipindahkan atau dihapus?).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>This workshop file (or its folder) is read-only: SmartBimtek saves every change as it is made, so it needs a file it can write.</source>
        <translation>Berkas lokakarya ini (atau foldernya) hanya-baca: SmartBimtek menyimpan setiap perubahan saat itu juga, jadi berkas harus dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>The change was not saved: the workshop file is busy with other entries. Try again.</source>
        <translation>Perubahan belum tersimpan: berkas lokakarya sedang sibuk menyimpan masukan lain. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>The change was not saved: the workshop file cannot be written.</source>
        <translation>Perubahan belum tersimpan: berkas lokakarya tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>The workshop file cannot be used.</source>
        <translation>Berkas lokakarya tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>This record does not exist any more (it was deleted).</source>
        <translation>Data ini sudah tidak ada (telah dihapus).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187"/>
        <source>Input is locked by the facilitator.</source>
        <translation>Isian sedang dikunci oleh fasilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>Vote budget used up: {used} of {budget} dots are already placed elsewhere.</source>
        <translation>Jatah suara habis: {used} dari {budget} titik sudah diberikan ke program lain.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>This agenda command does not apply now (no step is running, or there is no previous step).</source>
        <translation>Perintah agenda ini tidak berlaku sekarang (tidak ada langkah yang berjalan, atau tidak ada langkah sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>This action is not allowed.</source>
        <translation>Tindakan ini tidak diizinkan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>The document could not be exported: {detail}</source>
        <translation>Dokumen tidak dapat diekspor: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>The action was refused: {detail}</source>
        <translation>Tindakan ditolak: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>Unexpected error: {detail}</source>
        <translation>Kesalahan tak terduga: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>The weights of the internal table (S+W) sum to {total}, not 1.00.</source>
        <translation>Jumlah bobot tabel internal (S+W) adalah {total}, seharusnya 1,00.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>The weights of the external table (O+T) sum to {total}, not 1.00.</source>
        <translation>Jumlah bobot tabel eksternal (O+T) adalah {total}, seharusnya 1,00.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../ui/start_screen.py" line="95"/>
        <source>New workshop</source>
        <translation>Lokakarya baru</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="100"/>
        <source>e.g. Sukamaju</source>
        <translation>mis. Sukamaju</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="111"/>
        <source>Add the OPDs of the template list (can be edited later)</source>
        <translation>Tambahkan OPD dari daftar templat (dapat diubah nanti)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="116"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="119"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="120"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="121"/>
        <source>Bimtek stage</source>
        <translation>Tahap bimtek</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="122"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="123"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="125"/>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="130"/>
        <source>Create workshop</source>
        <translation>Buat lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="152"/>
        <source>Save the new workshop as</source>
        <translation>Simpan lokakarya baru sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="153"/>
        <source>Workshop files (*.bimtek)</source>
        <translation>Berkas lokakarya (*.bimtek)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/views/agenda.py" line="128"/>
        <location filename="../../ui/views/agenda.py" line="154"/>
        <source>Notes and decisions</source>
        <translation>Catatan dan keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="134"/>
        <source>Type a note or decision, then Enter</source>
        <translation>Ketik catatan atau keputusan, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="140"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="141"/>
        <source>Delete selected note</source>
        <translation>Hapus catatan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="153"/>
        <source>Notes and decisions: {title}</source>
        <translation>Catatan dan keputusan: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="175"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="196"/>
        <source>Delete note</source>
        <translation>Hapus catatan</translation>
    </message>
</context>
<context>
    <name>OpdPanel</name>
    <message>
        <location filename="../../ui/views/roster.py" line="94"/>
        <source>Code, e.g. DISKOMINFO</source>
        <translation>Kode, mis. DISKOMINFO</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="97"/>
        <source>Full name of the OPD</source>
        <translation>Nama lengkap OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="100"/>
        <source>no table</source>
        <translation>tanpa meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="101"/>
        <source>Table </source>
        <translation>Meja </translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="102"/>
        <location filename="../../ui/views/roster.py" line="171"/>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="110"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="110"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="110"/>
        <source>Table</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="121"/>
        <source>Delete selected OPD</source>
        <translation>Hapus OPD terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="122"/>
        <source>Import from CSV/XLSX...</source>
        <translation>Impor dari CSV/XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="123"/>
        <source>Add from the template list...</source>
        <translation>Tambah dari daftar templat...</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="160"/>
        <source>{n} OPDs</source>
        <translation>{n} OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="198"/>
        <source>Edit OPD</source>
        <translation>Ubah OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="214"/>
        <source>Delete OPD</source>
        <translation>Hapus OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="221"/>
        <location filename="../../ui/views/roster.py" line="236"/>
        <source>Import OPDs</source>
        <translation>Impor OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="221"/>
        <source>Roster files (*.csv *.xlsx)</source>
        <translation>Berkas daftar OPD (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="262"/>
        <source>Add OPDs from the template</source>
        <translation>Tambah OPD dari templat</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="72"/>
        <location filename="../../ui/views/attendance.py" line="85"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="76"/>
        <location filename="../../ui/views/attendance.py" line="86"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="78"/>
        <source>Phone (private)</source>
        <translation>Telepon (rahasia)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="79"/>
        <location filename="../../ui/views/attendance.py" line="152"/>
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="85"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="86"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="95"/>
        <source>Delete selected participant</source>
        <translation>Hapus peserta terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="47"/>
        <location filename="../../ui/views/attendance.py" line="118"/>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="132"/>
        <source>{n} participants</source>
        <translation>{n} peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="166"/>
        <source>Edit participant</source>
        <translation>Ubah peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="192"/>
        <source>Delete participant</source>
        <translation>Hapus peserta</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/file_menu.py" line="100"/>
        <source>Facilitator PIN</source>
        <translation>PIN fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="102"/>
        <source>The PIN is needed to leave table entry mode (4 to 12 digits).</source>
        <translation>PIN diperlukan untuk keluar dari mode isian meja (4 sampai 12 angka).</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="109"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="110"/>
        <source>Repeat the PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="124"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN harus terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="126"/>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../ui/views/workshop.py" line="56"/>
        <source>e.g. Sukamaju</source>
        <translation>mis. Sukamaju</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="65"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="71"/>
        <source>One mission per line</source>
        <translation>Satu misi per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="74"/>
        <source>One goal per line</source>
        <translation>Satu tujuan per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="77"/>
        <source>One target per line</source>
        <translation>Satu sasaran per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="80"/>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="88"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="89"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="90"/>
        <source>Plan title</source>
        <translation>Judul masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="91"/>
        <source>Plan period</source>
        <translation>Periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="92"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="93"/>
        <source>Missions</source>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="94"/>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="95"/>
        <source>Targets</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="96"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="97"/>
        <source>Narrative chapter</source>
        <translation>Bab narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="98"/>
        <source>Narrative text</source>
        <translation>Teks narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="148"/>
        <source>Edit plan</source>
        <translation>Ubah masterplan</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="160"/>
        <source>SmartBimtek — Projector</source>
        <translation>SmartBimtek — Proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="246"/>
        <source>Input tables not open</source>
        <translation>Isian meja belum dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="263"/>
        <source>Next: {title}</source>
        <translation>Berikutnya: {title}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="54"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="55"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../ui/run_bar.py" line="46"/>
        <source>Projector:</source>
        <translation>Proyektor:</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="49"/>
        <source>Agenda of the day</source>
        <translation>Agenda hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="50"/>
        <source>SWOT of one OPD</source>
        <translation>SWOT satu OPD</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="51"/>
        <source>SWOT overview by dimension</source>
        <translation>Ikhtisar SWOT per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="52"/>
        <source>SWOT overview by component</source>
        <translation>Ikhtisar SWOT per komponen</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="53"/>
        <source>Priority matrix</source>
        <translation>Matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="54"/>
        <source>Quick win list</source>
        <translation>Daftar quick win</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="55"/>
        <source>Join panel (phones)</source>
        <translation>Panel bergabung (ponsel)</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="81"/>
        <source>No step running</source>
        <translation>Tidak ada langkah berjalan</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="54"/>
        <source>Smart city master plan workshops (bimtek), fully offline.</source>
        <translation>Bimtek penyusunan masterplan smart city, sepenuhnya luring.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="58"/>
        <source>New workshop...</source>
        <translation>Lokakarya baru...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="59"/>
        <source>Open a workshop file...</source>
        <translation>Buka berkas lokakarya...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="60"/>
        <source>Open the demo workshop (Kabupaten Sukamaju)</source>
        <translation>Buka lokakarya demo (Kabupaten Sukamaju)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="65"/>
        <source>Recent workshops</source>
        <translation>Lokakarya terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="69"/>
        <source>No recent workshops yet.</source>
        <translation>Belum ada lokakarya terakhir.</translation>
    </message>
</context>
<context>
    <name>TableModeDialog</name>
    <message>
        <location filename="../../ui/file_menu.py" line="136"/>
        <source>Table entry mode</source>
        <translation>Mode isian meja</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="138"/>
        <source>This laptop will be locked to one OPD table. Leaving the mode needs the facilitator PIN.</source>
        <translation>Laptop ini akan dikunci untuk satu meja OPD. Keluar dari mode ini memerlukan PIN fasilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="146"/>
        <source>Start table mode</source>
        <translation>Mulai mode meja</translation>
    </message>
</context>
<context>
    <name>TableModeWindow</name>
    <message>
        <location filename="../../ui/table_mode.py" line="105"/>
        <source>Table entry: {code}</source>
        <extracomment>Same strong colours as the SWOT boards (white text on them is readable).</extracomment>
        <translation>Isian meja: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="118"/>
        <source>SWOT items</source>
        <translation>Butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="119"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="120"/>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="140"/>
        <source>Table: {code} — {name}</source>
        <translation>Meja: {code} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="166"/>
        <source>(no dimension)</source>
        <translation>(tanpa dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="193"/>
        <source>Write one SWOT item here</source>
        <translation>Tulis satu butir SWOT di sini</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="198"/>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="199"/>
        <source>Delete selected item</source>
        <translation>Hapus butir terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="214"/>
        <source>Program title</source>
        <translation>Judul program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="222"/>
        <source>Short description (optional)</source>
        <translation>Deskripsi singkat (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="226"/>
        <source>Benefit to citizens (optional)</source>
        <translation>Manfaat bagi warga (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="229"/>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="246"/>
        <source>Score each program from 1 (low) to 5 (high). Your table&apos;s scores are saved at once.</source>
        <translation>Beri skor setiap program dari 1 (rendah) sampai 5 (tinggi). Skor meja Anda langsung tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="253"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="253"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="254"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="274"/>
        <source>Facilitator PIN:</source>
        <translation>PIN fasilitator:</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="278"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="279"/>
        <source>Leave table mode...</source>
        <translation>Keluar dari mode meja...</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="336"/>
        <source>Now: {title}</source>
        <translation>Sekarang: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="337"/>
        <source>Waiting for the facilitator</source>
        <translation>Menunggu fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="378"/>
        <location filename="../../ui/table_mode.py" line="401"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="424"/>
        <source>Wrong PIN. Ask the facilitator.</source>
        <translation>PIN salah. Tanyakan kepada fasilitator.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/views/roster.py" line="44"/>
        <source>Add OPDs from the template list</source>
        <translation>Tambah OPD dari daftar templat</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="47"/>
        <source>Tick the OPDs taking part:</source>
        <translation>Centang OPD yang ikut serta:</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="59"/>
        <source>Tick all</source>
        <translation>Centang semua</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="60"/>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../ui/views/agenda.py" line="70"/>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="71"/>
        <location filename="../../ui/views/agenda.py" line="99"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="72"/>
        <source>Next ▶</source>
        <translation>Lanjut ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="73"/>
        <source>+1 min</source>
        <translation>+1 menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="74"/>
        <source>+5 min</source>
        <translation>+5 menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="92"/>
        <source>No step is running. Press Next (→) to start.</source>
        <translation>Belum ada langkah berjalan. Tekan Lanjut (→) untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="98"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="112"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="114"/>
        <source>Over time</source>
        <translation>Melewati waktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="116"/>
        <source>Planned {minutes} min, ends about {end}</source>
        <translation>Rencana {minutes} menit, selesai sekitar pukul {end}</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../ui/views/workshop.py" line="323"/>
        <source>Region and plan</source>
        <translation>Daerah dan masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="324"/>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="325"/>
        <source>OPD roster</source>
        <translation>Daftar OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="326"/>
        <source>Participants and attendance</source>
        <translation>Peserta dan kehadiran</translation>
    </message>
</context>
</TS>
