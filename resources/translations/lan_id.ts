<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>JoinBoard</name>
    <message>
        <location filename="../../ui/lan_join.py" line="117"/>
        <source>Join from your phone</source>
        <translation>Bergabung dari ponsel Anda</translation>
    </message>
    <message>
        <location filename="../../ui/lan_join.py" line="125"/>
        <source>Table input is not open yet. The facilitator opens it from the console.</source>
        <translation>Input meja belum dibuka. Fasilitator membukanya dari konsol.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_join.py" line="136"/>
        <source>1. Connect to the Wi-Fi “{wifi}”.</source>
        <translation>1. Sambungkan ponsel ke Wi-Fi “{wifi}”.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_join.py" line="138"/>
        <source>{n}. Scan the code, or open:</source>
        <translation>{n}. Pindai kode QR, atau buka alamat:</translation>
    </message>
    <message>
        <location filename="../../ui/lan_join.py" line="140"/>
        <source>{n}. Type your table&apos;s code (on the card on your table) and your name.</source>
        <translation>{n}. Ketik kode meja (tertera pada kartu di meja Anda) dan nama Anda.</translation>
    </message>
</context>
<context>
    <name>LanControl</name>
    <message>
        <location filename="../../ui/lan_control.py" line="105"/>
        <source>Open a workshop first.</source>
        <translation>Buka lokakarya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_control.py" line="125"/>
        <source>Cannot listen on {host}:{port} ({reason}). Choose another address or port.</source>
        <translation>Tidak dapat membuka {host}:{port} ({reason}). Pilih alamat atau port lain.</translation>
    </message>
</context>
<context>
    <name>LanPanel</name>
    <message>
        <location filename="../../ui/lan_panel.py" line="68"/>
        <source>Input from phones (local network)</source>
        <extracomment>Connected phones change with time only (nothing is published): re-read this often.</extracomment>
        <translation>Input dari ponsel (jaringan lokal)</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="71"/>
        <source>Listen on:</source>
        <translation>Antarmuka jaringan:</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="74"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="96"/>
        <source>Many wrong join codes were tried: new phones must wait up to 5 minutes to join (someone may be guessing codes). Phones already joined are not affected.</source>
        <translation>Banyak kode gabung yang salah dicoba: ponsel baru harus menunggu hingga 5 menit untuk bergabung (mungkin ada yang menebak kode). Ponsel yang sudah bergabung tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="103"/>
        <source>Show the join panel on the projector</source>
        <translation>Tampilkan panel bergabung di proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="106"/>
        <source>Wi-Fi name:</source>
        <translation>Nama Wi-Fi:</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="108"/>
        <source>shown on the cards and the projector</source>
        <translation>ditampilkan pada kartu meja dan proyektor</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="112"/>
        <source>Print table cards...</source>
        <translation>Cetak kartu meja...</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="118"/>
        <source>Lock input</source>
        <translation>Kunci input</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="120"/>
        <source>Show results on phones</source>
        <translation>Tampilkan hasil di ponsel</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="131"/>
        <source>Table</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="131"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="131"/>
        <source>Join code</source>
        <translation>Kode meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="131"/>
        <source>Phones</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="132"/>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="132"/>
        <source>Entries this step</source>
        <translation>Entri langkah ini</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="132"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="147"/>
        <source>New code for this table</source>
        <translation>Kode baru untuk meja ini</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="149"/>
        <source>Withdraw this table&apos;s code</source>
        <translation>Cabut kode meja ini</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="183"/>
        <source>{address} (local network)</source>
        <translation>{address} (jaringan lokal)</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="185"/>
        <source>{address} (this computer only)</source>
        <translation>{address} (hanya komputer ini)</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="189"/>
        <source>All interfaces</source>
        <translation>Semua antarmuka</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="200"/>
        <source>Close table input</source>
        <translation>Tutup input meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="201"/>
        <source>Open table input</source>
        <translation>Buka input meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="212"/>
        <source>Table input is open. Phones on this network open: {url}</source>
        <translation>Input meja dibuka. Ponsel di jaringan ini membuka: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="219"/>
        <source>Table input is closed.</source>
        <translation>Input meja ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="242"/>
        <source>Done: {done} of {total} tables · Connected: {connected}</source>
        <translation>Selesai: {done} dari {total} meja · Tersambung: {connected}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="253"/>
        <source>Group codes: {codes}</source>
        <translation>Kode kelompok: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="263"/>
        <source>The table input server was restarted at {time}. Phones reconnect by themselves.</source>
        <translation>Server input meja dimulai ulang pukul {time}. Ponsel tersambung kembali dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="266"/>
        <source>The table input server was restarted {count} times, last at {time}. Phones reconnect by themselves.</source>
        <translation>Server input meja dimulai ulang {count} kali, terakhir pukul {time}. Ponsel tersambung kembali dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="276"/>
        <source>(withdrawn)</source>
        <translation>(dicabut)</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="329"/>
        <source>Table codes</source>
        <translation>Kode meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="337"/>
        <source>Give this table a new code? Phones that joined with the old code must join again, and its table card must be printed again.</source>
        <translation>Beri meja ini kode baru? Ponsel yang bergabung dengan kode lama harus bergabung kembali, dan kartu mejanya harus dicetak ulang.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="348"/>
        <source>Withdraw this table&apos;s code? Its phones are signed out; give it a new code to let it join again.</source>
        <translation>Cabut kode meja ini? Ponsel meja ini akan dikeluarkan; beri kode baru agar meja ini dapat bergabung kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="361"/>
        <source>Save table cards</source>
        <translation>Simpan kartu meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="362"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="376"/>
        <source>The table cards could not be saved: {reason}</source>
        <translation>Kartu meja tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_panel.py" line="379"/>
        <source>Table cards saved: {path}</source>
        <translation>Kartu meja disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_dock.py" line="79"/>
        <source>Table input</source>
        <translation>Input meja</translation>
    </message>
</context>
<context>
    <name>LanStatus</name>
    <message>
        <location filename="../../ui/lan_dock.py" line="36"/>
        <source>Tables...</source>
        <translation>Meja...</translation>
    </message>
    <message>
        <location filename="../../ui/lan_dock.py" line="37"/>
        <source>Join codes, connected tables, entries, lock and reveal</source>
        <translation>Kode meja, meja tersambung, entri, kunci input, dan tampilan hasil</translation>
    </message>
    <message>
        <location filename="../../ui/lan_dock.py" line="50"/>
        <source>Close table input</source>
        <translation>Tutup input meja</translation>
    </message>
    <message>
        <location filename="../../ui/lan_dock.py" line="51"/>
        <source>Phones open {url}</source>
        <translation>Ponsel membuka {url}</translation>
    </message>
    <message>
        <location filename="../../ui/lan_dock.py" line="55"/>
        <source>Open table input</source>
        <translation>Buka input meja</translation>
    </message>
</context>
</TS>
