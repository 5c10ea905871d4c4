package compliance

// Money moved outside the marketplace's checkout: the buyer paying the
// seller by PayPal, bank transfer or Western Union, or the seller sending
// a refund there. Amazon, eBay, Shopee, Lazada and TikTok Shop all require
// payments (and refunds) to go through them: buyers lose their protection
// and the marketplace its view of the sale. On the seller's own channels
// PayPal, Stripe and cards are the checkout itself and are not reported.

func paymentWords(l *lexicon) {
	// Services that are also a checkout somewhere.
	l.add(cPayInstr, "paypal", "paypal account", "alipay", "支付宝", "wechat pay", "微信支付", "微信转账", "gcash",
		"paymaya", "momo", "ví momo", "truemoney", "true money", "promptpay", "พร้อมเพย์", "ovo", "gopay",
		"apple pay", "google pay", "stripe", "revolut", "paynow", "duitnow", "paytm", "upi", "bizum", "interac",
		"e transfer", "etransfer", "paypal friends", "paypal freunde", "kakaopay", "satispay", "postepay",
		"paypay", "line pay", "楽天ペイ", "カカオペイ", "카카오페이", "네이버페이", "토스페이", "ペイペイ",
		// E-wallets of Southeast Asia: "akaun Touch 'n Go eWallet".
		"touch n go", "touch n go ewallet", "tng ewallet", "grabpay", "boost ewallet", "linkaja", "zalopay",
		"viettelpay", "vnpay", "shopback pay",
		// A link to pay the seller, and chat apps used as wallets: "we'll
		// send a payment link", "直接微信转给您".
		"payment link", "pay link", "paylink", "invoice link", "link de pago", "enlace de pago", "zahlungslink",
		"lien de paiement", "link de pagamento", "link di pagamento", "link pembayaran", "付款链接", "收款链接",
		"支付链接", "微信转", "微信付", "微信给您转", "微信给你转", "转您微信", "转到您微信", "支付宝转", "支付宝付",
		"line轉帳", "轉帳")
	// Ways to pay that are off the marketplace by nature.
	l.add(cPayOff, "western union", "westernunion", "moneygram", "zelle", "venmo", "cash app", "cashapp",
		"bank transfer", "wire transfer", "wire the money", "wire it", "direct transfer", "bank deposit", "transferwise", "via wise",
		"payoneer", "skrill", "iban", "swift code", "routing number", "crypto", "cryptocurrency", "bitcoin", "btc",
		"usdt", "ethereum", "friends and family", "friends family", "f f", "transferencia", "transferencia bancaria",
		"überweisung", "banküberweisung", "per überweisung", "virement", "virement bancaire", "transferência",
		"transferência bancária", "pix", "transfer bank", "transfer ke rekening", "rekening kami", "rekening saya", "rekening toko",
		"transfer langsung",
		"chuyển khoản", "โอนเงิน", "โอนเข้าบัญชี", "เข้าบัญชี", "转账", "汇款", "打款", "银行转账", "私下付款",
		"线下付款", "转给我", "打到我", "company account", "to our account", "our bank account", "my bank account",
		"to our bank", "company bank account", "my account number", "bank account number",
		"auf unser konto", "en nuestra cuenta", "sur notre compte", "na nossa conta", "bank in", "bank in to",
		"banking in", "bonifico", "bonifico bancario", "ricarica postepay", "sul nostro conto", "sul mio conto",
		"palawan padala", "cebuana", "akaun bank saya", "akaun bank kami",
		"akaun saya", "akaun kami", "nombor akaun", "nomor rekening", "no rekening", "no rek", "norek",
		"số tài khoản", "tài khoản của shop", "เลขบัญชี", "บัญชีร้าน", "银行卡号", "收款码", "收款账号",
		"銀行振込", "振込", "振り込み", "お振込", "口座振込", "口座番号", "계좌이체", "무통장", "무통장입금",
		"계좌 입금", "계좌로 입금", "계좌번호", "계좌 번호", "송금")
	l.add(cPayVerb, "pay", "paying", "payment", "payments", "send money", "send the money", "send the payment",
		"transfer", "deposit", "remit", "pagar", "pague", "pago", "zahlen", "bezahlen", "zahlung", "payer",
		"paiement", "payez", "pagamento", "bayar", "pembayaran", "thanh toán", "trả tiền", "ชำระ", "จ่าย", "付款",
		"支付", "付钱", "转给", "settle the payment", "settle payment", "settle the balance", "settle the bill",
		"settle the invoice", "settle the difference", "pindahkan", "pagare", "paghi", "pagate", "magbayad", "bayaran", "bayad", "支払い",
		"お支払い", "決済", "入金", "결제", "입금", "지불")
	l.add(cDirect, "directly", "direct", "privately", "outside", "off platform", "direct to us", "directamente",
		"direkt", "directement", "diretamente", "direto", "langsung", "terus", "secara langsung", "trực tiếp", "riêng",
		"โดยตรง", "ตรง", "ส่วนตัว", "直接", "私下", "direttamente", "diretto", "direkta", "직접")
	l.add(cRefund|cIncentive, "refund*", "reimburs*", "reembols*", "devolvemos", "devolveremos", "rückerstatt*",
		"erstatt*", "zurückerstatt*", "rembours*", "bayaran balik", "pulangkan", "pengembalian dana",
		"mengembalikan dana", "dana dikembalikan", "uang kembali", "hoàn tiền", "hoàn", "คืนเงิน", "退款", "退钱",
		"退您", "返款", "money back", "cash back", "cashback", "rimbors*", "rimborseremo", "ibabalik ang bayad",
		"返金", "全額返金", "환불", "환급", "전액 환불")
}

