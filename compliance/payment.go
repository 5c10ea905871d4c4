package compliance

import "strings"

// Money moved outside the marketplace's checkout: the buyer paying the
// seller by PayPal, bank transfer or Western Union, or the seller sending
// a refund there. Amazon, eBay, Shopee, Lazada and TikTok Shop all require
// payments (and refunds) to go through them: buyers lose their protection
// and the marketplace its view of the sale. On the seller's own channels
// PayPal, Stripe and cards are the checkout itself and are not reported.

func paymentWords(l *lexicon) {
	// The checkout in other languages, one unit each (checkoutSet).
	l.add(0, "at checkout", "halaman pembayaran", "au moment du règlement", "au moment du paiement", "finalização da compra",
		"finalizar la compra", "finalizar a compra", "ตอนชำระเงิน", "หน้าชำระเงิน", "ขั้นตอนชำระเงิน",
		"przy składaniu zamówienia", "podczas składania zamówienia")
	// Services that are also a checkout somewhere.
	l.add(cPayInstr, "paypal", "paypal account", "alipay", "支付宝", "wechat pay", "微信支付", "微信转账", "gcash",
		"paymaya", "momo", "ví momo", "truemoney", "true money", "promptpay", "พร้อมเพย์", "ovo", "gopay",
		"apple pay", "google pay", "stripe", "revolut", "paynow", "duitnow", "paytm", "upi", "bizum", "interac",
		"paypal friends", "paypal freunde", "kakaopay", "satispay", "postepay",
		"paypay", "line pay", "楽天ペイ", "カカオペイ", "카카오페이", "네이버페이", "토스페이", "ペイペイ",
		// E-wallets of Southeast Asia: "akaun Touch 'n Go eWallet".
		"touch n go", "touch n go ewallet", "tng ewallet", "grabpay", "boost ewallet", "linkaja", "zalopay",
		"viettelpay", "vnpay", "shopback pay",
		// A link to pay the seller, and chat apps used as wallets: "we'll
		// send a payment link", "直接微信转给您".
		"payment link", "pay link", "paylink", "invoice link", "link de pago", "enlace de pago", "zahlungslink",
		"lien de paiement", "link de pagamento", "link di pagamento", "link pembayaran", "付款链接", "收款链接",
		"支付链接", "微信转", "微信付", "微信给您转", "微信给你转", "转您微信", "转到您微信", "支付宝转", "支付宝付",
		"line轉帳", "轉帳",
		// DANA is Indonesian for "funds" as well as a wallet: the wallet
		// only where it is named as one ("lewat DANA", "nomor DANA").
		"lewat dana", "via dana", "pakai dana", "nomor dana", "no dana", "akun dana", "saldo dana",
		"e wallet dana", "ewallet dana", "dana atau ovo", "ovo atau dana", "gopay atau dana", "dana ovo")
	// More wallets: Swish, Lydia, Paylib, Papara, PayLah; "DANA admin";
	// the Nordic and Swiss ones beside Swish: "100 kr på MobilePay",
	// "vippse beløpet", "per TWINT".
	l.add(cPayInstr, "swish", "swisha", "swishar", "lydia", "paylib", "papara", "paylah", "dana admin", "ke dana",
		"mobilepay", "vipps", "vippse", "vippser", "twint")
	// Apple Cash, a Klarna invoice sent by hand, JKOPay and Hong Kong's FPS
	// (街口支付, 轉數快), Touch 'n Go as Malaysians write it.
	l.add(cPayInstr, "apple cash", "klarna faktura", "klarna invoice", "街口支付", "街口帳戶", "街口账户", "轉數快", "转数快",
		"tng")
	// Wallets of India, Portugal, Latin America and Poland, and an iDEAL
	// request: "send it on PhonePe", "paga por MB Way", "yapéame",
	// "mándame por Nequi", "te paso el link de Mercado Pago". Named
	// services only, so "pay with Mercado Pago at checkout" stays the
	// checkout (byPlatform).
	l.add(cPayInstr, "phonepe", "phone pe", "bhim upi", "upi id", "gpay", "mb way", "mbway", "mercado pago", "mercadopago",
		"nequi", "daviplata", "yape", "yapea", "yapeame", "yapear", "przelewy24", "przelewy 24",
		"ideal payment request", "ideal request", "ideal link", "ideal betaalverzoek", "ideal betaallink",
		// Maya is also a name: the wallet where it is named as one.
		"via maya", "thru maya", "through maya", "sa maya", "maya wallet", "maya account", "gcash or maya",
		"maya or gcash")
	// Wallets of Pakistan, East Africa and Nigeria, and PayPal as Hebrew
	// writes it: "JazzCash پر 2500 روپے بھیج دیں", "send KSh 1,500 via
	// M-Pesa", "Pay N38,000 to my Opay", "לחשבון הפייפאל שלך". Each is also a
	// checkout somewhere ("pay with M-Pesa at our checkout").
	l.add(cPayInstr, "jazzcash", "jazz cash", "easypaisa", "easy paisa", "m pesa", "mpesa", "lipa na m pesa",
		"lipa na mpesa", "opay", "palmpay", "פייפאל", "הפייפאל", "בפייפאל", "לפייפאל")
	// holdout47–50: wallets named after the transfer that pays into them,
	// where the bare name is a common word ("dana" is Indonesian for
	// funds, "boost" English): "bisa transfer DANA, lebih murah",
	// "transfer Boost ke 011-…". Still a transfer verb to the rules that
	// read one. Bangladesh's wallets: "bKash korben 01711-…".
	l.add(cPayInstr|cPayVerb, "transfer dana", "tf dana", "transfer boost", "tf boost", "bayar boost")
	l.add(cPayInstr, "bkash", "nagad")
	// India's bank transfers and the branch code given for one: "advance
	// NEFT kar dijiye: A/C …, IFSC HDFC0001234".
	l.add(cPayOff, "neft", "imps", "rtgs", "ifsc", "ifsc code")
	// The buyer's bank named where a refund shows, "in" opening the time
	// it takes: "it will show in your bank in 5-7 working days" — not
	// Malaysian "bank in" (pay in). "to your bank" is still read first.
	l.add(cYou, "your bank in", "ur bank in")
	// Boleto is a way to pay at the Brazilian checkouts as well: one sent
	// by the seller only where the sentence steers around the platform
	// (checkoutNative).
	l.add(cPayInstr, "boleto", "boleto bancario")
	// Romanian bank transfers, the French bank details (RIB) given for one,
	// and the buyer's own e-wallet in Indonesian and Malay: "plata se face
	// prin transfer bancar", "je vous envoie mon RIB", "transfer cashback
	// ke e-wallet kakak".
	l.add(cPayOff, "transfer bancar", "prin transfer bancar", "virament bancar", "mon rib", "notre rib", "votre rib",
		"ton rib", "e wallet kakak", "e wallet kamu", "e wallet anda", "e wallet awak", "ewallet kakak", "ewallet kamu",
		"ewallet anda", "ewallet awak")
	// Turkish and Czech transfers: "havale ile", "pošlu na účet", "číslo
	// účtu".
	// "bayar transfer BCA", "您到时候直接给现金就可以" (cash handed over on a
	// delivery arranged privately).
	// An Interac e-transfer goes from bank to bank, around any checkout:
	// "e-transfer $25 to studio.kiln@gmail.com".
	l.add(cPayOff, "e transfer", "etransfer", "interac e transfer", "interac etransfer")
	// Swedish, Danish and Norwegian paying: "betalning via Swish".
	l.add(cPayVerb, "betalning", "betala", "betalar", "betalas", "betaling", "betale")
	// Turkish writes the case after an apostrophe, and joins it to
	// "havale": "IBAN'ıma gönderirseniz", "IBAN'ınıza gönderebiliriz",
	// "banka havalesiyle".
	l.add(cPayOff, "iban'*", "ibanıma", "ibanımıza", "ibanınıza", "ibanınızı", "havale*")
	// Wallets and payment apps of Spain, Italy, Saudi Arabia, Greece,
	// Israel and Malaysia, ShopeePay outside Shopee (ownWallet), Thai
	// TrueMoney as written in Thai, and invoices of card readers sent by
	// hand: "paga con Satispay", "تحويل على STC Pay", "μέσω IRIS",
	// "בביט", "bayar guna FPX", "a Square invoice".
	l.add(cPayInstr, "stc pay", "stcpay", "μέσω iris", "με iris", "via iris", "ביט", "בביט", "לביט", "fpx",
		"shopeepay", "shopee pay", "ทรูมันนี่", "ทรูมันนี", "square invoice", "square payment link", "square link")
	// Money sent through Wise, into a business account, paid in advance
	// (Vorkasse) or by telegraphic transfer; Thai transfers "direct", "to
	// the account", "by bank".
	l.add(cPayOff, "through wise", "thru wise", "by wise", "with wise", "wise ile", "our business account",
		"my business account", "vorkasse", "per vorkasse", "t t payment", "by t t", "t t transfer",
		"โอนตรง", "โอนบัญชี", "โอนธนาคาร", "převodem", "platba převodem")
	l.add(cPayOff, "transfer bca", "transfer bri", "transfer bni", "transfer mandiri", "tf bca", "rekening bca",
		"给现金", "付现金", "现金支付", "现金付款")
	// "wenn Sie mir 210 € direkt überweisen", "deposita en OXXO a la
	// tarjeta".
	l.add(cPayOff, "by ach", "via ach", "ach transfer", "überweisen", "überweist", "deposita en oxxo", "depositar en oxxo", "depósito en oxxo", "pago en oxxo")
	// Australia's bank transfer by phone number or email: "PayID is
	// accepted", "via Osko".
	l.add(cPayOff, "payid", "osko")
	l.add(cPayOff, "eft ile", "na účet", "číslo účtu", "na ucet", "cislo uctu", "sort code")
	// Ways to pay that are off the marketplace by nature.
	// "Bank transfer's fine", "wire transfers are ok".
	l.add(cPayOff, "bank transfer's", "bank transfers", "wire transfer's", "wire transfers")
	l.add(cPayOff, "western union", "westernunion", "moneygram", "zelle", "venmo", "cash app", "cashapp",
		"bank transfer", "wire transfer", "telegraphic transfer", "by tt", "via tt", "pay by tt", "tt payment", "tt transfer", "wire the money", "wire it", "direct transfer", "bank deposit", "transferwise", "via wise",
		"payoneer", "skrill", "iban", "swift code", "routing number", "crypto", "cryptocurrency", "bitcoin", "btc",
		"usdt", "ethereum", "friends and family", "friends family", "f f", "transferencia", "transferencia bancaria",
		"überweisung", "banküberweisung", "per überweisung", "virement", "virement bancaire", "transferência",
		"transferência bancária", "pix", "transfer bank", "transfer ke rekening", "rekening kami", "rekening saya", "rekening toko",
		"transfer langsung",
		"chuyển khoản", "โอนเงิน", "โอนเข้าบัญชี", "เข้าบัญชี", "转账", "汇款", "打款", "银行转账", "私下付款",
		"线下付款", "转给我", "打到我", "支付宝转账", "支付宝转给你", "支付宝转给您", "转账给你", "转账给您", "company account", "to our account", "our bank account", "my bank account",
		"to our bank", "company bank account", "my account number", "bank account number",
		"auf unser konto", "en nuestra cuenta", "sur notre compte", "na nossa conta", "bank in", "bank in to",
		"banking in", "bonifico", "bonifico bancario", "ricarica postepay", "sul nostro conto", "sul mio conto",
		"palawan padala", "cebuana", "akaun bank saya", "akaun bank kami",
		"akaun saya", "akaun kami", "nombor akaun", "nomor rekening", "no rekening", "no rek", "norek",
		"số tài khoản", "tài khoản của shop", "เลขบัญชี", "บัญชีร้าน", "银行卡号", "收款码", "收款账号",
		"扫码付款", "扫码支付", "扫码转账", "掃碼付款", "掃碼支付", "銀行振込", "振込", "振り込み", "お振込", "口座振込", "口座番号", "계좌이체", "무통장", "무통장입금",
		"계좌 입금", "계좌로 입금", "계좌번호", "계좌 번호", "송금",
		// Billing the buyer by hand, cash when they collect, a Wise request.
		"invoice you directly", "invoice you direct", "bill you directly",
		"cash on collection", "cash on pickup", "cash on pick up", "cash in hand", "cash when you collect",
		"for cash", "pay cash", "pay in cash", "cash only", "cash payment", "payment in cash",
		"wise payment", "wise payment request", "wise request", "wise transfer",
		// "you pay by wire", "take payment by bank wire", "pagare in contanti",
		// "bar bezahlen".
		"pay by wire", "by wire", "bank wire", "via wire", "wire payment", "in contanti", "en efectivo", "em dinheiro",
		"bar bezahlen", "bar zahlen", "bar statt", "gegen bar", "bar bei abholung", "bar bei übergabe", "bar auf die hand", "en espèces", "pay when you collect", "pay on collection",
		// Money sent to the buyer's account by hand: "we will refund the
		// RM39 to your bank account directly", "send me your BSB",
		// "deposítame … a mi cuenta", "退款我直接匯給您".
		"your bank account", "to your bank", "bsb", "akaun bank awak", "akaun bank anda", "akaun awak", "rekening anda",
		"rekening kamu", "rekening kakak", "akun bank kamu", "akun bank anda", "conta bancária", "sua conta bancária", "deposítame", "depositame", "deposítanos", "a mi cuenta",
		"a nuestra cuenta", "匯給您", "汇给您", "匯給你", "汇给你", "匯款", "銀行帳號", "银行账号", "銀行代碼",
		// A QR code to pay the seller: "扫码付款更快".
		"扫码付款", "扫码支付", "掃碼付款", "掃碼支付")
	l.add(cPayVerb, "pay", "paying", "payment", "payments", "send money", "send the money", "send the payment",
		"transfer", "deposit", "remit", "pagar", "pague", "pago", "zahlen", "bezahlen", "zahlung", "payer",
		"paiement", "payez", "pagamento", "bayar", "pembayaran", "thanh toán", "trả tiền", "ชำระ", "จ่าย", "付款",
		"支付", "付钱", "转给", "settle the payment", "settle payment", "settle the balance", "settle the bill",
		"settle the invoice", "settle the difference", "pindahkan", "pagare", "paghi", "pagate", "magbayad", "bayaran", "bayad", "支払い",
		"お支払い", "決済", "入金", "결제", "입금", "지불",
		// A deposit is paid: "régler l'acompte par PayPal à …".
		"acompte", "l'acompte", "d'acompte", "anzahlung")
	l.add(cDirect, "directly", "direct", "privately", "outside", "off platform", "direct to us", "directamente",
		"direkt", "directement", "diretamente", "direto", "langsung", "terus", "secara langsung", "trực tiếp", "riêng",
		"โดยตรง", "ตรง", "ส่วนตัว", "直接", "私下", "direttamente", "diretto", "direkta", "직접",
		// "se la vendo directo", "seedha WhatsApp kijiye".
		"directo", "seedha")
	l.add(cRefund|cIncentive, "refund*", "reimburs*", "reembols*", "devolvemos", "devolveremos", "rückerstatt*",
		"erstatt*", "zurückerstatt*", "rückzahlung*", "rembours*", "bayaran balik", "pulangkan", "pengembalian dana",
		"mengembalikan dana", "dana dikembalikan", "uang kembali", "hoàn tiền", "hoàn", "คืนเงิน", "退款", "退钱",
		"退您", "返款", "money back", "cash back", "cashback", "rimbors*", "rimborseremo", "ibabalik ang bayad",
		"返金", "全額返金", "환불", "환급", "전액 환불",
		// "te devolvemos" is also an offer (grammarWords); "ganti uangnya"
		// pays back a missing item; "ibabalik namin ang ₱50".
		"te devolvemos", "le devolvemos", "os devolvemos", "te reembolsamos", "ganti uang", "ganti uangnya",
		"ibabalik", "ibabalik namin")
	// Scam warnings in Chinese and Thai, as units of their own: warnings.
	l.add(0, "诈骗", "骗子", "มิจฉาชีพ")
	// The refund arriving, not a transfer: "เงินจะเข้าบัญชีภายใน 7 วันทำการ".
	l.add(0, "จะเข้าบัญชี")
}

