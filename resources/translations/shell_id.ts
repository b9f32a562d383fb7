<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="48"/>
        <source>&amp;New workshop...</source>
        <translation>&amp;Lokakarya baru...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>&amp;Open...</source>
        <translation>&amp;Buka...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>Open the &amp;demo workshop</source>
        <translation>Buka lokakarya &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>Save a &amp;copy...</source>
        <translation>Simpan &amp;salinan...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Pulihkan cadangan...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>&amp;Export documents...</source>
        <translation>&amp;Ekspor dokumen...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>OPD &amp;worksheets (kertas kerja)...</source>
        <translation>&amp;Kertas kerja OPD...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;Table entry mode...</source>
        <translation>Mode isian &amp;meja...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57"/>
        <source>&amp;Close workshop</source>
        <translation>&amp;Tutup lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <location filename="../../ui/actions.py" line="150"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <location filename="../../ui/actions.py" line="153"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>&amp;Pause / resume timer</source>
        <translation>&amp;Jeda / lanjutkan pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;Next step</source>
        <translation>Langkah &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>P&amp;revious step</source>
        <translation>Langkah &amp;sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>+1 minute</source>
        <translation>+1 menit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>+5 minutes</source>
        <translation>+5 menit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Back to the previous step (Left arrow)</source>
        <translation>Kembali ke langkah sebelumnya (panah kiri)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Next step ▶</source>
        <translation>Langkah berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>End this step and start the next one (Right arrow)</source>
        <translation>Akhiri langkah ini dan mulai langkah berikutnya (panah kanan)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="164"/>
        <source>Resume timer</source>
        <translation>Jalankan pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="165"/>
        <source>Pause timer</source>
        <translation>Jeda pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Projector window</source>
        <translation>Jendela &amp;proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Projector (F5)</source>
        <translation>Proyektor (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Projector text &amp;larger</source>
        <translation>Teks proyektor &amp;lebih besar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Projector text &amp;smaller</source>
        <translation>Teks proyektor lebih &amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Projector text &amp;normal size</source>
        <translation>Teks proyektor ukuran &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <source>Facilitator &amp;PIN...</source>
        <translation>&amp;PIN fasilitator...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>User &amp;guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>&amp;About SmartBimtek</source>
        <translation>&amp;Tentang SmartBimtek</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Urungkan {what}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="151"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ulangi {what}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/views/agenda.py" line="50"/>
        <source>Named</source>
        <extracomment>Who sees the names on a step&apos;s phone entries (``smartbimtek.model.ANONYMITY``).</extracomment>
        <translation>Bernama</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="51"/>
        <source>Names for the facilitator only</source>
        <translation>Nama hanya untuk fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="52"/>
        <source>Anonymous (no names)</source>
        <translation>Anonim (tanpa nama)</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="89"/>
        <source>Planned</source>
        <extracomment>Narrowest Step column before the Kind column steps aside.</extracomment>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="89"/>
        <source>Min</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="90"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="90"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="91"/>
        <source>Actual</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="103"/>
        <source>Start this step</source>
        <translation>Mulai langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="104"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="105"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="106"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="112"/>
        <source>Names on phone entries:</source>
        <translation>Nama pada isian ponsel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="117"/>
        <source>Named: everyone sees who wrote an entry. Facilitator only: names are kept for the facilitator. Anonymous: no name is asked or stored.</source>
        <translation>Bernama: semua orang melihat penulis isian. Hanya fasilitator: nama disimpan untuk fasilitator. Anonim: nama tidak diminta dan tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="124"/>
        <source>New step title</source>
        <translation>Judul langkah baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="128"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="132"/>
        <location filename="../../ui/views/agenda.py" line="367"/>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="190"/>
        <source>No event yet: add one in Workshop &gt; Event.</source>
        <translation>Belum ada kegiatan: tambahkan di Lokakarya &gt; Kegiatan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="317"/>
        <source>Edit step</source>
        <translation>Ubah langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="330"/>
        <source>Change who sees names</source>
        <translation>Ubah siapa yang melihat nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="340"/>
        <source>Change duration</source>
        <translation>Ubah durasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="379"/>
        <source>Remove step</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda.py" line="393"/>
        <source>Move step</source>
        <translation>Pindahkan langkah</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Something went wrong. Everything the status bar showed as saved is kept; the details are in the log file.</source>
        <extracomment>Name of the plain file handler that writes the log until ``rotate_log`` replaces it.</extracomment>
        <translation>Terjadi kesalahan. Semua yang sudah ditandai tersimpan di bilah status tetap aman; rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="401"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="254"/>
        <source>Attendance check-in</source>
        <translation>Pencatatan kehadiran</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="256"/>
        <source>Day:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="261"/>
        <source>Type a few letters of a name, then Enter</source>
        <translation>Ketik beberapa huruf nama, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="276"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="276"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="357"/>
        <source>Check in {name}</source>
        <translation>Catat kehadiran {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="361"/>
        <source>Checked in: {name}</source>
        <translation>Tercatat hadir: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="382"/>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="389"/>
        <source>Present: {present} of {total}</source>
        <translation>Hadir: {present} dari {total}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="211"/>
        <source>Export documents</source>
        <translation>Ekspor dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="217"/>
        <source>Master plan (book 2)</source>
        <translation>Masterplan (buku 2)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="218"/>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="219"/>
        <source>Quick win profiles</source>
        <translation>Profil quick win</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="220"/>
        <source>Workshop report (laporan pelaksanaan)</source>
        <translation>Laporan pelaksanaan</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="221"/>
        <source>Attendance list to sign (daftar hadir)</source>
        <translation>Daftar hadir (untuk ditandatangani)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>All data (every entry)</source>
        <translation>Seluruh data (setiap isian)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Event of the report</source>
        <translation>Kegiatan untuk laporan</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="255"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="258"/>
        <location filename="../../ui/export_dialog.py" line="299"/>
        <source>Output folder</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="271"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="273"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="285"/>
        <source>The document exporters are not installed in this version.</source>
        <translation>Modul ekspor dokumen belum tersedia pada versi ini.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="332"/>
        <source>Choose at least one document and a format that suits it.</source>
        <translation>Pilih setidaknya satu dokumen dan format yang sesuai.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="339"/>
        <source>The folder cannot be created: {error}</source>
        <translation>Folder tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="350"/>
        <source>Exporting {n} files...</source>
        <translation>Mengekspor {n} berkas...</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="372"/>
        <source>Nothing was exported: the existing files are kept.</source>
        <translation>Tidak ada yang diekspor: berkas yang sudah ada tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="402"/>
        <source>{n} files written to {folder}</source>
        <translation>{n} berkas tersimpan di {folder}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>OPD code</source>
        <translation>Kode OPD</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <location filename="../../ui/messages.py" line="30"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Supporting OPD</source>
        <translation>OPD pendukung</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Element</source>
        <translation>Elemen</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Readiness component</source>
        <translation>Komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Horizon</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <location filename="../../ui/messages.py" line="95"/>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Funding source</source>
        <translation>Sumber pendanaan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>End year</source>
        <translation>Tahun selesai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Benefit to citizens</source>
        <translation>Manfaat bagi warga</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Targets</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Table number</source>
        <translation>Nomor meja</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Duration (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Instructions</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Anonymity</source>
        <translation>Anonimitas</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Missions</source>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Plan title</source>
        <translation>Judul masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Plan period start</source>
        <translation>Awal periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Plan period end</source>
        <translation>Akhir periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Narrative</source>
        <translation>Narasi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Rater</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Rater kind</source>
        <translation>Jenis penilai</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>Number of dots</source>
        <translation>Jumlah titik suara</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>Voter</source>
        <translation>Pemilih</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>Voter kind</source>
        <translation>Jenis pemilih</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Indonesian label</source>
        <translation>Label bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>English label</source>
        <translation>Label bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Linked SWOT items</source>
        <translation>Butir SWOT terkait</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>Linked strategies</source>
        <translation>Strategi terkait</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>Agenda step</source>
        <translation>Langkah agenda</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>Strategy type</source>
        <translation>Jenis strategi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>Progress (%)</source>
        <translation>Kemajuan (%)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>Baseline year</source>
        <translation>Tahun nilai dasar</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="143"/>
        <source>Workshop file</source>
        <extracomment>Names this module gives from ``ui.file_dialogs``, imported when first asked for: the dialogs (and the Qt dialog classes they use) are not needed before the first paint.</extracomment>
        <translation>Berkas lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="165"/>
        <source>Open a workshop</source>
        <translation>Buka lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="166"/>
        <source>Workshop files (*.bimtek);;All files (*)</source>
        <translation>Berkas lokakarya (*.bimtek);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="216"/>
        <source>Save a copy as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="217"/>
        <source>Workshop files (*.bimtek)</source>
        <translation>Berkas lokakarya (*.bimtek)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="254"/>
        <source>Copy saved: {path}</source>
        <translation>Salinan tersimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="276"/>
        <source>Backup made: {path}</source>
        <translation>Cadangan dibuat: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="295"/>
        <source>The backup could not be made: the disk is full. Free some space; the workshop file itself is not affected.</source>
        <translation>Cadangan tidak dapat dibuat: disk penuh. Kosongkan sebagian ruang; berkas lokakarya sendiri tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="297"/>
        <source>The backup could not be made ({detail}). The workshop file itself is not affected.</source>
        <translation>Cadangan tidak dapat dibuat ({detail}). Berkas lokakarya sendiri tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="323"/>
        <source>There is no backup of this workshop yet.</source>
        <translation>Belum ada cadangan untuk lokakarya ini.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="349"/>
        <source>Backup restored.</source>
        <translation>Cadangan telah dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="381"/>
        <source>Facilitator PIN saved.</source>
        <translation>PIN fasilitator tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="391"/>
        <source>Add the OPD roster first (Workshop &gt; OPD roster).</source>
        <translation>Isi daftar OPD terlebih dahulu (Lokakarya &gt; Daftar OPD).</translation>
    </message>
</context>
<context>
    <name>FileTargets</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>{name} is a SmartBimtek workshop file (or part of one): it is never replaced. Choose another name or folder.</source>
        <extracomment>Which formats make sense for which document when the exporters do not say.</extracomment>
        <translation>{name} adalah berkas lokakarya SmartBimtek (atau bagiannya): berkas ini tidak pernah ditimpa. Pilih nama atau folder lain.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>{name} is in use by a program: it is not replaced. Choose another name or folder.</source>
        <translation>{name} sedang dipakai oleh sebuah program: berkas ini tidak ditimpa. Pilih nama atau folder lain.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} sudah ada di {folder}. Timpa?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>{n} files already exist in {folder} (for example {name}). Replace them?</source>
        <translation>{n} berkas sudah ada di {folder} (misalnya {name}). Timpa semuanya?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Replace existing files?</source>
        <translation>Timpa berkas yang sudah ada?</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../ui/help_viewer.py" line="63"/>
        <source>SmartBimtek user guide</source>
        <extracomment>The first heading of each language&apos;s part of the guide.</extracomment>
        <translation>Panduan pengguna SmartBimtek</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="69"/>
        <source>Find in the guide</source>
        <translation>Cari di panduan</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="71"/>
        <source>Find next</source>
        <translation>Cari berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.py" line="91"/>
        <source>The user guide was not found: {path}</source>
        <translation>Panduan pengguna tidak ditemukan: {path}</translation>
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
        <location filename="../../ui/labels.py" line="112"/>
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
        <translation>Penentuan prioritas</translation>
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
        <location filename="../../ui/labels.py" line="42"/>
        <source>Vision keywords</source>
        <translation>Kata kunci visi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Review (tanggapan)</source>
        <translation>Tinjauan (tanggapan)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>City (kota)</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Quick win (within 1 year)</source>
        <translation>Quick win (paling lama 1 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Short term (1-2 years)</source>
        <translation>Jangka pendek (1-2 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Medium term (5 years)</source>
        <translation>Jangka menengah (5 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Long term (10 years)</source>
        <translation>Jangka panjang (10 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Aims and objectives</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Scope</source>
        <translation>Ruang lingkup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Method of preparation</source>
        <translation>Metodologi penyusunan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Regional profile</source>
        <translation>Profil daerah</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Digital conditions and services</source>
        <translation>Kondisi digital dan layanan daerah</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Strategic issues</source>
        <translation>Isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Development of the suprastructure</source>
        <translation>Pengembangan suprastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Development of the infrastructure</source>
        <translation>Pengembangan infrastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Development of the structure</source>
        <translation>Pengembangan struktur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Day {n}</source>
        <translation>Hari ke-{n}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Workshop</source>
        <extracomment>Windows built by a language switch (kept alive here: ``main()`` holds only the first).</extracomment>
        <translation>Lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>SWOT board</source>
        <translation>Papan SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Readiness</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Priority matrix</source>
        <translation>Matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Road map</source>
        <translation>Peta jalan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="32"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="47"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="50"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="53"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="61"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="62"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="66"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Layar proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="69"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>DEMO (example data)</source>
        <translation>DEMO (data contoh)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>All changes saved ({time})</source>
        <translation>Semua perubahan tersimpan ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Last change NOT saved</source>
        <translation>Perubahan terakhir BELUM tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Projector text size: {percent}%</source>
        <translation>Ukuran teks proyektor: {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>No projector screen: press F5 to show the projector window.</source>
        <translation>Tidak ada layar proyektor: tekan F5 untuk menampilkan jendela proyektor.</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="83"/>
        <source>No second screen connected</source>
        <translation>Tidak ada layar kedua yang tersambung</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="101"/>
        <source>No recent workshops</source>
        <translation>Belum ada lokakarya terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>The language changes the next time SmartBimtek starts.</source>
        <translation>Bahasa akan berganti saat SmartBimtek dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Version %1, built %2</source>
        <translation>Versi %1, dibuat %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Version %1 (development build)</source>
        <translation>Versi %1 (build pengembangan)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>About SmartBimtek</source>
        <translation>Tentang SmartBimtek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>SmartBimtek: an offline tool for smart city master plan workshops (bimtek). Everything is saved as you work.</source>
        <translation>SmartBimtek: aplikasi luring untuk bimbingan teknis (bimtek) penyusunan masterplan smart city. Setiap perubahan langsung tersimpan.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/widgets/common.py" line="249"/>
        <location filename="../../ui/widgets/common.py" line="250"/>
        <source>Close message</source>
        <extracomment>Background and text colour of a timer per phase (see ``rules.agenda.phase``). High contrast on purpose: the same colours are used on the projector.</extracomment>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>{field} (row {record})</source>
        <translation>{field} (baris {record})</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>Restore it from a backup: File &gt; Restore backup.</source>
        <translation>Pulihkan dari cadangan: Berkas &gt; Pulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>Update SmartBimtek to open it.</source>
        <translation>Perbarui SmartBimtek untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>Copy it to a folder you can write to (for example Documents) and open the copy, or remove its read-only mark.</source>
        <translation>Salin berkas ke folder yang dapat ditulisi (misalnya Dokumen) lalu buka salinannya, atau hapus tanda hanya-baca pada berkas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Check that the drive holding the file is still connected and not full, then try again.</source>
        <translation>Periksa apakah drive tempat berkas masih terpasang dan tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>If recent work is missing, restore the newest backup: File &gt; Restore backup.</source>
        <translation>Bila pekerjaan terbaru hilang, pulihkan cadangan terbaru: Berkas &gt; Pulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>If no program has the workshop open, remove {name} (in {folder}) and open the file again.</source>
        <translation>Bila tidak ada program yang membuka lokakarya ini, hapus {name} (di {folder}) lalu buka berkasnya lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>{field} must not be empty.</source>
        <translation>{field} tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>{field} is too long: {length} characters, at most {max} allowed.</source>
        <translation>{field} terlalu panjang: {length} karakter, paling banyak {max} karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>{field}: this value is not one of the allowed choices.</source>
        <translation>{field}: nilai ini bukan salah satu pilihan yang tersedia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>{field}: the value has the wrong form (a number or a date is expected).</source>
        <translation>{field}: bentuk nilainya salah (seharusnya angka atau tanggal).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>{field} is outside the allowed range.</source>
        <translation>{field} berada di luar rentang yang diizinkan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>{field} is not written in the expected form.</source>
        <translation>{field} tidak ditulis dalam format yang benar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>{field}: the file is not a JPEG, PNG or WebP image, or it is damaged.</source>
        <translation>{field}: berkas bukan gambar JPEG, PNG atau WebP, atau rusak.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>{field}: the image is too large (at most 15 MB and 60 megapixels).</source>
        <translation>{field}: gambar terlalu besar (paling besar 15 MB dan 60 megapiksel).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>{field}: this value already exists.</source>
        <translation>{field}: nilai ini sudah ada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>{field}: this OPD is not in the roster.</source>
        <translation>{field}: OPD ini tidak ada dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>{field} cannot be changed here.</source>
        <translation>{field} tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>{field} does not belong to the chosen dimension.</source>
        <translation>{field} tidak termasuk dalam dimensi yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>{field} must not be negative (0 rupiah or more).</source>
        <translation>{field} tidak boleh negatif (0 rupiah atau lebih).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>{field}: {year} is outside the plan period {start}–{end}.</source>
        <translation>{field}: {year} berada di luar periode rencana {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183"/>
        <source>{field} is outside the plan period.</source>
        <translation>{field} berada di luar periode rencana.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>{field}: unknown funding source; use one of {sources}.</source>
        <translation>{field}: sumber dana tidak dikenal; gunakan salah satu dari {sources}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>{field}: this group (kelompok) does not exist or was deleted.</source>
        <translation>{field}: kelompok ini tidak ada atau sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="191"/>
        <source>{field}: this agenda step does not exist or was deleted.</source>
        <translation>{field}: langkah agenda ini tidak ada atau sudah dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>{field}: this participant is not in the roster.</source>
        <translation>{field}: peserta ini tidak ada dalam daftar peserta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>{field}: these keywords are already merged the other way round.</source>
        <translation>{field}: kata kunci ini sudah digabungkan ke arah sebaliknya.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>{field}: it cannot move to another program; delete it and add it there.</source>
        <translation>{field}: tidak dapat dipindahkan ke program lain; hapus lalu tambahkan di sana.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>{field}: the record does not exist (or was deleted).</source>
        <translation>{field}: data tidak ada (atau sudah dihapus).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203"/>
        <source>{field}: the value was refused ({detail}).</source>
        <translation>{field}: nilai ditolak ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>A leftover log from another session or another file was beside this workshop file, and with it the file did not pass its check. SmartBimtek opened the file as it was, without that log; the log is kept at {path}.</source>
        <translation>Di samping berkas lokakarya ini ada log sisa dari sesi lain atau berkas lain, dan dengan log itu berkas tidak lolos pemeriksaan. SmartBimtek membuka berkas seperti adanya, tanpa log tersebut; log itu disimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>The lock file of this workshop belongs to another user account on this computer.</source>
        <translation>Berkas kunci lokakarya ini milik akun pengguna lain di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>This workshop file is already open in another SmartBimtek window or on another computer.</source>
        <translation>Berkas lokakarya ini sedang dibuka di jendela SmartBimtek lain atau di komputer lain.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>The workshop file is damaged and cannot be read.</source>
        <translation>Berkas lokakarya rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="231"/>
        <source>The workshop file is empty: it was cut off while being written.</source>
        <translation>Berkas lokakarya kosong: penulisannya terputus.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>This file is not a SmartBimtek workshop file.</source>
        <translation>Berkas ini bukan berkas lokakarya SmartBimtek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>This workshop file was saved by a newer version of SmartBimtek.</source>
        <translation>Berkas lokakarya ini disimpan oleh SmartBimtek versi yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="234"/>
        <source>The workshop file does not exist (moved or deleted?).</source>
        <translation>Berkas lokakarya tidak ditemukan (dipindahkan atau dihapus?).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>This workshop file (or its folder) is read-only: SmartBimtek saves every change as it is made, so it needs a file it can write.</source>
        <translation>Berkas lokakarya ini (atau foldernya) hanya-baca: SmartBimtek menyimpan setiap perubahan saat itu juga, jadi berkas harus dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237"/>
        <source>The change was not saved: the workshop file is busy with other entries. Try again.</source>
        <translation>Perubahan belum tersimpan: berkas lokakarya sedang sibuk menyimpan masukan lain. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>The change was not saved: the workshop file cannot be written.</source>
        <translation>Perubahan belum tersimpan: berkas lokakarya tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>The workshop file cannot be used.</source>
        <translation>Berkas lokakarya tidak dapat digunakan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>This workshop file is already open here under another name: {name}.</source>
        <translation>Berkas lokakarya ini sudah terbuka di sini dengan nama lain: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>This record does not exist any more (it was deleted).</source>
        <translation>Data ini sudah tidak ada (telah dihapus).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>Input is locked by the facilitator.</source>
        <translation>Isian sedang dikunci oleh fasilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>Vote budget used up: {used} of {budget} dots are already placed elsewhere.</source>
        <translation>Jatah suara habis: {used} dari {budget} titik sudah diberikan ke program lain.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>This agenda command does not apply now (no step is running, or there is no previous step).</source>
        <translation>Perintah agenda ini tidak berlaku sekarang (tidak ada langkah yang berjalan, atau tidak ada langkah sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>This action is not allowed.</source>
        <translation>Tindakan ini tidak diizinkan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>The document could not be exported: {detail}</source>
        <translation>Dokumen tidak dapat diekspor: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>The action was refused: {detail}</source>
        <translation>Tindakan ditolak: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>Unexpected error: {detail}</source>
        <translation>Kesalahan tak terduga: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>The weights of the internal table (S+W) sum to {total}, not 1.00.</source>
        <translation>Jumlah bobot tabel internal (S+W) adalah {total}, seharusnya 1,00.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>The weights of the external table (O+T) sum to {total}, not 1.00.</source>
        <translation>Jumlah bobot tabel eksternal (O+T) adalah {total}, seharusnya 1,00.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../ui/new_workshop.py" line="35"/>
        <source>New workshop</source>
        <translation>Lokakarya baru</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="40"/>
        <source>e.g. Sukamaju</source>
        <translation>mis. Sukamaju</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="51"/>
        <source>Add the OPDs of the template list (can be edited later)</source>
        <translation>Tambahkan OPD dari daftar templat (dapat diubah nanti)</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="56"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="59"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="60"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="61"/>
        <source>Bimtek stage</source>
        <translation>Tahap bimtek</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="62"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="63"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="65"/>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="70"/>
        <source>Create workshop</source>
        <translation>Buat lokakarya</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="92"/>
        <source>Save the new workshop as</source>
        <translation>Simpan lokakarya baru sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/new_workshop.py" line="93"/>
        <source>Workshop files (*.bimtek)</source>
        <translation>Berkas lokakarya (*.bimtek)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="159"/>
        <source>Notes and decisions</source>
        <translation>Catatan dan keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="166"/>
        <source>Show the selected step&apos;s notes</source>
        <translation>Tampilkan catatan langkah terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="167"/>
        <source>Back to the running step</source>
        <translation>Kembali ke langkah berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="179"/>
        <source>Type a note or decision, then Enter</source>
        <translation>Ketik catatan atau keputusan, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="185"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="186"/>
        <source>Delete selected note</source>
        <translation>Hapus catatan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="228"/>
        <source>{title} (not the running step)</source>
        <translation>{title} (bukan langkah yang berjalan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="253"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="275"/>
        <source>Delete note</source>
        <translation>Hapus catatan</translation>
    </message>
</context>
<context>
    <name>OpdPanel</name>
    <message>
        <location filename="../../ui/views/roster.py" line="96"/>
        <source>Code, e.g. DISKOMINFO</source>
        <translation>Kode, mis. DISKOMINFO</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="99"/>
        <source>Full name of the OPD</source>
        <translation>Nama lengkap OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="102"/>
        <source>no table</source>
        <translation>tanpa meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="103"/>
        <source>Table </source>
        <translation>Meja </translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="104"/>
        <location filename="../../ui/views/roster.py" line="183"/>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="112"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="112"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="112"/>
        <source>Table</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="113"/>
        <source>Title of the head (jabatan)</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="115"/>
        <source>Printed in signature blocks and the komitmen bersama. Grey: the default from the OPD&apos;s name; type another title to change it, clear the cell for the default.</source>
        <translation>Dicetak di blok tanda tangan dan komitmen bersama. Abu-abu: jabatan bawaan dari nama OPD; ketik jabatan lain untuk mengubahnya, kosongkan sel untuk kembali ke bawaan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="128"/>
        <source>Delete selected OPD</source>
        <translation>Hapus OPD terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="129"/>
        <source>Import from CSV/XLSX...</source>
        <translation>Impor dari CSV/XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="130"/>
        <source>Add from the template list...</source>
        <translation>Tambah dari daftar templat...</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="171"/>
        <source>Default title, from the OPD&apos;s name</source>
        <translation>Jabatan bawaan, dari nama OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="172"/>
        <source>{n} OPDs</source>
        <translation>{n} OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="212"/>
        <source>Edit OPD</source>
        <translation>Ubah OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="228"/>
        <source>Delete OPD</source>
        <translation>Hapus OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="235"/>
        <location filename="../../ui/views/roster.py" line="250"/>
        <source>Import OPDs</source>
        <translation>Impor OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="235"/>
        <source>Roster files (*.csv *.xlsx)</source>
        <translation>Berkas daftar OPD (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="276"/>
        <source>Add OPDs from the template</source>
        <translation>Tambah OPD dari templat</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <location filename="../../ui/views/attendance.py" line="105"/>
        <location filename="../../ui/views/attendance.py" line="118"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="109"/>
        <location filename="../../ui/views/attendance.py" line="119"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="111"/>
        <source>Phone (private)</source>
        <translation>Telepon (rahasia)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="112"/>
        <location filename="../../ui/views/attendance.py" line="191"/>
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="118"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="119"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="120"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="120"/>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="131"/>
        <source>Delete selected participant</source>
        <translation>Hapus peserta terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="48"/>
        <location filename="../../ui/views/attendance.py" line="154"/>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="66"/>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="171"/>
        <source>{n} participants</source>
        <translation>{n} peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="205"/>
        <source>Edit participant</source>
        <translation>Ubah peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance.py" line="240"/>
        <source>Delete participant</source>
        <translation>Hapus peserta</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="30"/>
        <source>Facilitator PIN</source>
        <extracomment>Item data role of the table mode choice saying it is a group.</extracomment>
        <translation>PIN fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="32"/>
        <source>The PIN is needed to leave table entry mode (4 to 12 digits).</source>
        <translation>PIN diperlukan untuk keluar dari mode isian meja (4 sampai 12 angka).</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="39"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="40"/>
        <source>Repeat the PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="54"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN harus terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="56"/>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../ui/views/workshop.py" line="67"/>
        <source>e.g. Sukamaju</source>
        <extracomment>The tabs in order: key -&gt; the module under ``ui.views`` and class of its panel (built and imported when the tab is first shown or asked for; &quot;&quot; for a panel of this module). The panels the view loads when a workshop opens (the others load themselves).</extracomment>
        <translation>mis. Sukamaju</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="76"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="82"/>
        <source>One mission per line</source>
        <translation>Satu misi per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="85"/>
        <source>One goal per line</source>
        <translation>Satu tujuan per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="88"/>
        <source>One target per line</source>
        <translation>Satu sasaran per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="91"/>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="99"/>
        <source>Region name</source>
        <translation>Nama daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="100"/>
        <source>Region type</source>
        <translation>Jenis daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="101"/>
        <source>Plan title</source>
        <translation>Judul masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="102"/>
        <source>Plan period</source>
        <translation>Periode masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="103"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="104"/>
        <source>Missions</source>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="105"/>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="106"/>
        <source>Targets</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="107"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="108"/>
        <source>Narrative chapter</source>
        <translation>Bab narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="109"/>
        <source>Narrative text</source>
        <translation>Teks narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="159"/>
        <source>Edit plan</source>
        <translation>Ubah masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="189"/>
        <source>targets of tujuan and sasaran</source>
        <translation>target tujuan dan sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="190"/>
        <source>program targets</source>
        <translation>target program</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="191"/>
        <source>budget lines</source>
        <translation>baris anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="192"/>
        <source>activities</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="193"/>
        <source>regulations</source>
        <translation>regulasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="194"/>
        <source>enabler items</source>
        <translation>butir pendukung</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="199"/>
        <source>Change the plan period?</source>
        <translation>Ubah periode rencana?</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="200"/>
        <source>With the period {0}–{1} these records fall outside it (they stay in the file; change their years or the period later):</source>
        <translation>Dengan periode {0}–{1}, data berikut berada di luar periode (tetap tersimpan di berkas; ubah tahunnya atau periodenya nanti):</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <location filename="../../ui/projector_control.py" line="41"/>
        <source>Projector control</source>
        <extracomment>The thumbnail&apos;s size in the status bar, and how often it is redrawn at most.</extracomment>
        <translation>Kendali proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/projector_control.py" line="56"/>
        <source>Back to console (Esc)</source>
        <translation>Kembali ke konsol (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/projector_control.py" line="291"/>
        <source>Sent to the projector, which is hidden: press F5 to show it full screen.</source>
        <translation>Terkirim ke proyektor, yang sedang tersembunyi: tekan F5 untuk menampilkannya layar penuh.</translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <location filename="../../ui/projector_control.py" line="204"/>
        <source>What the projector shows (hidden: F5 shows it)</source>
        <translation>Yang tampil di proyektor (tersembunyi: tekan F5 untuk menampilkan)</translation>
    </message>
    <message>
        <location filename="../../ui/projector_control.py" line="205"/>
        <source>What the projector shows (F5 hides it)</source>
        <translation>Yang tampil di proyektor (tekan F5 untuk menyembunyikan)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="96"/>
        <source>SmartBimtek — Projector</source>
        <extracomment>The widest countdown the header shows (over 100 minutes, overrun), the share of the window&apos;s width it may take at most, and the label&apos;s side padding (both sides, in pixels). The header (step title, next step, countdown) takes at most this share of the height; its texts are set smaller to fit it, so the board below always keeps the rest. The step title wraps to at most this many lines before it is shortened with &quot;…&quot;. &quot;screen&quot; (full screen on a projector screen) or &quot;window&quot; (one screen: full screen on the console&apos;s screen when shown) the board widget now shown (after ``set_board``)</extracomment>
        <translation>SmartBimtek — Proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="191"/>
        <source>Input tables not open</source>
        <translation>Isian meja belum dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="208"/>
        <source>Next: {title}</source>
        <translation>Berikutnya: {title}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="54"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="55"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../ui/quit_guard.py" line="29"/>
        <source>%n phone(s) are connected to table input. Quitting stops table input: the phones keep what they have not sent yet until SmartBimtek is open again. Quit anyway?</source>
        <translation>%n ponsel tersambung ke input meja. Menutup aplikasi menghentikan input meja: ponsel menyimpan isian yang belum terkirim sampai SmartBimtek dibuka lagi. Tetap keluar?</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="34"/>
        <source>Phones are connected</source>
        <translation>Ponsel masih tersambung</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="36"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="38"/>
        <source>Keep working</source>
        <translation>Tetap bekerja</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="104"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="107"/>
        <source>Backups (the newest are kept)</source>
        <translation>Cadangan (yang terbaru disimpan)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="109"/>
        <source>Kept copies (before a restore, an update or opening a file with a log; never deleted)</source>
        <translation>Salinan tersimpan (sebelum pemulihan, pembaruan, atau membuka berkas yang ada lognya; tidak pernah dihapus)</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="115"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="133"/>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../ui/run_bar.py" line="162"/>
        <source>DEMO</source>
        <extracomment>Pixels between the timer controls (+5) and &quot;Next step&quot;. The step title keeps about this many characters (or its whole text, if shorter) while the board chooser can still be narrowed; below that the title gives way first.</extracomment>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="164"/>
        <source>This is the demo workshop: example data to try things out.</source>
        <translation>Ini lokakarya demo: data contoh untuk mencoba.</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="187"/>
        <source>Projector:</source>
        <translation>Proyektor:</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="188"/>
        <source>Agenda of the day</source>
        <translation>Agenda hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="189"/>
        <source>SWOT of one OPD</source>
        <translation>SWOT satu OPD</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="190"/>
        <source>SWOT overview by dimension</source>
        <translation>Ikhtisar SWOT per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="191"/>
        <source>SWOT overview by component</source>
        <translation>Ikhtisar SWOT per komponen</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="192"/>
        <source>Priority matrix</source>
        <translation>Matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="193"/>
        <source>Quick win list</source>
        <translation>Daftar quick win</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="194"/>
        <source>Join panel (phones)</source>
        <translation>Panel bergabung (ponsel)</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="195"/>
        <source>Road map</source>
        <translation>Peta jalan</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="196"/>
        <source>Keywords &amp; vision</source>
        <translation>Kata kunci &amp; visi</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="197"/>
        <source>Program coverage</source>
        <translation>Cakupan program</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="198"/>
        <source>Review of the master plan</source>
        <translation>Tinjauan masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="199"/>
        <source>Joint commitment</source>
        <translation>Komitmen bersama</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="250"/>
        <source>No step running</source>
        <translation>Tidak ada langkah berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="266"/>
        <source>Group: {0}</source>
        <translation>Kelompok: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_bar.py" line="298"/>
        <source>What the projector shows: {0}</source>
        <translation>Tampilan proyektor: {0}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="273"/>
        <source>Exercise of Bimtek {0}</source>
        <extracomment>Width where the screen has room. Vertical and side padding of an entry. Section headers: font size, padding above and below (pixels). The view key of an entry, and the section header painted above it (or None). The console view that serves each exercise of ``smartbimtek.rules.stages``. Text colour of the running stage&apos;s views in the sidebar.</extracomment>
        <translation>Latihan Bimtek {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="276"/>
        <source>Bimtek {0} · Exercises</source>
        <translation>Bimtek {0} · Latihan</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="278"/>
        <source>All views</source>
        <translation>Semua tampilan</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/start_screen.py" line="42"/>
        <source>Smart city master plan workshops (bimtek), fully offline.</source>
        <translation>Bimtek penyusunan masterplan smart city, sepenuhnya luring.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="46"/>
        <source>New workshop...</source>
        <translation>Lokakarya baru...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="47"/>
        <source>Open a workshop file...</source>
        <translation>Buka berkas lokakarya...</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="48"/>
        <source>Try the demo workshop (example data)</source>
        <translation>Coba lokakarya demo (data contoh)</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="53"/>
        <source>The demo is an example Bimtek I of Kabupaten Sukamaju, on its second day. It is marked DEMO, its timer waits until you resume it, and changes to it do not touch your own workshops.</source>
        <translation>Demo adalah contoh Bimtek I Kabupaten Sukamaju pada hari kedua. Demo ditandai DEMO, pewaktunya menunggu sampai Anda menjalankannya, dan perubahan padanya tidak menyentuh lokakarya Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="59"/>
        <source>Recent workshops</source>
        <translation>Lokakarya terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/start_screen.py" line="63"/>
        <source>No recent workshops yet.</source>
        <translation>Belum ada lokakarya terakhir.</translation>
    </message>
</context>
<context>
    <name>TableExercises</name>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="31"/>
        <source>Draft</source>
        <extracomment>The table window&apos;s least text height (table_mode.SMALL_AREA; not imported: table_mode imports this module).</extracomment>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="31"/>
        <source>Discussed</source>
        <translation>Dibahas</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="32"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="56"/>
        <source>A keyword or short phrase for the vision</source>
        <translation>Kata kunci atau frasa singkat untuk visi</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="57"/>
        <source>Send keyword</source>
        <translation>Kirim kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="61"/>
        <source>Your table&apos;s keywords</source>
        <translation>Kata kunci meja Anda</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="93"/>
        <source>Your table&apos;s comment (tanggapan)</source>
        <translation>Tanggapan meja Anda</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="98"/>
        <source>Send comment</source>
        <translation>Kirim tanggapan</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="144"/>
        <source>Chapter</source>
        <translation>Bab</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="145"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="158"/>
        <source>Answer: {text}</source>
        <translation>Jawaban: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="159"/>
        <source>Not answered yet</source>
        <translation>Belum dijawab</translation>
    </message>
</context>
<context>
    <name>TableModeDialog</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="67"/>
        <source>Table entry mode</source>
        <translation>Mode isian meja</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="69"/>
        <source>This laptop will be locked to one OPD table or one group. Leaving the mode needs the facilitator PIN.</source>
        <translation>Laptop ini akan dikunci untuk satu meja OPD atau satu kelompok. Keluar dari mode ini memerlukan PIN fasilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="80"/>
        <source>Group: {name} ({kind})</source>
        <translation>Kelompok: {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="86"/>
        <source>Start table mode</source>
        <translation>Mulai mode meja</translation>
    </message>
</context>
<context>
    <name>TableModeWindow</name>
    <message>
        <location filename="../../ui/table_mode.py" line="123"/>
        <source>SWOT items</source>
        <extracomment>Same strong colours as the SWOT boards (white text on them is readable). Least height of the text fields and lists: the window fits a 1366x768 laptop at 150%.</extracomment>
        <translation>Butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="124"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="125"/>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="127"/>
        <source>Vision keywords</source>
        <translation>Kata kunci visi</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="128"/>
        <source>Review comments</source>
        <translation>Tanggapan tinjauan</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="186"/>
        <source>(no dimension)</source>
        <translation>(tanpa dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="213"/>
        <source>Write one SWOT item here</source>
        <translation>Tulis satu butir SWOT di sini</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="219"/>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="220"/>
        <source>Delete selected item</source>
        <translation>Hapus butir terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="236"/>
        <source>Program title</source>
        <translation>Judul program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="244"/>
        <source>Short description (optional)</source>
        <translation>Deskripsi singkat (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="249"/>
        <source>Benefit to citizens (optional)</source>
        <translation>Manfaat bagi warga (opsional)</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="253"/>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="271"/>
        <source>Score each program from 1 (low) to 5 (high). Your table&apos;s scores are saved at once.</source>
        <translation>Beri skor setiap program dari 1 (rendah) sampai 5 (tinggi). Skor meja Anda langsung tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="278"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="278"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="279"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="302"/>
        <source>Facilitator PIN:</source>
        <translation>PIN fasilitator:</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="306"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="307"/>
        <source>Leave table mode...</source>
        <translation>Keluar dari mode meja...</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="372"/>
        <source>Now: {title}</source>
        <translation>Sekarang: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="373"/>
        <source>Waiting for the facilitator</source>
        <translation>Menunggu fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="415"/>
        <location filename="../../ui/table_mode.py" line="439"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/table_mode.py" line="463"/>
        <source>Wrong PIN. Ask the facilitator.</source>
        <translation>PIN salah. Tanyakan kepada fasilitator.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/views/roster.py" line="46"/>
        <source>Add OPDs from the template list</source>
        <translation>Tambah OPD dari daftar templat</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="49"/>
        <source>Tick the OPDs taking part:</source>
        <translation>Centang OPD yang ikut serta:</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="61"/>
        <source>Tick all</source>
        <translation>Centang semua</translation>
    </message>
    <message>
        <location filename="../../ui/views/roster.py" line="62"/>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="60"/>
        <source>◀ Previous step</source>
        <extracomment>Pixel size of the big countdown (smaller only when its box is too narrow).</extracomment>
        <translation>◀ Langkah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="61"/>
        <location filename="../../ui/views/agenda_panels.py" line="81"/>
        <location filename="../../ui/views/agenda_panels.py" line="105"/>
        <source>Pause timer</source>
        <translation>Jeda pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="62"/>
        <source>Next step ▶</source>
        <translation>Langkah berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="63"/>
        <source>End this step and start the next one</source>
        <translation>Akhiri langkah ini dan mulai langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="64"/>
        <source>+1 min</source>
        <translation>+1 menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="65"/>
        <source>+5 min</source>
        <translation>+5 menit</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="82"/>
        <location filename="../../ui/views/agenda_panels.py" line="104"/>
        <source>Resume timer</source>
        <translation>Jalankan pewaktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="97"/>
        <source>No step is running. Press Next (→) to start.</source>
        <translation>Belum ada langkah berjalan. Tekan Lanjut (→) untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="137"/>
        <source>Paused: ends about {end} if resumed now</source>
        <translation>Dijeda: selesai sekitar pukul {end} bila dijalankan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="140"/>
        <source>Over time</source>
        <translation>Melewati waktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/agenda_panels.py" line="142"/>
        <source>Planned {minutes} min, ends about {end}</source>
        <translation>Rencana {minutes} menit, selesai sekitar pukul {end}</translation>
    </message>
</context>
<context>
    <name>WorksheetsDialog</name>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="59"/>
        <source>OPD worksheets</source>
        <translation>Kertas kerja OPD</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="62"/>
        <source>Each OPD gets an Excel worksheet (kertas kerja) with its SWOT items, programs, budgets, activities and quick win profiles, to fill in between two bimteks. Importing checks every sheet first: on any problem nothing is saved.</source>
        <translation>Setiap OPD mendapat kertas kerja Excel berisi butir SWOT, program, anggaran, kegiatan dan profil quick win-nya, untuk diisi di antara dua bimtek. Impor memeriksa semua lembar lebih dulu: bila ada masalah, tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="67"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="70"/>
        <source>Per OPD</source>
        <translation>Per OPD</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="71"/>
        <source>Per group</source>
        <translation>Per kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="89"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="90"/>
        <source>Choose folder...</source>
        <translation>Pilih folder...</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="95"/>
        <source>Replace existing worksheets in this folder</source>
        <translation>Ganti kertas kerja yang sudah ada di folder ini</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="97"/>
        <source>Export worksheets</source>
        <translation>Ekspor kertas kerja</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="102"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="104"/>
        <source>Import filled worksheets...</source>
        <translation>Impor kertas kerja yang sudah diisi...</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="108"/>
        <source>An import cannot be undone with Undo; the backup taken before it can be restored (File &gt; Restore a backup).</source>
        <translation>Impor tidak dapat dibatalkan dengan Urungkan; cadangan yang dibuat sebelumnya dapat dipulihkan (Berkas &gt; Pulihkan cadangan).</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="114"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="131"/>
        <source>Folder for the worksheets</source>
        <translation>Folder kertas kerja</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="138"/>
        <source>Import OPD worksheets</source>
        <translation>Impor kertas kerja OPD</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="139"/>
        <source>Excel worksheets (*.xlsx)</source>
        <translation>Kertas kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="162"/>
        <source>The current bimtek has no groups: set them up in the Groups tab first.</source>
        <translation>Bimtek yang sedang berjalan belum memiliki kelompok: buat kelompok dulu di tab Kelompok.</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="165"/>
        <source>Tick at least one group.</source>
        <translation>Centang sekurang-kurangnya satu kelompok.</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="166"/>
        <source>Tick at least one OPD.</source>
        <translation>Centang sekurang-kurangnya satu OPD.</translation>
    </message>
    <message>
        <location filename="../../ui/worksheets_dialog.py" line="180"/>
        <source>A worksheet already exists in this folder: {path}. Tick &quot;Replace existing worksheets&quot; or choose another folder.</source>
        <translation>Kertas kerja sudah ada di folder ini: {path}. Centang &quot;Ganti kertas kerja yang sudah ada&quot; atau pilih folder lain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="185"/>
        <source>%n worksheet(s) written:</source>
        <translation>
            <numerusform>%n kertas kerja ditulis:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="196"/>
        <source>Nothing was saved: %n problem(s) in the worksheets.</source>
        <translation>
            <numerusform>Tidak ada yang disimpan: %n masalah di kertas kerja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="203"/>
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n perubahan disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../ui/views/workshop.py" line="238"/>
        <source>Region and plan</source>
        <translation>Daerah dan masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="238"/>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="239"/>
        <source>OPD roster</source>
        <translation>Daftar OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="240"/>
        <source>Participants and attendance</source>
        <translation>Peserta dan kehadiran</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="241"/>
        <source>What changed</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="241"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop.py" line="242"/>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/table_mode_exercises.py" line="78"/>
        <location filename="../../ui/table_mode_exercises.py" line="120"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
</TS>
