package demo

import (
	"strconv"
	"strings"
)

// currencyInfo is what the demo needs to price and print money in the
// markets it sells to. Rates are rough USD conversions, only for realism.
type currencyInfo struct {
	exp    int     // ISO 4217 minor unit exponent
	rate   float64 // units of this currency per USD
	symbol string
	after  bool // symbol after the number, "36,79 €"
	comma  bool // decimal comma
}

var currencies = map[string]currencyInfo{
	"USD": {2, 1, "$", false, false},
	"GBP": {2, 0.79, "£", false, false},
	"EUR": {2, 0.92, " €", true, true},
	"MYR": {2, 4.4, "RM ", false, false},
	"THB": {2, 34, "฿", false, false},
	"TWD": {2, 32, "NT$", false, false},
	"VND": {0, 25400, " ₫", true, true},
	"JPY": {0, 150, "¥", false, false},
	"BRL": {2, 5.4, "R$ ", false, true},
	"CNY": {2, 7.2, "¥", false, false},
}

// LocalPrice converts a USD price in cents to a shelf price in currency's
// minor units, rounded the way shops round (x.99, ฿xx9, ¥xx80, ₫xx000).
func LocalPrice(usdCents int64, currency string) int64 {
	c, ok := currencies[currency]
	if !ok {
		return usdCents
	}
	major := float64(usdCents) / 100 * c.rate
	switch currency {
	case "USD", "GBP", "EUR", "MYR", "BRL", "CNY":
		return int64(major)*100 + 99
	case "THB", "TWD":
		return (int64(major)/10*10 + 9) * 100
	case "JPY":
		return int64(major)/100*100 + 80
	case "VND":
		return int64(major) / 1000 * 1000
	}
	return int64(major * 100)
}

// FormatAmount prints minor units the way a buyer in that market writes
// them: "$39.99", "£31.99", "36,99 €", "RM 175.99", "฿1,359.00", "¥5,980".
func FormatAmount(currency string, minor int64) string {
	c, ok := currencies[currency]
	if !ok {
		return currency + " " + strconv.FormatFloat(float64(minor)/100, 'f', 2, 64)
	}
	neg := minor < 0
	if neg {
		minor = -minor
	}
	major, frac := minor, int64(0)
	if c.exp == 2 {
		major, frac = minor/100, minor%100
	}
	group, dec := ",", "."
	if c.comma {
		group, dec = ".", ","
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if !c.after {
		b.WriteString(c.symbol)
	}
	digits := strconv.FormatInt(major, 10)
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(d)
	}
	if c.exp == 2 {
		b.WriteString(dec)
		if frac < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.FormatInt(frac, 10))
	}
	if c.after {
		b.WriteString(c.symbol)
	}
	return b.String()
}