// findPayment reports payment outside the platform's checkout.
func (sc *scan) findPayment() {
	own := !sc.platform.IsMarketplace()
	warnedSent, warned := int32(-1), false
	for i := range sc.units {
		u := sc.units[i]
		if u.mask&(cPayOff|cPayInstr|cPayVerb|cDirect|cIncentive) != 0 {
			if u.sent != warnedSent {
				warnedSent, warned = u.sent, sc.warning(i)
			}
			if warned {
				continue
			}
		}
		switch {
		case u.mask&cPayOff != 0:
			if (sc.negated(i) || sc.listDenied(i) || sc.deniedRight(i) || sc.forbiddenBefore(i)) && !sc.platformWithout(i) && !sc.insteadOfPlatform(i) || sc.byPlatform(i) || sc.parcelTransfer(i) || sc.wishRefused(i) || sc.paymentFeature(i) || sc.originalMethod(i) {
				continue
			}
			s := i
			if v := sc.prev(i, cPayVerb, 4); v >= 0 {
				s = v
			}
			sc.addUnits(OffPlatformPayment, s, sc.identifierEnd(i), "payment outside the platform's checkout")
		case u.mask&cPayInstr != 0:
			if own && (sc.ownCheckout(i) || sc.paidDone(i)) && !sc.paidToAddress(i) || (sc.negated(i) || sc.listDenied(i) || sc.deniedRight(i) || sc.forbiddenBefore(i)) && !sc.insteadOfPlatform(i) && !sc.platformWithout(i) || sc.byPlatform(i) ||
				sc.wishRefused(i) || sc.paymentFeature(i) || sc.ownWallet(i) || sc.checkoutNative(i) || sc.originalMethod(i) {
				continue
			}
			a, b := sc.around(i, 20)
			// "le hacemos un Bizum de 5 €": an amount sent by the service.
			// "prosimy przesłać BLIKiem na numer 601 234 567": a wallet paid to
			// a phone number is a transfer on any channel.
			// "we'll GCash you ₱100", "le hacemos un Bizum; pásenos su
			// número": the service sent to the buyer.
			if own && sc.first(a, b, cPayVerb|cDirect) < 0 && !sc.insteadAfter(i) && !sc.walletAmount(i) && !sc.toPhone(i) && !sc.buyerNumberAsked(i) {
				continue
			}
			s := i
			if v := sc.prev(i, cPayVerb|cRefund, 5); v >= 0 {
				s = v
			}
			sc.addUnits(OffPlatformPayment, s, i, "payment service outside the platform's checkout")
		case invoiceWords[sc.text(i)] && sc.invoiceByHand(i):
			// "I'll invoice you separately", "nanti kami kirim invoice".
		case !own && sc.codOffPlatform(i):
			// "pay him 180 AED cash on delivery, outside Amazon".
		case u.mask&cPayVerb != 0 && !own:
			// "transfer BCA ke rekening …", "bayar ke Maybank", "pay into our
			// Barclays account": a bank named as where the money goes.
			if sc.negated(i) {
				continue
			}
			for j := i + 1; j < len(sc.units) && j-i <= 4 && sc.units[j].clause == u.clause; j++ {
				if !banks[sc.text(j)] {
					continue
				}
				if wa, wb := sc.around(i, 12); sc.first(wa, wb, cRefund) < 0 && !sc.byPlatform(i) {
					sc.addUnits(OffPlatformPayment, i, j, "payment to a bank account outside the platform's checkout")
				}
				break
			}
			if u.mask&cDirect == 0 {
				continue
			}
			fallthrough
		case u.mask&cDirect != 0 && !own:
			// "pay me directly", "direct payment", "pay outside Shopee".
			v := sc.prev(i, cPayVerb, 3)
			if v < 0 {
				v = sc.next(i, cPayVerb, 1)
			}
			if v < 0 {
				v = sc.invoicedDirect(i)
			}
			if v < 0 {
				v = sc.moneySent(i)
			}
			// "To avoid the Amazon fees we'd invoice you directly" denies
			// the platform, not the payment.
			if v < 0 || sc.negated(min(i, v)) && !sc.platformWithout(min(i, v)) && !sc.platformAvoided(min(i, v)) || sc.is(i, "terus", "direct") && v > i && sc.units[v].mask&cRefund != 0 || sc.wishRefused(i) ||
				sc.directOnPlatform(i) || sc.courierPaid(i) || sc.noneNeeded(v) {
				continue
			}
			sc.addUnits(OffPlatformPayment, v, i, "payment outside the platform's checkout")
		case !own && u.mask&(cPayOff|cPayInstr) == 0 && sc.bankAccount(i):
			// "transfer aja ongkir ke BCA 5271093384", "to our CIMB
			// account", "국민은행 123-45-6789012로 입금".
			sc.addUnits(OffPlatformPayment, i, sc.identifierEnd(i), "payment to a bank account outside the platform's checkout")
		case sc.tillNumber(i):
			// "send KSh 3,200 to Paybill 522533 account 7781902".
			sc.addUnits(OffPlatformPayment, i, sc.identifierEnd(i), "payment to a mobile money number outside the platform's checkout")
		case !own && cardWords[sc.text(i)] && sc.cardNumberPaid(i):
			// "deposita $350 en OXXO a la tarjeta 4152 3137 8844 9012".
			sc.addUnits(OffPlatformPayment, i, sc.identifierEnd(i), "payment to a bank card outside the platform's checkout")
		case !own && cashWords[sc.text(i)] && sc.cashInPerson(i):
			sc.addUnits(OffPlatformPayment, max(i-1, 0), i, "cash paid in person outside the platform's checkout")
		case u.mask&cIncentive != 0 && sc.is(i, "gift card", "gift cards") && sc.giftCodeToSeller(i):
			// "send me an Amazon gift card code for the price difference".
		case u.mask&cIncentive != 0 && sc.is(i, "gift card", "gift cards"):
			// "could you just buy a $20 Apple gift card and send us the
			// code here?": a gift card bought for the seller is money sent
			// off the platform when its code is sent to the seller. Not
			// "we'll buy you a gift card and send you the code".
			if sc.giftCodeAsked(i) {
				break
			}
			// "you can buy a Google Play gift card and send us the code":
			// "can" offers, but the buyer is the one buying.
			if b := sc.prev(i, cOrderVerb, 5); b >= 0 && !sc.negated(b) && !sc.negated(i) && (sc.prev(b, cWe|cOffer, 3) < 0 || sc.prev(b, cYou, 3) >= 0 && sc.prev(b, cWe, 3) < 0) {
				for j := i + 1; j < len(sc.units) && j-i <= 8 && sc.units[j].sent == u.sent; j++ {
					if sc.is(j, "code", "codes", "pin") && sc.first(i+1, min(j+3, len(sc.units)), cUs) >= 0 {
						sc.addUnits(OffPlatformPayment, b, j, "payment by gift card outside the platform's checkout")
						break
					}
				}
			}
			// A gift card's code sent instead of a refund or a return through
			// the platform: "we can't process a return here. Instead I'll
			// send you a $25 gift card code to cover it".
			if o := sc.prev(i, cOffer, 8); o >= 0 && (!sc.negated(o) || sc.insteadOf(o)) && sc.giftCodeSent(i) {
				wa, wb := sc.around(i, 20)
				for j := wa; j < wb; j++ {
					// Or paid for a review taken down: "if you take down the
					// 2-star review, we'll email you a $20 gift card"; not
					// the platform's own card, spent on it.
					if sc.is(j, "instead", "to cover", "cover", "return", "refund", "rather than") || sc.units[j].mask&(cRefund|cDirect) != 0 ||
						sc.units[j].mask&cRemove != 0 && sc.next(j, cReview, 4) >= 0 && !sc.platformCard(i) {
						sc.addUnits(OffPlatformPayment, o, i+1, "payment by gift card outside the platform's checkout")
						break
					}
				}
			}
		}
	}
}

