package compliance

import (
	"slices"
	"testing"
)

// Denials, scam warnings, product features and third parties' phone
// lines stay clean; near-variants that offer contact or payment are still
// found.
func TestDenialsFeaturesAndServiceLines(t *testing.T) {
	for _, tc := range []struct {
		platform Platform
		text     string
		want     []Kind
	}{
		// The buyer's question quoted back, then refused.
		{"amazon", "You asked if you could settle the rest through Venmo — I'm sorry, we can't accept payment outside Amazon.", nil},
		{"ebay", "You mentioned paying with PayPal gift to dodge the fees. Unfortunately I can't do that, please use eBay checkout.", nil},
		{"shopee", "Kakak tanya apakah boleh transfer ke rekening kami langsung — maaf ya Kak, tidak bisa, pembayaran hanya di Shopee.", nil},
		{"shopee", "Anh hỏi có chuyển khoản trực tiếp cho shop được không — shop xin lỗi, shop chỉ nhận thanh toán qua Shopee ạ.", nil},
		{"shopee", "Você perguntou se dava pra mandar por Pix direto — infelizmente não, só pelo app.", nil},
		{"amazon", "Capisco che preferirebbe una ricarica PostePay, ma il rimborso deve passare da Amazon.", nil},
		{"amazon", "Eine Zahlung per PayPal außerhalb von Amazon können wir leider nicht akzeptieren.", nil},
		{"ebay", "No aceptamos pagos fuera de eBay, ni por Bizum ni por transferencia.", nil},
		{"lazada", "Kak, mohon maaf, kami gak bisa kasih nomor WhatsApp ya.", nil},
		// The wish turned down by naming the platform's checkout alone.
		{"ebay", "Je comprends que vous préfériez payer par virement, mais sur eBay le paiement se fait uniquement via le système d'eBay.", nil},
		{"tiktok", "We saw you asked about paying by Venmo. TikTok Shop only takes payment at its own checkout.", nil},
		{"ebay", "Sie hatten gefragt, ob Sie per Überweisung zahlen können: bei eBay läuft die Zahlung ausschließlich über den eBay-Checkout.", nil},
		// …but not a "no need to buy it there".
		{"tiktok", "Hi Mia, the 3 extra caps you asked about — just Cash App me $45 at $capcorner and I'll ship them with your order, no need to buy them on TikTok.", []Kind{OffPlatformOrder, OffPlatformPayment}},
		// …but an offer after the refusal, or a "yes", is still found.
		{"ebay", "You asked about PayPal — sorry, can't do PayPal on eBay, but Zelle me the $40 instead.", []Kind{OffPlatformPayment}},
		{"amazon", "You asked whether you could pay by Zelle — sure, send it to my number and I'll ship today.", []Kind{OffPlatformPayment}},
		{"shopee", "Kalau kakak mau pesan lagi, transfer aja ke rekening kami biar langsung dikirim.", []Kind{OffPlatformPayment}},

		// Warnings against impostors.
		{"tiktok", "Some fake pages are sending buyers a Venmo request. That's not us, please report them.", nil},
		{"lazada", "Ada yang mengaku admin kami minta bayar via DANA? Itu penipuan, kak.", nil},
		{"amazon", "Wir bitten niemals um eine Überweisung außerhalb von Amazon.", nil},
		{"amazon", "Heads-up: people pretending to be our shop are emailing buyers from Yahoo addresses.", nil},
		{"shopee", "最近有人冒充本店让大家私下转账，请勿相信。", nil},
		{"tiktok", "Pay the rest by PayPal to shopfix@mail.com and I'll send it tomorrow.", []Kind{ContactInfo, OffPlatformPayment}},

		// Chat apps and payment services as what the product does.
		{"lazada", "The smartwatch vibrates for WhatsApp and Telegram messages and shows incoming notifications.", nil},
		{"tiktok", "This webcam works great for Zoom and WhatsApp video calls.", nil},
		{"shopee", "Tai nghe này nghe được cuộc gọi Zalo và Messenger rất rõ.", nil},
		{"shopee", "这款耳机支持微信通话，音质很清楚。", nil},
		{"amazon", "The wallet case has a slot for your Venmo debit card and works with Apple Pay through the case.", nil},
		{"amazon", "The card reader supports PayPal and Apple Pay, so your customers can pay by phone.", nil},
		{"amazon", "Our technician will video call you on WhatsApp, just share your WhatsApp number.", []Kind{ContactInfo}},
		{"amazon", "We have a WhatsApp group where we share restock news, message us to join.", []Kind{ContactInfo}},

		// Carriers', makers' and repairers' lines, tracking numbers.
		{"amazon", "Für Garantiefälle erreichen Sie den Miele-Kundendienst unter 0800 22 44 644.", nil},
		{"amazon", "Dyson's UK helpline is 0800 298 0298 if the motor stops.", nil},
		{"amazon", "Pour la réparation, le service client Rowenta répond au 09 74 50 36 23.", nil},
		{"amazon", "Tu pedido va con MRW, número de envío 0450 1234 5678 9.", nil},
		{"amazon", "ติดต่อศูนย์บริการ Samsung ได้ที่ 02-689-3232 ครับ", nil},
		{"amazon", "Call our support line on 0161 496 0123 any time.", []Kind{ContactInfo}},
		{"amazon", "Write to our Dyson repair desk? No, just call me on 07700 900456.", []Kind{ContactInfo}},

		// Quoted words of the buyer, refunds arriving, pointing back.
		{"amazon", "The card message you wrote — 'Call me when you land!' — was printed as entered.", nil},
		{"lazada", "คืนเงินผ่านระบบ Lazada แล้ว จะเข้าบัญชีภายใน 5 วันทำการค่ะ", nil},
		{"shopee", "O pagamento é pelo app da Shopee, e lá também tem Pix.", nil},
		{"amazon", "We do not take payment by Zelle, Venmo or bank transfer.", nil},
	} {
		// A clean reply must stay clean; an offer must be found as the
		// kinds wanted (a sale it also makes is offplatform.go's business).
		got := checkRules(tc.platform, tc.text).Kinds()
		if len(tc.want) == 0 && len(got) > 0 {
			t.Errorf("%s %q: got %v, want clean", tc.platform, tc.text, got)
		}
		for _, k := range tc.want {
			if !slices.Contains(got, k) {
				t.Errorf("%s %q: got %v, want %v", tc.platform, tc.text, got, tc.want)
				break
			}
		}
	}
}
