package kefu

import (
	"net/url"
	"strings"
)

// carrierTracking maps carriers, by lower-case name, to their public
// tracking page; %s is the escaped tracking number.
var carrierTracking = map[string]string{
	"usps":             "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
	"ups":              "https://www.ups.com/track?tracknum=%s",
	"fedex":            "https://www.fedex.com/fedextrack/?trknbr=%s",
	"dhl express":      "https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=%s",
	"dhl paket":        "https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=%s",
	"dhl":              "https://www.dhl.com/global-en/home/tracking.html?tracking-id=%s",
	"royal mail":       "https://www.royalmail.com/track-your-item#/tracking-results/%s",
	"evri":             "https://www.evri.com/track/parcel/%s",
	"hermes":           "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#%s",
	"dpd":              "https://tracking.dpd.de/status/en_US/parcel/%s",
	"amazon logistics": "https://track.amazon.com/tracking/%s",
	"yunexpress":       "https://www.yuntrack.com/parcelTracking?id=%s",
	"4px":              "https://track.4px.com/#/result/0/%s",
	"j&t express":      "https://www.jtexpress.my/tracking/%s",
	"spx express":      "https://spx.com.my/track?%s",
	"ninja van":        "https://www.ninjavan.co/en-my/tracking?id=%s",
	"kerry express":    "https://th.kerryexpress.com/en/track/?track=%s",
	"flash express":    "https://www.flashexpress.co.th/fle/tracking?se=%s",
	"chunghwa post":    "https://postserv.post.gov.tw/pstmail/main_mail.html?targetTxn=EB500100&MAILNO=%s",
	"china post":       "https://track.chinapost.com.cn/?mailNo=%s",
	"sf express":       "https://www.sf-express.com/chn/en/waybill/waybill-detail/%s",
	"ghn":              "https://donhang.ghn.vn/?order_code=%s",
}

// TrackingURL returns the carrier's tracking page for a parcel, or a
// universal tracker (17TRACK) for carriers kefu does not know.
func TrackingURL(carrier, number string) string {
	number = strings.TrimSpace(number)
	if number == "" {
		return ""
	}
	if pattern, ok := carrierTracking[strings.ToLower(strings.TrimSpace(carrier))]; ok {
		return strings.Replace(pattern, "%s", url.QueryEscape(number), 1)
	}
	return "https://t.17track.net/en#nums=" + url.QueryEscape(number)
}