// neededWords close "no payment … is needed": English only, as "no"
// before a payment is Portuguese "in the" elsewhere ("paga no Pix").
var neededWords = foldSet("needed", "necessary", "required")

// noneNeeded reports the payment at v said to be needed by nobody: "No
// payment to us directly is needed", "no bank transfer required".
func (sc *scan) noneNeeded(v int) bool {
	if !sc.is(v-1, "no") {
		return false
	}
	for k := v + 1; k < len(sc.units) && k-v <= 6 && sc.units[k].clause == sc.units[v].clause; k++ {
		if neededWords[sc.text(k)] {
			return true
		}
	}
	return false
}

// sendWords send money when an amount follows them.
var sendWords = foldSet("send", "sending", "transfer", "kirim", "kirimkan", "enviar", "envío", "mando", "mandamos",
	"schicke", "schicken", "envoie", "envoyer", "gửi", "mandar", "invio", "inviamo")

// moneySent reports "send you the $12 directly": an amount sent, right
// before "directly" at i, or -1.
func (sc *scan) moneySent(i int) int {
	m := sc.prev(i, cMoney, 2)
	if m < 0 {
		return -1
	}
	for k := m - 1; k >= 0 && m-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.units[k].mask&cIncentive != 0 {
			return -1
		}
		if sendWords[sc.text(k)] {
			return k
		}
	}
	return -1
}

// warnings are the words of a warning against a scam: "if you received a
// message claiming to be from us asking for payment by bank transfer,
// please report it to Amazon" asks for no payment. Not "fake" or
// "fraud": "the item looked fake, we can refund you by PayPal" pays.
var warnings = newPhraseSet("claiming to be", "claims to be", "pretending to be", "impersonating", "scam",
	"scams", "scammer", "scammers", "phishing", "fraudulent", "fraudsters", "estafa", "betrug", "arnaque",
	"golpe", "truffa", "penipuan", "lừa đảo", "诈骗", "骗子", "มิจฉาชีพ",
	// "If you received an email asking for a bank transfer, it did not
	// come from us."
	"did not come from us", "didn't come from us", "not come from us", "wasn't sent by us", "was not sent by us",
	"kam nicht von uns", "stammt nicht von uns", "ne vient pas de nous", "no proviene de nosotros",
	// "Kalau ada yang minta transfer di luar aplikasi, jangan dilayani".
	"ada yang minta", "ada yang meminta", "if anyone asks", "if someone asks", "si alguien te pide", "jangan dilayani")

// warning reports whether unit i is in a sentence that warns against
// scams. The rules ask it about many units of a sentence, so the answer
// is kept for the sentence last asked about.
func (sc *scan) warning(i int) bool {
	if m := sc.warned; m.known && m.sent == sc.units[i].sent {
		return m.v
	}
	v := sc.warningIn(i)
	sc.warned = sentMemo{sent: sc.units[i].sent, known: true, v: v}
	return v
}

func (sc *scan) warningIn(i int) bool {
	a := i
	for a > 0 && sc.units[a-1].sent == sc.units[i].sent {
		a--
	}
	j := a
	for ; j < len(sc.units) && sc.units[j].sent == sc.units[i].sent; j++ {
		if sc.warnedAt(j) {
			return true
		}
	}
	return j < len(sc.units) && sc.warnedNext(j)
}

// paidToAddress reports a payment service at i sent to an address by hand:
// "réglez l'acompte par PayPal à paiement@atelierlune.fr", "PayPal:
// orders@shop.com" are transfers, not the store's checkout; "pay by PayPal
// or contact help@shop.com" is the checkout and a contact.
func (sc *scan) paidToAddress(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 2 && sc.units[j].sent == sc.units[i].sent; j++ {
		s := int(sc.f.from[sc.units[j].s])
		for _, c := range sc.claimed {
			if c.s == s {
				return true
			}
		}
		if !sc.is(j, "to", "a", "an", "ke", "para", "naar", "na", "auf", "at") {
			return false
		}
	}
	return false
}

