package classify

import "strings"

// Malay and Indonesian share most of their words, so the language model
// only narrows a message down to the pair; these lists decide between
// them (language.go).

// Words that mark Malaysian Malay (positive) or Indonesian (negative),
// with how surely. Both say "sudah", "belum", "barang", "terima kasih" and
// "saya"; Malaysians write "tak", "dah", "nak", "boleh", "rosak", "duit",
// "kedai", Indonesians "tidak"/"nggak", "udah", "mau", "bisa", "rusak",
// "uang", "toko", "gimana", "kok".
var malayWords = map[string]int{
	// Malaysian Malay
	"tak": 2, "tk": 1, "dah": 2, "nak": 2, "nk": 2, "boleh": 1, "blh": 2, "bole": 2, "pasal": 2, "awak": 2, "duit": 1,
	"wang": 2, "pulangan": 2, "pemulangan": 2, "bila": 1, "camne": 2, "camana": 2, "macam": 2, "mcm": 2,
	"hantar": 2, "dihantar": 2, "penghantaran": 2, "poslaju": 2, "percuma": 2, "kedai": 2, "telefon": 2,
	"encik": 2, "puan": 1, "je": 2, "jer": 2, "sebab": 1, "sbb": 2, "semalam": 1, "lepas": 1, "betul": 1,
	"kad": 2, "akaun": 2, "saiz": 2, "rosak": 2, "mahu": 2, "takde": 2, "tiada": 1, "xde": 2, "tengok": 2,
	"tgk": 2, "kot": 1, "ye": 1, "yer": 2, "tq": 2, "tqvm": 2, "ringgit": 2, "nombor": 2, "caj": 2,
	"dicaj": 2, "kelabu": 2, "calar": 2, "kemek": 2, "bungkusan": 2, "semak": 2, "maklumkan": 2, "sila": 1,
	"kat": 2, "jiran": 2, "pejabat": 2, "kerana": 2, "jugak": 2, "sikit": 2, "pastu": 2, "camtu": 2,
	"camni": 2, "korang": 2, "ni": 1, "tu": 1, "x": 1, "gi": 1, "mesej": 2, "bayaran": 1, "baru": 0,
	// Indonesian
	"tidak": -1, "nggak": -2, "gak": -2, "ga": -2, "gk": -2, "enggak": -2, "ngga": -2, "udah": -2,
	"udh": -2, "mau": -2, "bisa": -2, "bs": -1, "rusak": -2, "uang": -2, "toko": -2, "gimana": -2,
	"gmn": -2, "kok": -2, "dong": -2, "deh": -2, "sih": -2, "nih": -2, "aja": -2, "aj": -1, "banget": -2,
	"bgt": -2, "kapan": -2, "karena": -2, "krn": -2, "makasih": -2, "gue": -2, "gua": -1, "lo": -1,
	"lu": -1, "ongkir": -2, "resi": -2, "kurir": -2, "paket": -1, "gan": -1, "doang": -2, "lho": -2,
	"loh": -2, "liat": -2, "dikirim": -2, "kirim": -2, "mengirim": -2, "pengiriman": -2, "rekening": -2,
	"kartu": -2, "pengembalian": -2, "rupiah": -2, "rp": -2, "komplain": -1, "tetangga": -2, "satpam": -2,
	"ukuran": -1, "penyok": -2, "lecet": -2, "cek": -1, "silakan": -1, "soalnya": -2, "kayak": -2,
	"tagihan": -2, "biaya": -1, "nomor": -2, "kemarin": -2, "bales": -2, "dana": -1, "sampe": -1,
	"pas": -1, "cuman": -2, "emang": -2, "kalo": -1, "gitu": -2, "begitu": -1, "kak": -1, "resinya": -2,
	"laporin": -2, "nunggu": -2, "cocok": -1, "garansi": -2, "kepotong": -2, "benerin": -2, "dibenerin": -2,
	"batalin": -2, "kirimin": -2, "cariin": -2, "ylki": -2, "tokopedia": -2, "gopay": -2, "ovo": -2,
	"jne": -2, "sicepat": -2, "anteraja": -2, "gojek": -2, "mengembalikan": -1,
}

// malayMarkers sums malayWords over the words of langText output: above
// zero the message is Malaysian Malay, below zero Indonesian.
func malayMarkers(text string) int {
	score := 0
	for w := range strings.FieldsSeq(text) {
		score += malayWords[w]
	}
	return score
}
