package classify

import "testing"

// Language detection is tested on what real inboxes hold: one-line
// messages, order numbers, links and addresses around a few words, both
// Chinese scripts, Vietnamese with and without diacritics, and Malay
// against Indonesian.
func TestClassifyDetectsLanguage(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		text, want string
	}{
		{"Where is my order?", "en"},
		{"ok thanks", "en"},
		{"Order #113-4958204-2203412 https://www.amazon.com/gp/your-account/order-details?orderID=113-4958204-2203412 where is it", "en"},
		{"我的订单什么时候发货？", "zh"},
		{"我的訂單什麼時候出貨？", "zh"},
		{"请问 order 2405123456789 几时到", "zh"},
		{"Hi 老板, 我的 order 几时会到? tracking 没有 update", "zh"},
		{"注文した商品はまだ届きません", "ja"},
		{"배송이 언제 되나요?", "ko"},
		{"ยังไม่ได้รับของค่ะ", "th"},
		{"สั่งไป 3 วันแล้ว order 240512ABC ยังไม่ส่งเลย", "th"},
		{"Tôi chưa nhận được hàng", "vi"},
		{"chua nhan duoc hang shop oi", "vi"},
		{"hoan tien cho minh voi", "vi"},
		{"¿Dónde está mi pedido?", "es"},
		{"No he recibido mi pedido 1234", "es"},
		{"Wo ist meine Bestellung?", "de"},
		{"Ich habe mein Paket nicht erhalten", "de"},
		{"Je n'ai pas reçu ma commande", "fr"},
		{"Où est mon colis ?", "fr"},
		{"Não recebi meu pedido", "pt"},
		{"Cadê meu pedido? Já faz 20 dias", "pt"},
		{"Barang saya tak sampai lagi, boleh tolong check?", "ms"},
		{"Saya nak refund, barang rosak", "ms"},
		{"Kak, barang saya belum sampai, gimana ya?", "id"},
		{"Saya mau refund, barangnya rusak", "id"},
		{"Non ho ricevuto il mio ordine", "it"},
		{"Ik heb mijn pakket niet ontvangen", "nl"},
		{"Где мой заказ?", "ru"},
		{"أين طلبي؟", "ar"},
		{"Nie otrzymałem mojego zamówienia", "pl"},
		{"Siparişim nerede?", "tr"},
		{"Please reply to buyer-123@marketplace.amazon.com about order 113-4958204-2203412", "en"},
		{"", Und},
		{"113-4958204-2203412", Und},
	} {
		if got, _ := m.DetectLanguage(tc.text); got != tc.want {
			t.Errorf("DetectLanguage(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}
