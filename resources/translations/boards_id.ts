<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AgendaBoard</name>
    <message>
        <location filename="../../ui/views/projector_agenda.py" line="72"/>
        <source>Agenda, day {day}</source>
        <extracomment>Row text at scale 1.0 on a 1920-pixel-wide board, and the smallest row text on a 1080-line board (both in pixels; the smallest follows the board&apos;s height).</extracomment>
        <translation>Agenda hari ke-{day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_agenda.py" line="137"/>
        <source>… {0} earlier</source>
        <translation>… {0} sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_agenda.py" line="157"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>BoardLabels</name>
    <message>
        <location filename="../../ui/views/board_labels.py" line="16"/>
        <source>Quick win (within 1 year)</source>
        <translation>Quick win (paling lama 1 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="17"/>
        <source>Short term (1–2 years)</source>
        <translation>Jangka pendek (1–2 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="18"/>
        <source>Medium term (5 years)</source>
        <translation>Jangka menengah (5 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="19"/>
        <source>Long term (10 years)</source>
        <translation>Jangka panjang (10 tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="25"/>
        <source>Quick win</source>
        <translation>Quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="25"/>
        <source>Short</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="25"/>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="26"/>
        <source>Long</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="32"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="39"/>
        <source>Quick Win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="40"/>
        <source>Major Project</source>
        <translation>Proyek Besar</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="41"/>
        <source>Fill-in</source>
        <translation>Pengisi</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="42"/>
        <source>Thankless</source>
        <translation>Tidak Sepadan</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="43"/>
        <source>Not scored</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="50"/>
        <location filename="../../ui/views/board_labels.py" line="58"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="50"/>
        <location filename="../../ui/views/board_labels.py" line="60"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/board_labels.py" line="51"/>
        <source>No program has impact and effort scores yet.</source>
        <translation>Belum ada program yang memiliki nilai dampak dan upaya.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/views/changes.py" line="89"/>
        <source>Since this bimtek started</source>
        <translation>Sejak bimtek ini dimulai</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="90"/>
        <source>Between two bimteks</source>
        <translation>Antara dua bimtek</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="90"/>
        <source>Between two moments</source>
        <translation>Antara dua waktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="99"/>
        <location filename="../../ui/views/changes.py" line="112"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="117"/>
        <source>Export...</source>
        <translation>Ekspor...</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="118"/>
        <source>Write this change report to Word or PDF</source>
        <translation>Tulis laporan perubahan ini ke Word atau PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="133"/>
        <source>Item and field</source>
        <translation>Butir dan isian</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="133"/>
        <source>Before</source>
        <translation>Semula</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="134"/>
        <source>After</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="169"/>
        <source>Bimtek {stage} ({date})</source>
        <translation>Bimtek {stage} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="210"/>
        <source>Nothing changed in this range.</source>
        <translation>Tidak ada perubahan dalam rentang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="216"/>
        <source>No bimtek is chosen as the current one (Workshop &gt; Event).</source>
        <translation>Belum ada bimtek yang dipilih sebagai bimtek berjalan (Lokakarya &gt; Kegiatan).</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="218"/>
        <source>The bimtek has no start date yet: set it under Workshop &gt; Event.</source>
        <translation>Bimtek ini belum memiliki tanggal mulai: isi di Lokakarya &gt; Kegiatan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="220"/>
        <source>No bimtek has a start date yet: set it under Workshop &gt; Event.</source>
        <translation>Belum ada bimtek yang memiliki tanggal mulai: isi di Lokakarya &gt; Kegiatan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="222"/>
        <source>The end is before the start.</source>
        <translation>Waktu akhir sebelum waktu mulai.</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="228"/>
        <source>Changes since {start}:</source>
        <translation>Perubahan sejak {start}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="229"/>
        <source>Changes from {start} to {end}:</source>
        <translation>Perubahan dari {start} sampai {end}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="270"/>
        <source>Export the change report</source>
        <translation>Ekspor laporan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="271"/>
        <source>Word (*.docx);;PDF (*.pdf)</source>
        <translation>Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="290"/>
        <source>Nothing was exported: the existing file is kept.</source>
        <translation>Tidak ada yang diekspor: berkas yang sudah ada tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="306"/>
        <source>The folder cannot be created: {error}</source>
        <translation>Folder tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="323"/>
        <source>Writing {name}...</source>
        <translation>Menulis {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="346"/>
        <source>The change report was not written: {error}</source>
        <translation>Laporan perubahan tidak ditulis: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="349"/>
        <source>Change report written to {path}</source>
        <translation>Laporan perubahan ditulis ke {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="356"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="356"/>
        <source>Quick wins</source>
        <translation>Quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="357"/>
        <source>SWOT items</source>
        <translation>Butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="357"/>
        <source>Strategies</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="358"/>
        <source>Tujuan and sasaran</source>
        <translation>Tujuan dan sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="362"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="362"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="363"/>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="363"/>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="364"/>
        <source>Chosen</source>
        <translation>Dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="364"/>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="373"/>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="383"/>
        <source>{status} · {label}</source>
        <translation>{status} · {label}</translation>
    </message>
    <message>
        <location filename="../../ui/views/changes.py" line="389"/>
        <source>(which fields: not recorded)</source>
        <translation>(isian yang diubah tidak tercatat)</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <location filename="../../ui/views/commitment.py" line="38"/>
        <source>Regional head</source>
        <translation>Kepala daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="39"/>
        <source>Head of OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="40"/>
        <source>Pendamping</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="41"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>CommitmentProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_commitment.py" line="43"/>
        <source>Joint commitment</source>
        <translation>Komitmen bersama</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_commitment.py" line="107"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <location filename="../../ui/views/commitment.py" line="55"/>
        <source>Fill from the heads</source>
        <translation>Isi dari para kepala</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="56"/>
        <source>The regional head, the head of every OPD and the pendamping</source>
        <translation>Kepala daerah, kepala setiap OPD, dan para pendamping</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="59"/>
        <location filename="../../ui/views/commitment.py" line="146"/>
        <source>Mark signed</source>
        <translation>Tandai sudah menandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="61"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="63"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="66"/>
        <location filename="../../ui/views/commitment.py" line="228"/>
        <source>Print commitment sheet</source>
        <translation>Cetak lembar komitmen</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="74"/>
        <location filename="../../ui/views/commitment.py" line="93"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="74"/>
        <location filename="../../ui/views/commitment.py" line="94"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="75"/>
        <source>OPD or role</source>
        <translation>OPD atau peran</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="75"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="95"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="98"/>
        <source>Add signer</source>
        <translation>Tambah penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="100"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="119"/>
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="145"/>
        <source>Take back signature</source>
        <translation>Batalkan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="167"/>
        <source>Fill signers from the heads</source>
        <translation>Isi penanda tangan dari para kepala</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="186"/>
        <source>Add a signer</source>
        <translation>Tambah penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="198"/>
        <source>Edit a signer</source>
        <translation>Ubah penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="208"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="218"/>
        <source>Delete a signer</source>
        <translation>Hapus penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="229"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitment.py" line="237"/>
        <source>Commitment sheet written: {0}</source>
        <translation>Lembar komitmen ditulis: {0}</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../../ui/views/coverage_data.py" line="32"/>
        <source>{0} yr</source>
        <extracomment>The plan horizons in years, in column order.</extracomment>
        <translation>{0} th</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_data.py" line="34"/>
        <source>1 year</source>
        <translation>1 tahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_data.py" line="35"/>
        <source>{0} years</source>
        <translation>{0} tahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_data.py" line="52"/>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/views/coverage.py" line="45"/>
        <source>Dimension / element</source>
        <translation>Dimensi / elemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage.py" line="58"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage.py" line="110"/>
        <source>Red: no program yet ({0} empty cells)</source>
        <translation>Merah: belum ada program ({0} sel kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage.py" line="138"/>
        <source>Click a cell to list its programs.</source>
        <translation>Klik sel untuk melihat programnya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/coverage.py" line="143"/>
        <source>{0} · {1} · {2}: %n program(s)</source>
        <translation>
            <numerusform>{0} · {1} · {2}: %n program</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_coverage.py" line="38"/>
        <source>Programs for 1, 5 and 10 years per dimension</source>
        <translation>Program 1, 5, dan 10 tahun per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_coverage.py" line="44"/>
        <source>Red: no program yet ({0} empty cells)</source>
        <translation>Merah: belum ada program ({0} sel kosong)</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../ui/views/scores.py" line="135"/>
        <source>Add criterion</source>
        <extracomment>Neutral blue scale (for effort a high score is not &quot;good&quot;, so no red/green).</extracomment>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="138"/>
        <source>e.g. Manfaat langsung bagi warga</source>
        <translation>misalnya: Manfaat langsung bagi warga</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="140"/>
        <source>e.g. Direct public benefit</source>
        <translation>misalnya: Direct public benefit</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="143"/>
        <source>Name (Indonesian):</source>
        <translation>Nama (bahasa Indonesia):</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="144"/>
        <source>Name (English, optional):</source>
        <translation>Nama (bahasa Inggris, opsional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="151"/>
        <source>Every table scores the programs 1–5 on the new criterion too.</source>
        <translation>Setiap meja juga menilai program pada kriteria baru ini dengan skala 1–5.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="54"/>
        <source>Event being run:</source>
        <translation>Kegiatan yang berjalan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="70"/>
        <source>e.g. Pendopo Kabupaten</source>
        <translation>mis. Pendopo Kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="77"/>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="79"/>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="80"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="81"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="82"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="83"/>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="87"/>
        <source>e.g. Kementerian Komunikasi dan Digital</source>
        <translation>mis. Kementerian Komunikasi dan Digital</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="89"/>
        <source>One per line: name; institution; topic</source>
        <translation>Satu per baris: nama; instansi; materi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="93"/>
        <source>The Nota Kesepakatan on the Gerakan Menuju Smart City (one basis per line)</source>
        <translation>Nota Kesepakatan Gerakan Menuju Smart City (satu dasar hukum per baris)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="100"/>
        <source>Facilitators&apos; institution</source>
        <translation>Instansi tim pembimbing</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="101"/>
        <source>Speakers (narasumber)</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="102"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="103"/>
        <source>Agreement number</source>
        <translation>Nomor Nota Kesepakatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="104"/>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="105"/>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="109"/>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="113"/>
        <source>New event:</source>
        <translation>Kegiatan baru:</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="121"/>
        <source>Add event with its agenda template</source>
        <translation>Tambah kegiatan beserta templat agendanya</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="188"/>
        <source>Choose the event</source>
        <translation>Pilih kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="202"/>
        <source>Edit event</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/workshop_event.py" line="229"/>
        <source>Add event</source>
        <translation>Tambah kegiatan</translation>
    </message>
</context>
<context>
    <name>FollowupsTable</name>
    <message>
        <location filename="../../ui/views/followups.py" line="25"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups.py" line="25"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups.py" line="26"/>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>Tenggat (TTTT-BB-HH)</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups.py" line="33"/>
        <source>Follow-ups are recorded on the agenda&apos;s notes; their owner and due date are set here.</source>
        <translation>Tindak lanjut dicatat pada catatan agenda; penanggung jawab dan tenggatnya diisi di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/views/followups.py" line="65"/>
        <source>Edit follow-up</source>
        <translation>Ubah tindak lanjut</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../ui/views/groups.py" line="36"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="37"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="38"/>
        <source>Readiness component</source>
        <translation>Komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="39"/>
        <source>Custom</source>
        <translation>Bebas</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../ui/views/groups.py" line="73"/>
        <location filename="../../ui/views/groups.py" line="239"/>
        <source>One group per dimension</source>
        <translation>Satu kelompok per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="75"/>
        <location filename="../../ui/views/groups.py" line="261"/>
        <source>New group</source>
        <translation>Kelompok baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="77"/>
        <location filename="../../ui/views/groups.py" line="295"/>
        <source>Delete group</source>
        <translation>Hapus kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="79"/>
        <source>Give join codes</source>
        <translation>Beri kode bergabung</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="80"/>
        <source>A join code for every group without one (an OPD group uses its OPD&apos;s code)</source>
        <translation>Kode bergabung untuk setiap kelompok yang belum punya (kelompok OPD memakai kode OPD-nya)</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="104"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="105"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="106"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="107"/>
        <source>Join code</source>
        <translation>Kode bergabung</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="112"/>
        <source>Member OPDs</source>
        <translation>OPD anggota</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="113"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="115"/>
        <source>Save group</source>
        <translation>Simpan kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="154"/>
        <source>no code</source>
        <translation>belum ada kode</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="203"/>
        <source>no code yet</source>
        <translation>belum ada kode</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="249"/>
        <source>Group {0}</source>
        <translation>Kelompok {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/groups.py" line="287"/>
        <source>Edit group</source>
        <translation>Ubah kelompok</translation>
    </message>
</context>
<context>
    <name>IfasEditor</name>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="213"/>
        <source>Spread S+W weights evenly</source>
        <translation>Bagi rata bobot S+W</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="215"/>
        <source>Spread O+T weights evenly</source>
        <translation>Bagi rata bobot O+T</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="219"/>
        <source>Total {0}:</source>
        <translation>Total {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="220"/>
        <source>Weights S+W:</source>
        <translation>Bobot S+W:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="221"/>
        <source>Weights O+T:</source>
        <translation>Bobot O+T:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="203"/>
        <source>Diagram convention (magnitude)</source>
        <translation>Konvensi diagram (besaran)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="204"/>
        <source>IE-matrix convention (W/T reversed)</source>
        <translation>Konvensi matriks IE (W/T dibalik)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="206"/>
        <source>Changing the convention converts the stored ratings of weaknesses and threats (r becomes 5 − r): every result keeps its meaning.</source>
        <translation>Mengganti konvensi mengonversi rating kelemahan dan ancaman yang tersimpan (r menjadi 5 − r): setiap hasil tetap bermakna.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="222"/>
        <source>Diagram convention, x; y:</source>
        <translation>Konvensi diagram, x; y:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="223"/>
        <source>IE-matrix convention:</source>
        <translation>Konvensi matriks IE:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="241"/>
        <source>Ratings entered in:</source>
        <translation>Rating diisi dalam:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/ifas_editor.py" line="298"/>
        <source>%n item(s) have no weight or rating yet.</source>
        <translation>
            <numerusform>%n butir belum memiliki bobot atau rating.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="301"/>
        <source>Choose an OPD with SWOT items.</source>
        <translation>Pilih OPD yang memiliki butir SWOT.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="307"/>
        <source>Both tables are complete: the weights sum to 1.00.</source>
        <translation>Kedua tabel lengkap: jumlah bobot masing-masing 1,00.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="315"/>
        <source>{0}; {1}, quadrant {2}</source>
        <translation>{0}; {1}, kuadran {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="318"/>
        <source>IFAS {0}, EFAS {1}, cell {2}</source>
        <translation>IFAS {0}, EFAS {1}, sel {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="325"/>
        <source>I: aggressive (SO)</source>
        <translation>I: agresif (SO)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="326"/>
        <source>II: diversification (ST)</source>
        <translation>II: diversifikasi (ST)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="327"/>
        <source>III: turn-around (WO)</source>
        <translation>III: turn-around (WO)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="328"/>
        <source>IV: defensive (WT)</source>
        <translation>IV: defensif (WT)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="329"/>
        <source>Strengths − Weaknesses</source>
        <translation>Kekuatan − Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="330"/>
        <source>Opportunities − Threats</source>
        <translation>Peluang − Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="336"/>
        <source>Quadrant {0}: {1}</source>
        <translation>Kuadran {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="342"/>
        <source>aggressive strategy (supports growth)</source>
        <translation>strategi agresif (mendukung pertumbuhan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="343"/>
        <source>diversification strategy</source>
        <translation>strategi diversifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="344"/>
        <source>turn-around strategy</source>
        <translation>strategi turn-around (mengubah strategi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="345"/>
        <source>defensive strategy</source>
        <translation>strategi defensif (bertahan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="349"/>
        <source>Enter a weight (all S+W weights together 1.00, all O+T weights together 1.00) and a rating 1–4 for each item.</source>
        <translation>Isi bobot (semua bobot S+W berjumlah 1,00, semua bobot O+T berjumlah 1,00) dan rating 1–4 untuk setiap butir.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="352"/>
        <source>For weaknesses and threats, 1 means a big problem.</source>
        <translation>Untuk kelemahan dan ancaman, 1 berarti masalah besar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="353"/>
        <source>The rating is the factor&apos;s size: 4 is a very strong strength, and also a very serious weakness or threat.</source>
        <translation>Rating adalah besaran faktor: 4 berarti kekuatan sangat besar, juga kelemahan atau ancaman sangat serius.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="363"/>
        <source>Change rating convention</source>
        <translation>Ubah konvensi rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="375"/>
        <source>Change weight</source>
        <translation>Ubah bobot</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="375"/>
        <source>Change rating</source>
        <translation>Ubah rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="388"/>
        <source>Spread weights evenly</source>
        <translation>Bagi rata bobot</translation>
    </message>
</context>
<context>
    <name>IfasModel</name>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="78"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="78"/>
        <source>Weight (0–1)</source>
        <translation>Bobot (0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="79"/>
        <source>Rating (1–4)</source>
        <translation>Rating (1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="79"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>KeywordsProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="54"/>
        <source>Keywords &amp; vision</source>
        <extracomment>Most keywords the cloud shows (the least frequent beyond these are counted, not drawn).</extracomment>
        <translation>Kata kunci &amp; visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="64"/>
        <source>No keyword yet: the tables send them from their phones or table mode.</source>
        <translation>Belum ada kata kunci: meja mengirimnya dari ponsel atau mode isian meja.</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="79"/>
        <source>Highlighted: picked for the vision</source>
        <translation>Disorot: dipilih untuk visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="81"/>
        <source>{0} more keywords not shown</source>
        <translation>{0} kata kunci lain tidak ditampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="92"/>
        <source>Vision (draft)</source>
        <translation>Visi (draf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_keywords.py" line="101"/>
        <source>The vision appears here as it is typed at the console.</source>
        <translation>Visi tampil di sini selagi diketik di konsol.</translation>
    </message>
</context>
<context>
    <name>LegendModel</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="62"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="62"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="62"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="63"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="63"/>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <location filename="../../ui/views/program_editor.py" line="57"/>
        <source>Linked SWOT items and strategies</source>
        <translation>Butir SWOT dan strategi terkait</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="65"/>
        <source>Show the items of every OPD</source>
        <translation>Tampilkan butir semua OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="80"/>
        <source>SWOT items:</source>
        <translation>Butir SWOT:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="82"/>
        <source>TOWS strategies:</source>
        <translation>Strategi TOWS:</translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="104"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>MatrixProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="148"/>
        <source>Priority matrix: {0}</source>
        <translation>Matriks prioritas: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="149"/>
        <source>Priority matrix: impact and effort</source>
        <translation>Matriks prioritas: dampak dan upaya</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="102"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="104"/>
        <location filename="../../ui/views/matrix.py" line="234"/>
        <source>Remove placement</source>
        <translation>Hapus penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="105"/>
        <source>Put the selected program back at its mean scores</source>
        <translation>Kembalikan program terpilih ke posisi nilai rata-ratanya</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="107"/>
        <source>Show spread</source>
        <translation>Tampilkan sebaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="109"/>
        <source>Drag a marker to record the plenary&apos;s placement (◆). Bars: one standard deviation of the tables&apos; scores; the selected program shows its lowest and highest score in orange.</source>
        <translation>Seret penanda untuk mencatat penempatan hasil pleno (◆). Garis: satu simpangan baku nilai dari meja; program terpilih menampilkan nilai terendah dan tertingginya dalam warna oranye.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="114"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="119"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="120"/>
        <source>Show the matrix of the chosen dimension (or, from the quick win tab, the quick win list) on the projector</source>
        <translation>Tampilkan matriks dimensi terpilih (atau daftar quick win, dari tab quick win) di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="150"/>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="152"/>
        <source>Quick win list</source>
        <translation>Daftar quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="223"/>
        <source>Place program on the matrix</source>
        <translation>Tempatkan program pada matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="232"/>
        <source>The selected program has no placement.</source>
        <translation>Program terpilih belum memiliki penempatan.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="151"/>
        <source>Merge duplicate items</source>
        <translation>Gabungkan butir ganda</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="168"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="173"/>
        <source>These items become one. Keep the item (its place and links stay):</source>
        <translation>Butir-butir ini akan menjadi satu. Pilih butir yang dipertahankan (posisi dan tautannya tetap):</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="176"/>
        <source>Text of the merged item:</source>
        <translation>Teks butir gabungan:</translation>
    </message>
</context>
<context>
    <name>OverviewProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="43"/>
        <source>SWOT overview by dimension</source>
        <translation>Ringkasan SWOT per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="44"/>
        <source>SWOT overview by readiness component</source>
        <translation>Ringkasan SWOT per komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="47"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="47"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="48"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="48"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_overview.py" line="103"/>
        <source>Not assigned</source>
        <translation>Belum ditentukan</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../ui/views/photos.py" line="61"/>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="62"/>
        <source>JPEG, PNG or WebP files; each is turned upright, scaled down and stored without its location.</source>
        <translation>Berkas JPEG, PNG atau WebP; setiap foto ditegakkan, diperkecil dan disimpan tanpa lokasinya.</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="64"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="69"/>
        <source>New photos go to:</source>
        <translation>Foto baru masuk ke:</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="89"/>
        <source>This photo:</source>
        <translation>Foto ini:</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="91"/>
        <source>The session (agenda step) of the photo</source>
        <translation>Sesi (langkah agenda) foto ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="92"/>
        <source>The group (kelompok) whose work it shows</source>
        <translation>Kelompok yang hasil kerjanya tampak pada foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="93"/>
        <source>The OPD whose table it shows</source>
        <translation>OPD yang mejanya tampak pada foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="100"/>
        <source>Caption:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="103"/>
        <source>e.g. Flip chart SWOT of table 3</source>
        <translation>mis. Flip chart SWOT meja 3</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="106"/>
        <source>No photos of this bimtek yet. Add them from files, or let the tables send them from their phones (Foto flip chart).</source>
        <translation>Belum ada foto bimtek ini. Tambahkan dari berkas, atau biarkan meja mengirimnya dari ponsel (Foto flip chart).</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="156"/>
        <location filename="../../ui/views/photos.py" line="159"/>
        <source>(no session)</source>
        <translation>(tanpa sesi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="157"/>
        <location filename="../../ui/views/photos.py" line="160"/>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="158"/>
        <location filename="../../ui/views/photos.py" line="161"/>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="188"/>
        <location filename="../../ui/views/photos.py" line="213"/>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="215"/>
        <source>Session: {title}</source>
        <translation>Sesi: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="217"/>
        <source>Group: {name}</source>
        <translation>Kelompok: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="219"/>
        <source>OPD: {code}</source>
        <translation>OPD: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="220"/>
        <source>from a phone</source>
        <translation>dari ponsel</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="221"/>
        <source>added on this laptop</source>
        <translation>ditambahkan di laptop ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="250"/>
        <source>{count} photos. Select one to edit its caption, session, group or OPD.</source>
        <translation>{count} foto. Pilih satu untuk mengubah keterangan, sesi, kelompok atau OPD-nya.</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="261"/>
        <source>Edit photo caption</source>
        <translation>Ubah keterangan foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="277"/>
        <source>Move photo to another session</source>
        <translation>Pindahkan foto ke sesi lain</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="278"/>
        <source>Move photo to another group</source>
        <translation>Pindahkan foto ke kelompok lain</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="279"/>
        <source>Move photo to another OPD</source>
        <translation>Pindahkan foto ke OPD lain</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="298"/>
        <source>Add photo</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="309"/>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="310"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/photos.py" line="318"/>
        <source>Delete photos</source>
        <translation>Hapus foto</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="42"/>
        <source>Current condition</source>
        <extracomment>Characters of a gap shown in its grid cell (the tooltip holds all of it).</extracomment>
        <translation>Kondisi saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="43"/>
        <source>Expected condition</source>
        <translation>Kondisi yang diharapkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="44"/>
        <source>Gap</source>
        <translation>Kesenjangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="45"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="100"/>
        <source>SWOT items of this cell (input)</source>
        <translation>Butir SWOT sel ini (masukan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="161"/>
        <source>Choose a cell of the grid.</source>
        <translation>Pilih sel pada kisi.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="180"/>
        <source>(no SWOT item is tagged with this component and dimension)</source>
        <translation>(belum ada butir SWOT bertanda komponen dan dimensi ini)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="196"/>
        <source>Edit gap analysis</source>
        <translation>Ubah analisis kesenjangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="215"/>
        <source>Strategic issue</source>
        <translation>Isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="219"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="225"/>
        <source>Add issue</source>
        <translation>Tambah isu</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="226"/>
        <source>Delete issue</source>
        <translation>Hapus isu</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="233"/>
        <source>Delete strategic issue</source>
        <translation>Hapus isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="240"/>
        <location filename="../../ui/views/plan_swot.py" line="130"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="255"/>
        <source>Edit strategic issue</source>
        <translation>Ubah isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="267"/>
        <source>Add strategic issue</source>
        <translation>Tambah isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="270"/>
        <source>New strategic issue</source>
        <translation>Isu strategis baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="288"/>
        <source>Gap analysis</source>
        <translation>Analisis kesenjangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="289"/>
        <source>Consolidated SWOT</source>
        <translation>SWOT daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_analysis.py" line="290"/>
        <source>Strategic issues</source>
        <translation>Isu strategis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="23"/>
        <source>Misi</source>
        <extracomment>Prefix of the year columns&apos; fields (&quot;y2026&quot;).</extracomment>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="24"/>
        <source>RPJMD sasaran</source>
        <translation>Sasaran RPJMD</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="31"/>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="32"/>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="51"/>
        <source>Add misi / sasaran</source>
        <translation>Tambah misi / sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="52"/>
        <location filename="../../ui/views/plan_direction.py" line="68"/>
        <location filename="../../ui/views/plan_document.py" line="135"/>
        <location filename="../../ui/views/plan_institutions.py" line="80"/>
        <location filename="../../ui/views/plan_institutions.py" line="87"/>
        <location filename="../../ui/views/plan_swot.py" line="93"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="59"/>
        <source>Delete RPJMD item</source>
        <translation>Hapus butir RPJMD</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="67"/>
        <location filename="../../ui/views/plan_direction.py" line="314"/>
        <source>Add tujuan / sasaran</source>
        <translation>Tambah tujuan / sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="75"/>
        <source>Delete tujuan / sasaran</source>
        <translation>Hapus tujuan / sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="86"/>
        <source>RPJMD of the region: misi and sasaran</source>
        <translation>RPJMD daerah: misi dan sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="113"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="118"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="119"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="122"/>
        <source>Under misi</source>
        <translation>Di bawah misi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="137"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="142"/>
        <source>Tujuan / sasaran</source>
        <translation>Tujuan / sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="143"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="144"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="145"/>
        <source>Baseline</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="148"/>
        <source>Baseline year</source>
        <translation>Tahun dasar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="156"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="163"/>
        <source>Under tujuan</source>
        <translation>Di bawah tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="173"/>
        <source>Serves (RPJMD)</source>
        <translation>Mendukung (RPJMD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="196"/>
        <source>Tujuan and sasaran of the master plan; targets per year of the plan period {start}-{end}.</source>
        <translation>Tujuan dan sasaran masterplan; target per tahun periode rencana {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="204"/>
        <source>Tujuan and sasaran of the master plan. Set the plan period (Workshop view) to enter targets per year.</source>
        <translation>Tujuan dan sasaran masterplan. Tetapkan periode rencana (tampilan Lokakarya) untuk mengisi target per tahun.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="240"/>
        <source>Edit RPJMD item</source>
        <translation>Ubah butir RPJMD</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="259"/>
        <source>New RPJMD sasaran</source>
        <translation>Sasaran RPJMD baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="262"/>
        <source>New misi</source>
        <translation>Misi baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="266"/>
        <source>Add RPJMD item</source>
        <translation>Tambah butir RPJMD</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="278"/>
        <source>Edit tujuan / sasaran</source>
        <translation>Ubah tujuan / sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="289"/>
        <source>Edit target</source>
        <translation>Ubah target</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="306"/>
        <source>New sasaran</source>
        <translation>Sasaran baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_direction.py" line="310"/>
        <source>New tujuan</source>
        <translation>Tujuan baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="47"/>
        <source>Name of the regional head</source>
        <translation>Nama kepala daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="48"/>
        <source>Title of the regional head</source>
        <translation>Jabatan kepala daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="49"/>
        <source>Kata pengantar of the regional head</source>
        <translation>Kata pengantar kepala daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="52"/>
        <source>Head of the Tim Pelaksana</source>
        <translation>Ketua Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="53"/>
        <source>Title of the head of the Tim Pelaksana</source>
        <translation>Jabatan ketua Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="56"/>
        <source>Kata pengantar of the head of the Tim Pelaksana</source>
        <translation>Kata pengantar ketua Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="59"/>
        <source>Capital town (documents are dated there)</source>
        <translation>Ibu kota (tempat dokumen ditanggali)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="63"/>
        <source>Kata pengantar</source>
        <translation>Kata pengantar</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="75"/>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="82"/>
        <source>Print a lembar pengesahan</source>
        <translation>Cetak lembar pengesahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="83"/>
        <source>Name the programme in the page footer</source>
        <translation>Cantumkan nama program di kaki halaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="93"/>
        <source>Print the commitment sheet before Bimtek IV</source>
        <translation>Cetak lembar komitmen sebelum Bimtek IV</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="97"/>
        <source>From Bimtek IV on the master plan always carries the komitmen bersama.</source>
        <translation>Sejak Bimtek IV masterplan selalu memuat komitmen bersama.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="113"/>
        <source>Readiness components in use</source>
        <translation>Komponen kesiapan yang dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="117"/>
        <source>Narrative chapters</source>
        <translation>Bab narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="130"/>
        <location filename="../../ui/views/plan_institutions.py" line="25"/>
        <source>Tim penyusun</source>
        <translation>Tim penyusun</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="134"/>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="141"/>
        <source>Edit tim penyusun</source>
        <translation>Ubah tim penyusun</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="152"/>
        <source>Delete member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="226"/>
        <source>Edit formal parts</source>
        <translation>Ubah bagian formal</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="248"/>
        <source>Edit narrative chapter</source>
        <translation>Ubah bab narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="261"/>
        <source>Commitment sheet option</source>
        <translation>Pilihan lembar komitmen</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="271"/>
        <source>Add to tim penyusun</source>
        <translation>Tambah ke tim penyusun</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_document.py" line="273"/>
        <location filename="../../ui/views/plan_institutions.py" line="191"/>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="23"/>
        <source>Dewan Smart City</source>
        <translation>Dewan Smart City</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="24"/>
        <source>Tim Pelaksana</source>
        <translation>Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="32"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="33"/>
        <source>Drafting</source>
        <translation>Penyusunan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="34"/>
        <source>In discussion</source>
        <translation>Pembahasan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="35"/>
        <source>Enacted</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="42"/>
        <source>Dewan Smart City and Tim Pelaksana</source>
        <translation>Dewan Smart City dan Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="43"/>
        <source>Regulation plan</source>
        <translation>Rencana regulasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="44"/>
        <source>Financing plan</source>
        <translation>Rencana pembiayaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="45"/>
        <source>Human resources (SDM) plan</source>
        <translation>Rencana pengembangan SDM</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="46"/>
        <source>Infrastructure plan</source>
        <translation>Rencana infrastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="53"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="54"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="55"/>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="56"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="79"/>
        <location filename="../../ui/views/plan_swot.py" line="92"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="91"/>
        <source>Narrative: {section}</source>
        <translation>Narasi: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="116"/>
        <source>Edit {section}</source>
        <translation>Ubah {section}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="129"/>
        <source>Add to {section}</source>
        <translation>Tambah ke {section}</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="150"/>
        <source>Edit narrative</source>
        <translation>Ubah narasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="177"/>
        <source>Body</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="214"/>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="215"/>
        <source>Subject</source>
        <translation>Materi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="217"/>
        <location filename="../../ui/views/plan_institutions.py" line="266"/>
        <source>Target year</source>
        <translation>Tahun target</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="234"/>
        <source>New regulation</source>
        <translation>Regulasi baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="263"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="264"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="270"/>
        <source>OPD in charge</source>
        <translation>OPD penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="283"/>
        <location filename="../../ui/views/plan_swot.py" line="273"/>
        <source>New item</source>
        <translation>Butir baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="302"/>
        <source>Dewan &amp;&amp; Tim Pelaksana</source>
        <translation>Dewan &amp;&amp; Tim Pelaksana</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="304"/>
        <source>Regulation</source>
        <translation>Regulasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="306"/>
        <source>Financing</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="308"/>
        <source>SDM</source>
        <translation>SDM</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_institutions.py" line="311"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="37"/>
        <source>Ratings follow the IE matrix convention: W and T ratings reversed (4 = minor); IFAS total = S + W, EFAS = O + T.</source>
        <translation>Rating mengikuti konvensi matriks IE: rating W dan T dibalik (4 = kecil); total IFAS = S + W, EFAS = O + T.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="42"/>
        <source>Ratings follow the SWOT diagram convention: rating = size of the factor (1-4, 4 = major) for all four quadrants; x = S - W, y = O - T.</source>
        <translation>Rating mengikuti konvensi diagram SWOT: rating = besaran faktor (1–4, 4 = besar) untuk keempat kuadran; x = S − W, y = O − T.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="65"/>
        <location filename="../../ui/views/plan_swot.py" line="219"/>
        <source>Merge into the region&apos;s SWOT</source>
        <translation>Gabungkan ke SWOT daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="72"/>
        <source>OPD items (select several)</source>
        <translation>Butir OPD (pilih beberapa)</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="80"/>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="85"/>
        <source>Region item</source>
        <translation>Butir daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="87"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="89"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="90"/>
        <source>From</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="96"/>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="98"/>
        <source>Link the selected OPD items to the selected region item</source>
        <translation>Tautkan butir OPD terpilih ke butir daerah terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="102"/>
        <source>Unlink</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="104"/>
        <source>Remove the selected OPD items from the selected region item&apos;s sources</source>
        <translation>Lepaskan butir OPD terpilih dari asal butir daerah terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="116"/>
        <source>Delete region SWOT item</source>
        <translation>Hapus butir SWOT daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="204"/>
        <source>Select the OPD items to merge first.</source>
        <translation>Pilih dulu butir OPD yang akan digabung.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="209"/>
        <source>The selected items come from different quadrants: merge strengths with strengths, weaknesses with weaknesses, and so on.</source>
        <translation>Butir terpilih berasal dari kuadran berbeda: gabungkan kekuatan dengan kekuatan, kelemahan dengan kelemahan, dan seterusnya.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="235"/>
        <source>Select a region item and OPD items first.</source>
        <translation>Pilih dulu butir daerah dan butir OPD.</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="248"/>
        <source>Link SWOT items</source>
        <translation>Tautkan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="250"/>
        <source>Unlink SWOT items</source>
        <translation>Lepas tautan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="259"/>
        <source>Edit region SWOT item</source>
        <translation>Ubah butir SWOT daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_swot.py" line="271"/>
        <source>Add region SWOT item</source>
        <translation>Tambah butir SWOT daerah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="34"/>
        <source>Analysis</source>
        <extracomment>The tabs in order (screenshots and layout tests walk them by these names).</extracomment>
        <translation>Analisis</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="35"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="36"/>
        <source>Institutions</source>
        <translation>Kelembagaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/plan_view.py" line="37"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../ui/views/program_editor.py" line="153"/>
        <source>(choose a dimension)</source>
        <translation>(pilih dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="164"/>
        <source>What citizens gain from this program</source>
        <translation>Apa yang diperoleh warga dari program ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="171"/>
        <source>(not yet known)</source>
        <translation>(belum diketahui)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="178"/>
        <source>Choose linked items…</source>
        <translation>Pilih butir terkait…</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="182"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="189"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="190"/>
        <source>Owner OPD:</source>
        <translation>OPD penanggung jawab:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="191"/>
        <source>Supporting OPDs:</source>
        <translation>OPD pendukung:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="192"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="193"/>
        <source>Element:</source>
        <translation>Elemen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="195"/>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="196"/>
        <source>Benefit to citizens:</source>
        <translation>Manfaat bagi warga:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="197"/>
        <source>Horizon:</source>
        <translation>Jangka waktu:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="198"/>
        <source>Years:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="199"/>
        <source>Funding:</source>
        <translation>Sumber pendanaan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="200"/>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="201"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="202"/>
        <source>Comes from:</source>
        <translation>Berasal dari:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="203"/>
        <source>Save program</source>
        <translation>Simpan program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="206"/>
        <source>Delete program</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="223"/>
        <source>Program</source>
        <extracomment>The owner view&apos;s undoable edit (``BoardView.run_edit``), used by the plan tab.</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="224"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="267"/>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="267"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="318"/>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="328"/>
        <source>%n SWOT item(s)</source>
        <translation>
            <numerusform>%n butir SWOT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="329"/>
        <source>%n strategy(ies)</source>
        <translation>
            <numerusform>%n strategi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramPlanPanel</name>
    <message>
        <location filename="../../ui/views/program_plan.py" line="58"/>
        <source>e.g. %, units, villages</source>
        <translation>mis. %, unit, desa</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="78"/>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="82"/>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="82"/>
        <source>Unit:</source>
        <translation>Satuan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="83"/>
        <source>Baseline:</source>
        <translation>Nilai dasar:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="83"/>
        <source>RPJMD item:</source>
        <translation>Butir RPJMD:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="84"/>
        <source>Sasaran:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="94"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="98"/>
        <source>Add a funding source…</source>
        <translation>Tambah sumber dana…</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="104"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="104"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="105"/>
        <source>To</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="114"/>
        <location filename="../../ui/views/program_plan.py" line="280"/>
        <source>Add activity</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="115"/>
        <source>New activity</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="116"/>
        <location filename="../../ui/views/program_plan.py" line="291"/>
        <source>Delete activity</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="125"/>
        <source>Target per year</source>
        <translation>Target per tahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="127"/>
        <source>Budget estimate per year and source (Rp)</source>
        <translation>Perkiraan anggaran per tahun dan sumber (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="130"/>
        <source>Activities (kegiatan)</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="155"/>
        <source>Save the program first; then enter its plan here.</source>
        <translation>Simpan program dulu, lalu isi rencananya di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="171"/>
        <source>Plan period {0}–{1}. Each field and cell is saved when you leave it (Ctrl+Z undoes).</source>
        <translation>Periode rencana {0}–{1}. Setiap kolom dan sel tersimpan saat ditinggalkan (Ctrl+Z membatalkan).</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="175"/>
        <source>Set the plan period (Workshop &gt; Region and plan) to enter targets and budgets per year.</source>
        <translation>Isi periode rencana (Lokakarya &gt; Daerah dan masterplan) untuk mengisi target dan anggaran per tahun.</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="188"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="214"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="234"/>
        <source>Edit program plan</source>
        <translation>Ubah rencana program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="248"/>
        <source>Change target</source>
        <translation>Ubah target</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="259"/>
        <source>Change budget</source>
        <translation>Ubah anggaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_plan.py" line="286"/>
        <source>Edit activity</source>
        <translation>Ubah kegiatan</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>Program</source>
        <extracomment>Column widths in average characters (the title takes the rest).</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <location filename="../../ui/views/program_table.py" line="61"/>
        <source>Horizon</source>
        <translation>Jangka</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="56"/>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="56"/>
        <source>QW</source>
        <translation>QW</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="60"/>
        <source>Title of the program</source>
        <translation>Judul program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="60"/>
        <source>Owner OPD (penanggung jawab)</source>
        <translation>OPD penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="61"/>
        <source>Smart city dimension</source>
        <translation>Dimensi smart city</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="62"/>
        <source>Mean impact score (lowest–highest of the tables)</source>
        <translation>Rata-rata nilai dampak (terendah–tertinggi dari meja)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="63"/>
        <source>Mean effort score (lowest–highest of the tables)</source>
        <translation>Rata-rata nilai upaya (terendah–tertinggi dari meja)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="64"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="64"/>
        <source>Quadrant of the priority matrix</source>
        <translation>Kuadran matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="65"/>
        <source>Chosen as quick win</source>
        <translation>Dipilih sebagai quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="122"/>
        <source>{0} → placed {1}</source>
        <translation>{0} → ditempatkan {1}</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs.py" line="52"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="54"/>
        <source>All horizons</source>
        <translation>Semua jangka waktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="58"/>
        <source>Search in titles…</source>
        <translation>Cari judul…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="67"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="70"/>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="123"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="124"/>
        <source>Scores per table</source>
        <translation>Nilai per meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="126"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="147"/>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="154"/>
        <source>Group: {0}</source>
        <translation>Kelompok: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs.py" line="168"/>
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="237"/>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="245"/>
        <source>No changes to save.</source>
        <translation>Tidak ada perubahan untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="248"/>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="253"/>
        <source>Program saved: {0}</source>
        <translation>Program tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="265"/>
        <source>Delete program</source>
        <translation>Hapus program</translation>
    </message>
</context>
<context>
    <name>QuadrantPanel</name>
    <message>
        <location filename="../../ui/views/swot_board.py" line="63"/>
        <source>New item, press Enter</source>
        <translation>Butir baru, tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="64"/>
        <source>New item in {0}</source>
        <translation>Butir baru pada {0}</translation>
    </message>
</context>
<context>
    <name>QuickWinList</name>
    <message>
        <location filename="../../ui/views/quickwins.py" line="45"/>
        <source>Chosen as quick win</source>
        <translation>Dipilih sebagai quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="45"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="46"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="46"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="46"/>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="55"/>
        <source>Tick the programs the plenary chooses as quick win programs unggulan (usually 3–6 per region per year). Candidates are the programs in the Quick Win quadrant.</source>
        <translation>Centang program yang dipilih pleno sebagai quick win program unggulan (biasanya 3–6 per daerah per tahun). Kandidat adalah program pada kuadran Quick Win.</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="59"/>
        <source>Edit profile…</source>
        <translation>Ubah profil…</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="60"/>
        <source>Innovation name, problem, beneficiaries, budget, indicator, milestones and risks of the selected chosen quick win</source>
        <translation>Nama inovasi, masalah, penerima manfaat, anggaran, indikator, tonggak capaian, dan risiko quick win terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="110"/>
        <source>{0}: {1} chosen</source>
        <translation>{0}: {1} dipilih</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/quickwins.py" line="111"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n kandidat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="176"/>
        <source>Choose quick win</source>
        <translation>Pilih quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="176"/>
        <source>Unchoose quick win</source>
        <translation>Batalkan pilihan quick win</translation>
    </message>
</context>
<context>
    <name>QuickWinProfileEditor</name>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="69"/>
        <source>← Back to the quick win list</source>
        <translation>← Kembali ke daftar quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="86"/>
        <source>Rp, e.g. 250.000.000</source>
        <translation>Rp, mis. 250.000.000</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="89"/>
        <source>(not yet known)</source>
        <translation>(belum diketahui)</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="98"/>
        <source>Innovation name:</source>
        <translation>Nama inovasi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="99"/>
        <source>Acronym:</source>
        <translation>Akronim:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="100"/>
        <source>Problem it answers:</source>
        <translation>Masalah yang dijawab:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="101"/>
        <source>Beneficiaries:</source>
        <translation>Penerima manfaat:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="102"/>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="103"/>
        <source>Budget and source:</source>
        <translation>Anggaran dan sumber:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="104"/>
        <source>Success indicator:</source>
        <translation>Indikator keberhasilan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="105"/>
        <source>Baseline:</source>
        <translation>Nilai dasar:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="106"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="115"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="115"/>
        <source>Milestone</source>
        <translation>Tonggak capaian</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="116"/>
        <source>Progress %</source>
        <translation>Kemajuan %</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="126"/>
        <location filename="../../ui/views/quickwin_profile.py" line="217"/>
        <source>Add milestone</source>
        <translation>Tambah tonggak capaian</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="128"/>
        <source>New milestone</source>
        <translation>Tonggak capaian baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="129"/>
        <location filename="../../ui/views/quickwin_profile.py" line="229"/>
        <source>Delete milestone</source>
        <translation>Hapus tonggak capaian</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="137"/>
        <source>Milestones (month 1–12 of the quick win)</source>
        <translation>Tonggak capaian (bulan ke-1–12 quick win)</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="140"/>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="199"/>
        <location filename="../../ui/views/quickwin_profile.py" line="208"/>
        <source>Edit quick win profile</source>
        <translation>Ubah profil quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwin_profile.py" line="224"/>
        <source>Edit milestone</source>
        <translation>Ubah tonggak capaian</translation>
    </message>
</context>
<context>
    <name>QuickWinsProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="45"/>
        <source>Quick win programs per dimension</source>
        <translation>Quick win program unggulan per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="83"/>
        <source>No quick win yet</source>
        <translation>Belum ada quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="86"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="94"/>
        <source>… and {0} more candidates</source>
        <translation>… dan {0} kandidat lainnya</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../ui/views/readiness.py" line="51"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="51"/>
        <source>Fair</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="52"/>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="53"/>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="106"/>
        <source>Notes on this cell: evidence, gaps, sources…</source>
        <translation>Catatan untuk sel ini: bukti, kesenjangan, sumber…</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="108"/>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="110"/>
        <source>Selected cell</source>
        <translation>Sel terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="120"/>
        <source>Rate how ready each readiness component is in each dimension. Struktur, infrastruktur and suprastruktur are the focus of the master plan.</source>
        <translation>Nilai tingkat kesiapan setiap komponen pada setiap dimensi. Struktur, infrastruktur, dan suprastruktur menjadi fokus masterplan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="190"/>
        <source>Rate readiness</source>
        <translation>Nilai kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="208"/>
        <source>Notes saved.</source>
        <translation>Catatan tersimpan.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/views/projector_review.py" line="23"/>
        <source>Draft</source>
        <extracomment>Status colours (white text on them has a contrast ratio above 4.5).</extracomment>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="24"/>
        <source>Discussed</source>
        <translation>Dibahas</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="25"/>
        <source>Agreed</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="30"/>
        <source>Every chapter is agreed and no comment is open: the master plan prints as the final draft</source>
        <translation>Semua bab telah disepakati dan tidak ada tanggapan terbuka: masterplan dicetak sebagai draf final</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="38"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
</context>
<context>
    <name>ReviewProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_review.py" line="91"/>
        <source>Review of the master plan</source>
        <translation>Tinjauan masterplan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="93"/>
        <source>Comments: {0}</source>
        <translation>Tanggapan: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="129"/>
        <source>Chapters</source>
        <translation>Bab</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="129"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="149"/>
        <source>({0} open)</source>
        <translation>({0} terbuka)</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="157"/>
        <location filename="../../ui/views/projector_review.py" line="170"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_review.py" line="163"/>
        <source>No comment yet</source>
        <translation>Belum ada tanggapan</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/views/review.py" line="71"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="78"/>
        <source>Chapter or program</source>
        <translation>Bab atau program</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="79"/>
        <source>Open / all</source>
        <translation>Terbuka / semua</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="93"/>
        <source>Comments (tanggapan)</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="99"/>
        <source>Answer of the facilitator</source>
        <translation>Jawaban fasilitator</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="102"/>
        <source>Save answer</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="104"/>
        <location filename="../../ui/views/review.py" line="211"/>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="112"/>
        <source>Comment for a table</source>
        <translation>Tanggapan untuk meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="113"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="128"/>
        <source>Chapters agreed: {chapters_agreed}/{chapters} · Programs agreed: {programs_agreed}/{programs} · Open comments: {open}</source>
        <translation>Bab disepakati: {chapters_agreed}/{chapters} · Program disepakati: {programs_agreed}/{programs} · Tanggapan terbuka: {open}</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="160"/>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="210"/>
        <source>Open again</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="230"/>
        <source>Review status</source>
        <translation>Status tinjauan</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="241"/>
        <source>Answer a comment</source>
        <translation>Jawab tanggapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="251"/>
        <source>Resolve a comment</source>
        <translation>Selesaikan tanggapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/review.py" line="273"/>
        <source>Add a comment</source>
        <translation>Tambah tanggapan</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <location filename="../../ui/views/roadmap.py" line="55"/>
        <source>Road map</source>
        <translation>Peta jalan</translation>
    </message>
</context>
<context>
    <name>RoadmapPaint</name>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="79"/>
        <source>No program has years yet.</source>
        <translation>Belum ada program dengan tahun pelaksanaan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="114"/>
        <location filename="../../ui/views/roadmap_paint.py" line="193"/>
        <source>B</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="114"/>
        <location filename="../../ui/views/roadmap_paint.py" line="193"/>
        <source>M</source>
        <translation>jt</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="120"/>
        <source>Budget per year</source>
        <translation>Anggaran per tahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="146"/>
        <source>… and {0} more programs</source>
        <translation>… dan {0} program lagi</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="192"/>
        <source>Red year: budget over the ceiling ({0} per year)</source>
        <translation>Tahun merah: anggaran melebihi pagu ({0} per tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="195"/>
        <source>Red year: budget over the ceiling (no ceiling set)</source>
        <translation>Tahun merah: anggaran melebihi pagu (pagu belum ditetapkan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="197"/>
        <source>Outlined bar: its OPD owns more than {0} programs that year</source>
        <translation>Batang bergaris tepi: OPD-nya memegang lebih dari {0} program pada tahun itu</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap_paint.py" line="199"/>
        <source>★ green bar: quick win</source>
        <translation>★ batang hijau: quick win</translation>
    </message>
</context>
<context>
    <name>RoadmapProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_roadmap.py" line="62"/>
        <source>Road map</source>
        <extracomment>Text sizes tried, largest first, until every row fits; below the last, rows are summed up.</extracomment>
        <translation>Peta jalan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_roadmap.py" line="64"/>
        <source>Road map: {0}</source>
        <translation>Peta jalan: {0}</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../ui/views/roadmap.py" line="194"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="195"/>
        <source> billion</source>
        <translation> miliar</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="196"/>
        <source>The region&apos;s budget ceiling per year (0: no check)</source>
        <translation>Pagu anggaran daerah per tahun (0: tidak diperiksa)</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="199"/>
        <source>The most programs one OPD should own in a year</source>
        <translation>Jumlah program terbanyak yang sebaiknya dipegang satu OPD dalam setahun</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="200"/>
        <source>Set limits</source>
        <translation>Tetapkan batas</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="203"/>
        <source>Ceiling per year:</source>
        <translation>Pagu per tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="205"/>
        <source>Programs per OPD per year:</source>
        <translation>Program per OPD per tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="210"/>
        <source>Which programs the projector shows</source>
        <translation>Program yang ditampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="211"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="214"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="224"/>
        <source>Drag a bar to move it, drag an end to stretch it. Keyboard: Up/Down select, Left/Right move, Shift+Left/Right stretch.</source>
        <translation>Seret batang untuk memindahkannya, seret ujungnya untuk memanjangkannya. Papan ketik: Atas/Bawah memilih, Kiri/Kanan memindahkan, Shift+Kiri/Kanan memanjangkan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="253"/>
        <source>Move program on the road map</source>
        <translation>Pindahkan program di peta jalan</translation>
    </message>
    <message>
        <location filename="../../ui/views/roadmap.py" line="266"/>
        <source>Set road map limits</source>
        <translation>Tetapkan batas peta jalan</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../ui/views/scores.py" line="175"/>
        <source>Programs scored by one table</source>
        <translation>Nilai program dari satu meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="176"/>
        <source>Tables&apos; scores of one program</source>
        <translation>Nilai semua meja untuk satu program</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="185"/>
        <source>Table:</source>
        <translation>Meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="188"/>
        <source>Add criterion…</source>
        <translation>Tambah kriteria…</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="216"/>
        <source>Type 1 (low) to 5 (high): the score is saved and the next cell is chosen; 0 or Delete clears, the arrow keys move. Effort: 5 means a lot of effort.</source>
        <translation>Ketik 1 (rendah) sampai 5 (tinggi): nilai tersimpan dan sel berikutnya terpilih; 0 atau Delete mengosongkan, tombol panah berpindah. Upaya: 5 berarti upaya besar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/scores.py" line="257"/>
        <source>%n program(s) in the current filter</source>
        <translation>
            <numerusform>%n program pada saringan ini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="265"/>
        <source>Program: {0}</source>
        <translation>Program: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="266"/>
        <source>Choose a program in the program list.</source>
        <translation>Pilih program pada daftar program.</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="290"/>
        <source>Scores are 1 (low) to 5 (high); 0 clears.</source>
        <translation>Nilai 1 (rendah) sampai 5 (tinggi); 0 mengosongkan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="315"/>
        <source>Score program</source>
        <translation>Nilai program</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="334"/>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../../ui/views/tows.py" line="56"/>
        <source>Edit strategy</source>
        <translation>Ubah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="56"/>
        <source>Add strategy</source>
        <translation>Tambah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="67"/>
        <source>(no dimension)</source>
        <extracomment>OPD codes by id, shown before each item when the items come from several OPDs.</extracomment>
        <translation>(tanpa dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="77"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="78"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="79"/>
        <source>Strategy:</source>
        <translation>Strategi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="80"/>
        <source>From the items:</source>
        <translation>Dari butir:</translation>
    </message>
</context>
<context>
    <name>SwotBoardView</name>
    <message>
        <location filename="../../ui/views/swot_board.py" line="43"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="43"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="44"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="44"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="95"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="103"/>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="115"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="121"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="122"/>
        <source>Show this OPD&apos;s SWOT (or, from the overview tab, the overview) on the projector</source>
        <translation>Tampilkan SWOT OPD ini (atau ringkasan, dari tab ringkasan) di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="144"/>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="145"/>
        <source>Overview of all OPDs</source>
        <translation>Ringkasan semua OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="146"/>
        <source>IFAS/EFAS</source>
        <translation>IFAS/EFAS</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="147"/>
        <source>TOWS strategies</source>
        <translation>Strategi TOWS</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="165"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="170"/>
        <source>&amp;Group:</source>
        <translation>&amp;Kelompok:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="190"/>
        <source>All (items of the OPD)</source>
        <translation>Semua (butir OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="199"/>
        <source>Add item…</source>
        <translation>Tambah butir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="202"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="206"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="210"/>
        <source>Merge duplicates…</source>
        <translation>Gabungkan butir ganda…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="214"/>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="283"/>
        <source>{0} – {1} ({2} items)</source>
        <translation>{0} – {1} ({2} butir)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="376"/>
        <source>Add SWOT item</source>
        <translation>Tambah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="390"/>
        <source>Edit SWOT item</source>
        <translation>Ubah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="397"/>
        <source>Move SWOT items</source>
        <translation>Pindahkan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="402"/>
        <source>Move SWOT item</source>
        <translation>Pindahkan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="416"/>
        <source>Delete SWOT items</source>
        <translation>Hapus butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="418"/>
        <source>Delete SWOT item</source>
        <translation>Hapus butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="426"/>
        <source>Merge SWOT items</source>
        <translation>Gabungkan butir SWOT</translation>
    </message>
</context>
<context>
    <name>SwotItemDialog</name>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="72"/>
        <source>Edit SWOT item</source>
        <translation>Ubah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="72"/>
        <source>Add SWOT item</source>
        <translation>Tambah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="81"/>
        <source>(no dimension)</source>
        <translation>(tanpa dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="84"/>
        <source>(no component)</source>
        <translation>(tanpa komponen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="90"/>
        <source>Item text:</source>
        <translation>Teks butir:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="91"/>
        <source>Quadrant:</source>
        <translation>Kuadran:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="92"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="93"/>
        <source>Element:</source>
        <translation>Elemen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="95"/>
        <source>Readiness component:</source>
        <translation>Komponen kesiapan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="120"/>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
</context>
<context>
    <name>SwotOverview</name>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="43"/>
        <source>By dimension</source>
        <translation>Per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="44"/>
        <source>By readiness component</source>
        <translation>Per komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="52"/>
        <location filename="../../ui/views/swot_overview.py" line="128"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="68"/>
        <source>Group items:</source>
        <translation>Kelompokkan butir:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="100"/>
        <source>Not assigned</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="170"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="171"/>
        <source>all quadrants</source>
        <translation>semua kuadran</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="172"/>
        <source>{0} – {1}: {2} items</source>
        <translation>{0} – {1}: {2} butir</translation>
    </message>
</context>
<context>
    <name>SwotProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="93"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="93"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="94"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="94"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="101"/>
        <source>SWOT of the group {0}</source>
        <translation>SWOT kelompok {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="103"/>
        <source>SWOT: {0}</source>
        <translation>SWOT: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="104"/>
        <source>SWOT: no OPD yet</source>
        <translation>SWOT: belum ada OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="138"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>TowsEditor</name>
    <message>
        <location filename="../../ui/views/tows.py" line="43"/>
        <source>SO: use strengths to seize opportunities</source>
        <translation>SO: gunakan kekuatan untuk meraih peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="44"/>
        <source>WO: use opportunities to overcome weaknesses</source>
        <translation>WO: manfaatkan peluang untuk mengatasi kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="45"/>
        <source>ST: use strengths to face threats</source>
        <translation>ST: gunakan kekuatan untuk menghadapi ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="46"/>
        <source>WT: reduce weaknesses and avoid threats</source>
        <translation>WT: kurangi kelemahan dan hindari ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="165"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="166"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="167"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="178"/>
        <source>Region level (no OPD)</source>
        <translation>Tingkat daerah (tanpa OPD)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="179"/>
        <source>The region&apos;s own strategies, written in the plenary; they may come from the items of any OPD</source>
        <translation>Strategi daerah sendiri, dirumuskan dalam pleno; butir asalnya boleh dari OPD mana pun</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="186"/>
        <source>Show the strategies of one dimension; new strategies get that dimension</source>
        <translation>Tampilkan strategi satu dimensi; strategi baru mendapat dimensi itu</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="188"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="248"/>
        <source>from %n item(s)</source>
        <translation>
            <numerusform>dari %n butir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="258"/>
        <source>Region-level strategies: %n</source>
        <translation>
            <numerusform>Strategi tingkat daerah: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="260"/>
        <source>Strategies of the group {0}: %n</source>
        <translation>
            <numerusform>Strategi kelompok {0}: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="264"/>
        <source>Strategies of {0}: %n</source>
        <translation>
            <numerusform>Strategi {0}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="266"/>
        <source>Choose an OPD.</source>
        <translation>Pilih OPD.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="278"/>
        <source>Add strategy</source>
        <translation>Tambah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="289"/>
        <source>Edit strategy</source>
        <translation>Ubah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="301"/>
        <source>Delete strategy</source>
        <translation>Hapus strategi</translation>
    </message>
</context>
<context>
    <name>VisionView</name>
    <message>
        <location filename="../../ui/views/vision.py" line="56"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="58"/>
        <source>Count the selected keywords as the first (most frequent) one</source>
        <translation>Hitung kata kunci terpilih sebagai yang pertama (paling sering)</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="60"/>
        <source>Unmerge</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="61"/>
        <source>Count the merged spellings on their own again</source>
        <translation>Hitung kembali ejaan yang digabung secara terpisah</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="63"/>
        <location filename="../../ui/views/vision.py" line="207"/>
        <source>Pick</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="65"/>
        <source>Pick the selected keywords for the vision (or take them back)</source>
        <translation>Pilih kata kunci terpilih untuk visi (atau batalkan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="68"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="69"/>
        <source>The group (table) the typed keyword comes from</source>
        <translation>Kelompok (meja) asal kata kunci yang diketik</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="75"/>
        <source>Keyword for a table</source>
        <translation>Kata kunci untuk meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="78"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="84"/>
        <source>Type the vision here: the projector shows it as it is typed</source>
        <translation>Ketik visi di sini: proyektor menampilkannya selagi diketik</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="87"/>
        <source>One mission per line</source>
        <translation>Satu misi per baris</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="89"/>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="91"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="94"/>
        <source>Goals and targets…</source>
        <translation>Tujuan dan sasaran…</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="95"/>
        <source>Plan &gt; Direction: tujuan and sasaran</source>
        <translation>Rencana &gt; Arah: tujuan dan sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="101"/>
        <source>Keywords (live)</source>
        <translation>Kata kunci (langsung)</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="114"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="117"/>
        <source>Missions</source>
        <translation>Misi</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="142"/>
        <source>{0} keywords, {1} sent</source>
        <translation>{0} kata kunci, {1} terkirim</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="146"/>
        <source>Drafted from: {0}</source>
        <translation>Disusun dari: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="160"/>
        <source>(no group)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="206"/>
        <source>Unpick</source>
        <translation>Batal pilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="228"/>
        <source>Merge keywords</source>
        <translation>Gabungkan kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="249"/>
        <source>Unmerge keywords</source>
        <translation>Pisahkan kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="265"/>
        <source>Pick keywords</source>
        <translation>Pilih kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="265"/>
        <source>Unpick keywords</source>
        <translation>Batalkan pilihan kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="285"/>
        <source>Add keyword</source>
        <translation>Tambah kata kunci</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="304"/>
        <source>Save the vision draft</source>
        <translation>Simpan draf visi</translation>
    </message>
    <message>
        <location filename="../../ui/views/vision.py" line="309"/>
        <source>Vision draft saved.</source>
        <translation>Draf visi tersimpan.</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <location filename="../../ui/views/votes.py" line="53"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="53"/>
        <source>All dots</source>
        <translation>Semua titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="54"/>
        <source>This table&apos;s dots</source>
        <translation>Titik meja ini</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../ui/views/votes.py" line="123"/>
        <source>Table:</source>
        <translation>Meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="125"/>
        <source>Dots per table:</source>
        <translation>Titik per meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="164"/>
        <source>{0} has used {1} of {2} dots.</source>
        <translation>{0} telah menggunakan {1} dari {2} titik.</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="177"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="187"/>
        <source>Vote budget</source>
        <translation>Jumlah titik suara</translation>
    </message>
</context>
</TS>
