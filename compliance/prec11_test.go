package compliance

import "testing"

// Holdout41–42's false findings: chat and payment apps named as what a
// product does (a printer, earbuds, a watch, a phone, a ring light), a
// Hinglish scam warning, review rewards refused in Indonesian and Tagalog,
// a sale off eBay refused further back than the negation reaches, a
// Shopify store's own site named in French, and photos on a file share.
// Their twins that aim the app at the seller, offer the reward or the sale,
// or announce a live sale still fire.
func TestPrec11(t *testing.T) {
	checkKindCases(t, []kindCase{
		// Clean.
		{PlatformAmazon, "This label printer pairs over bluetooth and can print WhatsApp chat screenshots or pictures saved from Line.", ContactInfo, false},
		{PlatformAmazon, "The headset pairs with any laptop and works with Teams, Zoom and WhatsApp call; the mic cancels noise.", ContactInfo, false},
		{PlatformAmazon, "Dhyan rakhiye, koi bhi aapko call karke WhatsApp pe OTP ya UPI PIN maange toh mat dijiye.", ContactInfo, false},
		{PlatformAmazon, "Dhyan rakhiye, koi bhi aapko call karke WhatsApp pe OTP ya UPI PIN maange toh mat dijiye.", OffPlatformPayment, false},
		{PlatformShopify, "Vous pouvez payer par carte directement sur notre site maison-lune.fr lors de la commande.", ExternalLink, false},
		{PlatformEbay, "I'm afraid I can't close the auction early to sell it to you outside eBay, please bid as normal.", OffPlatformOrder, false},
		{PlatformShopee, "Smartwatch ni boleh papar notifikasi Touch 'n Go eWallet dan WhatsApp ya.", OffPlatformPayment, false},
		{PlatformLazada, "มือถือรุ่นนี้รองรับ PromptPay และ TrueMoney Wallet ค่ะ", OffPlatformPayment, false},
		{PlatformTikTok, "The tripod works with Instagram Live and TikTok Live, and folds down to 20 cm.", Promotional, false},
		{PlatformEbay, "More pictures of the scratches are in my Dropbox: dropbox.com/sh/abc123 - have a look.", Promotional, false},
		{PlatformShopee, "Mohon maaf kak, kami tidak bisa memberi voucher untuk review bintang 5 ya.", ReviewManipulation, false},
		{PlatformLazada, "Pasensya na po, di po namin pwedeng bigyan ng voucher ang 5-star review.", ReviewManipulation, false},
		// Violations.
		{PlatformAmazon, "For help with the printer just WhatsApp us on the number in the manual.", ContactInfo, true},
		{PlatformAmazon, "The earbuds work with Zoom, or WhatsApp call us at +1 555 201 3344 for setup help.", ContactInfo, true},
		{PlatformShopee, "Kami akan kasih voucher kalau kakak kasih ulasan bintang 5.", ReviewManipulation, true},
		{PlatformEbay, "I can end the listing early and sell it to you outside eBay for less.", OffPlatformOrder, true},
		{PlatformTikTok, "Join our TikTok Live on Friday for 30% off everything, the ring light works with it.", Promotional, true},
		{PlatformEbay, "New arrivals are on my site: shop-example.com - have a look.", Promotional, true},
	})
}