// byPlatform reports whether the payment at i is the platform's own doing:
// "Lazada will refund you by bank transfer", "pay with PayPal at checkout".
func (sc *scan) byPlatform(i int) bool {
	a, b := sc.around(i, 14)
	// The checkout named earlier in the sentence: "eBay handles all
	// payments at checkout, so you can use card, PayPal or Apple Pay
	// there" — unless the buyer is steered away from it.
	if pa, _ := sc.around(i, 16); !sc.is(i+1, "instead") && !sc.is(i+2, "instead") {
		for j := pa; j < i; j++ {
			if sc.units[j].clause != sc.units[i].clause && checkoutSet[sc.text(j)] && !sc.negated(j) && !sc.checkoutBroken(j) &&
				sc.prev(j, cNegation|cOffChannel, 3) < 0 && !sc.steeredAway(pa, i+8) {
				return true
			}
		}
	}
	for j := a; j < b; j++ {
		// On the seller's own channel its website is the platform, in the
		// payment's clause and not denied: "Payment Razorpay, UPI ya card se
		// website pe hi kar sakte hain"; not "you can pay by SEPA transfer,
		// it won't go through the webshop".
		site := !sc.platform.IsMarketplace() && sc.units[j].mask&cOwnSite != 0 && sc.units[j].clause == sc.units[i].clause && !sc.negated(j)
		if !sc.is(j, string(sc.platform), "the app") && !checkoutSet[sc.text(j)] && !site {
			continue
		}
		// In another clause only when it points back at the service:
		// "GCash is accepted, just pick it at Shopee checkout".
		// Nor in a list of the checkout's methods: "carte bancaire, PayPal,
		// Apple Pay ou Google Pay au moment du règlement".
		// Nor back from a later clause, unless "there" points at it: "o
		// pagamento tem que ser pelo app da Shopee, mas lá também tem Pix".
		// Nor back from a later clause, unless "there" points at it, or the
		// later clause names the same way again at the checkout: "sí puedes
		// pagar en efectivo en OXXO: al finalizar la compra en Amazon elige
		// 'Pago en efectivo'".
		if sc.units[j].clause != sc.units[i].clause && (j < i && !sc.thereBefore(i) || j > i && sc.first(i+1, j, cIt) < 0 && !sc.listTo(i, j) && !sc.butThere(i, j) && !sc.namedAgain(i, j)) {
			continue
		}
		// Not "instead of through eBay", "to avoid Amazon fees", "an Amazon
		// gift card code".
		if n := sc.prev(j, cNegation|cOffChannel, 3); n >= 0 && !sc.inThe(n, j) || sc.giftCardAt(j+1) || sc.skipped(j) || aroundBefore(sc, j) || sc.feeOf(j) ||
			sc.insteadOf(j) || sc.cancelledOn(j) || sc.offListing(j) || sc.soldOutOn(j) || sc.markedPaidOn(j) || sc.slowPlatform(j) || sc.checkoutBroken(j) {
			continue
		}
		// Nor the platform as the dearer way: "bayar transfer BCA bisa lebih
		// murah 15rb dibanding di Lazada", "比Lazada运费便宜".
		if c := sc.prev(j, cCheaper, 4); c >= 0 && sc.units[c].clause == sc.units[j].clause || sc.cheaperThan(j) {
			continue
		}
		// Further off, the checkout must be where the buyer is sent:
		// "GCash is accepted — just choose it as your payment option at
		// Shopee checkout", not "pay me by GCash directly, no need for the
		// Shopee checkout".
		if (j-i > 8 || i-j > 8) && sc.steeredAway(a, b) {
			continue
		}
		return true
	}
	return false
}

// namedAgain reports the payment service at i named again near the
// checkout or platform at j, in j's clause.
func (sc *scan) namedAgain(i, j int) bool {
	for k := max(j-8, i+1); k < len(sc.units) && k <= j+8; k++ {
		if sc.units[k].clause == sc.units[j].clause && sc.text(k) == sc.text(i) {
			return true
		}
	}
	return false
}

// deniedRight reports the payment at i denied by the words right after
// it: "Bank transfer's not possible on Amazon", "Zelle isn't accepted
// here", "bank transfers are not an option". Not "PayPal isn't the only
// way".
func (sc *scan) deniedRight(i int) bool {
	j := i + 1
	if sc.is(j, "is", "are", "was", "were") || strings.HasSuffix(sc.text(i), "'s") {
		if !sc.is(j, "not", "never") {
			j++
		}
	}
	// "Przelew bankowy nie jest możliwy", "Pix não é aceito", "le virement
	// n'est pas possible", "die Überweisung ist nicht möglich".
	if sc.is(j, "ist") && sc.is(j+1, "nicht") {
		j++
	}
	if j >= len(sc.units) || sc.units[j].clause != sc.units[i].clause || !sc.is(j, "not", "never", "isn't", "aren't", "wasn't",
		"weren't", "is not", "are not", "no longer", "nie", "nao", "n'est pas", "nicht", "niet") {
		return false
	}
	return !sc.is(j+1, "only", "just") && !sc.is(j+2, "only", "just")
}

// soldOutOn reports the platform at j named as where the goods ran out,
// not as the checkout: "the set is sold out on TikTok but I have 2 left —
// Cash App $40".
func (sc *scan) soldOutOn(j int) bool {
	return sc.units[j].mask&cPlatform != 0 && onWords[sc.text(j-1)] && j >= 2 && unavailableSet[sc.text(j-2)]
}

// checkoutBroken reports the checkout at j said not to work, right after
// it: "our checkout is acting up, so please just Zelle the $84".
func (sc *scan) checkoutBroken(j int) bool {
	for k := j + 1; k < len(sc.units) && k-j <= 3 && sc.units[k].clause == sc.units[j].clause; k++ {
		if checkoutTrouble.at(sc, k) && !sc.is(k, "failing", "fails", "failed", "slow", "band") {
			return true
		}
	}
	return false
}

// skipped reports the platform or checkout at j gone around: "avoid
// Amazon", "skip the store checkout".
func (sc *scan) skipped(j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3 && sc.units[k].clause == sc.units[j].clause; k-- {
		if sc.is(k, "avoid", "save", "skip", "bypass") || avoidWords[sc.text(k)] {
			return true
		}
	}
	// "faster than waiting for Shopee", "en lugar de esperar al reembolso
	// de Amazon": the platform's way is the one not waited for.
	for k := j - 1; k >= 0 && j-k <= 4 && sc.units[k].clause == sc.units[j].clause; k-- {
		if waitWords[sc.text(k)] {
			return true
		}
	}
	return false
}

// avoidWords go around the platform in the languages that have a verb of
// their own for it: "pour éviter les frais eBay vous pouvez me régler
// par virement", "para evitar la comisión de Amazon".
var avoidWords = foldSet("éviter", "d'éviter", "evitar", "evitare", "evitando", "vermeiden", "umgehen", "hindari", "menghindari",
	"elak", "mengelak", "tránh", "避免", "绕过")

// slowWords call the platform's refund slow: "amazon refunds take
// forever", "退款走网站太慢了", "Shopee lama sangat".
// "too long" is read word by word: "Amazon refund take too long".
var slowWords = newPhraseSet("forever", "ages", "slow", "slower", "too long", "lama", "lento", "lenta", "langsam", "lent", "太慢", "很慢", "慢")

// slowPlatform reports the platform at j called the slow way, later in
// its clause: "…to your Apple Cash, amazon refunds take forever", "Lazada
// refund process is too slow".
func (sc *scan) slowPlatform(j int) bool {
	for k := j + 1; k < len(sc.units) && k-j <= 5 && sc.units[k].clause == sc.units[j].clause; k++ {
		if slowWords.at(sc, k) {
			return true
		}
	}
	return false
}

// waitWords wait for the platform.
var waitWords = foldSet("waiting", "wait", "esperar", "esperando", "warten", "attendre", "aspettare", "tunggu", "menunggu",
	"chờ", "等")

// platformWithout reports the denial before the payment at i to be the
// platform's: "dann machen wir das ohne eBay für 380 € per Überweisung",
// "sin Amazon, por Bizum" pay around it.
func (sc *scan) platformWithout(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.units[k].mask&cNegation == 0 {
			continue
		}
		return aroundSet[sc.text(k)] && (sc.units[min(k+1, i)].mask&cPlatform != 0 || sc.units[min(k+2, i)].mask&cPlatform != 0)
	}
	return false
}

// markedPaidOn reports the platform at j as where a payment made around it
// is only recorded: "pay cash on collection, I'll mark it as paid on
// eBay", "lo marco como pagado en eBay".
func (sc *scan) markedPaidOn(j int) bool {
	paid := false
	for k := j - 1; k >= 0 && j-k <= 5 && sc.units[k].clause == sc.units[j].clause; k-- {
		switch {
		case sc.is(k, "paid", "pagado", "pago", "bezahlt", "payé", "payee", "dibayar", "betaald"):
			paid = true
		case paid && sc.is(k, "mark", "marked", "marking", "marco", "marcar", "markiere", "markieren", "marque", "marquer", "tandai", "markeer"):
			return true
		}
	}
	return false
}

// cancelledOn reports the platform at j as where an order is cancelled,
// shortly before: "si cancelas el pedido en Amazon te lo vendo por Bizum"
// pays around it, not through it.
func (sc *scan) cancelledOn(j int) bool {
	for k := j - 1; k >= 0 && j-k <= 4 && sc.units[k].clause == sc.units[j].clause; k-- {
		if cancelWords[sc.text(k)] {
			return true
		}
	}
	return false
}

// listTo reports units (i, j) as the rest of a short list of payment
// methods: the services, "or", "and" and card words, no verb.
func (sc *scan) listTo(i, j int) bool {
	if j-i > 10 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if sc.units[k].mask&(cPayInstr|cPayOff) == 0 && !listWords[sc.text(k)] && !sc.is(k,
			"card", "cards", "carte", "carte bancaire", "kreditkarte", "tarjeta", "cartão", "klarna",
			// "DANA, OVO, atau COD yang ada di halaman pembayaran TikTok Shop".
			"cod", "yang", "ada", "di", "on", "in", "the", "at", "lewat", "via", "virtual account", "virtual", "account", "va",
			// The shops the checkout's payment codes are paid at, and "all
			// of them" closing the list: "transfer bank virtual account,
			// Indomaret/Alfamart, atau COD — semuanya di checkout Shopee".
			"indomaret", "alfamart", "alfamidi", "semuanya", "semua", "all", "all of them", "todos", "tutti", "alle") &&
			// "atau COD langsung di checkout Shopee": the last item paid
			// right at the checkout.
			!(sc.units[k].mask&cDirect != 0 && j-k <= 2) {
			return false
		}
	}
	return true
}

