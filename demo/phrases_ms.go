package demo

// Malay: buyers on Shopee MY, in the relaxed chat register (tak, dah, je).
var phrasesMS = &Phrasebook{
	Lang:      "ms",
	Names:     []string{"Nur Aisyah binti Ahmad", "Muhammad Hafiz", "Siti Nurhaliza Yusof", "Ahmad Faizal", "Farah Nadia", "Amirul Hakim"},
	Greetings: []string{"Hi seller,", "Assalamualaikum,", "Salam,", ""},
	Signoffs:  []string{"Terima kasih.", "TQ", ""},
	Context: []string{
		"Saya pelanggan tetap kedai ni.",
		"Barang ni untuk hadiah hari jadi.",
		"Emel saya {email}.",
	},
	Subjects: map[string][]string{
		"order_status":      {"Bila order {order} akan sampai?", "Status penghantaran tak update"},
		"not_received":      {"Status delivered tapi barang tak sampai", "Barang belum terima"},
		"not_as_described":  {"Barang sampai rosak", "Warna salah"},
		"return_exchange":   {"Nak tukar barang", "Cara pulangkan barang"},
		"refund_request":    {"Mohon refund", "Saya nak refund order {order}"},
		"refund_delay":      {"Refund belum masuk", "Duit refund tak sampai lagi"},
		"cancel_order":      {"Batalkan order {order}", "Tersalah order, tolong cancel"},
		"payment_issue":     {"Tak boleh bayar", "Pembayaran gagal"},
		"duplicate_charge":  {"Kena caj dua kali"},
		"fx_dispute":        {"Jumlah caj lain dari harga"},
		"chargeback_threat": {"Saya akan buat aduan ke bank"},
		"presale_question":  {"Ada stok tak?", "Tanya pasal {product}"},
	},
	Messages: map[string][]string{
		"order_status": {
			"Saya order {days} hari lepas (order {order}) tapi tracking {tracking} masih tak bergerak. Bila agaknya barang sampai?",
			"Parcel saya dengan {carrier} tersangkut di hub Shah Alam dah seminggu. Boleh tolong semak?",
		},
		"not_received": {
			"Dalam app tunjuk parcel dah delivered tapi saya tak terima apa-apa. Dah tanya guard dan jiran pun tak ada. Order {order}, tolong semak.",
			"Dah {days} hari saya tunggu {product} tapi masih belum sampai. Barang hilang ke?",
		},
		"not_as_described": {
			"{product} yang saya terima retak dan kotak pun kemek. Saya lampirkan gambar.",
			"Saya order warna hitam tapi dapat putih. Kabel pun bukan USB-C macam dalam listing.",
		},
		"return_exchange": {
			"Boleh tukar {product} ke warna kelabu? Nak pos balik ke alamat mana?",
		},
		"refund_request": {
			"Saya nak minta refund untuk order {order}, barang tak berfungsi macam yang diterangkan.",
			"Skrin ada calar. Kalau boleh bagi refund separuh saya simpan, kalau tak saya nak full refund.",
		},
		"refund_delay": {
			"Saya dah pulangkan barang dua minggu lepas dan seller dah terima, tapi refund {amount} masih belum masuk akaun.",
		},
		"cancel_order": {
			"Saya tersalah order. Kalau belum pos, tolong cancel order {order}.",
		},
		"payment_issue": {
			"Bayaran guna kad kredit asyik gagal. Boleh bayar guna FPX atau COD?",
			"Pembayaran gagal tapi duit {amount} dah ditolak dari akaun bank saya. Order jadi ke tak?",
		},
		"duplicate_charge": {
			"Saya kena caj {amount} dua kali untuk order {order}, padahal order sekali je. Tolong pulangkan caj berganda tu.",
		},
		"fx_dispute": {
			"Harga dalam kedai {amount} tapi kad saya kena caj hampir 8% lebih sebab ditukar ke USD. Tak ada pun dimaklumkan pasal caj tukaran mata wang.",
		},
		"chargeback_threat": {
			"Ini kali ketiga saya mesej pasal order {order}. Kalau tak refund dalam 48 jam, saya akan buat chargeback dengan bank dan report ke Tribunal Tuntutan Pengguna.",
		},
		"presale_question": {
			"{product} ada stok warna kelabu tak? Berapa hari sampai ke Johor Bahru?",
			"{product} ni ada warranty berapa lama?",
		},
	},
	Replies: map[string][]string{
		"order_status":      {"Terima kasih kerana menghubungi kami. Order {order} telah dihantar melalui {carrier}, nombor tracking {tracking}. Dijangka sampai dalam 2-4 hari bekerja."},
		"not_received":      {"Maaf atas kesulitan. Kami telah buat siasatan dengan {carrier} untuk tracking {tracking}. Jika parcel hilang, kami akan hantar ganti atau refund penuh."},
		"not_as_described":  {"Kami mohon maaf. Boleh hantar gambar barang dan label penghantaran? Kami akan hantar barang baru secara percuma."},
		"return_exchange":   {"Boleh. Sila buat permintaan pemulangan dalam app Shopee dan pos balik dalam 7 hari. Kami akan hantar warna kelabu sebaik sahaja terima."},
		"refund_request":    {"Kami telah proses refund {amount} ke kaedah pembayaran asal. Ia mungkin mengambil masa 3-7 hari bekerja."},
		"refund_delay":      {"Kami dah semak, refund {amount} untuk order {order} telah diproses. Bank biasanya ambil masa 7-14 hari bekerja."},
		"cancel_order":      {"Order {order} telah dibatalkan dan anda tidak akan dicaj."},
		"payment_issue":     {"Maaf atas kesulitan. Jumlah yang ditolak itu hanya pegangan sementara dan akan dilepaskan oleh bank dalam beberapa hari."},
		"duplicate_charge":  {"Betul, ada dua caj {amount}. Caj berganda telah kami refund."},
		"fx_dispute":        {"Kedai kami caj dalam USD; perbezaan datang dari kadar tukaran dan caj bank anda. Sebagai tanda maaf, kami refund perbezaan tersebut."},
		"chargeback_threat": {"Maaf lambat balas. Kami telah refund penuh {amount} untuk order {order}, jadi tak perlu buat chargeback."},
		"presale_question":  {"{product} ada stok, dihantar dalam 24 jam dan ada warranty 12 bulan."},
	},
	FollowUps:   []string{"Ada update tak?", "Kenapa tak balas lagi?"},
	PhotosSent:  []string{"Gambar dah hantar ya."},
	Thanks:      map[string][]string{"any": {"Dah terima, terima kasih!"}, "refund": {"Refund dah masuk, terima kasih seller."}, "parcel": {"Barang dah sampai, terima kasih!"}},
	Holding:     []string{"Terima kasih atas kesabaran anda. Kami telah majukan kes ini kepada pasukan gudang dan logistik, dan akan maklumkan dalam masa 24 jam."},
	ReplyOpens:  []string{"Hi {name},", "Salam sejahtera,"},
	ReplyCloses: []string{"Terima kasih,\n{agent}\nKhidmat Pelanggan {store}", "{agent}"},
}
