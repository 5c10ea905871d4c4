package stripe

import (
	"strconv"
	"strings"
)

// Stripe's decimal places per currency in API amounts
// (https://docs.stripe.com/currencies#zero-decimal). It follows ISO 4217
// except ISK, which Stripe keeps two-decimal (100 = 1 króna), so amounts
// are printed with Stripe's exponent, not ISO's.
const (
	zeroDecimal  = "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF"
	threeDecimal = "BHD JOD KWD OMR TND"
)

func decimals(currency string) int {
	switch {
	case len(currency) != 3:
		return 2
	case strings.Contains(zeroDecimal, currency):
		return 0
	case strings.Contains(threeDecimal, currency):
		return 3
	}
	return 2
}

// formatMoney prints Stripe minor units as "USD 49.99", "JPY 5980",
// "KWD 12.350": the code first, so the text reads the same in any locale.
func formatMoney(currency string, minor int64) string {
	d := decimals(currency)
	neg := minor < 0
	u := uint64(minor)
	if neg {
		u = -u
	}
	digits := strconv.FormatUint(u, 10)
	if d > 0 {
		for len(digits) <= d {
			digits = "0" + digits
		}
		digits = digits[:len(digits)-d] + "." + digits[len(digits)-d:]
	}
	if neg {
		digits = "-" + digits
	}
	return currency + " " + digits
}

// cardBrandName turns Stripe's brand ids into the names on the card.
func cardBrandName(brand string) string {
	switch brand {
	case "visa":
		return "Visa"
	case "mastercard":
		return "Mastercard"
	case "amex":
		return "Amex"
	case "discover":
		return "Discover"
	case "jcb":
		return "JCB"
	case "diners":
		return "Diners Club"
	case "unionpay":
		return "UnionPay"
	case "cartes_bancaires":
		return "Cartes Bancaires"
	case "eftpos_au":
		return "eftpos"
	case "interac":
		return "Interac"
	}
	return brand
}