// inThe reports the negation at n as the Portuguese "in the" right before
// the platform or checkout at j, inside a clause: "pagar com Pix direto no
// checkout da Shopee". At a clause's start it denies: "no Shopee fees".
func (sc *scan) inThe(n, j int) bool {
	return n == j-1 && sc.written(n, "no", "na", "No", "Na") && n > 0 && sc.units[n-1].clause == sc.units[n].clause
}

// butThere reports a later clause at j that puts the payment at i back on
// the platform's checkout: "Pode pagar com Pix sim, mas direto na
// finalização da compra aqui na Shopee", "GCash is fine, but only at the
// Shopee checkout". The clause starts with "but" and reaches the checkout
// through words of place and manner only.
func (sc *scan) butThere(i, j int) bool {
	if !checkoutSet[sc.text(j)] && !(sc.ownPlatform(j) && sc.units[j-1].mask&cVia != 0) {
		return false
	}
	for k := j - 1; k > i && j-k <= 5; k-- {
		if sc.units[k].clause != sc.units[j].clause {
			return false
		}
		if contrastWords[sc.text(k)] {
			return k == 0 || sc.units[k-1].clause != sc.units[k].clause
		}
		if sc.units[k].mask&(cDirect|cVia) == 0 && !sc.is(k, "only", "just", "so", "solo", "nur", "chi", "hanya", "the", "a", "o", "la", "el", "aqui", "here") {
			return false
		}
	}
	return false
}

// directOnPlatform reports "directly" at i that leads to the platform's
// checkout: "pagar com Pix direto no checkout da Shopee", "bayar guna
// Touch 'n Go terus di checkout TikTok Shop", "pay directly through eBay".
func (sc *scan) directOnPlatform(i int) bool {
	for k := i + 1; k < len(sc.units) && k-i <= 3 && sc.units[k].clause == sc.units[i].clause; k++ {
		if checkoutSet[sc.text(k)] || sc.ownPlatform(k) || sc.is(k, "the app") {
			return k-i == 1 || sc.units[k-1].mask&cVia != 0 || placeWords[sc.text(k-1)]
		}
		if sc.units[k].mask&(cVia) == 0 && !placeWords[sc.text(k)] && !sc.is(k, "lo") {
			return false
		}
	}
	return false
}

// placeWords lead from "directly" to the place: "direto no checkout",
// "directamente en el checkout de TikTok Shop", "directement sur le site
// d'Amazon".
var placeWords = foldSet("no", "na", "di", "em", "en", "the", "trên", "在", "sa", "la", "el", "le", "il", "al", "ao", "à")

// courierPaid reports "directly" at i paid to the courier who brings the
// parcel, cash on delivery through the platform: "bayar terus kepada rider
// bila parcel sampai", "pay the driver directly on delivery". Not the
// seller's own driver.
func (sc *scan) courierPaid(i int) bool {
	for k := i + 1; k < len(sc.units) && k-i <= 3 && sc.units[k].clause == sc.units[i].clause; k++ {
		if riderWords[sc.text(k)] || sc.units[k].mask&cCarrier != 0 {
			return sc.units[k-1].mask&cSelf == 0 && !sc.is(k-1, "own")
		}
	}
	return false
}

// riderWords bring the parcel and collect cash on delivery.
var riderWords = foldSet("rider", "driver", "courier", "kurir", "delivery man", "deliveryman", "shipper", "repartidor",
	"entregador", "ไรเดอร์", "พนักงานส่งของ", "快递员", "快遞員")

// checkoutSet are the platform's checkout: "at checkout", "eBays kassa",
// "au moment du règlement".
var checkoutSet = foldSet("checkout", "at checkout", "halaman pembayaran", "kassa", "kasse", "caisse", "kasie", "au moment du règlement",
	"au moment du paiement", "finalização da compra", "finalizar la compra", "finalizar a compra",
	// "ตอนชำระเงินสามารถเลือก TrueMoney" (at checkout you can pick
	// TrueMoney), "หน้าชำระเงิน" (the checkout page).
	"ตอนชำระเงิน", "หน้าชำระเงิน", "ขั้นตอนชำระเงิน",
	// "zapłacić BLIK-iem bezpośrednio przy składaniu zamówienia" (pay by
	// BLIK directly when placing the order).
	"przy składaniu zamówienia", "podczas składania zamówienia")

// steeredAway reports whether units [a, b) of one sentence steer the
// buyer away from the checkout: fees, a cheaper way, "directly", "instead".
func (sc *scan) steeredAway(a, b int) bool {
	for j := a; j < b && j < len(sc.units); j++ {
		if sc.units[j].sent != sc.units[a].sent {
			break
		}
		if sc.units[j].mask&(cDirect|cOffChannel|cCheaper) != 0 || feeWords[sc.text(j)] || sc.is(j, "instead", "save", "avoid", "skip", "bypass") {
			return true
		}
	}
	return false
}

// ownCheckout reports whether the service at i is the checkout of the
// seller's own channel (PayPal, Stripe, Apple Pay on a Shopify store).
func (sc *scan) ownCheckout(i int) bool {
	return sc.is(i, "paypal", "paypal account", "stripe", "apple pay", "google pay", "revolut", "alipay", "wechat pay",
		"payment link", "pay link", "paylink", "invoice link", "link de pago", "enlace de pago", "zahlungslink",
		"lien de paiement", "link de pagamento", "link di pagamento", "link pembayaran", "付款链接", "收款链接", "支付链接")
}

// banks are banks sellers name when they ask for a transfer.
var banks = setOf("bca", "bri", "bni", "mandiri", "btn", "maybank", "cimb", "rhb", "ambank", "bdo", "bpi",
	"metrobank", "landbank", "unionbank", "kbank", "kasikorn", "kasikornbank", "scb", "krungthai", "กสิกร",
	"ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "vietcombank", "techcombank", "vcb", "mbbank", "acb", "bidv", "vpbank",
	"sacombank", "agribank", "tpbank", "ocbc", "dbs", "posb", "uob", "hsbc", "chase", "barclays", "santander",
	"bbva", "caixa", "caixabank", "itau", "bradesco", "nubank", "sparkasse", "commerzbank", "postbank", "intesa",
	"unicredit", "revolut", "wise", "monzo", "n26", "gcash", "maya")

// insteadOfPlatform reports that the negation before the service at i is
// "instead of" the platform's own way: "instead of waiting for the Lazada
// refund we can PayNow you" offers the service.
func (sc *scan) insteadOfPlatform(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && sc.units[k].sent == sc.units[i].sent; k-- {
		if !sc.is(k, "instead", "instead of", "rather than") {
			continue
		}
		for m := k + 1; m < i && m <= k+5; m++ {
			// "refund you directly instead of through the store": the
			// seller's own store is the platform there.
			if sc.storeAt(m) {
				return true
			}
		}
		return false
	}
	return false
}

// storeAt reports the platform, its checkout or the seller's own store at
// m.
func (sc *scan) storeAt(m int) bool {
	return sc.units[m].mask&cPlatform != 0 || sc.is(m, "checkout", "store", "site", "website", "webshop", "online store",
		"tienda", "loja", "boutique", "negozio", "shop", "toko")
}

// insteadAfter reports the service at i used in place of the store, said
// after it: "te devuelvo los 22 € por Bizum en vez de por la tienda",
// "par Lydia au lieu de la boutique".
func (sc *scan) insteadAfter(i int) bool {
	for k := i + 1; k < len(sc.units) && k-i <= 3 && sc.units[k].clause == sc.units[i].clause; k++ {
		if !sc.is(k, "instead of", "rather than", "statt", "anstatt") && !(sc.is(k, "vez", "lugar", "lieu", "invece") && sc.is(k+1, "de", "di", "do", "da", "du")) {
			continue
		}
		for m := k + 1; m < len(sc.units) && m <= k+5; m++ {
			if sc.storeAt(m) {
				return true
			}
		}
		return false
	}
	return false
}

// insteadOf reports "instead of" shortly before unit j: "instead of
// waiting for the Lazada refund we can PayNow you" steers away from it.
func (sc *scan) insteadOf(j int) bool {
	for k := j - 1; k >= 0 && k >= j-5 && sc.units[k].sent == sc.units[j].sent; k-- {
		if sc.insteadAt(k) {
			return true
		}
	}
	return false
}

// insteadAt reports "instead of" at unit k, in the languages that write
// it in words of their own: "in plaats van via eBay", "en lugar de
// Amazon", "au lieu de la boutique", "zamiast przez Allegro".
func (sc *scan) insteadAt(k int) bool {
	return sc.is(k, "instead", "instead of", "rather than", "statt", "anstatt", "zamiast", "yerine") ||
		sc.is(k, "plaats", "vez", "lugar", "lieu", "invece") && sc.is(k+1, "van", "de", "di", "do", "da", "du")
}

// feeOf reports the platform at j named for its fees: "eBay fees", "die
// eBay-Gebühren", "le commissioni di Amazon", "a taxa da Amazon", "shipping
// fee ng TikTok".
func (sc *scan) feeOf(j int) bool {
	return feeWords[sc.text(j+1)] || j >= 2 && feeWords[sc.text(j-2)] && sc.is(j-1, "of", "di", "de", "da", "do", "der", "von", "van", "d'", "ng", "sa")
}

// parcelTransfer reports a transfer of the parcel, not of money: "a
// transportadora fez a transferência entre centros", "the transfer
// between hubs".
func (sc *scan) parcelTransfer(i int) bool {
	if !sc.is(i, "transferência", "transferencia", "transfer", "transferts", "transfert") || !sc.is(i+1, "entre", "between", "zwischen", "tra") {
		return false
	}
	return sc.is(i+2, "centros", "centers", "centres", "hubs", "depots", "armazéns", "almacenes", "warehouses", "cds", "unidades", "sucursales", "agências", "agencias") ||
		sc.is(i+3, "centros", "centers", "centres", "hubs", "depots", "armazéns", "almacenes", "warehouses", "unidades", "sucursales", "agências", "agencias")
}