// findPayment reports payment outside the platform's checkout.
func (sc *scan) findPayment() {
	own := !sc.platform.IsMarketplace()
	for i := range sc.units {
		u := sc.units[i]
		switch {
		case u.mask&cPayOff != 0:
			if sc.negated(i) || sc.byPlatform(i) {
				continue
			}
			s := i
			if v := sc.prev(i, cPayVerb, 4); v >= 0 {
				s = v
			}
			sc.addUnits(OffPlatformPayment, s, sc.identifierEnd(i), "payment outside the platform's checkout")
		case u.mask&cPayInstr != 0:
			if own && sc.ownCheckout(i) || sc.negated(i) || sc.byPlatform(i) {
				continue
			}
			a, b := sc.around(i, 20)
			if own && sc.first(a, b, cPayVerb|cDirect) < 0 {
				continue
			}
			s := i
			if v := sc.prev(i, cPayVerb|cRefund, 5); v >= 0 {
				s = v
			}
			sc.addUnits(OffPlatformPayment, s, i, "payment service outside the platform's checkout")
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
			if v < 0 || sc.negated(min(i, v)) || sc.is(i, "terus", "direct") && v > i && sc.units[v].mask&cRefund != 0 {
				continue
			}
			sc.addUnits(OffPlatformPayment, v, i, "payment outside the platform's checkout")
		}
	}
}

// byPlatform reports whether the payment at i is the platform's own doing:
// "Lazada will refund you by bank transfer", "pay with PayPal at checkout".
func (sc *scan) byPlatform(i int) bool {
	a, b := sc.around(i, 8)
	// The checkout named earlier in the sentence: "eBay handles all
	// payments at checkout, so you can use card, PayPal or Apple Pay
	// there" — unless the buyer is steered away from it.
	if pa, _ := sc.around(i, 16); !sc.is(i+1, "instead") && !sc.is(i+2, "instead") {
		for j := pa; j < i; j++ {
			if sc.units[j].clause != sc.units[i].clause && sc.is(j, "checkout", "at checkout") && !sc.negated(j) &&
				sc.prev(j, cNegation|cOffChannel, 3) < 0 && !sc.steeredAway(pa, i+8) {
				return true
			}
		}
	}
	for j := a; j < b; j++ {
		if sc.units[j].clause != sc.units[i].clause || !sc.is(j, string(sc.platform), "checkout", "at checkout", "the app") {
			continue
		}
		// Not "instead of through eBay", "to avoid Amazon fees".
		if n := sc.prev(j, cNegation|cOffChannel, 3); n >= 0 || sc.is(j-1, "avoid", "save", "skip", "bypass") || sc.is(j+1, "fees", "fee", "commission") {
			continue
		}
		return true
	}
	return false
}

// steeredAway reports whether units [a, b) of one sentence steer the
// buyer away from the checkout: fees, a cheaper way, "directly", "instead".
func (sc *scan) steeredAway(a, b int) bool {
	for j := a; j < b && j < len(sc.units); j++ {
		if sc.units[j].sent != sc.units[a].sent {
			break
		}
		if sc.units[j].mask&(cDirect|cOffChannel|cCheaper) != 0 || sc.is(j, "fee", "fees", "commission", "instead", "save", "avoid") {
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
