package ui

import (
	"strconv"
	"strings"
	"time"
)

// Formatting for pages: times in the viewer's zone, durations, money.

// dayTime formats t in loc with the catalog's layout, "3 Dec 14:05" or
// "12月3日 14:05", adding the year when it is not the current one.
func dayTime(c *catalog, t time.Time, loc *time.Location, now time.Time) string {
	t = t.In(loc)
	layout := c.T("fmt.datetime")
	if t.Year() != now.In(loc).Year() {
		layout = c.T("fmt.datetime_year")
	}
	return t.Format(layout)
}

// span renders a duration coarsely, the way a queue is read: "45m",
// "3h 20m", "2d 4h".
func span(c *catalog, d time.Duration) string {
	if d < 0 {
		d = -d
	}
	m := int(d / time.Minute)
	switch {
	case m < 1:
		return c.T("dur.now")
	case m < 60:
		return c.T("dur.m", m)
	case m < 24*60:
		if m%60 == 0 {
			return c.T("dur.h", m/60)
		}
		return c.T("dur.hm", m/60, m%60)
	}
	days, hours := m/(24*60), (m%(24*60))/60
	if hours == 0 {
		return c.T("dur.d", days)
	}
	return c.T("dur.dh", days, hours)
}

// clock is a deadline as the inbox shows it: how long is left (or how
// long ago it passed) and how urgent that is.
type clock struct {
	Text  string // "2h 15m left", "overdue 35m"
	Class string // clock-ok, clock-soon, clock-late
	At    string // the deadline in the viewer's zone
	Local string // the deadline in the store's zone, "" when the same
	ISO   string // for the page's countdown script
}

// soon is when a deadline turns amber.
const soon = 4 * time.Hour

func deadline(c *catalog, due *time.Time, now time.Time, viewer, store *time.Location) *clock {
	if due == nil {
		return nil
	}
	left := due.Sub(now)
	k := &clock{At: dayTime(c, *due, viewer, now), ISO: due.UTC().Format(time.RFC3339)}
	switch {
	case left < 0:
		k.Text, k.Class = c.T("clock.overdue", span(c, left)), "clock-late"
	case left < soon:
		k.Text, k.Class = c.T("clock.left", span(c, left)), "clock-soon"
	default:
		k.Text, k.Class = c.T("clock.left", span(c, left)), "clock-ok"
	}
	if store != nil && store.String() != viewer.String() {
		k.Local = due.In(store).Format("15:04") + " " + zoneAbbrev(due.In(store))
	}
	return k
}

func zoneAbbrev(t time.Time) string {
	name, _ := t.Zone()
	return name
}

// isoExponent is ISO 4217's minor unit exponent, for the currencies that
// differ from 2.
var isoExponent = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
	"RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

// money prints integer minor units with the code first ("USD 49.99",
// "JPY 5980"), which reads the same in both languages.
func money(minor int64, currency string) string {
	if currency == "" {
		return strconv.FormatInt(minor, 10)
	}
	exp, ok := isoExponent[currency]
	if !ok {
		exp = 2
	}
	neg := minor < 0
	if neg {
		minor = -minor
	}
	digits := strconv.FormatInt(minor, 10)
	if exp > 0 {
		for len(digits) <= exp {
			digits = "0" + digits
		}
		digits = digits[:len(digits)-exp] + "." + digits[len(digits)-exp:]
	}
	intPart, frac, _ := strings.Cut(digits, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return currency + " " + out
}