// thereWords point back at a place named before: "lá também tem Pix".
var thereWords = foldSet("there", "lá", "ali", "allí", "ahí", "dort", "là", "di sana", "disana", "ở đó", "那里", "那裡",
	"هناك", "هنالك", "daar", "orada",
	// Hebrew: "אפשר לשלם שם בפייפאל" (you can pay there by PayPal).
	"שם")

// thereBefore reports "there" shortly before unit i in its clause.
func (sc *scan) thereBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].clause == sc.units[i].clause; k-- {
		if thereWords[sc.text(k)] {
			return true
		}
	}
	return false
}

// listWords join a list of ways to pay.
var listWords = foldSet("or", "and", "nor", "ou", "et", "o", "y", "oder", "und", "atau", "dan", "hoặc", "và", "或", "和")

// listDenied reports the payment at i as a later item of a list whose
// first item is denied: "we do not offer refunds via Cash App, PayPal or
// gift cards", where the comma ends the denial's clause.
func (sc *scan) listDenied(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6 && sc.units[k].sent == sc.units[i].sent; k-- {
		switch {
		case sc.units[k].mask&(cPayInstr|cPayOff) != 0:
			if sc.units[k].clause != sc.units[i].clause && sc.negated(k) {
				return true
			}
		case !listWords[sc.text(k)]:
			return false
		}
	}
	return false
}

// giftCodeSent reports the gift card at i handed over as its code or by
// email: "a $25 gift card code", "a Starbucks e-gift card to your
// personal email" — money, not a card in the parcel.
func (sc *scan) giftCodeSent(i int) bool {
	if sc.is(i+1, "code", "codes") {
		return true
	}
	e := sc.next(i, cEmailWord, 4)
	if e < 0 {
		// "we'll email you a $20 gift card".
		e = sc.prev(i, cEmailWord, 6)
	}
	return e >= 0 && sc.units[e].clause == sc.units[i].clause
}

// giftCodeAsked reports the buyer asked, after the gift card at i, to
// send its code, number or PIN to the seller: "cover the $12 fee with a
// Target gift card — just send the card number and PIN here", "pls send
// the $15 Target gift card code here". The send has no seller for its
// subject ("we'll send you the code here" is the seller's gift).
func (sc *scan) giftCodeAsked(i int) bool {
	if sc.negated(i) {
		return false
	}
	for k := max(i-6, 0); k < len(sc.units) && k-i <= 10 && sc.units[k].sent == sc.units[i].sent; k++ {
		if !sendWords[sc.text(k)] || sc.negated(k) || sc.sellerSends(k) {
			continue
		}
		for j := k + 1; j < len(sc.units) && j-k <= 8 && sc.units[j].sent == sc.units[i].sent; j++ {
			if sc.units[j].mask&cYou != 0 {
				break // "send you the code"
			}
			if !sc.is(j, "code", "codes", "pin", "number") || j < i {
				continue
			}
			if sc.is(j+1, "here") || sc.is(j+2, "here") || sc.is(j+3, "here") || sc.first(k+1, j, cUs) >= 0 {
				sc.addUnits(OffPlatformPayment, min(i, k), j, "payment by gift card outside the platform's checkout")
				return true
			}
		}
	}
	return false
}

// sellerSends reports the seller as the subject of the send at k, in its
// clause: "we'll send the code here", "I will say thanks by sending a gift
// card code"; not "you can just send it", "pls send".
func (sc *scan) sellerSends(k int) bool {
	for m := k - 1; m >= 0 && k-m <= 8 && sc.units[m].clause == sc.units[k].clause; m-- {
		switch {
		case sc.units[m].mask&cYou != 0:
			return false
		case sc.units[m].mask&cWe != 0:
			return true
		case sc.units[m].mask&cOffer != 0 && sc.prev(m+1, cYou, 3) < 0 && (m == 0 || sc.units[m-1].clause != sc.units[m].clause || sc.units[m-1].mask&cWe != 0 || sc.is(m, "we'll", "i'll", "we will", "i will")):
			return true
		}
	}
	return false
}

// giftCodeToSeller reports a gift card's code at i sent by the buyer to
// the seller: "send me an Amazon gift card code for the price
// difference", "you send a $25 Apple gift card code here". Not "we'll
// send you a gift card code", the seller's gift.
func (sc *scan) giftCodeToSeller(i int) bool {
	if sc.negated(i) {
		return false
	}
	if sc.giftCodeOf(i) || sc.giftCodeSentAfter(i) {
		return true
	}
	if !sc.is(i+1, "code", "codes") {
		return false
	}
	// "an Amazon gift card code sent here works too": the buyer's code,
	// unless the seller is the one sending it.
	if sc.is(i+2, "sent") && sc.is(i+3, "here") && sc.prev(i, cWe|cOffer, 6) < 0 {
		sc.addUnits(OffPlatformPayment, i, i+3, "payment by gift card outside the platform's checkout")
		return true
	}
	// Further back with the amount between: "just send the $25 price
	// difference as an Amazon gift card code here".
	for k := i - 1; k >= 0 && (i-k <= 6 || i-k <= 10 && sc.first(k+1, i, cMoney) >= 0) && sc.units[k].sent == sc.units[i].sent; k-- {
		if !sendWords[sc.text(k)] || sc.negated(k) {
			continue
		}
		if sc.first(k+1, i, cUs) >= 0 && sc.first(k+1, i, cYou) < 0 {
			sc.addUnits(OffPlatformPayment, k, i+1, "payment by gift card outside the platform's checkout")
			return true
		}
		if sc.prev(k, cYou, 2) >= 0 && sc.prev(k, cWe, 3) < 0 && (sc.is(i+2, "here") || sc.first(i+2, min(i+5, len(sc.units)), cUs) >= 0) {
			sc.addUnits(OffPlatformPayment, k, i+1, "payment by gift card outside the platform's checkout")
			return true
		}
		// "Pls send the $15 Target gift card code here": the buyer asked to
		// send it, no one named between.
		imperative := k == 0 || sc.units[k-1].sent != sc.units[k].sent || sc.units[k-1].mask&cPlease != 0 || sc.is(k-1, "just")
		if imperative && sc.is(i+2, "here") && sc.first(k+1, i, cYou|cUs) < 0 && sc.prev(k, cWe|cOffer, 4) < 0 {
			sc.addUnits(OffPlatformPayment, k, i+1, "payment by gift card outside the platform's checkout")
			return true
		}
		// "cover the $8 shipping by sending an Amazon gift card code here":
		// sent by the buyer, no one named between, no seller offering.
		if sc.is(k-1, "by") && sc.is(i+2, "here") && sc.first(k+1, i, cYou|cUs) < 0 && sc.prev(k, cWe|cOffer, 4) < 0 {
			sc.addUnits(OffPlatformPayment, k, i+1, "payment by gift card outside the platform's checkout")
			return true
		}
		return false
	}
	return false
}

// giftCodeOf reports the code of the gift card at i named before it and
// sent to the seller: "send me the 16-digit code of a $50 Apple gift
// card". The send has the seller for its object, not its subject.
func (sc *scan) giftCodeOf(i int) bool {
	for j := i - 1; j >= 1 && i-j <= 7 && sc.units[j].sent == sc.units[i].sent; j-- {
		if !sc.is(j, "code", "codes", "pin", "number") || !sc.is(j+1, "of", "for") {
			continue
		}
		for k := j - 1; k >= 0 && j-k <= 5 && sc.units[k].sent == sc.units[j].sent; k-- {
			if !sendWords[sc.text(k)] {
				continue
			}
			if sc.negated(k) || sc.sellerSends(k) || sc.first(k+1, j, cUs) < 0 || sc.first(k+1, j, cYou) >= 0 {
				return false
			}
			sc.addUnits(OffPlatformPayment, k, i, "payment by gift card outside the platform's checkout")
			return true
		}
		return false
	}
	return false
}

// sendAfterWords send at the end of the clause, as Hindi and Urdu written
// in Latin letters do: "gift card ka code yahin chat mein bhej dijiye".
// The imperative or the plain verb with "do", "dijiye" after it; not
// "bhejenge" (we will send).
var sendAfterWords = foldSet("bhej", "bhejiye", "bhejo", "bhejein", "bhejen", "bhejdo")

// giftCodeSentAfter reports the code of the gift card at i, its Hindi
// genitive after it ("gift card ka code"), that the buyer is asked to
// send: "Aap ek Amazon Pay gift card ka code yahin chat mein bhej
// dijiye". Not the seller sending one ("hum aapko gift card ka code bhej
// denge"): no "we" before the verb, and a bare "bhej" only with an asking
// word after it.
func (sc *scan) giftCodeSentAfter(i int) bool {
	if !sc.is(i+1, "ka", "ki", "ke") || !sc.is(i+2, "code", "pin", "number") {
		return false
	}
	for k := i + 3; k < len(sc.units) && k-i <= 9 && sc.units[k].clause == sc.units[i].clause; k++ {
		if sc.units[k].mask&cWe != 0 || sc.is(k, "hum", "ham", "main", "mai") {
			return false
		}
		if !sendAfterWords[sc.text(k)] {
			continue
		}
		if sc.is(k, "bhej") && !(k+1 < len(sc.units) && (sc.units[k+1].mask&cAsk != 0 || sc.is(k+1, "do", "dein", "den", "dena"))) || sc.negated(k) {
			return false
		}
		sc.addUnits(OffPlatformPayment, i, k, "payment by gift card outside the platform's checkout")
		return true
	}
	return false
}

