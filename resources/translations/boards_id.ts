<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
    <name>CriterionDialog</name>
    <message>
        <location filename="../../ui/views/scores.py" line="134"/>
        <source>Add criterion</source>
        <extracomment>Neutral blue scale (for effort a high score is not &quot;good&quot;, so no red/green).</extracomment>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="137"/>
        <source>e.g. Manfaat langsung bagi warga</source>
        <translation>misalnya: Manfaat langsung bagi warga</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="139"/>
        <source>e.g. Direct public benefit</source>
        <translation>misalnya: Direct public benefit</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="142"/>
        <source>Name (Indonesian):</source>
        <translation>Nama (bahasa Indonesia):</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="143"/>
        <source>Name (English, optional):</source>
        <translation>Nama (bahasa Inggris, opsional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="150"/>
        <source>Every table scores the programs 1–5 on the new criterion too.</source>
        <translation>Setiap meja juga menilai program pada kriteria baru ini dengan skala 1–5.</translation>
    </message>
</context>
<context>
    <name>IfasEditor</name>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="191"/>
        <source>Spread S+W weights evenly</source>
        <translation>Bagi rata bobot S+W</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="193"/>
        <source>Spread O+T weights evenly</source>
        <translation>Bagi rata bobot O+T</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="197"/>
        <source>Total {0}:</source>
        <translation>Total {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="198"/>
        <source>Weights S+W:</source>
        <translation>Bobot S+W:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="199"/>
        <source>Weights O+T:</source>
        <translation>Bobot O+T:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="200"/>
        <source>Position (x; y):</source>
        <translation>Posisi (x; y):</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="210"/>
        <source>Enter a weight (all S+W weights together 1.00, all O+T weights together 1.00) and a rating 1–4 for each item. For weaknesses and threats, 1 means a big problem.</source>
        <translation>Isikan bobot (seluruh bobot S+W berjumlah 1,00 dan seluruh bobot O+T berjumlah 1,00) serta rating 1–4 untuk setiap butir. Untuk kelemahan dan ancaman, rating 1 berarti masalah besar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/ifas_editor.py" line="261"/>
        <source>%n item(s) have no weight or rating yet.</source>
        <translation>
            <numerusform>%n butir belum memiliki bobot atau rating.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="264"/>
        <source>Choose an OPD with SWOT items.</source>
        <translation>Pilih OPD yang memiliki butir SWOT.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="270"/>
        <source>Both tables are complete: the weights sum to 1.00.</source>
        <translation>Kedua tabel lengkap: jumlah bobot masing-masing 1,00.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="283"/>
        <source>I: aggressive (SO)</source>
        <translation>I: agresif (SO)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="284"/>
        <source>II: diversification (ST)</source>
        <translation>II: diversifikasi (ST)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="285"/>
        <source>III: turn-around (WO)</source>
        <translation>III: turn-around (WO)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="286"/>
        <source>IV: defensive (WT)</source>
        <translation>IV: defensif (WT)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="287"/>
        <source>Strengths − Weaknesses</source>
        <translation>Kekuatan − Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="288"/>
        <source>Opportunities − Threats</source>
        <translation>Peluang − Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="294"/>
        <source>Quadrant {0}: {1}</source>
        <translation>Kuadran {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="300"/>
        <source>aggressive strategy (supports growth)</source>
        <translation>strategi agresif (mendukung pertumbuhan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="301"/>
        <source>diversification strategy</source>
        <translation>strategi diversifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="302"/>
        <source>turn-around strategy</source>
        <translation>strategi turn-around (mengubah strategi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="303"/>
        <source>defensive strategy</source>
        <translation>strategi defensif (bertahan)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="313"/>
        <source>Change weight</source>
        <translation>Ubah bobot</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="313"/>
        <source>Change rating</source>
        <translation>Ubah rating</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="326"/>
        <source>Spread weights evenly</source>
        <translation>Bagi rata bobot</translation>
    </message>
</context>
<context>
    <name>IfasModel</name>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="70"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="70"/>
        <source>Weight (0–1)</source>
        <translation>Bobot (0–1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="71"/>
        <source>Rating (1–4)</source>
        <translation>Rating (1–4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ifas_editor.py" line="71"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>LegendModel</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="61"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="61"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="61"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="62"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="62"/>
        <source>Quadrant</source>
        <translation>Kuadran</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <location filename="../../ui/views/program_editor.py" line="54"/>
        <source>Linked SWOT items and strategies</source>
        <translation>Butir SWOT dan strategi terkait</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="62"/>
        <source>Show the items of every OPD</source>
        <translation>Tampilkan butir semua OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="77"/>
        <source>SWOT items:</source>
        <translation>Butir SWOT:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="79"/>
        <source>TOWS strategies:</source>
        <translation>Strategi TOWS:</translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="62"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>MatrixProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="105"/>
        <source>Priority matrix: {0}</source>
        <translation>Matriks prioritas: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_matrix.py" line="106"/>
        <source>Priority matrix: impact and effort</source>
        <translation>Matriks prioritas: dampak dan upaya</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="101"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="103"/>
        <location filename="../../ui/views/matrix.py" line="230"/>
        <source>Remove placement</source>
        <translation>Hapus penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="104"/>
        <source>Put the selected program back at its mean scores</source>
        <translation>Kembalikan program terpilih ke posisi nilai rata-ratanya</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="106"/>
        <source>Show spread</source>
        <translation>Tampilkan sebaran</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="108"/>
        <source>Drag a marker to record the plenary&apos;s placement (◆). Bars: one standard deviation of the tables&apos; scores; the selected program shows its lowest and highest score in orange.</source>
        <translation>Seret penanda untuk mencatat penempatan hasil pleno (◆). Garis: satu simpangan baku nilai dari meja; program terpilih menampilkan nilai terendah dan tertingginya dalam warna oranye.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="113"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="118"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="119"/>
        <source>Show the matrix of the chosen dimension (or, from the quick win tab, the quick win list) on the projector</source>
        <translation>Tampilkan matriks dimensi terpilih (atau daftar quick win, dari tab quick win) di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="149"/>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="150"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>Quick win list</source>
        <translation>Daftar quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="219"/>
        <source>Place program on the matrix</source>
        <translation>Tempatkan program pada matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="228"/>
        <source>The selected program has no placement.</source>
        <translation>Program terpilih belum memiliki penempatan.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="150"/>
        <source>Merge duplicate items</source>
        <translation>Gabungkan butir ganda</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="167"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="172"/>
        <source>These items become one. Keep the item (its place and links stay):</source>
        <translation>Butir-butir ini akan menjadi satu. Pilih butir yang dipertahankan (posisi dan tautannya tetap):</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="175"/>
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
        <location filename="../../ui/views/projector_overview.py" line="99"/>
        <source>Not assigned</source>
        <translation>Belum ditentukan</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../ui/views/program_editor.py" line="148"/>
        <source>(choose a dimension)</source>
        <translation>(pilih dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="159"/>
        <source>What citizens gain from this program</source>
        <translation>Apa yang diperoleh warga dari program ini</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="166"/>
        <source>(not yet known)</source>
        <translation>(belum diketahui)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="173"/>
        <source>Choose linked items…</source>
        <translation>Pilih butir terkait…</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="177"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="184"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="185"/>
        <source>Owner OPD:</source>
        <translation>OPD penanggung jawab:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="186"/>
        <source>Supporting OPDs:</source>
        <translation>OPD pendukung:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="187"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="188"/>
        <source>Element:</source>
        <translation>Elemen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="190"/>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="191"/>
        <source>Benefit to citizens:</source>
        <translation>Manfaat bagi warga:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="192"/>
        <source>Horizon:</source>
        <translation>Jangka waktu:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="193"/>
        <source>Years:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="194"/>
        <source>Funding:</source>
        <translation>Sumber pendanaan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="195"/>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="196"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="197"/>
        <source>Comes from:</source>
        <translation>Berasal dari:</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="198"/>
        <source>Save program</source>
        <translation>Simpan program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="201"/>
        <source>Delete program</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="245"/>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="245"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_editor.py" line="289"/>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="299"/>
        <source>%n SWOT item(s)</source>
        <translation>
            <numerusform>%n butir SWOT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="300"/>
        <source>%n strategy(ies)</source>
        <translation>
            <numerusform>%n strategi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../ui/views/program_table.py" line="53"/>
        <source>Program</source>
        <extracomment>Column widths in average characters (the title takes the rest).</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="53"/>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="53"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <location filename="../../ui/views/program_table.py" line="60"/>
        <source>Horizon</source>
        <translation>Jangka</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="54"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="55"/>
        <source>QW</source>
        <translation>QW</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="59"/>
        <source>Title of the program</source>
        <translation>Judul program</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="59"/>
        <source>Owner OPD (penanggung jawab)</source>
        <translation>OPD penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="60"/>
        <source>Smart city dimension</source>
        <translation>Dimensi smart city</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="61"/>
        <source>Mean impact score (lowest–highest of the tables)</source>
        <translation>Rata-rata nilai dampak (terendah–tertinggi dari meja)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="62"/>
        <source>Mean effort score (lowest–highest of the tables)</source>
        <translation>Rata-rata nilai upaya (terendah–tertinggi dari meja)</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="63"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="63"/>
        <source>Quadrant of the priority matrix</source>
        <translation>Kuadran matriks prioritas</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="64"/>
        <source>Chosen as quick win</source>
        <translation>Dipilih sebagai quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/program_table.py" line="121"/>
        <source>{0} → placed {1}</source>
        <translation>{0} → ditempatkan {1}</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs.py" line="49"/>
        <source>All dimensions</source>
        <translation>Semua dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="51"/>
        <source>All horizons</source>
        <translation>Semua jangka waktu</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="55"/>
        <source>Search in titles…</source>
        <translation>Cari judul…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="59"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="62"/>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="114"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="115"/>
        <source>Scores per table</source>
        <translation>Nilai per meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="134"/>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs.py" line="147"/>
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="202"/>
        <source>Add program</source>
        <translation>Tambah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="210"/>
        <source>No changes to save.</source>
        <translation>Tidak ada perubahan untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="213"/>
        <source>Edit program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="217"/>
        <source>Program saved: {0}</source>
        <translation>Program tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="229"/>
        <source>Delete program</source>
        <translation>Hapus program</translation>
    </message>
</context>
<context>
    <name>QuadrantPanel</name>
    <message>
        <location filename="../../ui/views/swot_board.py" line="58"/>
        <source>New item, press Enter</source>
        <translation>Butir baru, tekan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="59"/>
        <source>New item in {0}</source>
        <translation>Butir baru pada {0}</translation>
    </message>
</context>
<context>
    <name>QuickWinList</name>
    <message>
        <location filename="../../ui/views/quickwins.py" line="37"/>
        <source>Chosen as quick win</source>
        <translation>Dipilih sebagai quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="37"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="38"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="38"/>
        <source>Effort</source>
        <translation>Upaya</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="38"/>
        <source>Matrix</source>
        <translation>Matriks</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="47"/>
        <source>Tick the programs the plenary chooses as quick win programs unggulan (usually 3–6 per region per year). Candidates are the programs in the Quick Win quadrant.</source>
        <translation>Centang program yang dipilih pleno sebagai quick win program unggulan (biasanya 3–6 per daerah per tahun). Kandidat adalah program pada kuadran Quick Win.</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="72"/>
        <source>{0}: {1} chosen, {2} candidate(s)</source>
        <translation>{0}: {1} dipilih, {2} kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="112"/>
        <source>Choose quick win</source>
        <translation>Pilih quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/quickwins.py" line="112"/>
        <source>Unchoose quick win</source>
        <translation>Batalkan pilihan quick win</translation>
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
        <location filename="../../ui/views/projector_quickwins.py" line="78"/>
        <source>No quick win yet</source>
        <translation>Belum ada quick win</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="80"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_quickwins.py" line="88"/>
        <source>… and {0} more candidates</source>
        <translation>… dan {0} kandidat lainnya</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../ui/views/readiness.py" line="50"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="50"/>
        <source>Fair</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="51"/>
        <source>Poor</source>
        <translation>Buruk</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="52"/>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="105"/>
        <source>Notes on this cell: evidence, gaps, sources…</source>
        <translation>Catatan untuk sel ini: bukti, kesenjangan, sumber…</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="107"/>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="109"/>
        <source>Selected cell</source>
        <translation>Sel terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="119"/>
        <source>Rate how ready each readiness component is in each dimension. Struktur, infrastruktur and suprastruktur are the focus of the master plan.</source>
        <translation>Nilai tingkat kesiapan setiap komponen pada setiap dimensi. Struktur, infrastruktur, dan suprastruktur menjadi fokus masterplan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="189"/>
        <source>Rate readiness</source>
        <translation>Nilai kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/readiness.py" line="207"/>
        <source>Notes saved.</source>
        <translation>Catatan tersimpan.</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../ui/views/scores.py" line="174"/>
        <source>Programs scored by one table</source>
        <translation>Nilai program dari satu meja</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="175"/>
        <source>Tables&apos; scores of one program</source>
        <translation>Nilai semua meja untuk satu program</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="184"/>
        <source>Table:</source>
        <translation>Meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="187"/>
        <source>Add criterion…</source>
        <translation>Tambah kriteria…</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="209"/>
        <source>Type 1 (low) to 5 (high) in a cell; 0 or Delete clears it. Effort: 5 means a lot of effort.</source>
        <translation>Ketik 1 (rendah) sampai 5 (tinggi) pada sel; 0 atau Delete mengosongkannya. Upaya: 5 berarti membutuhkan upaya yang besar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/scores.py" line="249"/>
        <source>%n program(s) in the current filter</source>
        <translation>
            <numerusform>%n program pada saringan ini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="257"/>
        <source>Program: {0}</source>
        <translation>Program: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="258"/>
        <source>Choose a program in the program list.</source>
        <translation>Pilih program pada daftar program.</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="283"/>
        <source>Score program</source>
        <translation>Nilai program</translation>
    </message>
    <message>
        <location filename="../../ui/views/scores.py" line="302"/>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../../ui/views/tows.py" line="48"/>
        <source>Edit strategy</source>
        <translation>Ubah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="48"/>
        <source>Add strategy</source>
        <translation>Tambah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="64"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="65"/>
        <source>Strategy:</source>
        <translation>Strategi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="66"/>
        <source>From the items:</source>
        <translation>Dari butir:</translation>
    </message>
</context>
<context>
    <name>SwotBoardView</name>
    <message>
        <location filename="../../ui/views/swot_board.py" line="38"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="38"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="39"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="39"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="87"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="91"/>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="100"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="106"/>
        <source>Show on projector</source>
        <translation>Tampilkan di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="107"/>
        <source>Show this OPD&apos;s SWOT (or, from the overview tab, the overview) on the projector</source>
        <translation>Tampilkan SWOT OPD ini (atau ringkasan, dari tab ringkasan) di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="129"/>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="130"/>
        <source>Overview of all OPDs</source>
        <translation>Ringkasan semua OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="131"/>
        <source>IFAS/EFAS</source>
        <translation>IFAS/EFAS</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="132"/>
        <source>TOWS strategies</source>
        <translation>Strategi TOWS</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="143"/>
        <source>Add item…</source>
        <translation>Tambah butir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="146"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="150"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="154"/>
        <source>Merge duplicates…</source>
        <translation>Gabungkan butir ganda…</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="158"/>
        <source>Move to</source>
        <translation>Pindahkan ke</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="224"/>
        <source>{0} – {1} ({2} items)</source>
        <translation>{0} – {1} ({2} butir)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="306"/>
        <source>Add SWOT item</source>
        <translation>Tambah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="320"/>
        <source>Edit SWOT item</source>
        <translation>Ubah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="327"/>
        <source>Move SWOT items</source>
        <translation>Pindahkan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="332"/>
        <source>Move SWOT item</source>
        <translation>Pindahkan butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="346"/>
        <source>Delete SWOT items</source>
        <translation>Hapus butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="348"/>
        <source>Delete SWOT item</source>
        <translation>Hapus butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_board.py" line="356"/>
        <source>Merge SWOT items</source>
        <translation>Gabungkan butir SWOT</translation>
    </message>
</context>
<context>
    <name>SwotItemDialog</name>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="71"/>
        <source>Edit SWOT item</source>
        <translation>Ubah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="71"/>
        <source>Add SWOT item</source>
        <translation>Tambah butir SWOT</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="80"/>
        <source>(no dimension)</source>
        <translation>(tanpa dimensi)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="83"/>
        <source>(no component)</source>
        <translation>(tanpa komponen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="89"/>
        <source>Item text:</source>
        <translation>Teks butir:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="90"/>
        <source>Quadrant:</source>
        <translation>Kuadran:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="91"/>
        <source>Dimension:</source>
        <translation>Dimensi:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="92"/>
        <source>Element:</source>
        <translation>Elemen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="94"/>
        <source>Readiness component:</source>
        <translation>Komponen kesiapan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_dialogs.py" line="119"/>
        <source>(no element)</source>
        <translation>(tanpa elemen)</translation>
    </message>
</context>
<context>
    <name>SwotOverview</name>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="42"/>
        <source>By dimension</source>
        <translation>Per dimensi</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="43"/>
        <source>By readiness component</source>
        <translation>Per komponen kesiapan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="51"/>
        <location filename="../../ui/views/swot_overview.py" line="127"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="67"/>
        <source>Group items:</source>
        <translation>Kelompokkan butir:</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="99"/>
        <source>Not assigned</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="169"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="170"/>
        <source>all quadrants</source>
        <translation>semua kuadran</translation>
    </message>
    <message>
        <location filename="../../ui/views/swot_overview.py" line="171"/>
        <source>{0} – {1}: {2} items</source>
        <translation>{0} – {1}: {2} butir</translation>
    </message>
</context>
<context>
    <name>SwotProjectorBoard</name>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="63"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="63"/>
        <source>Weaknesses</source>
        <translation>Kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="64"/>
        <source>Opportunities</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="64"/>
        <source>Threats</source>
        <translation>Ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="70"/>
        <source>SWOT: {0}</source>
        <translation>SWOT: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="71"/>
        <source>SWOT: no OPD yet</source>
        <translation>SWOT: belum ada OPD</translation>
    </message>
    <message>
        <location filename="../../ui/views/projector_swot.py" line="97"/>
        <source>… and {0} more</source>
        <translation>… dan {0} lainnya</translation>
    </message>
</context>
<context>
    <name>TowsEditor</name>
    <message>
        <location filename="../../ui/views/tows.py" line="36"/>
        <source>SO: use strengths to seize opportunities</source>
        <translation>SO: gunakan kekuatan untuk meraih peluang</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="37"/>
        <source>WO: use opportunities to overcome weaknesses</source>
        <translation>WO: manfaatkan peluang untuk mengatasi kelemahan</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="38"/>
        <source>ST: use strengths to face threats</source>
        <translation>ST: gunakan kekuatan untuk menghadapi ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="39"/>
        <source>WT: reduce weaknesses and avoid threats</source>
        <translation>WT: kurangi kelemahan dan hindari ancaman</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="146"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="147"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="148"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="183"/>
        <source>from %n item(s)</source>
        <translation>
            <numerusform>dari %n butir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="189"/>
        <source>Strategies of {0}: %n</source>
        <translation>
            <numerusform>Strategi {0}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="191"/>
        <source>Choose an OPD.</source>
        <translation>Pilih OPD.</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="202"/>
        <source>Add strategy</source>
        <translation>Tambah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="211"/>
        <source>Edit strategy</source>
        <translation>Ubah strategi</translation>
    </message>
    <message>
        <location filename="../../ui/views/tows.py" line="223"/>
        <source>Delete strategy</source>
        <translation>Hapus strategi</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <location filename="../../ui/views/votes.py" line="52"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="52"/>
        <source>All dots</source>
        <translation>Semua titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="53"/>
        <source>This table&apos;s dots</source>
        <translation>Titik meja ini</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../ui/views/votes.py" line="122"/>
        <source>Table:</source>
        <translation>Meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="124"/>
        <source>Dots per table:</source>
        <translation>Titik per meja:</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="163"/>
        <source>{0} has used {1} of {2} dots.</source>
        <translation>{0} telah menggunakan {1} dari {2} titik.</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="176"/>
        <source>Dot votes</source>
        <translation>Suara titik</translation>
    </message>
    <message>
        <location filename="../../ui/views/votes.py" line="186"/>
        <source>Vote budget</source>
        <translation>Jumlah titik suara</translation>
    </message>
</context>
</TS>