// giftCardAt reports a gift card or its code at i: "an Amazon gift card
// code", "Amazon-Gutscheincode" is the platform's card, not its checkout.
func (sc *scan) giftCardAt(i int) bool {
	w := sc.text(i)
	return strings.Contains(w, "gift card") || strings.HasPrefix(w, "gutschein") || strings.HasPrefix(w, "e-gift")
}

// nativeWays are ways to pay that the platforms' checkouts offer where
// they are used: Brazil's boleto.
var nativeWays = foldSet("boleto", "boleto bancário")

// checkoutNative reports a way to pay at i that the platform's checkout
// itself offers, named with nothing in the sentence steering the buyer
// around the platform: "o boleto vence em 3 dias úteis" is the checkout's;
// "pagar no boleto fora da Shopee … sai 10% mais barato" is not.
func (sc *scan) checkoutNative(i int) bool {
	if !nativeWays[sc.text(i)] {
		return false
	}
	a, b := sc.around(i, 20)
	for j := a; j < b; j++ {
		u := sc.units[j]
		if u.mask&(cOffChannel|cCheaper) != 0 && !sc.negated(j) || feeWords[sc.text(j)] || u.mask&cPlatform != 0 && aroundBefore(sc, j) {
			return false
		}
	}
	return true
}

// cardNumberPaid reports a bank card at i given by its full number as
// where money goes: "deposita $350 en OXXO a la tarjeta 4152 3137 8844
// 9012". Twelve digits or more, so "the card ending in 4821" is none; in a
// sentence that pays (an amount, a payment word), not denied, not a scam
// warning, not the platform's doing.
func (sc *scan) cardNumberPaid(i int) bool {
	digits := 0
	for j := i + 1; j < len(sc.units) && j-i <= 5 && sc.units[j].kind == uNumber && sc.units[j].mask&cMoney == 0; j++ {
		for _, c := range sc.text(j) {
			if '0' <= c && c <= '9' {
				digits++
			}
		}
	}
	if digits < 12 {
		return false
	}
	a, b := sc.around(i, 12)
	return sc.first(a, b, cPayVerb|cPayOff|cMoney) >= 0 && !sc.negated(i) && !sc.byPlatform(i) && !sc.warning(i)
}

// tillWords are the business numbers of mobile money, paid like a bank
// account: "Paybill 522533 account 7781902", "M-Pesa Till 5238710".
var tillWords = foldSet("paybill", "till")

// tillNumber reports a mobile money business number at i given to pay
// into, on any channel: a bank account in all but name. "Till" only after
// the service or "buy goods" ("open till 18:00" is none), and with five
// digits or more after it; in a sentence that pays or sends an amount,
// not denied, not a scam warning, not the platform's doing.
func (sc *scan) tillNumber(i int) bool {
	w := sc.text(i)
	if !tillWords[w] || w == "till" && !(i > 0 && sc.units[i-1].mask&cPayInstr != 0 || sc.is(i-1, "goods")) {
		return false
	}
	if i+1 >= len(sc.units) || sc.units[i+1].kind != uNumber || sc.units[i+1].mask&cMoney != 0 || len(strings.Trim(sc.text(i+1), ".,")) < 5 {
		return false
	}
	a, b := sc.around(i, 12)
	pays := sc.first(a, b, cPayVerb|cPayInstr|cMoney) >= 0
	for j := a; j < b && !pays; j++ {
		pays = sendWords[sc.text(j)]
	}
	return pays && !sc.negated(i) && !sc.byPlatform(i) && !sc.warning(i)
}

// ownWallet reports the platform's own wallet at i: ShopeePay on Shopee
// is the checkout; on Lazada it is a transfer around it.
func (sc *scan) ownWallet(i int) bool {
	return sc.platform == PlatformShopee && sc.is(i, "shopeepay", "shopee pay")
}

// invoicedDirect returns the invoice sent by hand around "directly" at
// i: "we'd invoice your practice directly", "we'll invoice your company
// directly on net-30", "send you a direct invoice"; or -1.
func (sc *scan) invoicedDirect(i int) int {
	if sc.is(i, "direct") && sc.is(i+1, "invoice", "invoices") {
		return i + 1
	}
	for k := i - 1; k >= 0 && i-k <= 3 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.is(k, "invoice", "bill") && sc.prev(k, cWe|cOffer, 2) >= 0 && !sc.byPlatform(k) {
			return k
		}
	}
	return -1
}

// bankAccountWords name the account a bank holds: "our CIMB account",
// "rekening BCA".
var bankAccountWords = foldSet("account", "acct", "a/c", "akaun", "rekening", "konto", "conto", "cuenta", "compte",
	"conta", "tài khoản", "บัญชี", "계좌")

// bankAccount reports a bank at i named as where money goes: followed by
// an account or its number, in a sentence that pays ("transfer",
// an amount). Not the platform's refund ("Lazada will refund your CIMB
// account"), not a denial, not a scam warning.
func (sc *scan) bankAccount(i int) bool {
	w := sc.text(i)
	if !banks[w] && !strings.HasSuffix(strings.TrimSpace(w), "은행") {
		return false
	}
	j := i + 1
	if !bankAccountWords[sc.text(j)] {
		digits := 0
		for ; j < len(sc.units) && j-i <= 4 && sc.units[j].kind == uNumber && sc.units[j].mask&cMoney == 0; j++ {
			digits += int(sc.units[j].e - sc.units[j].s)
		}
		if digits < 8 {
			return false
		}
	}
	a, b := sc.around(i, 12)
	if sc.first(a, b, cPayVerb|cPayOff|cMoney) < 0 || sc.first(a, b, cRefund) >= 0 && sc.first(a, b, cWe|cSelf|cUs) < 0 {
		return false
	}
	return !sc.negated(i) && !sc.byPlatform(i) && !sc.warning(i)
}

// cashWords are cash handed over: "£40 cash", "tapos cash".
var cashWords = foldSet("cash", "tunai", "efectivo", "contanti", "espèces", "dinheiro", "bargeld", "nakit",
	"gotówką", "contant")

// collectWords meet the buyer in person: "when you pick it up", "meet-up
// tayo sa Cubao", "swing by".
var collectWords = foldSet("pick", "pickup", "collect", "collecting", "collection", "meet", "meetup", "swing",
	"abholen", "abholung", "recoger", "ritiro", "ambil", "ketemuan", "cod")

// cashInPerson reports cash at i paid to the seller by hand: an amount in
// cash ("$35 cash and we'll cancel the Amazon one"), or cash where the
// buyer collects the goods or meets the seller ("bring £250 cash when you
// pick it up"). Not "no cash", not cash back, not the platform's cash on
// delivery.
func (sc *scan) cashInPerson(i int) bool {
	if sc.negated(i) || sc.byPlatform(i) || sc.warning(i) || sc.is(i+1, "back", "on delivery", "on") {
		return false
	}
	if m := sc.prev(i, cMoney, 1); m >= 0 {
		return true
	}
	a, b := sc.around(i, 8)
	for j := a; j < b; j++ {
		if collectWords[sc.text(j)] && sc.units[j].clause >= sc.units[i].clause-1 && sc.units[j].clause <= sc.units[i].clause+1 {
			return true
		}
	}
	// Cash handed to the seller's own courier: "hum apne delivery boy se
	// bhej rahe hain, bas ₹150 extra delivery charge cash mein de dena
	// usko".
	a, b = sc.around(i, 20)
	return sc.ownCourier(a, b)
}

// courierOwnWords make a courier the seller's own: "our own driver", Hinglish
// "apne delivery boy se".
var courierOwnWords = foldSet("own", "apne", "apna", "apni")

// ownCourier reports the seller's own courier named in units [a, b): "our
// own rider", "apne delivery boy", "our delivery guy". Not the carrier's
// ("the DHL driver"), not denied.
func (sc *scan) ownCourier(a, b int) bool {
	for k := a; k < b; k++ {
		w := sc.text(k)
		if !courierOwnWords[w] && sc.units[k].mask&cSelf == 0 || sc.negated(k) {
			continue
		}
		if riderWords[sc.text(k+1)] || sc.is(k+1, "delivery") && sc.is(k+2, "boy", "guy", "man", "wala", "person") {
			return true
		}
	}
	return false
}

// invoiceWords are an invoice, or billing by one.
var invoiceWords = foldSet("invoice", "invoices", "invoicing", "faktur", "fatura", "factura", "fattura", "rechnung",
	"facture", "factuur", "proforma", "pro forma")

// separateWords bill apart from the order: "I'll invoice you separately".
var separateWords = foldSet("separately", "separate", "terpisah", "aparte", "por separado", "getrennt", "separat",
	"séparément", "a parte", "apart")

// invoiceByHand reports an invoice at i that the seller sends the buyer
// to be paid around the checkout: the seller its subject ("I'll invoice
// you", "nanti kami kirim invoice", "we email you an invoice"), and the
// sentence sends it apart from the order — separately, directly, to an
// address or a chat given there, or with the platform's markup avoided.
// Not "Amazon will email you the invoice", nor the order's own invoice
// ("we'll email you the VAT invoice", "dann schicke ich Ihnen die
// Rechnung"), nor on the seller's own channels, where an invoice is one
// of the store's ways to pay.
func (sc *scan) invoiceByHand(i int) bool {
	if !sc.platform.IsMarketplace() || sc.prev(i, cWe|cOffer, 4) < 0 || sc.negated(i) || sc.byPlatform(i) || sc.warning(i) ||
		sc.reportedAs(OffPlatformPayment, i) || sc.is(i-1, "the", "die", "der", "la", "le", "el", "il", "a", "o", "tax", "vat", "company",
		"corporate", "gst", "sst", "pajak", "mwst", "iva") {
		return false
	}
	a, b := sc.around(i, 16)
	off := false
	for k := a; k < b && !off; k++ {
		u := sc.units[k]
		switch {
		case separateWords[sc.text(k)] && k > i && k-i <= 4:
			off = true
		case u.mask&(cApp|cContactFixed|cDirect|cOffChannel) != 0 && !sc.negated(k):
			off = true
		case u.mask&cPlatform != 0 && (sc.prev(k, cNegation|cOffChannel, 1) >= 0 || feeWords[sc.text(k+1)] || sc.is(k+1, "markup", "mark-up", "margin")):
			off = true
		}
	}
	if !off {
		off = sc.foundIn(ContactInfo, a, b) && sc.prev(i, cEmailWord, 4) < 0
	}
	if off {
		s := i
		if v := sc.prev(i, cWe|cOffer, 4); v >= 0 {
			s = v
		}
		sc.addUnits(OffPlatformPayment, s, i, "invoice sent outside the platform's checkout")
	}
	return off
}

// codDeliveryWords are the delivery that cash is paid on: "on delivery",
// "na entrega", "alla consegna", "à la livraison", "bei Lieferung".
var codDeliveryWords = foldSet("delivery", "entrega", "consegna", "livraison", "lieferung", "penghantaran", "pengiriman",
	"الاستلام", "التوصيل", "التسليم")

// codEnd returns the last unit of cash on delivery starting at i ("cash
// on delivery", "COD", "pay the driver on delivery", "الدفع عند الاستلام",
// "kapıda nakit ödeme"), or -1.
func (sc *scan) codEnd(i int) int {
	w := sc.text(i)
	switch {
	case codWords.one[w]:
		return i
	case w == "kapida" && (sc.is(i+1, "odeme") || sc.is(i+1, "nakit") && sc.is(i+2, "odeme")):
		return i + 1 + btoi(sc.is(i+1, "nakit"))
	case w == "contra" && sc.is(i+1, "entrega"):
		return i + 1
	case cashWords[w] || sc.units[i].mask&cPayVerb != 0:
		for j := i + 1; j < len(sc.units) && j-i <= 5 && sc.units[j].clause == sc.units[i].clause; j++ {
			if codDeliveryWords[sc.text(j)] && sc.is(j-1, "on", "na", "alla", "a la", "la", "bei", "saat", "عند", "upon", "when") {
				return j
			}
			// "pay him cash RM120 at your door".
			if sc.is(j, "door", "doorstep") && (sc.is(j-1, "at") || sc.is(j-1, "your", "the", "ur") && sc.is(j-2, "at")) {
				return j
			}
		}
	}
	return -1
}

// codOffPlatform reports cash on delivery at i for goods delivered
// around the platform: by the seller's own driver or rider, "outside
// Amazon", after the platform's order is cancelled, or from the seller's
// own site named in the sentence ("www.oudhouse-store.com ويمكن الدفع عند
// الاستلام"). Cash on delivery chosen at the platform's checkout, or
// offered with no such word, is the platform's own.
func (sc *scan) codOffPlatform(i int) bool {
	end := sc.codEnd(i)
	// "aur COD bhi available hai": the shop's cash on delivery, as
	// codOff reads it.
	if end < 0 || availableSet[sc.text(end+1)] || availableSet[sc.text(end+2)] || availableSet[sc.text(end+3)] || sc.negated(i) || sc.byPlatform(i) || sc.byPlatform(end) || sc.warning(i) || sc.reportedAs(OffPlatformPayment, i) {
		return false
	}
	a, b := sc.around(i, 20)
	if sc.otherMarketCOD(i) {
		return false
	}
	off := sc.foundIn(ExternalLink, a, b)
	for k := a; k < b && !off; k++ {
		u := sc.units[k]
		switch {
		case u.mask&(cOffChannel|cOwnSite) != 0 && !sc.negated(k):
			off = true
		case sc.is(k, "own") && sc.is(k+1, "driver", "drivers", "rider", "riders", "courier", "couriers", "delivery", "van"):
			off = true
		case ownRiderWords[sc.text(k)] && !sc.negated(k):
			off = true
		case cancelWords[sc.text(k)] && sc.next(k, cPlatform, 3) >= 0:
			off = true
		}
	}
	if off {
		sc.addUnits(OffPlatformPayment, i, end, "cash on delivery outside the platform's checkout")
	}
	return off
}

// ownRiderWords are the seller's own courier in one word, Arabic joining
// "our" to the noun: "الدفع عند الاستلام مع مندوبنا" (cash on delivery to
// our courier).
var ownRiderWords = foldSet("مندوبنا", "مندوبينا", "سائقنا", "سائقينا")

// otherMarketCOD reports cash on delivery at i offered at another
// marketplace named in its sentence, and no courier of the seller's own
// in it: "hamara Daraz store hai: daraz.pk/shop/… — wahan COD bhi hai" is
// Daraz's checkout. The sale leaves the platform (off_platform_order);
// the payment stays at a marketplace's checkout.
func (sc *scan) otherMarketCOD(i int) bool {
	a, b := sc.around(i, 20)
	market := false
	for k := a; k < b; k++ {
		if sc.is(k, "own") || sc.units[k].mask&cSelf != 0 && riderWords[sc.text(k+1)] {
			return false
		}
		market = market || sc.units[k].mask&cMarket != 0 && !sc.negated(k)
	}
	return market
}

// toPhone reports a phone number reported within four units after the
// wallet at i: "BLIKiem na numer 601 234 567", "PayNow to 9123 4567".
func (sc *scan) toPhone(i int) bool {
	if !phoneWallets[sc.text(i)] {
		return false
	}
	for j := i + 1; j < len(sc.units) && j-i <= 4 && sc.units[j].sent == sc.units[i].sent; j++ {
		if sc.units[j].kind == uNumber && sc.reportedAs(ContactInfo, j) {
			return true
		}
	}
	return false
}

// doneWords report a payment gone through: "UPI payment successful".
var doneWords = foldSet("successful", "successfully", "succeeded", "received", "confirmed", "completed", "berhasil",
	"sukses", "diterima", "recibido", "confirmado", "erhalten", "reçu", "ricevuto", "ricevuta", "recebido")

// paidDone reports the service at i named as how the order was paid, the
// payment reported gone through right after it: "UPI payment successful
// tha" on the seller's own store is its checkout, not a transfer asked
// for.
func (sc *scan) paidDone(i int) bool {
	for j := i + 1; j < len(sc.units) && j-i <= 3 && sc.units[j].clause == sc.units[i].clause; j++ {
		if doneWords[sc.text(j)] {
			return sc.first(i+1, j, cPayVerb) >= 0
		}
	}
	return false
}

// originalWords and methodWords: "original payment method", "método de
// pago original", "metode pembayaran asal".
var (
	originalWords = foldSet("original", "originale", "originalen", "ursprüngliche", "ursprünglichen", "asal", "asli", "gốc")
	methodWords   = foldSet("method", "mode", "methode", "método", "metodo", "metode", "zahlungsmethode", "mezzo")
)

// originalMethod reports the service at i named as the buyer's original
// way of paying, right after it: "Refund Amazon ke through original
// payment method (UPI) mein aa jayega" is the order's own refund.
func (sc *scan) originalMethod(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 4 && sc.units[k].sent == sc.units[i].sent; k-- {
		switch {
		case originalWords[sc.text(k)]:
			return k < i-1
		case sc.units[k].mask&cPayVerb == 0 && !methodWords[sc.text(k)]:
			return false
		}
	}
	return false
}

// walletAmount reports an amount sent by the service at i right after
// it, or after the buyer it is sent to: "un Bizum de 5 €", "we'll GCash
// you ₱100".
func (sc *scan) walletAmount(i int) bool {
	d := 2
	if i+1 < len(sc.units) && sc.units[i+1].mask&cYou != 0 {
		d = 3
	}
	return sc.next(i, cMoney, d) >= 0
}

// buyerPossessive are "your" in the languages whose word for it the
// lexicon does not file under cYou: "mandaci il tuo numero".
var buyerPossessive = foldSet("tuo", "tua", "ton", "ta", "dein", "deine", "deinen", "jouw", "twój", "twoj")

// buyerNumberAsked reports the buyer asked, after the wallet at i, for
// the phone number the wallet pays into: "para la devolución le hacemos
// un Bizum; pásenos su número", "il rimborso te lo facciamo con
// Satispay, mandaci il tuo numero" — a transfer to the buyer, around the
// store's checkout. In the sentence or the next; not the order's number
// ("su número de pedido"), not denied.
func (sc *scan) buyerNumberAsked(i int) bool {
	if !phoneWallets[sc.text(i)] {
		return false
	}
	for j := i + 1; j < len(sc.units) && j-i <= 12 && sc.units[j].sent <= sc.units[i].sent+1; j++ {
		if sc.units[j].mask&cPhoneWord == 0 || sc.next(j, cOrderRef, 2) >= 0 || sc.negated(j) {
			continue
		}
		if sc.units[j-1].mask&cYou != 0 || buyerPossessive[sc.text(j-1)] {
			return true
		}
	}
	return false
}

// platformCard reports the gift card at i as the platform's own: "a $10
// Amazon gift card code".
func (sc *scan) platformCard(i int) bool {
	return i > 0 && sc.units[i-1].mask&cPlatform != 0 || strings.Contains(sc.text(i), string(sc.platform))
}

// platformAvoided reports the platform avoided or skipped earlier in the
// clause of i: "to avoid the Amazon fees we'd invoice you directly".
func (sc *scan) platformAvoided(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8 && sc.units[k].clause == sc.units[i].clause; k-- {
		if sc.units[k].mask&cPlatform != 0 && sc.skipped(k) {
			return true
		}
	}
	return false
}
